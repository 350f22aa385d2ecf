import { vi } from 'vitest';
import type { Submission } from '../../shared/submission';

type AppLike = { request: (path: string, init?: RequestInit, env?: unknown) => Response | Promise<Response> };

/**
 * The pupil app's own sending code (web/src/pupil/send.ts and outbox.ts, unchanged) run in this
 * process against an in-process app: `fetch` goes to `app.request`, localStorage is a plain
 * object, the browser is online, and the outbox's retry timer (10 s, doubling) is held, so a test
 * decides when "later" comes with `later()`. Everything it sends goes through the real rule:
 * no answer, a 5xx or a 429 means keep it and try again; anything else is final.
 */
export async function pupilApp(app: AppLike, env?: unknown) {
  const realSetTimeout = globalThis.setTimeout;
  const realClearTimeout = globalThis.clearTimeout;
  const held = new Map<number, () => void>();
  let handles = 0;
  const sent: { status: number; body: string }[] = [];
  // Stored keys are the object's own properties, as Object.keys(localStorage) lists them in a browser.
  const storage = Object.create({
    getItem(this: Record<string, string>, key: string) {
      return Object.hasOwn(this, key) ? this[key]! : null;
    },
    setItem(this: Record<string, string>, key: string, value: string) {
      this[key] = String(value);
    },
    removeItem(this: Record<string, string>, key: string) {
      delete this[key];
    },
  });
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('navigator', { onLine: true });
  vi.stubGlobal('addEventListener', () => {});
  vi.stubGlobal('fetch', async (url: string | URL, init?: RequestInit) => {
    const res = await app.request(String(url), init, env);
    const copy = res.clone();
    sent.push({ status: res.status, body: await copy.text() });
    return res;
  });
  // The outbox's timer is the only one this long; the SDK's deadlines and back-off are shorter and run for real.
  vi.stubGlobal('setTimeout', (fn: () => void, ms?: number, ...args: unknown[]) => {
    if ((ms ?? 0) < 10_000) return realSetTimeout(fn, ms, ...args);
    const id = -++handles;
    held.set(id, fn);
    return id;
  });
  vi.stubGlobal('clearTimeout', (id: unknown) => (typeof id === 'number' && id < 0 ? held.delete(id) : realClearTimeout(id as never)));
  vi.resetModules();
  const { outbox } = await import('../../web/src/pupil/outbox');
  const { send } = await import('../../web/src/pupil/send');

  return {
    outbox,
    /** What the app answered each request, in order. */
    sent,
    /** The pupil presses Send: the app's own send, which queues the answers in the outbox when it must. */
    async press(submission: Submission) {
      let outcome: string | undefined;
      await send({ submission: () => submission, finish: (how: string) => void (outcome = how) } as never);
      return outcome;
    },
    /** The outbox's timer fires (it runs `flush`), as many times as asked or until nothing waits. */
    async later(times = 1) {
      for (let i = 0; i < times && held.size; i++) {
        held.clear();
        await outbox.flush();
      }
    },
    waiting: () => outbox.pending(),
    restore: () => vi.unstubAllGlobals(),
  };
}
