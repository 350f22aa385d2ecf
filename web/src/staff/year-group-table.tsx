import { Show } from 'solid-js';
import type { SettingReport } from '../../../shared/report/schema';
import { fewerThan, THEME_NAMES } from './labels';
import { MeanCell, themeOf, themesOf } from './theme-cells';

/** Each year group's responses and theme scores; small year groups show the reason, not figures. */
export function YearGroupTable(props: { report: SettingReport }) {
  const r = () => props.report;
  const themes = () => themesOf(r().overall);
  return (
    <Show when={r().yearGroups.length} fallback={<p>No year groups to show yet.</p>}>
      <div class="table-scroll" role="region" aria-labelledby="years-caption" tabindex="0">
        <table class="data sticky">
          <caption id="years-caption">Theme scores by year group, 0 to 100</caption>
          <thead>
            <tr>
              <th scope="col">Year group</th>
              <th scope="col">Responses</th>
              {themes().map((t) => <th scope="col">{THEME_NAMES[t]}</th>)}
            </tr>
          </thead>
          <tbody>
            {r().yearGroups.map((g) => (
              <tr>
                <th scope="row">{g.label}</th>
                <Show
                  when={!g.suppressed}
                  fallback={
                    <td colspan={themes().length + 1} class="hidden-figure">
                      {fewerThan(r().threshold)}
                    </td>
                  }
                >
                  <td class="num">{g.n}</td>
                  {themes().map((t) => <MeanCell result={themeOf(g, t)} threshold={r().threshold} />)}
                </Show>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Show>
  );
}
