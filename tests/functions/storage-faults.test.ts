import { BatchGetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashCode } from '../../functions/domain/codes';
import { createDocumentClient } from '../../functions/store/client';
import { dynamoStore } from '../../functions/store/dynamo-store';
import { keys } from '../../functions/store/keys';
import type { Submission } from '../../shared/submission';
import { fromAddress, TEST_PEPPER, testApp } from '../support/app';
import { markersIn, scanAll } from '../support/faulty-database';
import { FAULTS, injectFaults, type Fault, type FaultPlan } from '../support/faulty-dynamo';
import { pupilApp } from '../support/faulty-pupil';
import { codes, submission } from '../support/fixtures';

// The API logs each 503 it gives ("storage unavailable"); here hundreds are expected.
vi.spyOn(console, 'error').mockImplementation(() => {});

/**
 * Storage that fails part way, as DynamoDB can: throttled, a transaction in conflict, an internal
 * error, a reply that never came, and a reply lost after the write was made. The real store, SDK
 * retries and error mapping run; the pupil app's own send and outbox retry. Whatever fails, the
 * API says 503 (never 201 for what it did not store, never a 500), nothing is ever half written,
 * and every pupil's answers end up counted exactly once.
 */
let ctx: Awaited<ReturnType<typeof testApp>>;
let pupil: Awaited<ReturnType<typeof pupilApp>>;
let plan: FaultPlan = () => undefined;
let faults: ReturnType<typeof injectFaults>;
let onceCodes: string[] = [];
let inspect: ReturnType<typeof dynamoStore>;
const scanner = () => createDocumentClient({ region: 'eu-west-2', endpoint: ctx.endpoint });
let plain: ReturnType<typeof scanner>;

beforeAll(async () => {
  ctx = await testApp();
  const res = await ctx.app.request('/api/admin/waves/open-wave/single-use-codes', {
    method: 'POST',
    headers: { ...ctx.bearer(ctx.tokens.admin), 'content-type': 'application/json' },
    body: JSON.stringify({ settingId: 'delta-high', count: 60 }),
  });
  onceCodes = (await res.json()).codes.map((c: { code: string }) => c.code);
  faults = injectFaults(ctx.db, (attempt) => plan(attempt));
  plain = scanner();
  inspect = dynamoStore(plain, ctx.tableName);
  pupil = await pupilApp(ctx.app, fromAddress('198.51.100.77'));
});
afterAll(async () => {
  pupil?.restore();
  await ctx.drop();
});

/** Every submission any test here has sent, so their markers can be looked up. */
const sentIds: string[] = [];

async function getAll(keyList: { pk: string; sk: string }[]) {
  const found: Record<string, unknown>[] = [];
  for (let i = 0; i < keyList.length; i += 100) {
    let request: Record<string, { Keys: Record<string, unknown>[]; ConsistentRead: boolean }> | undefined = { [ctx.tableName]: { Keys: keyList.slice(i, i + 100), ConsistentRead: true } };
    while (request && Object.keys(request).length) {
      const page = await plain.send(new BatchGetCommand({ RequestItems: request }));
      found.push(...(page.Responses?.[ctx.tableName] ?? []));
      request = page.UnprocessedKeys as typeof request;
    }
  }
  return found;
}
const countIn = async (pk: string) =>
  (await plain.send(new QueryCommand({ TableName: ctx.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk }, Select: 'COUNT', ConsistentRead: true }))).Count ?? 0;

/** What is stored, read past the faults: markers, responses, counted responses, spent codes. */
async function stored() {
  const [markers, alpha, delta, once, tallies] = await Promise.all([
    getAll(sentIds.map((id) => keys.submission(id))),
    countIn(keys.responsesPk('open-wave', 'alpha-high')),
    countIn(keys.responsesPk('open-wave', 'delta-high')),
    getAll(onceCodes.map((code) => keys.onceCode(hashCode(TEST_PEPPER, code)))),
    inspect.readTallies('open-wave'),
  ]);
  const n = (settingId?: string) => tallies.filter((t) => !settingId || t.settingId === settingId).reduce((a, t) => a + (t.tally.n ?? 0), 0);
  return {
    markers: markersIn(markers),
    responses: alpha + delta,
    onceResponses: delta,
    counted: n(),
    onceCounted: n('delta-high'),
    spent: once.filter((i) => i.used === true).length,
  };
}

