import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { keepDynamoLocal } from '../../../functions/local/dynamo-local';
import { appOn } from '../../support/faulty-database';
import { submission } from '../../support/fixtures';

// The API logs each 503 it gives ("storage unavailable"); here hundreds are expected.
vi.spyOn(console, 'error').mockImplementation(() => {});

const dataDir = mkdtempSync(join(tmpdir(), 'heard-restart-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = createConnection({ host: '127.0.0.1', port });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });

async function until(what: () => Promise<boolean>, ms: number) {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) if (await what()) return true;
  return false;
}

/** npm start keeps DynamoDB Local this way (functions/local/start.ts). */
describe('the local platform when DynamoDB Local dies', () => {
  it('starts it again on the same port and data, and the API answers again without a restart of its own', async () => {
    const dynamo = await keepDynamoLocal({ dbPath: dataDir });
    try {
      const { app, store } = await appOn(dynamo.endpoint);
      const health = async () => (await app.request('/api/health')).status;
      const post = () => app.request('/api/responses', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(submission({ comments: {} })) });
      expect((await post()).status).toBe(201);
      const first = dynamo.pid();

      process.kill(first, 'SIGKILL');
      expect(await until(async () => (await health()) === 503, 10_000)).toBe(true);
      expect((await post()).status).toBe(503);
      expect(await until(async () => (await health()) === 200, 90_000)).toBe(true);

      expect(dynamo.restarts()).toBe(1);
      expect(dynamo.pid()).not.toBe(first);
      expect(dynamo.endpoint).toMatch(new RegExp(`:${dynamo.port}$`));
      // The same data: the response sent before the kill is still counted.
      const counted = async () => (await store.readTallies('open-wave')).reduce((a, t) => a + (t.tally.n ?? 0), 0);
      expect(await counted()).toBe(1);
      expect((await post()).status).toBe(201);
      expect(await counted()).toBe(2);
    } finally {
      await dynamo.stop();
    }
    expect(await listening(dynamo.port)).toBe(false);
  }, 180_000);

  it('does not start it again once asked to stop', async () => {
    const dynamo = await keepDynamoLocal({ dbPath: dataDir });
    await dynamo.stop();
    await new Promise((r) => setTimeout(r, 1_000));
    expect(dynamo.restarts()).toBe(0);
    expect(await listening(dynamo.port)).toBe(false);
  }, 120_000);
});
