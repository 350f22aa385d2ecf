import { Show } from 'solid-js';
import type { CityReport } from '../../../shared/report/schema';
import { AUDIENCE_NAMES, fewerThan, THEME_NAMES } from './labels';
import { MeanBars } from './mean-bars';
import { MeanCell, themeOf, themesOf } from './theme-cells';

type Section = CityReport['sections'][number];

/** One audience (primary or secondary): the city and each locality, never a single setting. */
export function CitySection(props: { section: Section; threshold: number }) {
  const s = () => props.section;
  const id = () => `city-${s().survey.audience}`;
  const shown = () => s().localities.filter((l) => !l.suppressed);
  const hidden = () => s().localities.filter((l) => l.suppressed);
  const groups = () => [s().city, ...shown()];
  const themes = () => themesOf(s().city);
  return (
    <section class="city-section" aria-labelledby={id()}>
      <h2 id={id()}>{AUDIENCE_NAMES[s().survey.audience]}</h2>
      <Show when={!s().city.suppressed} fallback={<p class="suppressed">{fewerThan(props.threshold)}</p>}>
        <p class="count-line">
          <span class="big">{s().city.n}</span> pupils answered across the city
        </p>
        <div class="table-scroll" role="region" aria-labelledby={`${id()}-caption`} tabindex="0">
          <table class="data sticky">
            <caption id={`${id()}-caption`}>Theme scores from 0 to 100 for the city and each locality</caption>
            <thead>
              <tr>
                <th scope="col">Theme</th>
                {groups().map((g) => <th scope="col">{g.label}</th>)}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Responses</th>
                {groups().map((g) => <td class="num">{g.n}</td>)}
              </tr>
              {themes().map((t) => (
                <tr>
                  <th scope="row">{THEME_NAMES[t]}</th>
                  {groups().map((g) => <MeanCell result={themeOf(g, t)} threshold={props.threshold} />)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {hidden().map((l) => (
          <p class="suppressed">
            <strong>{l.label}:</strong> {fewerThan(props.threshold)}
          </p>
        ))}
        <div class="bars-grid">
          {themes().map((t) => <MeanBars theme={t} groups={groups()} />)}
        </div>
      </Show>
    </section>
  );
}
