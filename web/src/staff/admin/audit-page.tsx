import { createMemo, createSignal, For, Show } from 'solid-js';
import { focusOnArrival, navigate, setTitle, url } from '../../router';
import { createLoad } from '../create-load';
import { formatDate } from '../labels';
import { authed } from '../session';
import { AdminLayout } from './admin-layout';
import { listAudit } from './api';
import { actionWords, isChange, outcomeWords, targetWords, timeOf, today } from './audit-words';
import { Refusal } from './refusal';
import { TableRegion } from '../table-region';

/** `/admin/audit?day=`: every signed-in action on one day, newest first. Pupils are never in it. */
export default function AuditPage() {
  return (
    <AdminLayout>
      <Audit />
    </AdminLayout>
  );
}

function Audit() {
  setTitle('Audit log');
  const day = () => url().searchParams.get('day') ?? today();
  const log = createLoad(day, (d) => authed((token) => listAudit(token, d)));
  const [changesOnly, setChangesOnly] = createSignal(false);
  const shown = createMemo(() => (log.data()?.entries ?? []).filter((e) => !changesOnly() || isChange(e)));
  const choose = (e: SubmitEvent) => {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget as HTMLFormElement).get('audit-day') ?? '');
    if (value) navigate(`/admin/audit?day=${encodeURIComponent(value)}`);
  };

  return (
    <>
      <h1 tabindex="-1" ref={focusOnArrival}>
        Audit log
      </h1>
      <p>Everything done by someone signed in, including what they were refused. Pupils are never recorded.</p>
      <form class="audit-controls" onSubmit={choose}>
        <div class="field">
          <label class="label" for="audit-day">
            Day
          </label>
          <input id="audit-day" name="audit-day" type="date" class="input" value={day()} />
        </div>
        <button type="submit" class="btn secondary">
          Show this day
        </button>
      </form>
      <label class="check" for="changes-only">
        <input id="changes-only" type="checkbox" checked={changesOnly()} onChange={(e) => setChangesOnly(e.currentTarget.checked)} />
        Show changes only (hide pages people looked at)
      </label>
      <Show when={log.error()}>{(e) => <Refusal error={e()} />}</Show>
      <Show when={log.loading() && !log.data()}>
        <p role="status" class="loading">
          Loading the log…
        </p>
      </Show>
      <Show when={log.data()}>
        <TableRegion labelledBy="audit-caption">
          <table class="data admin-table audit">
            <caption id="audit-caption">
              {shown().length} {shown().length === 1 ? 'entry' : 'entries'} on {formatDate(day())}, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who and role</th>
                <th scope="col">Action, on what, and outcome</th>
              </tr>
            </thead>
            <tbody>
              <For each={shown()} fallback={<tr><td colspan="3">Nothing was recorded on this day.</td></tr>}>
                {(e) => (
                  <tr classList={{ refused: e.status >= 400 }}>
                    <th scope="row">
                      <time datetime={e.at}>{timeOf(e.at)}</time>
                    </th>
                    <td class="wrap">
                      {e.actor}
                      <span class="line">{e.role}</span>
                    </td>
                    <td class="wrap">
                      {actionWords(e)}
                      <Show when={targetWords(e)}>
                        <span class="line">{targetWords(e)}</span>
                      </Show>
                      <span class="line outcome">{outcomeWords(e.status)}</span>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </TableRegion>
      </Show>
    </>
  );
}
