import { Show } from 'solid-js';
import type { CityReport, Group, ShownGroup } from '../../../shared/report/schema';
import type { ThemeId } from '../../../shared/survey/schema';
import { percent } from './chart-scale';
import { AUDIENCE_NAMES, changeWords, fewerThan, hiddenReason, THEME_NAMES } from './labels';
import { fmt, MeanCell, pct, themeHiddenReason, themeOf, themesOf } from './theme-cells';
import { TopicBars } from './topic-bars';
import { TableRegion } from './table-region';
import { VoteBars } from './vote-bars';

type Section = CityReport['sections'][number];

const ARROWS = { up: '▲', down: '▼', same: '●' } as const;

/** A change as an arrow, a number and a word: "▲ up 2.1". The arrow is decoration; the words carry it. */
function Change(props: { now: Group; before: Group | undefined; theme: ThemeId }) {
  const c = () => {
    const a = themeOf(props.now, props.theme);
    const b = props.before && themeOf(props.before, props.theme);
    return a && b ? changeWords(a.mean, b.mean) : undefined;
  };
  return (
    <Show when={c()} fallback={<span class="hidden-figure">No comparison</span>}>
      {(ch) => (
        <span class={`change change-${ch().dir}`}>
          <span aria-hidden="true">{ARROWS[ch().dir]} </span>
          {ch().text}
        </span>
      )}
    </Show>
  );
}

