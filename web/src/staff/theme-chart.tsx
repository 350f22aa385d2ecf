import { Show } from 'solid-js';
import type { SettingReport } from '../../../shared/report/schema';
import type { ThemeId } from '../../../shared/survey/schema';
import { BandBadge, BandKey } from './band-badge';
import { percent, scoreScale } from './chart-scale';
import { BAND_WORDS, SPREAD_EXPLAINED, THEME_NAMES } from './labels';
import { fmt, themeHiddenReason, themeOf, themesOf } from './theme-cells';

/** The figures of one theme row: the setting (or group), its locality and the city. */
export function themeRows(r: SettingReport) {
  return themesOf(r.overall).map((theme: ThemeId) => ({
    theme,
    own: themeOf(r.overall, theme),
    locality: themeOf(r.locality, theme),
    city: themeOf(r.city, theme),
    benchmark: r.benchmarks.find((b) => b.theme === theme),
  }));
}

/** What the chart shows, for screen readers: the table below holds the same figures. */
function summary(r: SettingReport, who: string) {
  const rows = themeRows(r).map((row) => {
    const own = row.own ? `${fmt(row.own.mean)} (95% range ${fmt(row.own.ci[0])} to ${fmt(row.own.ci[1])})` : themeHiddenReason(r.overall, row.theme, r.threshold);
    const city = row.city ? `, city ${fmt(row.city.mean)}` : '';
    const loc = row.locality ? `, ${r.locality.label} ${fmt(row.locality.mean)}` : '';
    const band = row.benchmark ? `, ${BAND_WORDS[row.benchmark.band]}` : '';
    return `${THEME_NAMES[row.theme]} ${own}${loc}${city}${band}`;
  });
  return `Theme scores out of 100 for ${who}, with the locality and the city. ${rows.join('; ')}.`;
}

/**
 * Each theme on one line: the setting's score as a dot with its 95% range, the locality as a
 * diamond and the city as a bar, each a different shape as well as colour; the band in words.
 */
export function ThemeChart(props: { report: SettingReport; who: string }) {
  const r = () => props.report;
  const scale = () =>
    scoreScale(themeRows(r()).flatMap((row) => [...(row.own ? row.own.ci : []), ...(row.locality ? [row.locality.mean] : []), ...(row.city ? [row.city.mean] : [])]));
  return (
    <figure class="chart theme-chart">
      <ul class="chart-key" aria-hidden="true">
        <li>
          <span class="mk mk-own" />
          <span class="ci-key" /> {props.who} and its 95% range
        </li>
        <Show when={!r().locality.suppressed}>
          <li>
            <span class="mk mk-loc" /> {r().locality.label} locality
          </li>
        </Show>
        <Show when={!r().city.suppressed}>
          <li>
            <span class="mk mk-city" /> City
          </li>
        </Show>
      </ul>
      <div role="img" aria-label={summary(r(), props.who)} class="tc-body">
        {themeRows(r()).map((row) => (
          <div class="tc-row">
            <div class="tc-head">
              <span class="tc-name">{THEME_NAMES[row.theme]}</span>
              <Show when={row.benchmark}>{(b) => <BandBadge band={b().band} />}</Show>
            </div>
            <div class="tc-plot">
              <div class="tc-track">
                {scale().ticks.map((t) => (
                  <span class="tc-grid" style={{ left: percent(scale().at(t)) }} />
                ))}
                <Show when={row.own}>
                  {(own) => (
                    <span class="tc-ci" style={{ left: percent(scale().at(own().ci[0])), width: percent(scale().at(own().ci[1]) - scale().at(own().ci[0])) }} />
                  )}
                </Show>
                <Show when={row.city}>{(c) => <span class="mk mk-city" style={{ left: percent(scale().at(c().mean)) }} />}</Show>
                <Show when={row.locality}>{(l) => <span class="mk mk-loc" style={{ left: percent(scale().at(l().mean)) }} />}</Show>
                <Show when={row.own}>{(own) => <span class="mk mk-own" style={{ left: percent(scale().at(own().mean)) }} />}</Show>
              </div>
              <span class="tc-value">
                <Show when={row.own} fallback={<span class="hidden-figure">{themeHiddenReason(r().overall, row.theme, r().threshold)}</span>}>
                  {(own) => fmt(own().mean)}
                </Show>
              </span>
            </div>
          </div>
        ))}
        <div class="tc-plot tc-axis-row">
          <div class="tc-axis">
            {scale().ticks.map((t, i) => (
              <span class={i === 0 ? 'first' : i === scale().ticks.length - 1 ? 'last' : undefined} style={{ left: percent(scale().at(t)) }}>
                {t}
              </span>
            ))}
          </div>
          <span class="tc-value" />
        </div>
      </div>
      <figcaption class="small">
        Scores out of 100; higher is always better. The axis runs from {scale().lo} to {scale().hi}. The line through
        each dot is its 95% range: how far the score could move by chance.
      </figcaption>
      <Show when={r().benchmarks.length}>
        <BandKey />
        <p class="small">{SPREAD_EXPLAINED}</p>
      </Show>
    </figure>
  );
}
