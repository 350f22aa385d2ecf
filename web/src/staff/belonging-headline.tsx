import { Show } from 'solid-js';
import type { SettingReport } from '../../../shared/report/schema';
import { fewerThan } from './labels';
import { fmt, themeOf } from './theme-cells';

/** The one figure settings look for first: belonging, with the city beside it. */
export function BelongingHeadline(props: { report: SettingReport }) {
  const own = () => themeOf(props.report.overall, 'belonging');
  const city = () => themeOf(props.report.city, 'belonging');
  return (
    <section class="headline" aria-labelledby="belonging-title">
      <h2 id="belonging-title">Belonging</h2>
      <Show when={own()} fallback={<p class="suppressed">{fewerThan(props.report.threshold)}</p>}>
        {(t) => (
          <>
            <div class="headline-figures">
              <p>
                <span class="big">{fmt(t().mean)}</span>
                <span class="unit"> out of 100</span>
                <span class="who">{props.report.setting.name}</span>
              </p>
              <p>
                <span class="mid">{city() ? fmt(city()!.mean) : '–'}</span>
                <span class="who">City{city() ? '' : `: ${fewerThan(props.report.threshold)}`}</span>
              </p>
            </div>
            <p class="small">
              {Math.round(t().favourable)}% of pupils here feel they belong (a score of 75 or more). 95% range {fmt(t().ci[0])} to{' '}
              {fmt(t().ci[1])}.
            </p>
          </>
        )}
      </Show>
    </section>
  );
}