/** The city's themes, highest first, as labelled bars on the full 0–100 scale. */
function RankedThemes(props: { section: Section; threshold: number; id: string }) {
  const s = () => props.section;
  const label = () =>
    `City theme scores out of 100, highest first: ${s()
      .ranking.map((t) => `${THEME_NAMES[t]} ${fmt(themeOf(s().city, t)!.mean)}`)
      .join(', ')}.`;
  return (
    <figure class="chart">
      <div role="img" aria-label={label()} class="hbars">
        {s().ranking.map((t) => {
          const r = themeOf(s().city, t)!;
          return (
            <div class="hbar-row">
              <span class="hbar-label">{THEME_NAMES[t]}</span>
              <span class="hbar-track">
                <span class="hbar-fill city" style={{ width: percent(r.mean) }} />
              </span>
              <span class="hbar-value">{fmt(r.mean)}</span>
            </div>
          );
        })}
      </div>
      <figcaption class="small">Bars start at 0 and end at 100; higher is always better.</figcaption>
      <details class="table-details">
        <summary>City theme scores as a table</summary>
        <TableRegion labelledBy={`${props.id}-rank-caption`}>
          <table class="data sticky">
            <caption id={`${props.id}-rank-caption`}>City theme scores, highest first</caption>
            <thead>
              <tr>
                <th scope="col">Theme</th>
                <th scope="col">
                  Score <span class="ci">95% range</span>
                </th>
                <th scope="col">Favour&shy;able</th>
                <Show when={s().previous}>
                  <th scope="col">Since {s().previous!.wave.title}</th>
                </Show>
              </tr>
            </thead>
            <tbody>
              {s().ranking.map((t) => (
                <tr>
                  <th scope="row">{THEME_NAMES[t]}</th>
                  <MeanCell group={s().city} theme={t} threshold={props.threshold} ci />
                  <td class="num">{pct(themeOf(s().city, t)!.favourable)}</td>
                  <Show when={s().previous}>
                    <td class="num">
                      <Change now={s().city} before={s().previous!.city} theme={t} />
                    </td>
                  </Show>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </details>
    </figure>
  );
}

/** Each theme: the city and every locality as labelled bars, so no bar depends on its colour. */
function LocalityBars(props: { section: Section; threshold: number; id: string }) {
  const s = () => props.section;
  const groups = () => [s().city, ...s().localities];
  const label = () =>
    `Theme scores out of 100 for the city and each locality. ${themesOf(s().city)
      .map((t) => `${THEME_NAMES[t]}: ${groups().map((g) => `${g.label} ${themeOf(g, t) ? fmt(themeOf(g, t)!.mean) : 'not shown'}`).join(', ')}`)
      .join('. ')}.`;
  return (
    <figure class="chart">
      <div role="img" aria-label={label()} class="bars-grid">
        {themesOf(s().city).map((t) => (
          <div class="mean-bars">
            <p class="mean-title">{THEME_NAMES[t]}</p>
            {groups().map((g) => {
              const r = themeOf(g, t);
              return (
                <div class="hbar-row">
                  <span class="hbar-label">{g.label}</span>
                  <span class="hbar-track">
                    <Show when={r}>{(x) => <span class="hbar-fill" classList={{ city: g.key === 'city' }} style={{ width: percent(x().mean) }} />}</Show>
                  </span>
                  <span class="hbar-value">{r ? fmt(r.mean) : <span class="hidden-figure">Not shown</span>}</span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <details class="table-details">
        <summary>Localities as a table</summary>
        <TableRegion labelledBy={`${props.id}-loc-caption`}>
          <table class="data sticky">
            <caption id={`${props.id}-loc-caption`}>Theme scores from 0 to 100 for the city and each locality</caption>
            <thead>
              <tr>
                <th scope="col">Theme</th>
                {groups().map((g) => (
                  <th scope="col">{g.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Responses</th>
                {groups().map((g) => (
                  <td class="num">{g.suppressed ? <span class="hidden-figure">{hiddenReason(g.reason, props.threshold)}</span> : g.n}</td>
                ))}
              </tr>
              {themesOf(s().city).map((t) => (
                <tr>
                  <th scope="row">{THEME_NAMES[t]}</th>
                  {groups().map((g) => (
                    <MeanCell group={g} theme={t} threshold={props.threshold} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </details>
    </figure>
  );
}

/** Change since the previous round for the city and each locality, with a sentence that says it in words. */
function ChangeTable(props: { section: Section; threshold: number; id: string }) {
  const s = () => props.section;
  const prev = () => s().previous!;
  const before = (g: Group) => (g.key === 'city' ? prev().city : prev().localities.find((l) => l.key === g.key));
  const groups = () => [s().city, ...s().localities];
  const summary = () => {
    const dirs = themesOf(s().city).flatMap((t) => {
      const a = themeOf(s().city, t);
      const b = themeOf(prev().city, t);
      return a && b ? [changeWords(a.mean, b.mean).dir] : [];
    });
    const n = (d: string) => dirs.filter((x) => x === d).length;
    const themes = (k: number) => (k === dirs.length ? (k === 1 ? 'its one theme' : `all ${k} themes`) : `${k} theme${k === 1 ? '' : 's'}`);
    const parts = [
      n('up') && `went up on ${themes(n('up'))}`,
      n('down') && `went down on ${themes(n('down'))}`,
      n('same') && `stayed the same on ${themes(n('same'))}`,
    ].filter((p): p is string => Boolean(p));
    if (!parts.length) return `The city's scores cannot be compared with ${prev().wave.title}.`;
    const said = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
    return `Since ${prev().wave.title}, the city's score ${said}.`;
  };
  return (
    <>
      <p>{summary()}</p>
      <TableRegion labelledBy={`${props.id}-chg-caption`}>
        <table class="data sticky change-table">
          <caption id={`${props.id}-chg-caption`}>Change in score since {prev().wave.title}, in points out of 100</caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              {groups().map((g) => (
                <th scope="col">{g.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {themesOf(s().city).map((t) => (
              <tr>
                <th scope="row">{THEME_NAMES[t]}</th>
                {groups().map((g) => (
                  <td class="num">
                    <Change now={g} before={before(g)} theme={t} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <p class="small">
        Small changes are often chance: read a change of a point or two with care. “No comparison” means one of the two figures is
        hidden.
      </p>
    </>
  );
}

/** Admin only: every setting in alphabetical order, never ranked, each suppressed like any group. */
function SettingsTable(props: { settings: Group[]; themes: ThemeId[]; threshold: number; id: string }) {
  const sorted = () => [...props.settings].sort((a, b) => a.label.localeCompare(b.label));
  return (
    <TableRegion labelledBy={`${props.id}-set-caption`}>
      <table class="data sticky" data-testid="settings-table">
        <caption id={`${props.id}-set-caption`}>Each setting in alphabetical order, scores from 0 to 100</caption>
        <thead>
          <tr>
            <th scope="col">Setting</th>
            <th scope="col">Responses</th>
            {props.themes.map((t) => (
              <th scope="col">{THEME_NAMES[t]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted().map((g) => (
            <tr class={g.suppressed ? 'row-hidden' : undefined}>
              <th scope="row" class="wrap">
                {g.label}
              </th>
              {g.suppressed ? (
                <td colspan={props.themes.length + 1} class="hidden-figure">
                  <span class="reason">{hiddenReason(g.reason, props.threshold)}</span>
                </td>
              ) : (
                <>
                  <td class="num">{g.n}</td>
                  {props.themes.map((t) => (
                    <MeanCell group={g} theme={t} threshold={props.threshold} />
                  ))}
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

/** One audience (primary or secondary): the city and each locality; single settings for admin only. */
export function CitySection(props: { section: Section; threshold: number; ballot?: CityReport['ballot'] }) {
  const s = () => props.section;
  const id = () => `city-${s().survey.audience}`;
  const shownCity = (): ShownGroup | undefined => (s().city.suppressed ? undefined : (s().city as ShownGroup));
  return (
    <section class="city-section" aria-labelledby={id()}>
      <h2 id={id()}>{AUDIENCE_NAMES[s().survey.audience]}</h2>
      <Show when={!s().city.suppressed} fallback={<p class="suppressed">{fewerThan(props.threshold)}</p>}>
        <p class="count-line">
          <span class="big">{shownCity()?.n}</span> pupils answered across the city
        </p>
        <h3>City theme scores, highest first</h3>
        <RankedThemes section={s()} threshold={props.threshold} id={id()} />
        <Show when={themesOf(s().city).some((t) => !themeOf(s().city, t))}>
          <p class="small">
            Not shown:{' '}
            {themesOf(s().city)
              .filter((t) => !themeOf(s().city, t))
              .map((t) => `${THEME_NAMES[t]} (${themeHiddenReason(s().city, t, props.threshold).toLowerCase()})`)
              .join(', ')}
            .
          </p>
        </Show>
        <h3>Each locality beside the city</h3>
        <RankedNote />
        <LocalityBars section={s()} threshold={props.threshold} id={id()} />
        <h3>Change since the last round</h3>
        <Show when={s().previous} fallback={<p>There is no earlier round to compare with.</p>}>
          <ChangeTable section={s()} threshold={props.threshold} id={id()} />
        </Show>
        <h3>What pupils wrote about</h3>
        <TopicBars
          topics={s().topics}
          threshold={props.threshold}
          id={`${id()}-topics`}
          caption={`Comments from ${AUDIENCE_NAMES[s().survey.audience].toLowerCase()} mentioning each topic`}
        />
        <Show when={props.ballot}>
          {(ballot) => (
            <>
              <h3>The vote: which finding to work on first</h3>
              <VoteBars
                group={s().city}
                ballot={ballot()}
                threshold={props.threshold}
                id={`${id()}-vote`}
                who={AUDIENCE_NAMES[s().survey.audience].toLowerCase()}
              />
            </>
          )}
        </Show>
        <Show when={s().settings}>
          {(list) => (
            <>
              <h3>Settings</h3>
              <p class="note">
                For the council only. Settings are listed alphabetically: this is not a league table. Compare each setting with the
                city and its locality, not with other settings.
              </p>
              <SettingsTable settings={list()} themes={themesOf(s().city)} threshold={props.threshold} id={id()} />
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}

function RankedNote() {
  return <p class="small">Localities are in a fixed order, not ranked. “Not shown” means too few responses, or hidden to protect a smaller group; the table says which.</p>;
}
