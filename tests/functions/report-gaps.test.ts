import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSettingReport } from '../../functions/domain/reports';
import { codes, submission } from '../support/fixtures';
import { testApp } from '../support/app';

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
  await ctx.store.putWave({ ...(await ctx.store.getWave('open-wave'))!, id: 'draft-wave', title: 'Next year', status: 'draft', opensOn: '2027-01-05', closesOn: '2027-02-01' });
});
afterAll(() => ctx.drop());

const status = async (path: string, token: string) => (await ctx.app.request(path, { headers: ctx.bearer(token) })).status;

describe('a draft round', () => {
  const routes = (wave: string) => [
    [`/api/reports/settings/alpha-high?wave=${wave}`, 'staffAlpha'],
    [`/api/reports/settings/alpha-high/comments?wave=${wave}`, 'staffAlpha'],
    [`/api/reports/settings/alpha-high/export.csv?wave=${wave}`, 'staffAlpha'],
    [`/api/reports/city?wave=${wave}`, 'youth'],
    [`/api/reports/city/export.csv?wave=${wave}`, 'youth'],
    [`/api/respond/findings?wave=${wave}`, 'youth'],
  ] as const;

  it('is not found on any report route for staff or the youth council, as if it did not exist', async () => {
    for (const [path, who] of routes('draft-wave')) {
      const res = await ctx.app.request(path, { headers: ctx.bearer(ctx.tokens[who]) });
      expect(res.status, path).toBe(404);
      expect((await res.json()).code, path).toBe('wave.unknown');
    }
  });

  it('is there for the council, and open rounds are there for everyone', async () => {
    for (const [path] of routes('draft-wave')) expect(await status(path, ctx.tokens.admin), path).toBe(200);
    for (const [path, who] of routes('open-wave')) expect(await status(path, ctx.tokens[who]), path).toBe(200);
  });
});

describe('a filtered trend', () => {
  it('gives an earlier round\'s hidden group its own name and reason, not the setting\'s', async () => {
    // Year 8 of Alpha High: 9 pupils in the closed round (hidden), 12 in the open one (shown, beside 12 in Year 9).
    const closed = (await ctx.store.getWave('closed-wave'))!;
    await ctx.store.putWave({ ...closed, status: 'open', closesOn: '2026-12-31' });
    for (let i = 0; i < 9; i++) await ctx.postJson('/api/responses', submission({ joinCode: codes['closed-wave']!['alpha-high']!, answers: { year: 8, belong: 3 } }));
    await ctx.store.putWave(closed);
    for (let i = 0; i < 12; i++) await ctx.postJson('/api/responses', submission({ answers: { year: 8, belong: 3 } }));
    for (let i = 0; i < 12; i++) await ctx.postJson('/api/responses', submission({ answers: { year: 9, belong: 3 } }));
    const report = await buildSettingReport({ store: ctx.store, threshold: 10 }, 'alpha-high', 'open-wave', { dimension: 'year', key: '8' });
    const earlier = report.trend.find((t) => t.wave.id === 'closed-wave')!;
    // 9 pupils: "fewer than 10", judged on the group's own count (the setting's tally items are not it).
    expect(earlier.overall).toEqual({ key: 'alpha-high', label: 'Year 8', suppressed: true, reason: 'few' });
  });
});
