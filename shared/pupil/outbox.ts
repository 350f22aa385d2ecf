import { live, parse, type Answer } from './draft';

/** Unsent responses wait this long for a connection (they are already finished, unlike a draft). */
export const OUTBOX_DAYS = 7;
export const outboxUntil = (now: number) => now + OUTBOX_DAYS * 86_400_000;

/** A response that could not be sent yet, exactly as it will be posted, plus when it is given up (epoch ms). */
export type Queued = {
  joinCode: string;
  submissionId: string;
  language: string;
  answers: Record<string, Answer>;
  comments: Record<string, string>;
  until: number;
};

/** Queued responses still worth sending; damaged or out-of-date entries are dropped. */
export function readOutbox(raw: string | null, now: number): Queued[] {
  const list = parse(raw);
  return Array.isArray(list)
    ? list.filter((q): q is Queued => live(q, now) && typeof q.joinCode === 'string' && typeof q.submissionId === 'string' && typeof q.language === 'string')
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
