import { Show } from 'solid-js';
import type { Group, SettingReport, TrendPoint } from '../../../shared/report/schema';
import type { ThemeId } from '../../../shared/survey/schema';
import { scoreScale } from './chart-scale';
import { THEME_NAMES } from './labels';
import { fmt, MeanCell, themeHiddenReason, themeOf, themesOf } from './theme-cells';
import { TableRegion } from './table-region';

const W = 320;
const H = 144;
const PAD = { left: 30, right: 46, top: 12, bottom: 30 };

/** A round's short name for an axis: the month it opened ("Jun 2026"); tables give the full title. */
export const roundShort = (p: TrendPoint) =>
  new Date(`${p.wave.opensOn}T12:00:00Z`).toLocaleDateString('en-GB', { month: 'short', year: 'numeric' });

type Line = { cls: string; values: (number | undefined)[] };

/** Points joined where neighbours both have a value; a hidden round leaves a gap, never a guess. */
function paths(xs: number[], ys: (number | undefined)[]): string {
  let d = '';
  ys.forEach((y, i) => {
    if (y === undefined) return;
    d += `${i > 0 && ys[i - 1] !== undefined ? 'L' : 'M'}${xs[i]!.toFixed(1)} ${y.toFixed(1)}`;
  });
  return d;
}

const meanOf = (g: Group, theme: ThemeId) => themeOf(g, theme)?.mean;

/** One theme across rounds: the setting as a solid line with dots, the city dashed with squares. */
export function TrendChart(props: { report: SettingReport; theme: ThemeId; who: string; values: number[] }) {
  const points = () => props.report.trend;
  const scale = () => scoreScale(props.values);
  const xs = () => {
    const k = points().length;
    const span = W - PAD.left - PAD.right;
    return points().map((_, i) => PAD.left + (k === 1 ? span / 2 : (span * i) / (k - 1)));
  };
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - scale().at(v) / 100);
  const lines = (): Line[] => [
    { cls: 'tl-city', values: points().map((p) => meanOf(p.city, props.theme)) },
    { cls: 'tl-own', values: points().map((p) => meanOf(p.overall, props.theme)) },
  ];
  const label = () => {
    const part = (who: string, values: (number | undefined)[]) =>
      `${who}: ${values.map((v, i) => `${v === undefined ? 'not shown' : fmt(v)} in ${roundShort(points()[i]!)}`).join(', ')}`;
    return `${THEME_NAMES[props.theme]} over time. ${part(props.who, lines()[1]!.values)}. ${part('City', lines()[0]!.values)}.`;
  };
  // End labels: the last value of each line, nudged apart when they would overlap.
  const ends = () => {
    const last = lines().map((l) => {
      const i = l.values.findLastIndex((v) => v !== undefined);
      return i < 0 ? undefined : { cls: l.cls, x: xs()[i]!, y: y(l.values[i]!), v: l.values[i]! };
    });
    const [city, own] = last;
    if (city && own && Math.abs(city.y - own.y) < 13) {
      const mid = (city.y + own.y) / 2;
      const upper = own.v >= city.v ? own : city;
      const lower = upper === own ? city : own;
      upper.y = mid - 7;
      lower.y = mid + 7;
    }
    return last.filter((e) => e !== undefined);
  };
  return (
    <svg class="trend-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label()}>
      {scale().ticks.map((t) => (
        <g class="tl-grid">
          <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
          <text x={PAD.left - 6} y={y(t) + 4} text-anchor="end">
            {t}
          </text>
        </g>
      ))}
      {points().map((p, i) => (
        <text class="tl-x" x={xs()[i]} y={H - 8} text-anchor="middle">
          {roundShort(p)}
        </text>
      ))}
      {lines().map((l) => (
        <g class={l.cls}>
          <path d={paths(xs(), l.values.map((v) => (v === undefined ? undefined : y(v))))} />
          {l.values.map((v, i) =>
            v === undefined ? null : l.cls === 'tl-own' ? (
              <circle cx={xs()[i]} cy={y(v)} r="4.5" />
            ) : (
              <rect x={xs()[i]! - 4} y={y(v) - 4} width="8" height="8" />
            ),
          )}
        </g>
      ))}
      {ends().map((e) => (
        <text class={`tl-end ${e.cls}`} x={e.x + 9} y={e.y + 4}>
          {fmt(e.v)}
        </text>
      ))}
    </svg>
  );
}

