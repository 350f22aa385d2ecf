import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, submission } from '../support/fixtures';
import { testApp } from '../support/app';
import type { Submission } from '../../shared/submission';

type Ctx = Awaited<ReturnType<typeof testApp>>;
let ctx: Ctx;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.drop());

const itemCount = async () => (await ctx.db.send(new ScanCommand({ TableName: ctx.tableName, Select: 'COUNT' }))).Count;
const responsesIn = async (settingId: string) =>
  (await ctx.store.readTallies('open-wave')).filter((t) => t.settingId === settingId).reduce((a, t) => a + (t.tally.n ?? 0), 0);

describe('POST /api/responses', () => {
  it('records a valid response once: 201 recorded', async () => {
    const before = await responsesIn('alpha-high');
    const res = await ctx.postJson('/api/responses', submission());
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ status: 'recorded' });
    expect(await responsesIn('alpha-high')).toBe(before + 1);
  });

  it('answers a replay with 200 duplicate and counts nothing twice', async () => {
    const body = submission();
    const before = await responsesIn('alpha-high');
    expect((await ctx.postJson('/api/responses', body)).status).toBe(201);
    const items = await itemCount();
    const again = await ctx.postJson('/api/responses', body);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ status: 'duplicate' });
    expect(await responsesIn('alpha-high')).toBe(before + 1);
    expect(await itemCount()).toBe(items);
  });

  it('counts 20 concurrent copies of one submission exactly once', async () => {
    const body = submission({ joinCode: codes['open-wave']!['beta-high']! });
    const before = await responsesIn('beta-high');
    const results = await Promise.all(Array.from({ length: 20 }, () => ctx.postJson('/api/responses', body)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(19);
    expect(await responsesIn('beta-high')).toBe(before + 1);
    const raw = await ctx.store.listResponses('open-wave', 'beta-high');
    expect(raw).toHaveLength(before + 1);
  });

  it('counts 20 different pupils submitting at once, all of them', async () => {
    const before = await responsesIn('beta-high');
    const results = await Promise.all(
      Array.from({ length: 20 }, () => ctx.postJson('/api/responses', submission({ joinCode: codes['open-wave']!['beta-high']! }))),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(await responsesIn('beta-high')).toBe(before + 20);
  });

  it('rejects answers that do not fit the survey with a 400 problem listing each field, and writes nothing', async () => {
    const items = await itemCount();
    const res = await ctx.postJson('/api/responses', submission({ answers: { belong: 7, year: 3, mystery: 1 } }));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const problem = await res.json();
    expect(problem.code).toBe('request.invalid');
    expect(problem.errors.map((e: { field: string }) => e.field)).toEqual(['answers.belong', 'answers.year', 'answers.mystery']);
    expect(problem.detail).toMatch(/nothing was saved/);
    expect(await itemCount()).toBe(items);
  });

  it('refuses a blank response (nothing answered, nothing written) with 400, counting and storing nothing', async () => {
    const before = await itemCount();
    const counted = await responsesIn('alpha-high');
    for (const blank of [
      { answers: {}, comments: {} } as Partial<Submission>,
      { answers: { year: null, belong: null, gender: null }, comments: { better_place: '   ' } },
    ]) {
      const res = await ctx.postJson('/api/responses', submission(blank));
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      const body = await res.json();
      expect(body.detail).toMatch(/Answer at least one question/);
      expect(body.errors).toEqual([{ field: 'answers', message: expect.stringMatching(/at least one question/) }]);
    }
    expect(await itemCount()).toBe(before);
    expect(await responsesIn('alpha-high')).toBe(counted);
  });

  it('counts a response with one answer, or only a comment, in full', async () => {
    const counted = await responsesIn('alpha-high');
    expect((await ctx.postJson('/api/responses', submission({ answers: { belong: 3 }, comments: {} }))).status).toBe(201);
    expect((await ctx.postJson('/api/responses', submission({ answers: {}, comments: { better_place: 'More clubs.' } }))).status).toBe(201);
    expect(await responsesIn('alpha-high')).toBe(counted + 2);
  });

  it('rejects a malformed body with a 400 problem naming the fields', async () => {
    const res = await ctx.postJson('/api/responses', { joinCode: 'AAA222BBB', submissionId: 'not-a-uuid', answers: [] });
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem.errors.map((e: { field: string }) => e.field)).toEqual(['submissionId', 'language', 'answers']);
  });

  it('rejects text that is not JSON with a 400 problem, not a 500', async () => {
    const res = await ctx.app.request('/api/responses', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('refuses a closed round with 409 and writes nothing', async () => {
    const items = await itemCount();
    const res = await ctx.postJson('/api/responses', submission({ joinCode: codes['closed-wave']!['alpha-high']! }));
    expect(res.status).toBe(409);
    expect((await res.json()).code).toBe('wave.closed');
    expect(await itemCount()).toBe(items);
  });

  it('refuses an unknown join code with 404', async () => {
    const res = await ctx.postJson('/api/responses', submission({ joinCode: 'ZZZ999ZZZ' }));
    expect(res.status).toBe(404);
    expect((await res.json()).code).toBe('code.unknown');
  });

  it('refuses a body over 64 KB with 413', async () => {
    const res = await ctx.postJson('/api/responses', submission({ comments: { better_place: 'x'.repeat(70_000) } }));
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});
