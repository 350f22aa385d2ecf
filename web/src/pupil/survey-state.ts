import { batch, createSignal, onCleanup } from 'solid-js';
import type { Answer, Draft } from '../../../shared/pupil/draft';
import type { Question } from '../../../shared/survey/schema';
import { gone, info, setHelpOpen, visit } from './app-state';
import { t } from './i18n';
import { draftUntil, loadDraft, saveDraft } from './storage';

/** A random UUID, also where `crypto.randomUUID` is missing (plain http is not a secure context). */
const uuid = (): string =>
  crypto.randomUUID?.() ?? '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) => (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+c / 4)))).toString(16));

/**
 * One pupil's pass through the survey. Steps 1..total are the questions (the first shares its
 * screen with the introduction), then the review and the end. Answers are kept on the device as
 * the pupil goes, for a few minutes (shared/pupil/draft.ts), so a reload or a dropped connection
 * loses nothing; sending, Start again and Leave quickly forget them. Answers kept from before are
 * never shown until the pupil says they were theirs (`offer`): on a classroom tablet they may be
 * someone else's. Each screen is a history entry marked with this pass's `sid`, so the phone's
 * Back button moves between questions but never shows an earlier pupil's.
 */
export function createSurvey(code: string) {
  const joined = info()!;
  // A class code already says the year group; the server fills it in, so the pupil is not asked.
  const questions: Question[] = joined.survey.questions.filter((q) => !(joined.yearGroup && q.kind === 'choice' && q.role === 'yearGroup'));
  const total = questions.length;
  const review = total + 1;
  const done = total + 2;

  const [step, setStep] = createSignal(1);
  const [answers, setAnswers] = createSignal<Record<string, Answer>>({});
  const [comments, setComments] = createSignal<Record<string, string>>({});
  const [resumed, setResumed] = createSignal(false);
  /** Answers this device kept from before, offered back but not shown until the pupil takes them. */
  const [offer, setOffer] = createSignal<Draft>();
  const [outcome, setOutcome] = createSignal<'sent' | 'saved'>();
  let id = '';
  let sid = '';
  let moved = false;
  let returnToReview = false;

  let marked = false;
  const mark = () => {
    marked = true;
    history.replaceState({ sid, step: step() }, '');
  };

  /** Takes up what this device kept for the code (a reload, a return), or starts afresh. */
  function adopt(d: Draft | undefined, markNow = true) {
    id = d?.id ?? uuid();
    sid = d?.sid ?? uuid();
    batch(() => {
      setAnswers(d?.answers ?? {});
      setComments(d?.comments ?? {});
      setStep(d ? Math.min(Math.max(d.step, 1), review) : 1);
      setResumed(!!d);
      setOutcome(undefined);
    });
    if (markNow) mark();
  }
  adopt(undefined, false);
  setOffer(loadDraft(code));
  // The first screen's history entry is marked once it has been painted: replaceState takes a
  // good few milliseconds on a slow phone, and nothing reads the mark before the pupil moves on
  // (and moving on marks it first, see go).
  requestAnimationFrame(() => setTimeout(() => marked || mark()));

  const save = () => {
    // Leaving quickly steps back through history on its way out: nothing may be kept again.
    if (gone()) return;
    const any = step() > 1 || Object.keys(answers()).length > 0 || Object.values(comments()).some(Boolean);
    saveDraft(code, any && step() <= review ? { id, sid, step: step(), answers: answers(), comments: comments(), until: draftUntil() } : undefined);
  };

  const go = (to: number, replace = false) => {
    if (!marked) mark();
    moved = true;
    batch(() => {
      setStep(to);
      setResumed(false);
      // Moving on without taking the kept answers: they were someone else's, and are let go.
      setOffer(undefined);
      // Help stays where the pupil opened it; the next question starts clear of it.
      setHelpOpen(false);
    });
    scrollTo(0, 0);
    if (!replace) visit.pushed++;
    history[replace ? 'replaceState' : 'pushState']({ sid, step: to }, '');
    save();
  };

  const onPop = () => {
    // Not this pupil's screen, or already sent: stay where we are.
    if (history.state?.sid !== sid || step() === done) return mark();
    moved = true;
    setStep(Math.min(Math.max(Number(history.state.step) || 1, 1), review));
    save();
  };
  // Back into a page the browser kept in memory: what storage says now (nothing, once sent), offered.
  const onShow = (e: PageTransitionEvent) => {
    if (!e.persisted) return;
    adopt(undefined);
    setOffer(loadDraft(code));
  };
  addEventListener('popstate', onPop);
  addEventListener('pageshow', onShow);
  onCleanup(() => {
    removeEventListener('popstate', onPop);
    removeEventListener('pageshow', onShow);
  });

  const next = () => {
    go(returnToReview ? review : step() + 1);
    returnToReview = false;
  };

  const written = () => Object.fromEntries(Object.entries(comments()).filter(([, text]) => text.trim() !== ''));

  /** Forgets this pupil's answers everywhere and shows the end screen in place of the last one. */
  const finish = (how: 'sent' | 'saved') => {
    saveDraft(code, undefined);
    batch(() => {
      setAnswers({});
      setComments({});
      setOutcome(how);
    });
    go(done, true);
  };

  return {
    questions,
    total,
    review,
    done,
    step,
    answers,
    comments,
    resumed,
    offer,
    /** The pupil says the kept answers were theirs: back to where they were. */
    takeOffer: () => {
      const d = offer();
      setOffer(undefined);
      if (d) adopt(d);
    },
    /** Not theirs: forgotten at once. */
    declineOffer: () => {
      setOffer(undefined);
      saveDraft(code, undefined);
    },
    outcome,
    /** Focus the new screen's heading, but not on first load, where the page start is better. */
    arrive: (el: HTMLElement) => {
      if (moved) requestAnimationFrame(() => el.focus());
    },
    back: () => go(step() === review ? total : step() - 1),
    next,
    skip: (qid: string) => {
      const { [qid]: _a, ...restAnswers } = answers();
      const { [qid]: _c, ...restComments } = comments();
      batch(() => {
        setAnswers(restAnswers);
        setComments(restComments);
      });
      next();
    },
    change: (index: number) => {
      returnToReview = true;
      go(index + 1);
    },
    answer: (qid: string, value: Answer) => {
      setAnswers({ ...answers(), [qid]: value });
      save();
    },
    comment: (qid: string, text: string) => {
      setComments({ ...comments(), [qid]: text });
      save();
    },
    /** For the next pupil on a shared device: forget everything and go back to the first screen. */
    startAgain: (ask = true) => {
      if (ask && !confirm(t('startAgain.confirm'))) return;
      saveDraft(code, undefined);
      adopt(undefined);
      setResumed(false);
      go(1, true);
    },
    /** The response exactly as the server takes it: nothing else leaves the device. */
    submission: () => ({ joinCode: code, submissionId: id, language: info()!.survey.languages[0]!, answers: answers(), comments: written() }),
    finish,
  };
}

export type SurveyState = ReturnType<typeof createSurvey>;
