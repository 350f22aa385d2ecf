import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, submission } from '../support/fixtures';
import { testApp } from '../support/app';

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
  // 12 pupils at Alpha (Year 9), 3 at Beta: Alpha's figures show, Beta's are suppressed.
  const send = (joinCode: string, year: number) =>
    ctx.postJson('/api/responses', submission({ joinCode, answers: { year, belong: 3, friends: 4, left_out: 1, adults_care: 2 } }));
  for (let i = 0; i < 12; i++) await send(codes['open-wave']!['alpha-high']!, 9);
  for (let i = 0; i < 3; i++) await send(codes['open-wave']!['beta-high']!, 7);
});
afterAll(() => ctx.drop());

const get = (path: string, token?: string) => ctx.app.request(path, { headers: token ? ctx.bearer(token) : {} });

describe('GET /api/reports/settings/:id', () => {
  it("gives a setting's staff its report, with city and locality beside it", async () => {
    const res = await get('/api/reports/settings/alpha-high?wave=open-wave', ctx.tokens.staffAlpha);
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report.overall.n).toBe(12);
    expect(report.overall.suppressed).toBe(false);
    const belonging = report.overall.themes.find((t: { theme: string }) => t.theme === 'belonging');
    // belong 3, friends 4, left_out 1 -> 3, adults_care 2: mean 3 -> 75
    expect(belonging).toMatchObject({ n: 12, mean: 75, sd: 0, favourable: 100 });
    // Beside it, the city is Alpha and one other school: it would stand for that school, so it is hidden, saying only why.
    expect(report.city).toEqual({ key: 'city', label: 'City', suppressed: true, reason: 'protected' });
    const years = report.breakdowns.find((b: { dimension: string }) => b.dimension === 'year');
    expect(years.groups).toEqual([expect.objectContaining({ label: 'Year 9', n: 12, suppressed: false })]);
  });

  it('suppresses a setting with fewer than 10 responses: not even its n, only why', async () => {
    const res = await get('/api/reports/settings/beta-high?wave=open-wave', ctx.tokens.staffBeta);
    const report = await res.json();
    expect(report.overall).toEqual({ key: 'beta-high', label: 'Beta High School', suppressed: true, reason: 'few' });
    expect(report.breakdowns).toEqual([]); // nothing to break down in a suppressed group
  });

  it("refuses staff another setting's report", async () => {
    const res = await get('/api/reports/settings/alpha-high?wave=open-wave', ctx.tokens.staffBeta);
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('refuses the youth council any setting report (no league tables)', async () => {
    expect((await get('/api/reports/settings/alpha-high?wave=open-wave', ctx.tokens.youth)).status).toBe(403);
  });

  it('lets admin see any setting', async () => {
    expect((await get('/api/reports/settings/beta-high?wave=open-wave', ctx.tokens.admin)).status).toBe(200);
  });

  it('asks anyone without a token to sign in (401)', async () => {
    const res = await get('/api/reports/settings/alpha-high?wave=open-wave');
    expect(res.status).toBe(401);
    expect((await res.json()).detail).toMatch(/Sign in/);
  });

  it('answers a missing wave parameter with 400 and an unknown wave with 404', async () => {
    const missing = await get('/api/reports/settings/alpha-high', ctx.tokens.admin);
    expect(missing.status).toBe(400);
    expect((await missing.json()).errors[0].field).toBe('wave');
    expect((await get('/api/reports/settings/alpha-high?wave=nope', ctx.tokens.admin)).status).toBe(404);
    expect((await get('/api/reports/settings/nope?wave=open-wave', ctx.tokens.admin)).status).toBe(404);
  });
});

describe('GET /api/reports/city', () => {
  it('gives the youth council one entry per locality and no setting figures', async () => {
    const res = await get('/api/reports/city?wave=open-wave', ctx.tokens.youth);
    expect(res.status).toBe(200);
    const report = await res.json();
    const secondary = report.sections.find((s: { survey: { audience: string } }) => s.survey.audience === 'secondary');
    // South's 3 is hidden; North is hidden with it, or South's figures would be city minus North.
    // Hidden, each saying only why: never how many.
    expect(secondary.localities.map((l: { key: string; reason?: string; n?: number }) => [l.key, l.reason, l.n])).toEqual([
      ['north', 'protected', undefined],
      ['central', 'few', undefined],
      ['south', 'few', undefined],
    ]);
    expect(JSON.stringify(report)).not.toContain('Alpha High');
  });

  it('refuses a year group below the threshold with 422 and two breakdowns at once with 400', async () => {
    const small = await get('/api/reports/settings/beta-high?wave=open-wave&year=7', ctx.tokens.admin);
    expect(small.status).toBe(422);
    expect(small.headers.get('content-type')).toBe('application/problem+json');
    expect((await small.json()).detail).toMatch(/fewer than 10 responses/);
    const both = await get('/api/reports/settings/alpha-high?wave=open-wave&year=9&gender=girl', ctx.tokens.admin);
    expect(both.status).toBe(400);
    expect((await both.json()).detail).toMatch(/one breakdown at a time/);
  });

  it('narrows a report to one year group that is large enough', async () => {
    const res = await get('/api/reports/settings/alpha-high?wave=open-wave&year=9', ctx.tokens.staffAlpha);
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report.filter).toEqual({ dimension: 'year', key: '9', label: 'Year 9' });
    expect(report.overall.n).toBe(12);
  });

  it('lets admin in and keeps staff out', async () => {
    expect((await get('/api/reports/city?wave=open-wave', ctx.tokens.admin)).status).toBe(200);
    expect((await get('/api/reports/city?wave=open-wave', ctx.tokens.staffAlpha)).status).toBe(403);
  });
});

describe('admin routes', () => {
  it('list the waves and each setting’s join code for a wave', async () => {
    const waves = await (await get('/api/admin/waves', ctx.tokens.admin)).json();
    expect(waves.waves.map((w: { id: string }) => w.id)).toEqual(['open-wave', 'closed-wave']);
    const res = await get('/api/admin/waves/open-wave/join-codes', ctx.tokens.admin);
    const body = await res.json();
    expect(body.codes).toContainEqual({ settingId: 'alpha-high', settingName: 'Alpha High School', code: 'AAA222BBB', display: 'AAA-222-BBB' });
    expect(body.codes).toHaveLength(4);
  });

  it('are refused to staff and the youth council', async () => {
    expect((await get('/api/admin/waves', ctx.tokens.staffAlpha)).status).toBe(403);
    expect((await get('/api/admin/waves/open-wave/join-codes', ctx.tokens.youth)).status).toBe(403);
    expect((await get('/api/admin/waves')).status).toBe(401);
  });
});

describe('GET /api/me', () => {
  it("tells staff their own settings only", async () => {
    const me = await (await get('/api/me', ctx.tokens.staffAlpha)).json();
    expect(me.role).toBe('staff');
    expect(me.settings).toEqual([{ id: 'alpha-high', name: 'Alpha High School' }]);
  });
});
