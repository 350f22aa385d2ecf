import { Show } from 'solid-js';
import { answerText } from './answer-text';
import type { SurveyState } from './survey-state';

/** A last look before sending. The list is folded away so Send is in reach without scrolling. */
export function ReviewScreen(props: { s: SurveyState }) {
  const s = props.s;
  const answered = () =>
    s.questions.filter((q) => (q.kind === 'text' ? Boolean(s.comments()[q.id]?.trim()) : q.id in s.answers())).length;
  return (
    <>
      <h1 tabindex="-1" ref={s.arrive}>
        Ready to send?
      </h1>
      <p>
        You answered {answered()} of {s.total} questions. After you send your answers, you cannot change them.
      </p>
      <details class="review">
        <summary>Check or change your answers</summary>
        <ol class="review-list">
          {s.questions.map((q, i) => (
            <li>
              <span class="review-q">{s.t(`q.${q.id}`)}</span>
              <span class="review-a">{answerText(s, q)}</span>
              <button type="button" class="btn link" onClick={() => s.change(i)}>
                Change<span class="vh"> your answer to question {i + 1}</span>
              </button>
            </li>
          ))}
        </ol>
      </details>
      <Show when={s.problem()}>
        {(p) => (
          <div class="problem" role="alert">
            <h2>{p().title}</h2>
            <p>{p().detail}</p>
            <Show when={p().status === 0}>
              <p>Your answers are still here. Tap Send my answers to try again.</p>
            </Show>
          </div>
        )}
      </Show>
      <div class="step-nav">
        <button type="button" class="btn secondary" onClick={s.back}>
          Back
        </button>
        <button type="button" class="btn primary" aria-disabled={s.sending()} onClick={() => void s.send()}>
          {s.sending() ? 'Sending…' : 'Send my answers'}
        </button>
      </div>
    </>
  );
}
