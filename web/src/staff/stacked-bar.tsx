import { Show } from 'solid-js';
import type { QuestionResult } from '../../../shared/report/schema';
import type { ScaleQuestion } from '../../../shared/survey/schema';
import { hiddenQuestionReason, type SurveyText } from './labels';
import { pct } from './theme-cells';

export type ShownQuestion = Extract<QuestionResult, { suppressed: false }>;

/**
 * A result with at least one answer to draw. One whose every answer is hidden (the API can send
 * that as shown, with only "no answer" left) is treated as hidden: a bar of nothing but hatching says nothing.
 */
export const shownQuestion = (r: QuestionResult | undefined): ShownQuestion | undefined =>
  r && !r.suppressed && r.distribution.some((d) => !d.suppressed) ? r : undefined;

export const ALL_ANSWERS_HIDDEN = 'Every answer hidden to protect smaller groups';

/** The share who gave no answer, or undefined when that figure is hidden. */
export const noAnswerShare = (r: ShownQuestion) => (r.noAnswer.suppressed ? undefined : r.noAnswer.percent);

/** The answers (and "no answer") that the suppression engine hid in this result. */
export function hiddenAnswers(q: ScaleQuestion, r: ShownQuestion, text: SurveyText): string[] {
  const names = r.distribution.filter((d) => d.suppressed).map((d) => text.option(q, d.option));
  return r.noAnswer.suppressed ? [...names, 'no answer'] : names;
}

/**
 * The share of responses the hidden answers make up together. It is the group's responses less
 * the shown answers, which anyone could work out from the published figures; one hidden answer
 * on its own is never shown, because the engine always hides at least two together.
 */
function hiddenShare(r: ShownQuestion): number {
  const shown = r.distribution.reduce((a, d) => a + (d.suppressed ? 0 : d.percent), 0) + (noAnswerShare(r) ?? 0);
  return Math.max(0, 100 - shown);
}

const join = (words: string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);

/**
 * One result as a bar of percentages of responses: the answers in scale order (one hue, light
 * to dark), then "no answer" in grey, then anything hidden as one hatched "hidden" part. The
 * figures are in a table next to it, so the bar is hidden from screen readers.
 */
export function AnswerBar(props: { result: ShownQuestion }) {
  const r = () => props.result;
  const seg = (p: number) => (p >= 12 ? pct(p) : '');
  return (
    <div class="stack-bar" aria-hidden="true">
      {r().distribution.map((d, i) => (d.suppressed ? null : <span class={`seg s${i}`} style={{ width: `${d.percent}%` }}>{seg(d.percent)}</span>))}
      <Show when={noAnswerShare(r())}>
        {(na) => (
          <span class="seg seg-na" style={{ width: `${na()}%` }}>
            {seg(na())}
          </span>
        )}
      </Show>
      <Show when={hiddenShare(r()) >= 0.5}>
        <span class="seg seg-hidden" style={{ width: `${hiddenShare(r())}%` }}>
          {hiddenShare(r()) >= 18 ? 'hidden' : ''}
        </span>
      </Show>
    </div>
  );
}

/** The words under a bar when some answers are hidden. */
export function HiddenAnswersNote(props: { question: ScaleQuestion; result: ShownQuestion; text: SurveyText }) {
  const names = () => hiddenAnswers(props.question, props.result, props.text);
  return (
    <Show when={names().length}>
      <p class="hidden-note">
        <span class="swatch seg-hidden" aria-hidden="true" /> Hidden to protect smaller groups: {join(names())}.
      </p>
    </Show>
  );
}

/** One question for the whole group: prompt, bar, favourable share, and the figures as a table. */
export function StackedBar(props: { question: ScaleQuestion; result: QuestionResult | undefined; text: SurveyText; threshold: number }) {
  const q = props.question;
  const prompt = props.text.prompt(q.id);
  return (
    <div class="qbar">
      <p class="qbar-prompt">
        {prompt}
        <Show when={q.reverse}>
          <span class="hint"> For this question, a lower answer is better.</span>
        </Show>
      </p>
      <Show
        when={shownQuestion(props.result)}
        fallback={
          <p class="suppressed">
            {props.result && !props.result.suppressed ? ALL_ANSWERS_HIDDEN : hiddenQuestionReason(props.result?.suppressed ? props.result.reason : 'few', props.threshold)}
          </p>
        }
      >
        {(r) => (
          <>
            <AnswerBar result={r()} />
            <p class="qbar-meta">
              {r().favourable === undefined ? 'Favourable share not shown while some answers are hidden' : `${pct(r().favourable!)} favourable`} ·{' '}
              {r().n} responses
            </p>
            <HiddenAnswersNote question={q} result={r()} text={props.text} />
            <details class="table-details">
              <summary>
                Figures<span class="vh"> for “{prompt}”</span>
              </summary>
              <table class="data compact">
                <caption>{prompt} (percent of {r().n} responses)</caption>
                <thead>
                  <tr>
                    <th scope="col">Answer</th>
                    <th scope="col">Share of responses</th>
                  </tr>
                </thead>
                <tbody>
                  {r().distribution.map((d) => (
                    <tr>
                      <th scope="row">{props.text.option(q, d.option)}</th>
                      <td class="num">{d.suppressed ? <span class="hidden-figure">Hidden</span> : pct(d.percent)}</td>
                    </tr>
                  ))}
                  <tr>
                    <th scope="row">No answer</th>
                    <td class="num">{noAnswerShare(r()) === undefined ? <span class="hidden-figure">Hidden</span> : pct(noAnswerShare(r())!)}</td>
                  </tr>
                </tbody>
              </table>
            </details>
          </>
        )}
      </Show>
    </div>
  );
}
