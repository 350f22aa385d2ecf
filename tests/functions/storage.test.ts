import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTallies, tallyResponse, type Tally } from '../../shared/scoring';
import { secondarySurvey } from '../../shared/survey';
import { codes, submission } from '../support/fixtures';
import { testApp } from '../support/app';

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp({ now: () => new Date('2026-11-20T14:37:12.345Z') });
});
afterAll(() => ctx.drop());

const scan = async () => (await ctx.db.send(new ScanCommand({ TableName: ctx.tableName }))).Items ?? [];

describe('what is stored for a response', () => {
  it('holds no address, browser, account or time of day — only the answers, the day and a random id', async () => {
    const body = submission();
    const res = await ctx.app.request('/api/responses', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Mozilla/5.0 (Pupil Phone) UniqueAgent/1.2.3',
        'x-forwarded-for': '203.0.113.77',
        'x-real-ip': '203.0.113.77',
      },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(201);
    const items = await scan();
    const text = JSON.stringify(items);
    expect(text).not.toContain('203.0.113.77');
    expect(text).not.toContain('UniqueAgent');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/); // no ISO timestamps
    expect(text).not.toMatch(/14:37|1763649432/); // neither the clock time nor the epoch second

    const responses = items.filter((i) => String(i.pk).startsWith('RESPONSES#'));
    expect(responses).toHaveLength(1);
    const r = responses[0]!;
    expect(Object.keys(r).sort()).toEqual(['answers', 'comments', 'day', 'expiresAt', 'pk', 'settingId', 'sk', 'waveId', 'yearGroup']);
    expect(r.day).toBe('2026-11-20');
    expect(r.sk).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.sk).not.toBe(body.submissionId);
    // The TTL is midnight of the day plus 400 days, so it cannot reveal the time either.
    expect(r.expiresAt).toBe(Date.parse('2026-11-20T00:00:00Z') / 1000 + 400 * 86_400);
    expect(Number(r.expiresAt) % 86_400).toBe(0);
  });

  it('keeps the duplicate-check marker apart from the response: no link between them', async () => {
    const body = submission();
    await ctx.postJson('/api/responses', body);
    const items = await scan();
    const marker = items.find((i) => i.pk === `SUBMISSION#${body.submissionId}`)!;
    expect(Object.keys(marker).sort()).toEqual(['expiresAt', 'pk', 'sk']);
    const responses = items.filter((i) => String(i.pk).startsWith('RESPONSES#'));
    expect(JSON.stringify(responses)).not.toContain(body.submissionId);
  });

  it('keeps the tallies free of any expiry, so aggregates outlive raw responses', async () => {
    const tallies = (await scan()).filter((i) => String(i.pk).startsWith('TALLY#'));
    expect(tallies.length).toBeGreaterThan(0);
    for (const t of tallies) expect(t).not.toHaveProperty('expiresAt');
  });
});

describe('free text', () => {
  it('is stored only after contact details are redacted', async () => {
    const body = submission({ joinCode: codes['open-wave']!['gamma-primary']!, answers: { year: 5 }, comments: { better_place: 'email me ali@example.com or 07700 900123' } });
    expect((await ctx.postJson('/api/responses', body)).status).toBe(201);
    const [stored] = await ctx.store.listResponses('open-wave', 'gamma-primary');
    expect(stored!.comments).toEqual({ better_place: 'email me [email] or [phone]' });
    expect(JSON.stringify(await scan())).not.toContain('ali@example.com');
  });
});

describe('a failed submission writes nothing', () => {
  it('rolls back the marker and the response when the tally update fails', async () => {
    const before = await scan();
    const bad = { n: 'not-a-number' } as unknown as Tally;
    await expect(
      ctx.store.recordResponse(
        crypto.randomUUID(),
        { waveId: 'open-wave', settingId: 'alpha-high', yearGroup: '9', day: '2026-11-20', answers: {}, comments: {}, expiresAt: 1 },
        { gender: 'girl', tally: bad },
      ),
    ).rejects.toThrow();
    expect(await scan()).toEqual(before);
  });
});

describe('tallies are exact', () => {
  it('equal the tallies recomputed from the raw responses after many mixed submissions', async () => {
    const joinCode = codes['open-wave']!['beta-high']!;
    const bodies = Array.from({ length: 40 }, (_, i) => {
      const answers: Record<string, number | string | null> = { year: 7 + (i % 5), gender: i % 3 ? 'boy' : null };
      for (const q of secondarySurvey.questions) if (q.kind === 'scale5' && (i + q.id.length) % 4) answers[q.id] = (i * 7 + q.id.length) % 5;
      return submission({ joinCode, answers, comments: {} });
    });
    // Each sent twice, concurrently: every one must count once.
    await Promise.all([...bodies, ...bodies].map((b) => ctx.postJson('/api/responses', b)));
    const stored = (await ctx.store.readTallies('open-wave')).filter((t) => t.settingId === 'beta-high');
    const fromTallies = addTallies(...stored.map((t) => t.tally));
    const raw = await ctx.store.listResponses('open-wave', 'beta-high');
    const fromRaw = addTallies(...raw.map((r) => tallyResponse(secondarySurvey, r.answers)));
    const nonZero = (t: Tally) => Object.fromEntries(Object.entries(t).filter(([, v]) => v !== 0));
    expect(nonZero(fromTallies)).toEqual(nonZero(fromRaw));
    expect(fromTallies.n).toBe(40);
  });
});

describe('safeguarding', () => {
  it('counts a worrying comment for the setting, with nothing that points at the pupil', async () => {
    const joinCode = codes['open-wave']!['delta-high']!;
    expect((await ctx.postJson('/api/responses', submission({ joinCode, comments: { anything_else: 'my dad hits me' } }))).status).toBe(201);
    expect((await ctx.postJson('/api/responses', submission({ joinCode, comments: { anything_else: 'more clubs' } }))).status).toBe(201);
    const tallies = (await ctx.store.readTallies('open-wave')).filter((t) => t.settingId === 'delta-high');
    expect(tallies.reduce((a, t) => a + (t.tally['k.flagged'] ?? 0), 0)).toBe(1);
    const raw = await ctx.store.listResponses('open-wave', 'delta-high');
    expect(raw.every((r) => !('flagged' in r))).toBe(true);
  });
});
