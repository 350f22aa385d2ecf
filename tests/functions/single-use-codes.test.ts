import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submission } from '../support/fixtures';
import { testApp } from '../support/app';

let ctx: Awaited<ReturnType<typeof testApp>>;
let codes: { code: string; display: string }[];
beforeAll(async () => {
  ctx = await testApp();
  const res = await ctx.app.request('/api/admin/waves/open-wave/single-use-codes', {
    method: 'POST',
    headers: { ...ctx.bearer(ctx.tokens.admin), 'content-type': 'application/json' },
    body: JSON.stringify({ settingId: 'delta-high', count: 30 }),
  });
  expect(res.status).toBe(201);
  codes = (await res.json()).codes;
});
afterAll(() => ctx.drop());

const scanText = async () => JSON.stringify((await ctx.db.send(new ScanCommand({ TableName: ctx.tableName }))).Items);
const count = async () => (await ctx.store.readTallies('open-wave')).filter((t) => t.settingId === 'delta-high').reduce((a, t) => a + (t.tally.n ?? 0), 0);

describe('single-use codes', () => {
  it('are handed out once as 12 easy-to-type characters, and only their keyed hashes are stored', async () => {
    expect(codes).toHaveLength(30);
    expect(new Set(codes.map((c) => c.code)).size).toBe(30);
    for (const { code, display } of codes) {
      expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{12}$/);
      expect(display).toBe(`${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`);
    }
    const text = await scanText();
    for (const { code } of codes) expect(text).not.toContain(code);
  });

  it('work once: the second pupil with the same code is told it has been used', async () => {
    const { code } = codes[0]!;
    expect((await ctx.app.request(`/api/join/${code.toLowerCase()}`)).status).toBe(200);
    expect((await ctx.postJson('/api/responses', submission({ joinCode: code }))).status).toBe(201);
    const again = await ctx.postJson('/api/responses', submission({ joinCode: code }));
    expect(again.status).toBe(409);
    expect((await again.json()).code).toBe('code.used');
    expect((await ctx.app.request(`/api/join/${code}`)).status).toBe(409);
  });

  it('still answers a replay of the same submission as a duplicate, not as a used code', async () => {
    const body = submission({ joinCode: codes[1]!.code });
    expect((await ctx.postJson('/api/responses', body)).status).toBe(201);
    expect((await ctx.postJson('/api/responses', body)).status).toBe(200);
  });

  it('yield exactly one response when 20 pupils use one code at once', async () => {
    const before = await count();
    const code = codes[2]!.code;
    const results = await Promise.all(Array.from({ length: 20 }, () => ctx.postJson('/api/responses', submission({ joinCode: code }))));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(19);
    expect(await count()).toBe(before + 1);
  });

  it('leave no link from a code to the response it opened', async () => {
    const items = (await ctx.db.send(new ScanCommand({ TableName: ctx.tableName }))).Items ?? [];
    const responses = items.filter((i) => String(i.pk) === 'RESPONSES#open-wave#delta-high');
    expect(responses.length).toBeGreaterThanOrEqual(3);
    for (const r of responses) expect(Object.keys(r).sort()).toEqual(['answers', 'comments', 'day', 'expiresAt', 'pk', 'settingId', 'sk', 'waveId', 'yearGroup']);
    // Codes are hashes marked used or not: nothing more.
    const onceItems = items.filter((i) => String(i.pk).startsWith('ONCE#'));
    expect(onceItems).toHaveLength(30);
    expect(onceItems.filter((i) => i.used)).toHaveLength(3);
    for (const i of onceItems) expect(Object.keys(i).sort()).toEqual(i.used ? ['hash', 'pk', 'settingId', 'sk', 'used', 'waveId'] : ['hash', 'pk', 'settingId', 'sk', 'waveId']);
  });

  it('lists batches without their codes, and refuses batches over 99 or for a closed round', async () => {
    const batches = await (await ctx.app.request('/api/admin/waves/open-wave/single-use-batches', { headers: ctx.bearer(ctx.tokens.admin) })).json();
    expect(batches.batches).toEqual([expect.objectContaining({ settingId: 'delta-high', count: 30, createdOn: '2026-11-20' })]);
    expect(JSON.stringify(batches)).not.toContain(codes[5]!.code);
    const big = await ctx.app.request('/api/admin/waves/open-wave/single-use-codes', {
      method: 'POST',
      headers: { ...ctx.bearer(ctx.tokens.admin), 'content-type': 'application/json' },
      body: JSON.stringify({ settingId: 'delta-high', count: 100 }),
    });
    expect(big.status).toBe(400);
  });
});
