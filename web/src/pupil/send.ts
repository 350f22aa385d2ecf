import { createSignal } from 'solid-js';
import { ApiError, offline } from '../api';
import { postResponse } from './post-response';
import { outbox } from './outbox';
import type { SurveyState } from './survey-state';

/**
 * Sends the pupil's answers. With no answer from the server (offline, or the reply lost on the
 * way back), or a fault on its side, the response goes into the outbox and is sent again later
 * with the same submissionId, so however often it arrives it is counted once. Either way the
 * pupil's answers then leave the screen, memory and the draft in storage.
 */
const [sending, setSending] = createSignal(false);
const [problem, setProblem] = createSignal<ApiError>();
export { problem, sending };

export async function send(s: SurveyState) {
  if (sending()) return;
  setSending(true);
  setProblem(undefined);
  const submission = s.submission();
  try {
    if (!navigator.onLine) throw offline();
    await postResponse(submission);
    s.finish('sent');
  } catch (err) {
    const e = err instanceof ApiError ? err : offline();
    if (e.status === 0 || e.status >= 500 || e.status === 429) {
      outbox.add(submission);
      s.finish('saved');
    } else setProblem(e);
  } finally {
    setSending(false);
  }
}
