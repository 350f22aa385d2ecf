import type { AnswerStatus } from './schema';

/** Status words in children's words (English; the public page has them in every language). */
export const STATUS_WORDS: Record<AnswerStatus, string> = {
  looking: 'Looking into it',
  doing: 'Doing it',
  done: 'Done',
  cannot: "We can't do this",
};

/** The progress a status starts from when a writer has not said. */
export const STATUS_PROGRESS: Record<AnswerStatus, number> = { looking: 10, doing: 50, done: 100, cannot: 0 };

export const VERDICT_WORDS = { 'good-enough': 'Good enough', 'not-yet': 'Not enough yet' } as const;
