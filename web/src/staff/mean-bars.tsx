import type { Group } from '../../../shared/report/schema';
import type { ThemeId } from '../../../shared/survey/schema';
import { THEME_NAMES } from './labels';
import { fmt, themeOf } from './theme-cells';

/** Simple bars of one theme's mean for the city and each locality; the table beside it has the same figures. */
export function MeanBars(props: { theme: ThemeId; groups: Group[] }) {
  return (
    <figure class="mean-bars" aria-hidden="true">
      <figcaption>{THEME_NAMES[props.theme]}</figcaption>
      {props.groups.map((g) => {
        const t = themeOf(g, props.theme);
        return (
          <div class="mean-row">
            <span class="mean-label">{g.label}</span>
            <span class="mean-track">
              <span class="mean-fill" classList={{ city: g.key === 'city' }} style={{ width: `${t ? t.mean : 0}%` }} />
            </span>
            <span class="mean-value">{t ? fmt(t.mean) : 'Hidden'}</span>
          </div>
        );
      })}
    </figure>
  );
}
