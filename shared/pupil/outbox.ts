import { live, parse, type Answer } from './draft';

/** A response that could not be sent yet, exactly as it will be posted, plus its last day. */
export type Queued = {
  joinCode: string;
  submissionId: string;
  language: string;
  answers: Record<string, Answer>;
  comments: Record<string, string>;
  until: number;
};

/** Queued responses still worth sending; damaged or out-of-date entries are dropped. */
export function readOutbox(raw: string | null, today: number): Queued[] {
  const list = parse(raw);
  return Array.isArray(list)
    ? list.filter((q): q is Queued => live(q, today) && typeof q.joinCode === 'string' && typeof q.submissionId === 'string' && typeof q.language === 'string')
    : [];
}

/** The body to post for a queued response: exactly the submission, nothing the device kept for itself. */
export const submissionOf = ({ joinCode, submissionId, language, answers, comments }: Queued) => ({
  joinCode,
  submissionId,
  language,
  answers,
  comments,
});
