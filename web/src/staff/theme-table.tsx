import { Show } from 'solid-js';
import type { SettingReport } from '../../../shared/report/schema';
import { BandBadge } from './band-badge';
import { BAND_RULE, THEME_NAMES } from './labels';
import { fmt, MeanCell, pct, themeOf, themesOf } from './theme-cells';
import { TableRegion } from './table-region';

/** The theme chart's figures: each theme for the setting, its band, its locality and the city. */
export function ThemeTable(props: { report: SettingReport; who: string; id: string }) {
  const r = () => props.report;
  const bands = () => r().benchmarks.length > 0;
  return (
    <TableRegion labelledBy={`${props.id}-caption`}>
      <table class="data sticky" data-testid="theme-table">
        <caption id={`${props.id}-caption`}>Theme scores from 0 to 100 for {props.who}, {r().locality.label} and the city</caption>
        <thead>
          <tr>
            <th scope="col">Theme</th>
            <th scope="col">
              {props.who} <span class="ci">score and 95% range</span>
            </th>
            <th scope="col">Favour&shy;able</th>
            <Show when={bands()}>
              <th scope="col" class="text">Compared with the city</th>
            </Show>
            <th scope="col">{r().locality.label}</th>
            <th scope="col">City</th>
          </tr>
        </thead>
        <tbody>
          {themesOf(r().overall).map((theme) => {
            const own = themeOf(r().overall, theme);
            const b = r().benchmarks.find((x) => x.theme === theme);
            return (
              <tr>
                <th scope="row">{THEME_NAMES[theme]}</th>
                <MeanCell group={r().overall} theme={theme} threshold={r().threshold} ci />
                <td class="num">{own ? pct(own.favourable) : ''}</td>
                <Show when={bands()}>
                  <td class="text">
                    <Show when={b} fallback={<span class="hidden-figure">No band</span>}>
                      {(bm) => (
                        <>
                          <BandBadge band={bm().band} />
                          <span class="ci">
                            {BAND_RULE[bm().band]} ({fmt(bm().cityMean)}, spread {fmt(bm().spread)})
                          </span>
                        </>
                      )}
                    </Show>
                  </td>
                </Show>
                <MeanCell group={r().locality} theme={theme} threshold={r().threshold} />
                <MeanCell group={r().city} theme={theme} threshold={r().threshold} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
