import { createEffect, createMemo, Show } from 'solid-js';
import { ApiError, getSettingReport } from './api';
import { focusOnArrival, setTitle, url } from '../router';
import { createLoad } from './create-load';
import { ErrorNotice } from './error-notice';
import { filterFrom, filterKey, reportHref } from './report-filter';
import { authed, loadMe } from './session';
import { SettingReportBody } from './setting-report-body';
import { StaffLayout } from './staff-layout';
import { defaultWave, WavePicker } from './wave-picker';

const BOTH = new ApiError(
  400,
  'Choose one group',
  'Choose a year group or a gender, not both: reports show one breakdown at a time so groups never get too small.',
);

/** `/reports/settings/:id?wave=[&year=|&gender=]`: one setting's dashboard, or one group of it. */
export default function SettingReportPage(props: { params: string[] }) {
  const settingId = props.params[0] ?? '';
  const me = createLoad(() => true, loadMe);
  const wave = createMemo(() => url().searchParams.get('wave') ?? defaultWave(me.data()?.waves));
  const choice = createMemo(() => filterFrom(url().searchParams), undefined, {
    equals: (a, b) => a.both === b.both && filterKey(a.filter) === filterKey(b.filter),
  });
  // One key per report asked for, so a change of anything else in the address never reloads it.
  const key = createMemo(() => (wave() && !choice().both ? `${wave()}|${filterKey(choice().filter)}` : undefined));
  const report = createLoad(key, () => authed((token) => getSettingReport(token, settingId, wave()!, choice().filter)));
  const name = () => report.data()?.setting.name ?? me.data()?.settings.find((s) => s.id === settingId)?.name ?? 'Setting report';
  const error = () => (choice().both ? BOTH : (report.error() ?? me.error()));
  createEffect(() => {
    const f = report.data()?.filter;
    setTitle(f ? `${name()}: ${f.label}` : name());
  });

  return (
    <StaffLayout>
      <h1 tabindex="-1" ref={focusOnArrival}>
        {name()}
      </h1>
      <WavePicker waves={me.data()?.waves ?? []} value={wave()} />
      <Show when={report.loading()}>
        <p role="status" class="loading">
          Loading the report…
        </p>
      </Show>
      <Show when={error()}>
        {(e) => (
          <>
            <ErrorNotice error={e()} />
            <Show when={choice().filter || choice().both}>
              <p>
                <a class="row-link" href={reportHref(settingId, wave() ?? '')}>
                  See the whole setting's report
                </a>
              </p>
            </Show>
          </>
        )}
      </Show>
      <Show when={!error() && report.data()} keyed>
        {(r) => (
          <div aria-busy={report.loading()}>
            <SettingReportBody report={r} />
          </div>
        )}
      </Show>
    </StaffLayout>
  );
}
