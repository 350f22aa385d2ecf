import { Show } from 'solid-js';
import type { SettingReport } from '../../../shared/report/schema';
import { BandBadge } from './band-badge';
import { BAND_RULE } from './labels';
import { fmt, pct, themeHiddenReason, themeOf } from './theme-cells';

/** The one figure settings look for first: belonging, with the city beside it and the band in words. */
export function BelongingHeadline(props: { report: SettingReport; who: string }) {
  const own = () => themeOf(props.report.overall, 'belonging');
  const city = () => themeOf(props.report.city, 'belonging');
  const band = () => props.report.benchmarks.find((b) => b.theme === 'belonging');
  return (
    <section class="headline" aria-labelledby="belonging-title">
      <h2 id="belonging-title">Belonging</h2>
      <Show
        when={own()}
        fallback={<p class="suppressed">{themeHiddenReason(props.report.overall, 'belonging', props.report.threshold)}</p>}
      >
        {(t) => (
          <>
            <div class="headline-figures">
              <p>
                <span class="big" data-testid="belonging-score">
                  {fmt(t().mean)}
                </span>
                <span class="unit"> out of 100</span>
                <span class="who">{props.who}</span>
              </p>
              <p>
                <Show
                  when={city()}
                  fallback={<span class="who">City: {themeHiddenReason(props.report.city, 'belonging', props.report.threshold)}</span>}
                >
                  {(c) => (
                    <>
                      <span class="mid">{fmt(c().mean)}</span>
                      <span class="who">City</span>
                    </>
                  )}
                </Show>
              </p>
              <Show when={band()}>
                {(b) => (
                  <p>
                    <BandBadge band={b().band} />
                    <span class="who">{BAND_RULE[b().band]}</span>
                  </p>
                )}
              </Show>
            </div>
            <p class="small">
              {pct(t().favourable)} of pupils here have a favourable belonging score (75 or more). 95% range {fmt(t().ci[0])} to{' '}
              {fmt(t().ci[1])}.
            </p>
          </>
        )}
      </Show>
    </section>
  );
}