/** One theme's rounds as a table: the data behind its line chart. */
function TrendTable(props: { report: SettingReport; theme: ThemeId; who: string }) {
  const r = () => props.report;
  return (
    <TableRegion label={`${THEME_NAMES[props.theme]} by round`}>
      <table class="data">
        <caption>{THEME_NAMES[props.theme]} by survey round</caption>
        <thead>
          <tr>
            <th scope="col">Round</th>
            <th scope="col">{props.who}</th>
            <th scope="col">{r().locality.label}</th>
            <th scope="col">City</th>
          </tr>
        </thead>
        <tbody>
          {r().trend.map((p) => (
            <tr>
              <th scope="row">{p.wave.title}</th>
              <MeanCell group={p.overall} theme={props.theme} threshold={r().threshold} />
              <MeanCell group={p.locality} theme={props.theme} threshold={r().threshold} />
              <MeanCell group={p.city} theme={props.theme} threshold={r().threshold} />
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

/** Every value any trend chart draws, so all the small charts share one axis and compare fairly. */
export function trendValues(r: SettingReport): number[] {
  return r.trend.flatMap((p) =>
    themesOf(r.overall).flatMap((t) => [meanOf(p.overall, t), meanOf(p.city, t)].filter((v): v is number => v !== undefined)),
  );
}

/** Small line charts, one per theme, each with its table in a disclosure. */
export function TrendCharts(props: { report: SettingReport; who: string }) {
  const r = () => props.report;
  const values = () => trendValues(r());
  return (
    <>
      <Show when={r().trend.length < 2}>
        <p class="note">
          This is the first survey round with results here, so each chart has one point. Lines appear after the next round.
        </p>
      </Show>
      <ul class="chart-key" aria-hidden="true">
        <li>
          <span class="mk mk-own" /> {props.who}
        </li>
        <li>
          <span class="mk mk-city-sq" /> City (dashed line)
        </li>
      </ul>
      <div class="trend-grid">
        {themesOf(r().overall).map((theme) => (
          <figure class="chart trend">
            <figcaption>
              <h3>{THEME_NAMES[theme]}</h3>
            </figcaption>
            <TrendChart report={r()} theme={theme} who={props.who} values={values()} />
            <details class="table-details">
              <summary>{THEME_NAMES[theme]} as a table</summary>
              <TrendTable report={r()} theme={theme} who={props.who} />
            </details>
          </figure>
        ))}
      </div>
    </>
  );
}

/** For print: every theme by round in one table, the setting's score with the city's beside it. */
export function TrendSummaryTable(props: { report: SettingReport; who: string }) {
  const r = () => props.report;
  return (
    <table class="data">
      <caption>Scores by survey round: {props.who}, with the city in brackets</caption>
      <thead>
        <tr>
          <th scope="col">Theme</th>
          {r().trend.map((p) => (
            <th scope="col">{p.wave.title}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {themesOf(r().overall).map((theme) => (
          <tr>
            <th scope="row">{THEME_NAMES[theme]}</th>
            {r().trend.map((p) => {
              const own = themeOf(p.overall, theme);
              const city = themeOf(p.city, theme);
              return (
                <td class="num">
                  {own ? <strong>{fmt(own.mean)}</strong> : <span class="hidden-figure">{themeHiddenReason(p.overall, theme, r().threshold)}</span>}
                  <span class="ci">{city ? `(city ${fmt(city.mean)})` : '(city not shown)'}</span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
