import { createSignal, Show } from 'solid-js';
import type { ApiError, Me } from './api';
import { focusOnArrival, navigate, setTitle } from '../router';
import { asApiError } from './create-load';
import { ErrorNotice } from './error-notice';
import { loadMe } from './session';
import { StaffLayout } from './staff-layout';

/** `/reports`: sends staff and the youth council straight to their report; the council chooses. */
export default function ReportsHomePage() {
  setTitle('Reports');
  const [me, setMe] = createSignal<Me>();
  const [error, setError] = createSignal<ApiError>();
  loadMe().then((m) => {
    const only = m.settings[0];
    if (m.role === 'staff' && m.settings.length === 1 && only) navigate(`/reports/settings/${only.id}`, true);
    else if (m.role === 'youth-council') navigate('/reports/city', true);
    else setMe(m);
  }, (err: unknown) => setError(asApiError(err)));

  return (
    <StaffLayout>
      <h1 tabindex="-1" ref={focusOnArrival}>
        Reports
      </h1>
      <Show when={error()}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={me()} fallback={<Show when={!error()}><p role="status">Loading…</p></Show>}>
        {(m) => (
          <>
            <Show when={m().role === 'admin'}>
              <h2>The city</h2>
              <p>
                <a href="/reports/city">City and locality report</a>: every locality, primary and secondary. No
                figures for single settings.
              </p>
              <h2>Council admin</h2>
              <p>
                <a href="/admin/rounds">Survey rounds</a>, <a href="/admin/codes">join codes and posters</a>,{' '}
                <a href="/admin/single-use">single-use codes</a>, <a href="/admin/settings">settings</a>,{' '}
                <a href="/admin/accounts">accounts</a> and the <a href="/admin/audit">audit log</a>.
              </p>
            </Show>
            <h2>Settings</h2>
            <Show when={m().settings.length} fallback={<p>There are no settings to show.</p>}>
              <ul class="link-list">
                {m().settings.map((s) => (
                  <li>
                    <a href={`/reports/settings/${s.id}`}>{s.name}</a>
                  </li>
                ))}
              </ul>
            </Show>
          </>
        )}
      </Show>
    </StaffLayout>
  );
}
