/**
 * Nothing to count: no question answered (a "prefer not to say" is not an answer) and no comment
 * written. Refused by the API and never sent by the app, because a blank response would raise a
 * group's n, which suppression and response rates rest on, while saying nothing. A response with
 * some answers counts in full (n and the response rate); each question and theme counts only the
 * pupils who answered it. Zod-free, so the pupil app carries no schema library for it
 * (shared/submission.ts re-exports it for the API).
 */
export function isBlank(submission: { answers: Record<string, unknown>; comments?: Record<string, string> }): boolean {
  const answered = Object.values(submission.answers).some((v) => v !== null && v !== undefined);
  const wrote = Object.values(submission.comments ?? {}).some((t) => t.trim() !== '');
  return !answered && !wrote;
}
