import { Show } from 'solid-js';
import type { ChoiceQuestion, ScaleQuestion } from '../../../shared/survey/schema';
import { FaceIcon } from './face-icon';
import { ProgressBar } from './progress-bar';
import { StepNav } from './step-nav';
import type { Answer, SurveyState } from './survey-state';

/** One scale or choice question: native radios styled as big tap targets, plus "Prefer not to say". */
export function QuestionScreen(props: { s: SurveyState; question: ChoiceQuestion | ScaleQuestion; index: number }) {
  const { s, question: q } = props;
  const options: [Answer, string][] =
    q.kind === 'choice'
      ? q.options.map((o) => [o, s.t(`q.${q.id}.${o}`)])
      : [0, 1, 2, 3, 4].map((v) => [v, s.t(`anchor.${q.anchors}.${v}`)]);
  options.push([null, 'Prefer not to say']);
  const chosen = () => s.answers()[q.id];
  const isChosen = (v: Answer) => chosen() === v;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        s.next();
      }}
    >
      <ProgressBar current={props.index + 1} total={s.total} />
      <fieldset class="question">
        <legend>
          <h1 tabindex="-1" ref={s.arrive}>
            {s.t(`q.${q.id}`)}
          </h1>
        </legend>
        <div class="options">
          {options.map(([value, label]) => (
            <label class="option" classList={{ other: value === null }}>
              <input
                type="radio"
                name={`q-${q.id}`}
                value={String(value)}
                checked={isChosen(value)}
                onChange={() => s.answer(q.id, value)}
              />
              <Show when={q.kind === 'faces' && typeof value === 'number'}>
                <FaceIcon value={value as number} />
              </Show>
              <span>{label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <StepNav onBack={s.back} onSkip={() => s.skip(q.id)} />
    </form>
  );
}
