import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GUESSES_PER_HOUR } from '../../functions/domain/guesses';
import { codes, submission, TODAY } from '../support/fixtures';
import { fromAddress, testApp } from '../support/app';

const RIGHT = codes['open-wave']!['alpha-high']!;
const OTHER_RIGHT = codes['open-wave']!['beta-high']!;
/** A code-shaped guess that opens nothing: `n` picks one of many. */
const wrong = (n: number) => `ZZZ${String(n).padStart(6, '0').replace(/[01]/g, (d) => (d === '0' ? 'X' : 'Y'))}`;

type Ctx = Awaited<ReturnType<typeof testApp>>;
const join = (ctx: Ctx, code: string, address: string, headers: Record<string, string> = {}) =>
  ctx.app.request(`/api/join/${code}`, { headers }, fromAddress(address));
const guessItems = async (ctx: Ctx) =>
  ((await ctx.db.send(new ScanCommand({ TableName: ctx.tableName }))).Items ?? []).filter((i) => String(i.pk).startsWith('GUESS#'));

describe(`guessing limit as the deployment runs it (the default, ${DEFAULT_GUESSES_PER_HOUR} an hour)`, () => {
  let ctx: Ctx;
  beforeAll(async () => {
    ctx = await testApp();
  });
  afterAll(() => ctx.drop());

  it('accepts a right code after fifty mistyped ones from the same address', async () => {
    for (let i = 0; i < 50; i++) expect((await join(ctx, wrong(i), '198.51.100.7')).status).toBe(404);
    expect((await join(ctx, RIGHT, '198.51.100.7')).status).toBe(200);
  });

  it('lets a school of 2,000 behind one address answer in one hour, half of them mistyping and one in ten twice', async () => {
    const school = '192.0.2.200';
    const typosOf = (i: number) => (i % 2 === 0 ? 1 : 0) + (i % 10 === 0 ? 1 : 0);
    const pupils = Array.from({ length: 2000 }, (_, i) => i);
    expect(pupils.reduce((sum, i) => sum + typosOf(i), 0)).toBe(1200);
    const statuses: number[] = [];
    // A hundred at a time, as a busy morning would send them.
    for (let start = 0; start < pupils.length; start += 100) {
      await Promise.all(
        pupils.slice(start, start + 100).map(async (i) => {
          for (let t = 0; t < typosOf(i); t++) statuses.push((await join(ctx, wrong(10_000 + i * 2 + t), school)).status);
          statuses.push((await join(ctx, i % 2 ? RIGHT : OTHER_RIGHT, school)).status);
        }),
      );
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(2000);
    expect(statuses.filter((s) => s === 404)).toHaveLength(1200);
    expect(statuses.filter((s) => s === 429)).toHaveLength(0);
  }, 120_000);
});

describe('guessing limit, held small to see it act (20 an hour)', () => {
  let ctx: Ctx;
  let clock = TODAY.getTime();
  beforeAll(async () => {
    ctx = await testApp({ now: () => new Date(clock), guessesPerHour: 20 });
  });
  afterAll(() => ctx.drop());

  it('refuses further tries once the hour is used up, with 429 and when to come back', async () => {
    const address = '203.0.113.10';
    for (let i = 0; i < 20; i++) expect((await join(ctx, wrong(i), address)).status).toBe(404);
    const refused = await join(ctx, wrong(99), address);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect((await refused.json()).detail).toMatch(/Wait a while/);
    // TODAY is 10:30 UTC: the hour ends in 30 minutes.
    expect(Number(refused.headers.get('retry-after'))).toBe(30 * 60);
    // Another address is not held back.
    expect((await join(ctx, RIGHT, '203.0.113.11')).status).toBe(200);
  });

  it('says nothing about a code once refusing: a right code never seen from there gets the same refusal', async () => {
    const address = '203.0.113.20';
    for (let i = 0; i < 20; i++) await join(ctx, wrong(100 + i), address);
    const [right, guess] = await Promise.all([join(ctx, RIGHT, address), join(ctx, wrong(200), address)]);
    expect(right.status).toBe(429);
    expect(guess.status).toBe(429);
    expect(await right.text()).toBe(await guess.text());
  });

  it('keeps a code that has worked from an address working there, whatever else that address mistypes', async () => {
    const school = '203.0.113.30';
    expect((await join(ctx, RIGHT, school)).status).toBe(200);
    for (let i = 0; i < 40; i++) await join(ctx, wrong(300 + i), school);
    expect((await join(ctx, wrong(400), school)).status).toBe(429);
    for (let i = 0; i < 5; i++) expect((await join(ctx, RIGHT, school)).status).toBe(200);
    // Sending answers with that code works too.
    const sent = await ctx.app.request(
      '/api/responses',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(submission({ joinCode: RIGHT })) },
      fromAddress(school),
    );
    expect(sent.status).toBe(201);
  });

  it('does not let made-up X-Forwarded-For entries start a fresh count', async () => {
    const address = '203.0.113.40';
    for (let i = 0; i < 20; i++) {
      const made = { 'x-forwarded-for': `10.${i}.${i}.${i}, 172.16.0.${i}` };
      expect((await join(ctx, wrong(500 + i), address, made)).status).toBe(404);
    }
    expect((await join(ctx, wrong(600), address, { 'x-forwarded-for': '192.0.2.99' })).status).toBe(429);
  });

  it('does not believe a viewer address without CloudFront\'s proof', async () => {
    const address = '203.0.113.45';
    for (let i = 0; i < 20; i++) await join(ctx, wrong(650 + i), address, { 'x-heard-viewer': `10.0.0.${i}`, 'x-heard-edge': 'made-up' });
    expect((await join(ctx, wrong(690), address, { 'x-heard-viewer': '10.9.9.9' })).status).toBe(429);
  });

  it('evaluates no more than the limit when a guesser sends many at once', async () => {
    const address = '203.0.113.50';
    const statuses = await Promise.all(Array.from({ length: 60 }, (_, i) => Promise.resolve(join(ctx, wrong(700 + i), address)).then((r) => r.status)));
    expect(statuses.filter((s) => s === 404)).toHaveLength(20);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40);
  });

  it('counts unknown codes sent with answers, and survey links, towards the same limit', async () => {
    const address = '203.0.113.60';
    for (let i = 0; i < 10; i++) {
      const res = await ctx.app.request(
        '/api/responses',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(submission({ joinCode: wrong(800 + i) })) },
        fromAddress(address),
      );
      expect(res.status).toBe(404);
    }
    for (let i = 0; i < 10; i++) expect((await join(ctx, wrong(900 + i), address)).status).toBe(404);
    expect((await join(ctx, wrong(999), address)).status).toBe(429);
  });

  it('starts each clock hour afresh', async () => {
    const address = '203.0.113.70';
    for (let i = 0; i < 21; i++) await join(ctx, wrong(1000 + i), address);
    expect((await join(ctx, wrong(1100), address)).status).toBe(429);
    clock += 60 * 60 * 1000;
    try {
      expect((await join(ctx, wrong(1101), address)).status).toBe(404);
      expect((await join(ctx, RIGHT, address)).status).toBe(200);
    } finally {
      clock -= 60 * 60 * 1000;
    }
  });

  it('stores keyed hashes and counts only: no address, no code, nothing finer than a day', async () => {
    const items = await guessItems(ctx);
    expect(items.length).toBeGreaterThan(0);
    const text = JSON.stringify(items);
    for (const fragment of ['203.0.113', RIGHT, 'ZZZ']) expect(text).not.toContain(fragment);
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(expect.arrayContaining(['expiresAt', 'pk', 'sk', 'tries']));
      expect(Object.keys(item).filter((k) => !['expiresAt', 'pk', 'sk', 'tries', 'working'].includes(k))).toEqual([]);
      expect(Number(item.expiresAt) % 86_400).toBe(0);
      // Gone within two days of the hour it counts.
      expect(Number(item.expiresAt) * 1000 - TODAY.getTime()).toBeLessThanOrEqual(3 * 86_400_000);
    }
  });

  it('cannot link one address across hours: each hour has its own keyed hash', async () => {
    const address = '203.0.113.80';
    const before = new Set((await guessItems(ctx)).map((i) => i.pk));
    await join(ctx, wrong(1200), address);
    clock += 60 * 60 * 1000;
    try {
      await join(ctx, wrong(1201), address);
    } finally {
      clock -= 60 * 60 * 1000;
    }
    const added = (await guessItems(ctx)).filter((i) => !before.has(i.pk));
    expect(added).toHaveLength(2);
  });
});
