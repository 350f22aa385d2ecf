import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/app';
import { tableAccounts } from '../../functions/accounts/table-accounts';
import { refuseAllTokens } from '../../functions/auth/verifier';
import { createDocumentClient, STORAGE_DEADLINES } from '../../functions/store/client';
import { dynamoStore } from '../../functions/store/dynamo-store';
import { submission, TODAY } from '../support/fixtures';

/**
 * The API with its database gone: a port that refuses connections, and one that accepts them
 * and never answers (a paused database). Both must end in a prompt 503 with Retry-After, never
 * a 500 or a hang, and the health check must say so.
 */
let silent: ReturnType<typeof createServer>;
let silentPort = 0;
const held = new Set<import('node:net').Socket>();
beforeAll(async () => {
  // Accepts, never answers; the sockets are kept so that the server can be closed at the end
  // (close() waits for every open connection, and the SDK keeps its connections alive).
  silent = createServer((socket) => {
    held.add(socket);
    socket.on('close', () => held.delete(socket));
  });
  await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
  silentPort = (silent.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((done) => {
  silent.close(() => done());
  for (const socket of held) socket.destroy();
}));

function appOn(endpoint: string) {
  const store = dynamoStore(createDocumentClient({ region: 'eu-west-2', endpoint }), 'heard-missing');
  return createApp({ store, verify: refuseAllTokens, retentionDays: 400, threshold: 10, now: () => TODAY, codePepper: 'x'.repeat(32), accounts: tableAccounts(store) });
}
const post = (app: ReturnType<typeof appOn>) =>
  app.request('/api/responses', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(submission()) });

describe('when the database cannot be reached', () => {
  it('answers a submission 503 with Retry-After, as a problem, quickly', async () => {
    const app = appOn('http://127.0.0.1:1');
    const started = Date.now();
    const res = await post(app);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect((await res.json()).code).toBe('storage.unavailable');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('says so on /api/health', async () => {
    const res = await appOn('http://127.0.0.1:1').request('/api/health');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
  });
});

describe('when the database accepts connections and never answers', () => {
  it('gives up on each call at its deadline and answers 503, not a hang', async () => {
    const app = appOn(`http://127.0.0.1:${silentPort}`);
    const started = Date.now();
    const res = await post(app);
    const took = Date.now() - started;
    expect(res.status).toBe(503);
    // Three attempts of at most 1.5 s each, plus back-off: well inside the function's 10 s.
    expect(took).toBeLessThan(STORAGE_DEADLINES.maxAttempts * STORAGE_DEADLINES.requestTimeout + 2_000);
  }, 15_000);

  it('has the health check answer within its own 2 s', async () => {
    const started = Date.now();
    const res = await appOn(`http://127.0.0.1:${silentPort}`).request('/api/health');
    expect(res.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
