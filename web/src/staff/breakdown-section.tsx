import { createSignal, Show } from 'solid-js';
import type { Breakdown, Dimension, Group, QuestionResult, SettingReport } from '../../../shared/report/schema';
import type { ScaleQuestion } from '../../../shared/survey/schema';
import { AnswerKeys } from './question-distributions';
import { hiddenQuestionReason, hiddenReason, THEME_NAMES, type QuestionGroup, type SurveyText } from './labels';
import { ALL_ANSWERS_HIDDEN, AnswerBar, noAnswerShare, shownQuestion } from './stacked-bar';
import { MeanCell, pct, themesOf } from './theme-cells';
import { TableRegion } from './table-region';

const DIMENSION_WORDS: Record<Dimension, { name: string; lower: string }> = {
  year: { name: 'Year group', lower: 'year group' },
  gender: { name: 'Gender', lower: 'gender' },
};

/**
 * Theme scores of each group in one breakdown. A hidden group shows only why, in words: no
 * count, rate or score, so nothing about it can be read or worked out from the page.
 */
export function BreakdownTable(props: { report: SettingReport; breakdown: Breakdown; link?: (g: Group) => string; id: string }) {
  const r = () => props.report;
  const themes = () => themesOf(r().overall);
  const rates = () => props.breakdown.groups.some((g) => !g.suppressed && g.responseRate !== undefined);
  const words = () => DIMENSION_WORDS[props.breakdown.dimension];
  return (
    <TableRegion labelledBy={`${props.id}-caption`}>
      <table class="data sticky breakdown" data-testid={`breakdown-${props.breakdown.dimension}`}>
        <caption id={`${props.id}-caption`}>Theme scores by {words().lower}, 0 to 100</caption>
        <thead>
          <tr>
            <th scope="col">{words().name}</th>
            <th scope="col">Responses</th>
            <Show when={rates()}>
              <th scope="col">Response rate</th>
            </Show>
            {themes().map((t) => (
              <th scope="col">{THEME_NAMES[t]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.breakdown.groups.map((g) => (
            <tr class={g.suppressed ? 'row-hidden' : undefined}>
              <th scope="row">
                {props.link && !g.suppressed ? (
                  <a class="row-link" href={props.link(g)}>
                    {g.label}
                    <span class="vh">: open this group's own report</span>
                  </a>
                ) : (
                  g.label
                )}
              </th>
              {g.suppressed ? (
                <td colspan={themes().length + (rates() ? 2 : 1)} class="hidden-figure">
                  <span class="reason">{hiddenReason(g.reason, r().threshold)}</span>
                </td>
              ) : (
                <>
                  <td class="num">{g.n}</td>
                  <Show when={rates()}>
                    <td class="num">{g.responseRate === undefined ? '' : pct(g.responseRate)}</td>
                  </Show>
                  {themes().map((t) => (
                    <MeanCell group={g} theme={t} threshold={r().threshold} />
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

/** Why one group's answers to a question are not shown. */
function groupQuestionReason(group: Group | undefined, result: QuestionResult, threshold: number) {
  if (group?.suppressed) return hiddenReason(group.reason, threshold);
  return result.suppressed ? hiddenQuestionReason(result.reason, threshold) : ALL_ANSWERS_HIDDEN;
}

/** One question, one bar per group; the figures in a table below. */
function GroupQuestion(props: { question: ScaleQuestion; results: QuestionResult[]; groups: Group[]; text: SurveyText; threshold: number; dimension: string }) {
  const q = props.question;
  const prompt = props.text.prompt(q.id);
  const groupOf = (key: string | undefined) => props.groups.find((g) => g.key === key);
  const drawn = () => props.results.flatMap((r) => shownQuestion(r) ?? []);
  const anyHidden = () => drawn().some((r) => r.noAnswer.suppressed || r.distribution.some((d) => d.suppressed));
  return (
    <div class="qbar">
      <p class="qbar-prompt">{prompt}</p>
      <ul class="group-bars">
        {props.results.map((res) => (
          <li>
            <span class="gb-label">{groupOf(res.key)?.label ?? res.key}</span>
            <Show when={shownQuestion(res)} fallback={<span class="hidden-figure">{groupQuestionReason(groupOf(res.key), res, props.threshold)}</span>}>
              {(shown) => <AnswerBar result={shown()} />}
            </Show>
          </li>
        ))}
      </ul>
      <Show when={anyHidden()}>
        <p class="hidden-note">Hatched parts are answers hidden to protect smaller groups; the table names them.</p>
      </Show>
      <Show when={drawn().length}>
        <details class="table-details">
          <summary>
            Figures<span class="vh"> for “{prompt}” by {props.dimension}</span>
          </summary>
          <TableRegion label={`${prompt}: figures by ${props.dimension}`}>
            <table class="data sticky">
              <caption>
                {prompt} (percent of each group's responses)
              </caption>
              <thead>
                <tr>
                  <th scope="col">Group</th>
                  {[0, 1, 2, 3, 4].map((v) => (
                    <th scope="col">{props.text.option(q, v)}</th>
                  ))}
                  <th scope="col">No answer</th>
                </tr>
              </thead>
              <tbody>
                {props.results.map((res) => (
                  <tr class={shownQuestion(res) ? undefined : 'row-hidden'}>
                    <th scope="row">{groupOf(res.key)?.label ?? res.key}</th>
                    {res.suppressed || !shownQuestion(res) ? (
                      <td colspan="6" class="hidden-figure">
                        <span class="reason">{groupQuestionReason(groupOf(res.key), res, props.threshold)}</span>
                      </td>
                    ) : (
                      <>
                        {res.distribution.map((d) => (
                          <td class="num">{d.suppressed ? <span class="hidden-figure">Hidden</span> : pct(d.percent)}</td>
                        ))}
                        <td class="num">{noAnswerShare(res) === undefined ? <span class="hidden-figure">Hidden</span> : pct(noAnswerShare(res)!)}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </details>
      </Show>
    </div>
  );
}

/** One theme's questions (or those on no theme) by group, drawn only once opened: there are many of them. */
function ThemeByGroup(props: { group: QuestionGroup; breakdown: Breakdown; text: SurveyText; threshold: number }) {
  const [open, setOpen] = createSignal(false);
  const results = (id: string) => props.breakdown.questions.find((q) => q.id === id)?.groups ?? [];
  const lower = () => DIMENSION_WORDS[props.breakdown.dimension].lower;
  return (
    <details class="theme-by-group" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {props.group.name}: each question by {lower()}
      </summary>
      <Show when={open()}>
        {props.group.questions.map((q) => (
          <GroupQuestion
            question={q}
            results={results(q.id)}
            groups={props.breakdown.groups}
            text={props.text}
            threshold={props.threshold}
            dimension={lower()}
          />
        ))}
      </Show>
    </details>
  );
}

/** Breakdowns, one dimension at a time (never year and gender together, so groups stay large enough). */
export function BreakdownSection(props: { report: SettingReport; text: SurveyText; link: (d: Dimension, g: Group) => string }) {
  const dims = () => props.report.breakdowns.map((b) => b.dimension);
  const [dim, setDim] = createSignal<Dimension>(dims()[0] ?? 'year');
  const breakdown = () => props.report.breakdowns.find((b) => b.dimension === dim());
  return (
    <Show when={props.report.breakdowns.length} fallback={<p>No breakdowns for this report.</p>}>
      <fieldset class="segmented">
        <legend>Break down by</legend>
        {dims().map((d) => (
          <label>
            <input type="radio" name="breakdown" value={d} checked={dim() === d} onChange={() => setDim(d)} />
            <span>{DIMENSION_WORDS[d].name}</span>
          </label>
        ))}
      </fieldset>
      <Show when={breakdown()} keyed>
        {(b) => (
          <>
            <BreakdownTable report={props.report} breakdown={b} link={(g) => props.link(b.dimension, g)} id={`breakdown-${b.dimension}`} />
            <p class="small">
              Choose a group to see its whole report. “Fewer than {props.report.threshold} responses” means the group is too small to
              show; “Hidden to protect a smaller group” means its figures would let someone work out a smaller group's.
            </p>
            <h3>Each question by {DIMENSION_WORDS[b.dimension].lower}</h3>
            <Show when={props.text.survey}>
              <AnswerKeys text={props.text} />
              {props.text.questionGroups().map((g) => (
                <ThemeByGroup group={g} breakdown={b} text={props.text} threshold={props.report.threshold} />
              ))}
            </Show>
          </>
        )}
      </Show>
    </Show>
  );
}
