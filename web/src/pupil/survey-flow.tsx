import { createEffect, createMemo, onCleanup, untrack } from 'solid-js';
import type { Question } from '../../../shared/survey/schema';
import type { JoinInfo } from '../api';
import { setTitle } from '../router';
import { IntroScreen } from './intro-screen';
import { QuestionScreen } from './question-screen';
import { ReviewScreen } from './review-screen';
import { createSurvey } from './survey-state';
import { TextScreen } from './text-screen';
import { ThanksScreen } from './thanks-screen';

const RTL = ['ar', 'ur'];

/** Intro, one screen per question, review, thank-you. */
export function SurveyFlow(props: { code: string; info: JoinInfo }) {
  const s = createSurvey(props.code, props.info);
  const html = document.documentElement;
  html.lang = s.language;
  html.dir = RTL.includes(s.language) ? 'rtl' : 'ltr';
  onCleanup(() => {
    html.lang = 'en';
    html.dir = 'ltr';
  });

  const current = (): Question | undefined => s.questions[s.step() - 1];
  createEffect(() => {
    const step = s.step();
    setTitle(
      step === 0 ? s.t('title') : step === s.review ? 'Ready to send?' : step === s.sent ? 'Thank you' : `Question ${step} of ${s.total}`,
    );
  });

  // A fresh screen for each step; answers changing within a step leave the screen alone.
  const screen = createMemo(() => {
    const step = s.step();
    const q = current();
    return untrack(() => {
      if (step === 0) return <IntroScreen s={s} />;
      if (q) return q.kind === 'text' ? <TextScreen s={s} question={q} index={step - 1} /> : <QuestionScreen s={s} question={q} index={step - 1} />;
      return step === s.review ? <ReviewScreen s={s} /> : <ThanksScreen s={s} />;
    });
  });
  return <>{screen()}</>;
}
