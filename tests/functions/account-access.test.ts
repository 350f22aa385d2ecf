import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app';

/**
 * Access follows the account, in the authorisation matrix's style: the same request with the
 * same token, before and after an admin changes the account (token shapes that must never pass
 * are in verifier.test.ts).
 */
let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.drop());

const report = (setting: string) => `/api/reports/settings/${setting}?wave=open-wave`;
const read = async (token: string, path = report('alpha-high')) => (await ctx.app.request(path, { headers: ctx.bearer(token) })).status;
const admin = (method: string, path: string, body?: unknown) =>
  ctx.app.request(path, { method, headers: { ...ctx.bearer(ctx.tokens.admin), 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
/** A token from the next second on, so it is issued after any change made before it. */
const later = async (account: Parameters<typeof ctx.identity.issueToken>[0]) => {
  await new Promise((r) => setTimeout(r, 1100));
  return ctx.identity.issueToken(account);
};

describe('access that follows the account', () => {
  it('is refused on the next request once the account is disabled, and needs a new sign-in once enabled', async () => {
    const token = await ctx.identity.issueToken({ username: 'staff-alpha-high', role: 'staff', settings: ['alpha-high'] });
    expect(await read(token)).toBe(200);
    expect((await admin('POST', '/api/admin/accounts/staff-alpha-high/disable')).status).toBe(200);
    expect(await read(token)).toBe(401);
    expect((await admin('POST', '/api/admin/accounts/staff-alpha-high/enable')).status).toBe(200);
    // The token from before it was disabled stays refused; one issued since works.
    expect(await read(token)).toBe(401);
    expect(await read(await later({ username: 'staff-alpha-high', role: 'staff', settings: ['alpha-high'] }))).toBe(200);
  });

  it('is refused for the old setting once the account is moved, and the new one needs a new sign-in', async () => {
    const token = await ctx.identity.issueToken({ username: 'staff-beta-high', role: 'staff', settings: ['beta-high'] });
    expect(await read(token, report('beta-high'))).toBe(200);
    expect((await admin('PUT', '/api/admin/accounts/staff-beta-high', { role: 'staff', settings: ['delta-high'] })).status).toBe(200);
    expect(await read(token, report('beta-high'))).toBe(401);
    const moved = await later({ username: 'staff-beta-high', role: 'staff', settings: ['delta-high'] });
    expect(await read(moved, report('delta-high'))).toBe(200);
    expect(await read(moved, report('beta-high'))).toBe(403);
  });

  it('is unchanged when an admin saves an account without changing its role or settings', async () => {
    const token = await ctx.identity.issueToken({ username: 'youth', role: 'youth-council', settings: [] });
    expect((await admin('PUT', '/api/admin/accounts/youth', { role: 'youth-council', settings: [], email: 'youth@example.org' })).status).toBe(200);
    expect(await read(token, '/api/reports/city?wave=open-wave')).toBe(200);
  });

  it('never lets anyone change their own role or settings', async () => {
    const res = await admin('PUT', '/api/admin/accounts/admin', { role: 'staff', settings: ['alpha-high'] });
    expect(res.status).toBe(409);
    expect((await res.json()).code).toBe('account.self');
    expect((await ctx.store.listAccounts()).find((a) => a.username === 'admin')!.role).toBe('admin');
    expect(await read(ctx.tokens.admin)).toBe(200);
  });
});
