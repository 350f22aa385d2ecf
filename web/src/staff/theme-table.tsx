import type { SettingReport } from '../../../shared/report/schema';
import { THEME_NAMES } from './labels';
import { MeanCell, themeOf, themesOf } from './theme-cells';

/** Each theme for the setting, with its locality and the city beside it. */
export function ThemeTable(props: { report: SettingReport }) {
  const r = () => props.report;
  const themes = () => themesOf(r().overall);
  return (
    <div class="table-scroll" role="region" aria-labelledby="themes-caption" tabindex="0">
      <table class="data sticky compact">
        <caption id="themes-caption">Theme scores from 0 to 100; higher is better</caption>
        <thead>
          <tr>
            <th scope="col">Theme</th>
            <th scope="col">
              Score <span class="ci">95% range</span>
            </th>
            <th scope="col">Favour&shy;able</th>
            <th scope="col">{r().locality.label}</th>
            <th scope="col">City</th>
          </tr>
        </thead>
        <tbody>
          {themes().map((theme) => {
            const own = themeOf(r().overall, theme);
            return (
              <tr>
                <th scope="row">{THEME_NAMES[theme]}</th>
                <MeanCell result={own} threshold={r().threshold} ci />
                <td class="num">{own ? `${Math.round(own.favourable)}%` : ''}</td>
                <MeanCell result={themeOf(r().locality, theme)} threshold={r().threshold} />
                <MeanCell result={themeOf(r().city, theme)} threshold={r().threshold} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
