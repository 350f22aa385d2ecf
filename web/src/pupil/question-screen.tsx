import type { Answer } from '../../../shared/pupil/draft';
import type { ChoiceQuestion, ScaleQuestion } from '../../../shared/survey/schema';
import { kept, later, st } from './app-state';
import { FaceIcon } from './face-icon';
import { t } from './i18n';
import { Intro } from './intro';
import { ProgressBar } from './progress-bar';
import { StepNav } from './step-nav';
import type { SurveyState } from './survey-state';

/**
 * One scale or choice question: a fieldset of native radios (arrow keys move between them)
 * styled as big tap targets, then "Prefer not to say". The first question shares its screen
 * with the introduction, under a second-level heading.
 */
export function QuestionScreen(props: { s: SurveyState; q: ChoiceQuestion | ScaleQuestion }) {
  const { s, q } = props;
  const n = s.step();
  const values: Answer[] = q.kind === 'choice' ? q.options : [0, 1, 2, 3, 4];
  const label = (v: Answer) => (v === null ? t('answer.preferNotToSay') : st(q.kind === 'choice' ? `q.${q.id}.${v}` : `anchor.${q.anchors}.${v}`));
  const option = (v: Answer) => (
    <label class="option">
      <input type="radio" name={q.id} checked={s.answers()[q.id] === v} onChange={() => s.answer(q.id, v)} />
      {q.kind === 'faces' && v !== null && <FaceIcon value={v as number} />}
      <span>{label(v)}</span>
    </label>
  );
  // Read-aloud and the support panel come with the later chunk; until then they are simply absent.
  const readAloud = () => {
    const M = later();
    return M && <M.ReadAloud texts={() => [st(`q.${q.id}`), ...[...values, null].map(label)]} />;
  };
  const resumeOffer = () => {
    const M = later();
    return s.offer() && M && <M.ResumeOffer s={s} />;
  };
  const support = () => {
    const M = later();
    return M && <M.SupportAfter s={s} id={q.id} />;
  };
  // "Last time you told us", below the first question so it never pushes it down: the server's
  // line is kept as drawn until the later chunk (which draws it in any language) is here.
  const heard = () => later()?.heardLine() ?? kept.heard;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        s.next();
      }}
    >
      {n === 1 && <Intro total={s.total} arrive={s.arrive} />}
      {resumeOffer()}
      {s.resumed() && t('resume.notice') && (
        <p class="notice" role="status">
          {t('resume.notice')}
        </p>
      )}
      <ProgressBar n={n} total={s.total} />
      <fieldset class="question">
        <legend>
          {n === 1 ? (
            <h2 elementtiming="question">{st(`q.${q.id}`)}</h2>
          ) : (
            <h1 tabindex="-1" ref={s.arrive} elementtiming="question">
              {st(`q.${q.id}`)}
            </h1>
          )}
        </legend>
        {readAloud()}
        <div class={`options ${q.kind}`}>{values.map(option)}</div>
        <div class="options other">{option(null)}</div>
      </fieldset>
      {support()}
      <StepNav s={s} onSkip={() => s.skip(q.id)} />
      {n === 1 && heard()}
    </form>
  );
}