/** No partial write is visible: every marker has its response and its tally, every spent code its response. */
async function expectWhole() {
  const s = await stored();
  expect(s.responses).toBe(s.markers.size);
  expect(s.counted).toBe(s.responses);
  expect(s.onceCounted).toBe(s.onceResponses);
  expect(s.spent).toBe(s.onceResponses);
  return s;
}

/** The API's answer to each send must be one of these, and a 503 must say when to try again. */
function expectHonest(from: number) {
  for (const { status, body } of pupil.sent.slice(from)) {
    expect([200, 201, 503]).toContain(status);
    if (status === 503) expect(JSON.parse(body)).toMatchObject({ code: 'storage.unavailable', status: 503 });
  }
}

/** Faults on chosen calls: the `nth` call (from now) of `command` fails on its first `times` attempts. */
type Chosen = { command: 'TransactWriteItems' | 'GetItem' | 'UpdateItem' | 'any'; nth: number; fault: Fault; times: number };
function choose(faults: Chosen[]): FaultPlan {
  const calls = new Map<string, number>();
  const index = new WeakMap<object, Map<string, number>>();
  return ({ command, input, attempt }) => {
    if (attempt === 1) {
      const seen = new Map<string, number>();
      for (const name of [command, 'any']) {
        seen.set(name, calls.get(name) ?? 0);
        calls.set(name, (calls.get(name) ?? 0) + 1);
      }
      index.set(input, seen);
    }
    const seen = index.get(input);
    return faults.find((f) => seen?.get(f.command) === f.nth && attempt <= f.times)?.fault;
  };
}

let nextOnce = 0;
function pupilSubmission(once: boolean): Submission {
  const body = submission({ joinCode: once ? onceCodes[nextOnce++]! : codes['open-wave']!['alpha-high']!, comments: {} });
  sentIds.push(body.submissionId);
  return body;
}

/** Pupils press Send (some twice, as a phone may), the outbox drains, and faults stop; then each is counted once. */
async function scenario(pupils: { once: boolean; twice: boolean }[], faults: Chosen[]) {
  const from = pupil.sent.length;
  const bodies = pupils.map((p) => ({ body: pupilSubmission(p.once), twice: p.twice }));
  plan = choose(faults);
  for (const { body, twice } of bodies) {
    await pupil.press(body);
    await expectWhole();
    if (twice) await pupil.press(body);
  }
  for (let i = 0; i < 6 && pupil.waiting(); i++) {
    await pupil.later();
    await expectWhole();
  }
  plan = () => undefined;
  await pupil.later(3);
  expect(pupil.waiting()).toBe(0);
  expectHonest(from);
  const s = await expectWhole();
  for (const { body } of bodies) expect(s.markers.has(body.submissionId)).toBe(true);
  return s;
}

