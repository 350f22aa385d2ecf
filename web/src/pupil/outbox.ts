import { createRoot, createSignal } from 'solid-js';
import { readDraft } from '../../../shared/pupil/draft';
import { outboxUntil, readOutbox, submissionOf, type Queued } from '../../../shared/pupil/outbox';
import type { Submission } from '../../../shared/submission';
import { ApiError, offline } from '../api';
import { postResponse } from './post-response';
import { get, PREFIX, set } from './storage';

const OUTBOX_KEY = `${PREFIX}outbox`;
const loadOutbox = () => readOutbox(get(OUTBOX_KEY), Date.now());
const saveOutbox = (list: Queued[]) => set(OUTBOX_KEY, list.length ? JSON.stringify(list) : undefined);

/** Drafts past their time (a pupil who never came back) and spoiled entries go on each visit. */
function prune() {
  try {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith(`${PREFIX}draft:`) && !readDraft(get(key), Date.now())) set(key);
    }
    saveOutbox(loadOutbox());
  } catch {
    // Storage switched off: nothing is kept, so nothing is old.
  }
}

/** First retry after this long, doubling to at most five minutes: gentle on a school's shared connection. */
const FIRST_RETRY = 10_000;
const LAST_RETRY = 300_000;

/**
 * Responses that could not be sent yet. They wait in storage, survive a reload, and go when the
 * browser says it is back online, on a timer, or when the pupil taps Try again. Each keeps its
 * submissionId, so a response that did reach the server before is counted once.
 */
export const outbox = createRoot(() => {
  prune();
  const [pending, setPending] = createSignal(loadOutbox().length);
  const [sending, setSending] = createSignal(false);
  const [problem, setProblem] = createSignal<ApiError>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wait = FIRST_RETRY;

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(flush, wait);
    wait = Math.min(wait * 2, LAST_RETRY);
  };
  const drop = (submissionId: string) => saveOutbox(loadOutbox().filter((q) => q.submissionId !== submissionId));

  async function flush() {
    if (sending()) return;
    clearTimeout(timer);
    const list = loadOutbox();
    setPending(list.length);
    if (!list.length) return;
    setSending(true);
    let again = false;
    for (const queued of list) {
      try {
        if (!navigator.onLine) throw offline();
        await postResponse(submissionOf(queued) as Submission);
        drop(queued.submissionId);
      } catch (err) {
        const e = err instanceof ApiError ? err : offline();
        if (e.status === 0 || e.status >= 500 || e.status === 429) {
          again = true;
          break;
        }
        // Refused for good (the survey closed, say): sending again would never work.
        drop(queued.submissionId);
        setProblem(e);
      }
    }
    setSending(false);
    setPending(loadOutbox().length);
    if (again) schedule();
    else wait = FIRST_RETRY;
  }

  function add(submission: Submission) {
    saveOutbox([...loadOutbox().filter((q) => q.submissionId !== submission.submissionId), { ...submission, comments: submission.comments ?? {}, until: outboxUntil(Date.now()) }]);
    setPending(loadOutbox().length);
    schedule();
  }

  addEventListener('online', () => {
    wait = FIRST_RETRY;
    void flush();
  });
  if (pending()) void flush();
  return { pending, sending, problem, add, flush };
});
