import { Show } from 'solid-js';
import type { QuestionResult } from '../../../shared/report/schema';
import type { ScaleQuestion } from '../../../shared/survey/schema';
import type { SurveyText } from './labels';
import { SuppressedNote } from './suppressed-note';

type Shown = Extract<QuestionResult, { suppressed: false }>;

/** One question's answers as a stacked bar, with the same figures in a table for screen readers. */
export function StackedBar(props: { question: ScaleQuestion; result: QuestionResult | undefined; text: SurveyText; threshold: number }) {
  const q = props.question;
  const prompt = props.text.prompt(q.id);
  const shown = (): Shown | undefined => (props.result && !props.result.suppressed ? props.result : undefined);
  return (
    <div class="qbar">
      <p class="qbar-prompt">
        {prompt}
        <Show when={q.reverse}>
          <span class="hint"> For this question, a lower answer is better.</span>
        </Show>
      </p>
      <Show when={shown()} fallback={<SuppressedNote threshold={props.threshold} />}>
        {(r) => (
          <>
            <div class="stack-bar" aria-hidden="true">
              {r().distribution.map((d, i) => (
                <span class={`seg s${i}`} style={{ width: `${d.percent}%` }}>
                  {d.percent >= 12 ? `${Math.round(d.percent)}%` : ''}
                </span>
              ))}
            </div>
            <p class="qbar-meta">
              {r().favourable ?? '–'}% favourable · answered by {r().n} pupils
            </p>
            {/* A table box ignores overflow, so the hiding wrapper is a div. */}
            <div class="vh">
              <table>
                <caption>{prompt}</caption>
                <thead>
                  <tr>
                    <th scope="col">Answer</th>
                    <th scope="col">Pupils</th>
                  </tr>
                </thead>
                <tbody>
                  {r().distribution.map((d) => (
                    <tr>
                      <th scope="row">{props.text.option(q, d.option)}</th>
                      <td>{d.percent}%</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Show>
    </div>
  );
}
