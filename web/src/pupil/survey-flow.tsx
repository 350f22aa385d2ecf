import { createRenderEffect, createMemo, onCleanup, untrack } from 'solid-js';
import { info, later, loadLater, st } from './app-state';
import { setTitle, t } from './i18n';
import { QuestionScreen } from './question-screen';
import { createSurvey } from './survey-state';

/** Question screens (the first with the introduction), then review and the end, from the later chunk. */
export function SurveyFlow(props: { code: string }) {
  const s = createSurvey(props.code);
  const root = document.documentElement.classList;
  // Years 4 to 6: larger type and fewer words on every screen.
  root.toggle('primary', info()!.survey.audience === 'primary');
  onCleanup(() => root.remove('primary'));

  // The review and end screens set their own titles.
  createRenderEffect(() => {
    const step = s.step();
    if (step <= s.total) setTitle(step === 1 ? st('title') : t('progress.questionOf', { n: step, total: s.total }));
  });

  // A fresh screen for each step; answers changing within a step leave the screen alone.
  const screen = createMemo(() => {
    const step = s.step();
    const q = s.questions[step - 1];
    if (q && q.kind !== 'text') return untrack(() => <QuestionScreen s={s} q={q} />);
    const L = later();
    if (!L) {
      void loadLater();
      return (
        <p class="loading" role="status">
          {t('app.loading')}
        </p>
      );
    }
    return untrack(() => (q ? <L.TextScreen s={s} q={q} /> : step === s.review ? <L.ReviewScreen s={s} /> : <L.DoneScreen s={s} />));
  });
  return <>{screen()}</>;
}
