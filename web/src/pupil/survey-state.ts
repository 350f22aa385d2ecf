import { createSignal, onCleanup } from 'solid-js';
import type { Question } from '../../../shared/survey/schema';
import { ApiError, postResponse, type JoinInfo } from '../api';

export type Answer = number | string | null;

/** A UUID even where `crypto.randomUUID` is missing (plain http on a school network is not a secure context). */
function newSubmissionId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One pupil's pass through the survey. Steps: 0 is the intro, 1..total the questions in order,
 * then the review and the thank-you. Answers live in memory only, never in storage: a shared
 * classroom tablet must not show one pupil's answers to the next.
 */
export function createSurvey(code: string, info: JoinInfo) {
  const survey = info.survey;
  const language = survey.languages[0] ?? 'en';
  const strings = survey.strings[language] ?? {};
  const questions: Question[] = survey.questions;
  const total = questions.length;
  const review = total + 1;
  const sent = total + 2;

  const [step, setStep] = createSignal(0);
  const [answers, setAnswers] = createSignal<Record<string, Answer>>({});
  const [comments, setComments] = createSignal<Record<string, string>>({});
  const [sending, setSending] = createSignal(false);
  const [problem, setProblem] = createSignal<ApiError>();
  // Made once per attempt and kept for retries, so a double tap or a retry is recorded once.
  const submissionId = newSubmissionId();
  let moved = false;
  let returnToReview = false;

  const go = (to: number) => {
    moved = true;
    setStep(to);
    scrollTo(0, 0);
    // One history entry per screen, so the phone's Back button goes back a question instead of
    // leaving the survey and losing the answers.
    history[to === sent ? 'replaceState' : 'pushState']({ step: to }, '');
  };
  const onPop = () => {
    if (step() === sent) return;
    moved = true;
    setStep(Math.min(Number(history.state?.step) || 0, review));
  };
  addEventListener('popstate', onPop);
  onCleanup(() => removeEventListener('popstate', onPop));
  const next = () => {
    go(returnToReview ? review : step() + 1);
    returnToReview = false;
  };

  const clear = (id: string) => {
    const { [id]: _a, ...restAnswers } = answers();
    const { [id]: _c, ...restComments } = comments();
    setAnswers(restAnswers);
    setComments(restComments);
  };

  async function send() {
    if (sending()) return;
    setSending(true);
    setProblem(undefined);
    const written = Object.entries(comments()).filter(([, text]) => text.trim() !== '');
    try {
      await postResponse({ joinCode: code, submissionId, language, answers: answers(), comments: Object.fromEntries(written) });
      go(sent);
    } catch (err) {
      setProblem(err instanceof ApiError ? err : new ApiError(0, 'Something went wrong', 'Please try again.'));
    } finally {
      setSending(false);
    }
  }

  return {
    info,
    language,
    questions,
    total,
    review,
    sent,
    step,
    answers,
    comments,
    sending,
    problem,
    t: (key: string) => strings[key] ?? key,
    /** Focus the new screen's heading, but not on first load, where the page start is better. */
    arrive: (el: HTMLElement) => {
      if (moved) requestAnimationFrame(() => el.focus());
    },
    start: () => go(1),
    back: () => go(step() === review ? total : step() - 1),
    next,
    skip: (id: string) => {
      clear(id);
      next();
    },
    change: (index: number) => {
      returnToReview = true;
      go(index + 1);
    },
    answer: (id: string, value: Answer) => setAnswers({ ...answers(), [id]: value }),
    comment: (id: string, text: string) => setComments({ ...comments(), [id]: text }),
    send,
  };
}

export type SurveyState = ReturnType<typeof createSurvey>;
