import { createEffect, Show } from 'solid-js';
import { getSettingReport } from '../api';
import { focusOnArrival, setTitle, url } from '../router';
import { createLoad } from './create-load';
import { ErrorNotice } from './error-notice';
import { authed, loadMe } from './session';
import { SettingReportBody } from './setting-report-body';
import { StaffLayout } from './staff-layout';
import { WavePicker } from './wave-picker';

/** `/reports/settings/:id?wave=`: one setting's results, beside its locality and the city. */
export default function SettingReportPage(props: { params: string[] }) {
  const settingId = props.params[0] ?? '';
  const me = createLoad(() => true, loadMe);
  const wave = () => url().searchParams.get('wave') ?? me.data()?.waves[0]?.id;
  const report = createLoad(wave, (w) => authed((token) => getSettingReport(token, settingId, w)));
  const name = () => report.data()?.setting.name ?? me.data()?.settings.find((s) => s.id === settingId)?.name ?? 'Setting report';
  createEffect(() => setTitle(name()));

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
      <Show when={report.error() ?? me.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Show when={!report.error() && report.data()}>
        {(r) => (
          <div aria-busy={report.loading()}>
            <SettingReportBody report={r()} />
          </div>
        )}
      </Show>
    </StaffLayout>
  );
}
