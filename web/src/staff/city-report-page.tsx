import { createEffect, Show } from 'solid-js';
import { getCityReport } from '../api';
import { focusOnArrival, setTitle, url } from '../router';
import { CitySection } from './city-section';
import { createLoad } from './create-load';
import { ErrorNotice } from './error-notice';
import { CAUTION } from './labels';
import { authed, loadMe } from './session';
import { StaffLayout } from './staff-layout';
import { WavePicker } from './wave-picker';

/** `/reports/city?wave=`: the city and its localities, for the youth council and the council. */
export default function CityReportPage() {
  const me = createLoad(() => true, loadMe);
  const wave = () => url().searchParams.get('wave') ?? me.data()?.waves[0]?.id;
  const report = createLoad(wave, (w) => authed((token) => getCityReport(token, w)));
  createEffect(() => setTitle(report.data() ? `City report: ${report.data()!.wave.title}` : 'City report'));

  return (
    <StaffLayout>
      <h1 tabindex="-1" ref={focusOnArrival}>
        City report
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
            <p class="meta">
              {r().wave.title}. Primary and secondary pupils answer different surveys, so each has its own section.
            </p>
            <p class="caution">{CAUTION}</p>
            {r().sections.map((section) => <CitySection section={section} threshold={r().threshold} />)}
          </div>
        )}
      </Show>
    </StaffLayout>
  );
}
