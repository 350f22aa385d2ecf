import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROW_COLUMNS } from '../../shared/report';
import { codes, submission } from '../support/fixtures';
import { testApp } from '../support/app';

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
  const send = (joinCode: string, year: number, comment: string) =>
    ctx.postJson('/api/responses', submission({ joinCode, answers: { year, belong: 3, friends: 4, gender: 'boy' }, comments: { better_place: comment } }));
  for (let i = 0; i < 12; i++) await send(codes['open-wave']!['alpha-high']!, 9, i % 2 ? 'More clubs after school' : 'Cleaner toilets, call 07700 900123');
  for (let i = 0; i < 3; i++) await send(codes['open-wave']!['beta-high']!, 7, 'Stop the bullying');
});
afterAll(() => ctx.drop());

const get = (path: string, token?: string) => ctx.app.request(path, { headers: token ? ctx.bearer(token) : {} });
const parse = (csv: string) => csv.trim().split('\r\n').map((line) => line.split(','));

describe('GET /api/reports/settings/:id/comments', () => {
  it('gives a shown group its redacted comments with topics, and nothing that places a pupil', async () => {
    const res = await get('/api/reports/settings/alpha-high/comments?wave=open-wave', ctx.tokens.staffAlpha);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.suppressed).toBe(false);
    const better = body.questions.find((q: { id: string }) => q.id === 'better_place');
    expect(better.comments).toHaveLength(12);
    expect(better.comments).toContainEqual({ text: 'Cleaner toilets, call [phone]', topics: ['buildings-toilets-food'] });
    expect(JSON.stringify(body)).not.toMatch(/07700|"year"|"day"|"gender"/);
  });

  it('gives a setting under the threshold no comments at all, not even how many wrote', async () => {
    const body = await (await get('/api/reports/settings/beta-high/comments?wave=open-wave', ctx.tokens.staffBeta)).json();
    expect(body).toEqual({ suppressed: true, reason: 'small' });
  });

  it('gives a year group it shows its own comments', async () => {
    const body = await (await get('/api/reports/settings/alpha-high/comments?wave=open-wave&year=9', ctx.tokens.staffAlpha)).json();
    expect(body.suppressed).toBe(false);
    expect(body.questions.find((q: { id: string }) => q.id === 'better_place').comments).toHaveLength(12);
  });

  it('never gives comments or topics by gender, so a comment in a year group and a gender cannot be pinned to both', async () => {
    const comments = await get('/api/reports/settings/alpha-high/comments?wave=open-wave&gender=boy', ctx.tokens.staffAlpha);
    expect(comments.status).toBe(200);
    expect(await comments.json()).toEqual({ suppressed: true, reason: 'dimension' });
    const report = await (await get('/api/reports/settings/alpha-high?wave=open-wave&gender=boy', ctx.tokens.staffAlpha)).json();
    expect(report.overall.suppressed).toBe(false);
    expect(report.topics).toEqual({ suppressed: true, reason: 'dimension' });
  });

  it('refuses comments for a year group below the threshold (422), and other settings (403)', async () => {
    expect((await get('/api/reports/settings/beta-high/comments?wave=open-wave&year=7', ctx.tokens.admin)).status).toBe(422);
    expect((await get('/api/reports/settings/alpha-high/comments?wave=open-wave', ctx.tokens.staffBeta)).status).toBe(403);
    expect((await get('/api/reports/settings/alpha-high/comments?wave=open-wave', ctx.tokens.youth)).status).toBe(403);
  });
});

describe('CSV exports', () => {
  it('exports a setting report as one row per group × measure with the same suppression', async () => {
    const res = await get('/api/reports/settings/alpha-high/export.csv?wave=open-wave', ctx.tokens.staffAlpha);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="heard-alpha-high-open-wave.csv"');
    const [header, ...rows] = parse(await res.text());
    expect(header).toEqual(ROW_COLUMNS);
    const col = (name: string) => header!.indexOf(name);
    const belonging = rows.find((r) => r[col('scope')] === 'Alpha High School' && r[col('dimension')] === 'overall' && r[col('measure')] === 'theme:belonging')!;
    expect(belonging[col('n')]).toBe('12');
    expect(belonging[col('mean')]).not.toBe('');
    // Beta's 3 pupils make the locality/city rest small: whatever is suppressed carries no figures.
    for (const r of rows.filter((r) => r[col('suppressed')] === 'true')) {
      for (const stat of ['mean', 'ci_low', 'ci_high', 'favourable_percent', 'count', 'percent']) expect(r[col(stat)]).toBe('');
    }
  });

  it('exports the city for the youth council without any setting rows; admin gets settings too', async () => {
    const youth = await (await get('/api/reports/city/export.csv?wave=open-wave', ctx.tokens.youth)).text();
    expect(youth).not.toContain(',setting,');
    expect(youth).not.toContain('Alpha High');
    const admin = await (await get('/api/reports/city/export.csv?wave=open-wave', ctx.tokens.admin)).text();
    // Alpha's 12 is hidden beside Beta's 3 (the city's 15 less 12 would give Beta away), and its n with it.
    expect(admin).toContain(',setting,Alpha High School,responses,,true,protected,');
    expect(admin).toContain(',setting,Beta High School,responses,,true,few,');
  });

  it('is refused to those who may not see the report', async () => {
    expect((await get('/api/reports/city/export.csv?wave=open-wave', ctx.tokens.staffAlpha)).status).toBe(403);
    expect((await get('/api/reports/settings/alpha-high/export.csv?wave=open-wave')).status).toBe(401);
  });
});
