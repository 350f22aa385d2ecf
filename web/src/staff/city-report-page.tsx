import { createEffect, Show } from 'solid-js';
import { cityCsvPath, getCityReport } from './api';
import { focusOnArrival, setTitle, url } from '../router';
import { CautionsNote } from './cautions-note';
import { CitySection } from './city-section';
import { createLoad } from './create-load';
import { ErrorNotice } from './error-notice';
import { ExportButton } from './export-button';
import { AUDIENCE_NAMES } from './labels';
import { authed, loadMe } from './session';
import { StaffLayout } from './staff-layout';
import { defaultWave, WavePicker } from './wave-picker';

/** `/reports/city?wave=`: the city and its localities, for the youth council and the council. */
export default function CityReportPage() {
  const me = createLoad(() => true, loadMe);
  const wave = () => url().searchParams.get('wave') ?? defaultWave(me.data()?.waves);
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
      <Show when={!report.error() && report.data()} keyed>
        {(r) => (
          <div aria-busy={report.loading()}>
            <p class="meta">
              {r.wave.title}. Primary and secondary pupils answer different surveys, so each has its own section.
            </p>
            <div class="actions">
              <ExportButton path={cityCsvPath(r.wave.id)} name={`heard-city-${r.wave.id}.csv`} />
            </div>
            <CautionsNote items={r.cautions} />
            <nav class="on-this-page" aria-label="On this page">
              <ul>
                {r.sections.map((s) => (
                  <li>
                    <a href={`#city-${s.survey.audience}`}>{AUDIENCE_NAMES[s.survey.audience]}</a>
                  </li>
                ))}
              </ul>
            </nav>
            {r.sections.map((section) => (
              <CitySection section={section} threshold={r.threshold} ballot={r.ballot} />
            ))}
          </div>
        )}
      </Show>
    </StaffLayout>
  );
}
