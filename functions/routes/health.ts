import { Hono } from 'hono';
import type { AppDeps } from '../app-deps';
import { Problem } from '../http/problem';

/** How long the health check waits for the database before saying it is unavailable. */
const DEADLINE_MS = 2_000;

/**
 * Whether Heard can serve: the function is up and the database answers a read within 2 s.
 * 503 with Retry-After otherwise, so a monitor (or the local start) sees the real state.
 */
export const healthRoutes = ({ store }: Pick<AppDeps, 'store'>) =>
  new Hono().get('/health', async (c) => {
    const started = Date.now();
    const answered = await Promise.race([
      store.ping().then(
        () => true,
        () => false,
      ),
      new Promise<false>((done) => setTimeout(() => done(false), DEADLINE_MS).unref?.()),
    ]);
    if (!answered) {
      throw new Problem(503, 'storage.unavailable', 'Not ready', 'The database is not answering. Try again in a few seconds.', undefined, { 'retry-after': '2' });
    }
    return c.json({ status: 'ok' as const, database: { status: 'ok' as const, ms: Date.now() - started } });
  });
