import type { TextQuestion } from '../../../shared/survey/schema';
import { ProgressBar } from './progress-bar';
import { StepNav } from './step-nav';
import type { SurveyState } from './survey-state';

/** A free-text question. Optional; the counter is read with the box, not announced on every key. */
export function TextScreen(props: { s: SurveyState; question: TextQuestion; index: number }) {
  const { s, question: q } = props;
  const id = `text-${q.id}`;
  const text = () => s.comments()[q.id] ?? '';
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        s.next();
      }}
    >
      <ProgressBar current={props.index + 1} total={s.total} />
      <h1 tabindex="-1" ref={s.arrive}>
        <label for={id}>{s.t(`q.${q.id}`)}</label>
      </h1>
      <p id={`${id}-hint`} class="hint">
        You do not have to write anything. Please do not write anyone's name. Nobody reads this
        straight away, so if you need help now, tap Get help at the top.
      </p>
      <textarea
        id={id}
        class="input"
        rows={6}
        maxLength={q.maxLength}
        aria-describedby={`${id}-hint ${id}-count`}
        value={text()}
        onInput={(e) => s.comment(q.id, e.currentTarget.value)}
      />
      <p id={`${id}-count`} class="hint count">
        You can write {q.maxLength - text().length} more characters.
      </p>
      <StepNav onBack={s.back} onSkip={() => s.skip(q.id)} />
    </form>
  );
}
