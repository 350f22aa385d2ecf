import * as z from 'zod';
import { Language, type Survey } from './survey/schema';

/** The body a pupil's device sends. Shape only; `checkAnswers` checks it against the wave's survey. */
export const Submission = z.object({
  joinCode: z.string().min(1, 'the join code is missing').max(40),
  submissionId: z.uuid({ message: 'submissionId must be a UUID made on the device' }),
  language: Language,
  answers: z.record(z.string().max(40), z.union([z.number(), z.string().max(40), z.null()])),
  comments: z.record(z.string().max(40), z.string()).optional(),
});
export type Submission = z.infer<typeof Submission>;

export type FieldError = { field: string; message: string };

/** Every way the answers do not fit the survey, one entry per bad field; empty when they fit. */
export function checkAnswers(survey: Survey, submission: Pick<Submission, 'answers' | 'comments'>): FieldError[] {
  const errors: FieldError[] = [];
  const byId = new Map(survey.questions.map((q) => [q.id, q]));
  for (const [id, value] of Object.entries(submission.answers)) {
    const q = byId.get(id);
    const field = `answers.${id}`;
    if (!q) {
      errors.push({ field, message: `there is no question "${id}" in this survey` });
    } else if (value === null) {
      continue; // "prefer not to say"
    } else if (q.kind === 'text') {
      errors.push({ field, message: `"${id}" is a free-text question; send its text in comments` });
    } else if (q.kind === 'choice') {
      if (!q.options.includes(value)) errors.push({ field, message: `must be one of ${q.options.join(', ')}, or null` });
    } else if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 4) {
      errors.push({ field, message: 'must be a whole number from 0 to 4, or null' });
    }
  }
  for (const [id, text] of Object.entries(submission.comments ?? {})) {
    const q = byId.get(id);
    const field = `comments.${id}`;
    if (!q || q.kind !== 'text') errors.push({ field, message: `there is no free-text question "${id}" in this survey` });
    else if (text.length > q.maxLength) errors.push({ field, message: `must be at most ${q.maxLength} characters` });
  }
  return errors;
}


export { isBlank } from './pupil/blank';
