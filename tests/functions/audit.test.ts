import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submission } from '../support/fixtures';
import { testApp } from '../support/app';

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.drop());

const day = '2026-11-20'; // the fixtures' today

describe('the audit log', () => {
  it('records who did what, when, to what, including refusals', async () => {
    await ctx.app.request('/api/reports/settings/alpha-high?wave=open-wave', { headers: ctx.bearer(ctx.tokens.staffAlpha) });
    await ctx.app.request('/api/reports/settings/beta-high?wave=open-wave', { headers: ctx.bearer(ctx.tokens.staffAlpha) });
    await ctx.app.request('/api/admin/waves/open-wave/close', { method: 'POST', headers: ctx.bearer(ctx.tokens.youth) });
    const entries = await ctx.store.listAudit(day);
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: 'staff-alpha-high', role: 'staff', action: 'GET /api/reports/settings/:settingId', target: { settingId: 'alpha-high', wave: 'open-wave' }, status: 200 }),
        expect.objectContaining({ actor: 'staff-alpha-high', action: 'GET /api/reports/settings/:settingId', target: { settingId: 'beta-high', wave: 'open-wave' }, status: 403 }),
        expect.objectContaining({ actor: 'youth', role: 'youth-council', status: 403 }),
      ]),
    );
    for (const e of entries) expect(e.at).toMatch(/^2026-11-20T10:30:00/);
  });

  it('never records pupils or anyone without a valid sign-in', async () => {
    const before = (await ctx.store.listAudit(day)).length;
    await ctx.postJson('/api/responses', submission());
    await ctx.app.request('/api/join/AAA222BBB');
    await ctx.app.request('/api/reports/city?wave=open-wave');
    await ctx.app.request('/api/reports/city?wave=open-wave', { headers: { authorization: 'Bearer forged.token.here' } });
    expect(await ctx.store.listAudit(day)).toHaveLength(before);
  });

  it('is readable by admin one day at a time, newest first', async () => {
    const res = await ctx.app.request(`/api/admin/audit?day=${day}`, { headers: ctx.bearer(ctx.tokens.admin) });
    expect(res.status).toBe(200);
    const { entries } = await res.json();
    expect(entries.length).toBeGreaterThanOrEqual(3);
    expect((await ctx.app.request(`/api/admin/audit?day=${day}`, { headers: ctx.bearer(ctx.tokens.staffAlpha) })).status).toBe(403);
  });
});
