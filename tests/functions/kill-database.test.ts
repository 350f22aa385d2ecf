import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { keepDynamoLocal, type KeptDynamoLocal } from '../../functions/local/dynamo-local';
import { appOn, markersIn, scanAll } from '../support/faulty-database';
import { codes, submission } from '../support/fixtures';

// The API logs each 503 it gives ("storage unavailable"); here hundreds are expected.
vi.spyOn(console, 'error').mockImplementation(() => {});

/**
 * A burst of pupils sending at once while the database is killed (SIGKILL, no warning) and comes
 * back on the same port and data. Each sender retries as the pupil app does (no answer, a 5xx or
 * a 429: try again later, with the same submissionId), on a shorter clock. Afterwards every
 * response the API acknowledged with 201 is stored exactly once, and nothing is stored that the
 * API did not acknowledge to someone.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'heard-kill-'));
let dynamo: KeptDynamoLocal;
let ctx: Awaited<ReturnType<typeof appOn>>;
beforeAll(async () => {
  dynamo = await keepDynamoLocal({ dbPath: dataDir });
  ctx = await appOn(dynamo.endpoint);
});
afterAll(async () => {
  await dynamo?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const PUPILS = 60;
const KILL_AFTER = 20;

describe('the database killed in the middle of a burst', () => {
  it('loses no acknowledged response and counts each exactly once', async () => {
    const killedPid = dynamo.pid();
    const acknowledged = new Map<string, number[]>();
    let created = 0;
    let killedAt = -1;
    const send = async (body: ReturnType<typeof submission>) => {
      // The outbox's rule, on a shorter clock: 250 ms, doubling to 2 s, for at most a minute.
      for (let wait = 250, until = Date.now() + 60_000; Date.now() < until; wait = Math.min(wait * 2, 2_000)) {
        const res = await ctx.app.request('/api/responses', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        acknowledged.set(body.submissionId, [...(acknowledged.get(body.submissionId) ?? []), res.status]);
        if (res.status === 201 && ++created === KILL_AFTER) {
          // Straight after the acknowledgement leaves: the moment a commit still in flight would be lost.
          killedAt = Date.now();
          process.kill(killedPid, 'SIGKILL');
        }
        if (res.status < 500 && res.status !== 429) return res.status;
        await new Promise((r) => setTimeout(r, wait));
      }
      return 0;
    };
    const bodies = Array.from({ length: PUPILS }, () => submission({ joinCode: codes['open-wave']!['beta-high']!, comments: {} }));
    const finals = await Promise.all(bodies.map(async (b) => (await new Promise((r) => setTimeout(r, Math.random() * 3_000)), send(b))));

    expect(killedAt).toBeGreaterThan(0);
    expect(dynamo.restarts()).toBe(1);
    expect(dynamo.pid()).not.toBe(killedPid);
    const statuses = [...acknowledged.values()].flat();
    expect(statuses.every((s) => [200, 201, 503].includes(s)), `statuses seen: ${[...new Set(statuses)]}`).toBe(true);
    expect(statuses).toContain(503); // senders did meet the dead database, and were told to try again
    expect(finals.every((s) => s === 201 || s === 200)).toBe(true);

    const items = await scanAll(ctx.db, ctx.tableName);
    const stored = markersIn(items);
    const created201 = bodies.filter((b) => acknowledged.get(b.submissionId)!.includes(201));
    for (const b of created201) expect(stored.has(b.submissionId), `acknowledged ${b.submissionId} with 201`).toBe(true);
    // Nothing stored that nobody was told about: each stored submission was answered 201 or 200 (a retry of one stored).
    for (const id of stored) expect(acknowledged.get(id)?.some((s) => s === 201 || s === 200)).toBe(true);
    expect(stored.size).toBe(PUPILS);
    expect(items.filter((i) => i.pk === 'RESPONSES#open-wave#beta-high')).toHaveLength(PUPILS);
    const counted = (await ctx.store.readTallies('open-wave')).filter((t) => t.settingId === 'beta-high').reduce((a, t) => a + (t.tally.n ?? 0), 0);
    expect(counted).toBe(PUPILS);
  }, 180_000);
});