describe('injected storage faults', () => {
  it('answers a throttled send 503 with Retry-After, stores nothing, and the outbox sends it once later', async () => {
    const before = await stored();
    const body = pupilSubmission(false);
    plan = ({ command }) => (command === 'TransactWriteItems' ? 'throttle' : undefined);
    const res = await ctx.postJson('/api/responses', body);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect((await stored()).counted).toBe(before.counted);
    expect(await pupil.press(body)).toBe('saved');
    plan = () => undefined;
    await pupil.later();
    expect(pupil.waiting()).toBe(0);
    expect((await expectWhole()).counted).toBe(before.counted + 1);
  }, 30_000);

  it('counts once a send whose write succeeded but whose reply was lost: the retry is answered 200 duplicate, and the outbox stops', async () => {
    const before = await stored();
    const body = pupilSubmission(false);
    // The first try reaches DynamoDB and is carried out; its reply, and those of the SDK's retries, never come back.
    plan = ({ command, attempt }) => (command === 'TransactWriteItems' ? (attempt === 1 ? 'timeout-after-write' : 'timeout') : undefined);
    const from = pupil.sent.length;
    expect(await pupil.press(body)).toBe('saved');
    expect(pupil.sent[from]!.status).toBe(503);
    expect((await expectWhole()).counted).toBe(before.counted + 1); // stored, though the pupil was told to wait
    plan = () => undefined;
    await pupil.later();
    expect(pupil.sent.at(-1)).toEqual({ status: 200, body: JSON.stringify({ status: 'duplicate' }) });
    expect(pupil.waiting()).toBe(0);
    expect((await expectWhole()).counted).toBe(before.counted + 1);
  }, 30_000);

  it('answers 201 when the SDK retried a transaction whose first reply was lost: stored once, through its request token', async () => {
    const before = await stored();
    plan = ({ command, attempt }) => (command === 'TransactWriteItems' && attempt === 1 ? 'timeout-after-write' : undefined);
    const res = await ctx.postJson('/api/responses', pupilSubmission(false));
    expect(res.status).toBe(201);
    expect((await expectWhole()).counted).toBe(before.counted + 1);
  }, 30_000);

  it('never spends a single-use code without its response: a failed send leaves the code unused, and the retry spends it', async () => {
    const before = await stored();
    const body = pupilSubmission(true);
    plan = ({ command }) => (command === 'TransactWriteItems' ? 'internal' : undefined);
    expect(await pupil.press(body)).toBe('saved');
    expect((await expectWhole()).spent).toBe(before.spent);
    plan = () => undefined;
    await pupil.later();
    expect((await expectWhole()).spent).toBe(before.spent + 1);
  }, 30_000);

  it('gives up on a transaction still in conflict after the store\'s retries with 503, and stores it once on the next try', async () => {
    const before = await stored();
    const body = pupilSubmission(false);
    plan = ({ command }) => (command === 'TransactWriteItems' ? 'conflict' : undefined);
    const res = await ctx.postJson('/api/responses', body);
    expect(res.status).toBe(503);
    plan = () => undefined;
    expect((await ctx.postJson('/api/responses', body)).status).toBe(201);
    expect((await expectWhole()).counted).toBe(before.counted + 1);
  }, 30_000);

  it('keeps every promise whatever fails, wherever (generated faults on chosen calls)', async () => {
    const chosen = fc.record({
      command: fc.constantFrom('TransactWriteItems' as const, 'GetItem' as const, 'UpdateItem' as const, 'any' as const),
      nth: fc.nat(6),
      fault: fc.constantFrom(...FAULTS),
      times: fc.integer({ min: 1, max: 3 }),
    });
    const pupils = fc.array(fc.record({ once: fc.boolean(), twice: fc.boolean() }), { minLength: 1, maxLength: 3 });
    let runs = 0;
    let total = (await stored()).markers.size;
    const [injectedBefore, sentBefore] = [faults.injected.length, pupil.sent.length];
    await fc.assert(
      fc.asyncProperty(pupils, fc.array(chosen, { maxLength: 4 }), async (ps, faults) => {
        runs++;
        const s = await scenario(ps, faults);
        total += ps.length;
        expect(s.markers.size).toBe(total); // each pupil once, and nothing else
      }),
      { numRuns: 14, seed: 20261204 },
    );
    expect(runs).toBe(14);
    // The runs met faults of every kind, and pupils were told to wait.
    expect(new Set(faults.injected.slice(injectedBefore).map((f) => f.fault))).toEqual(new Set(FAULTS));
    expect(pupil.sent.slice(sentBefore).some((r) => r.status === 503)).toBe(true);
    // And nothing anywhere in the table says otherwise: every marker in it is one of ours, each with its response.
    const everything = await scanAll(plain, ctx.tableName);
    expect(markersIn(everything)).toEqual((await stored()).markers);
  }, 240_000);
});
