import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submission } from '../support/fixtures';
import { testApp } from '../support/app';

/**
 * Every route × every role, with the status each must get. A new route must be added here:
 * the last test fails for any route the app serves that this table does not cover.
 */
type Role = 'anonymous' | 'pupil' | 'staffA' | 'staffB' | 'youth' | 'admin';
const ROLES: Role[] = ['anonymous', 'pupil', 'staffA', 'staffB', 'youth', 'admin'];
type Row = { method: string; path: string; request: (n: number) => { url: string; body?: unknown }; expect: Record<Role, number> };

const everyone = (status: number) => Object.fromEntries(ROLES.map((r) => [r, status])) as Record<Role, number>;
const staffOwn = (ok: number) => ({ anonymous: 401, pupil: 401, staffA: ok, staffB: 403, youth: 403, admin: ok });
const cityReaders = (ok: number) => ({ anonymous: 401, pupil: 401, staffA: 403, staffB: 403, youth: ok, admin: ok });
const adminOnly = (ok: number) => ({ anonymous: 401, pupil: 401, staffA: 403, staffB: 403, youth: 403, admin: ok });

const MATRIX: Row[] = [
  { method: 'GET', path: '/api/health', request: () => ({ url: '/api/health' }), expect: everyone(200) },
  { method: 'GET', path: '/api/join/:code', request: () => ({ url: '/api/join/AAA222BBB' }), expect: everyone(200) },
  { method: 'POST', path: '/api/responses', request: () => ({ url: '/api/responses', body: submission() }), expect: everyone(201) },
  { method: 'GET', path: '/api/me', request: () => ({ url: '/api/me' }), expect: { anonymous: 401, pupil: 401, staffA: 200, staffB: 200, youth: 200, admin: 200 } },
  { method: 'GET', path: '/api/reports/settings/:settingId', request: () => ({ url: '/api/reports/settings/alpha-high?wave=open-wave' }), expect: staffOwn(200) },
  { method: 'GET', path: '/api/reports/settings/:settingId/comments', request: () => ({ url: '/api/reports/settings/alpha-high/comments?wave=open-wave' }), expect: staffOwn(200) },
  { method: 'GET', path: '/api/reports/settings/:settingId/export.csv', request: () => ({ url: '/api/reports/settings/alpha-high/export.csv?wave=open-wave' }), expect: staffOwn(200) },
  { method: 'GET', path: '/api/reports/city', request: () => ({ url: '/api/reports/city?wave=open-wave' }), expect: cityReaders(200) },
  { method: 'GET', path: '/api/reports/city/export.csv', request: () => ({ url: '/api/reports/city/export.csv?wave=open-wave' }), expect: cityReaders(200) },
  { method: 'GET', path: '/api/admin/waves', request: () => ({ url: '/api/admin/waves' }), expect: adminOnly(200) },
  {
    method: 'POST',
    path: '/api/admin/waves',
    request: (n) => ({ url: '/api/admin/waves', body: { id: `matrix-${n}`, title: 'Matrix', opensOn: '2027-01-01', closesOn: '2027-02-01' } }),
    expect: adminOnly(201),
  },
  { method: 'PATCH', path: '/api/admin/waves/:waveId', request: () => ({ url: '/api/admin/waves/draft-wave', body: { title: 'Draft again' } }), expect: adminOnly(200) },
  { method: 'POST', path: '/api/admin/waves/:waveId/:step{open|close|publish}', request: () => ({ url: '/api/admin/waves/draft-wave/open' }), expect: adminOnly(200) },
  { method: 'GET', path: '/api/admin/waves/:waveId/join-codes', request: () => ({ url: '/api/admin/waves/open-wave/join-codes' }), expect: adminOnly(200) },
  { method: 'POST', path: '/api/admin/waves/:waveId/join-codes', request: () => ({ url: '/api/admin/waves/open-wave/join-codes', body: { settingId: 'alpha-high' } }), expect: adminOnly(201) },
  {
    method: 'POST',
    path: '/api/admin/waves/:waveId/single-use-codes',
    request: () => ({ url: '/api/admin/waves/open-wave/single-use-codes', body: { settingId: 'alpha-high', count: 2 } }),
    expect: adminOnly(201),
  },
  { method: 'GET', path: '/api/admin/waves/:waveId/single-use-batches', request: () => ({ url: '/api/admin/waves/open-wave/single-use-batches' }), expect: adminOnly(200) },
  { method: 'GET', path: '/api/admin/settings', request: () => ({ url: '/api/admin/settings' }), expect: adminOnly(200) },
  {
    method: 'PUT',
    path: '/api/admin/settings/:settingId',
    request: () => ({ url: '/api/admin/settings/zeta-school', body: { name: 'Zeta School', phase: 'primary', locality: 'north', audience: 'primary' } }),
    expect: adminOnly(201),
  },
  { method: 'GET', path: '/api/admin/audit', request: () => ({ url: '/api/admin/audit?day=2026-11-20' }), expect: adminOnly(200) },
  { method: 'GET', path: '/api/admin/accounts', request: () => ({ url: '/api/admin/accounts' }), expect: adminOnly(200) },
  {
    method: 'PUT',
    path: '/api/admin/accounts/:username',
    request: () => ({ url: '/api/admin/accounts/new-teacher', body: { role: 'staff', settings: ['beta-high'], email: 'teacher@example.org' } }),
    expect: adminOnly(201),
  },
  {
    method: 'POST',
    path: '/api/admin/accounts/:username/:step{disable|enable}',
    request: () => ({ url: '/api/admin/accounts/new-teacher/disable' }),
    expect: adminOnly(200),
  },
  {
    method: 'DELETE',
    path: '/api/admin/waves/:waveId/join-codes/:code',
    request: () => ({ url: '/api/admin/waves/open-wave/join-codes/MMM777NNN' }),
    expect: { ...adminOnly(204), admin: 404 }, // that code belongs to the closed round: nothing to withdraw here
  },
];

let ctx: Awaited<ReturnType<typeof testApp>>;
let headers: Record<Role, Record<string, string>>;
beforeAll(async () => {
  ctx = await testApp();
  await ctx.store.putWave({ ...(await ctx.store.getWave('open-wave'))!, id: 'draft-wave', title: 'Draft', status: 'draft' });
  headers = {
    anonymous: {},
    // A pupil has a join code and no account: using the code as a credential must get nowhere.
    pupil: { authorization: 'Bearer AAA222BBB' },
    staffA: ctx.bearer(ctx.tokens.staffAlpha),
    staffB: ctx.bearer(ctx.tokens.staffBeta),
    youth: ctx.bearer(ctx.tokens.youth),
    admin: ctx.bearer(ctx.tokens.admin),
  };
});
afterAll(() => ctx.drop());

describe('authorisation matrix', () => {
  // Admin last in each row, so a row's one successful write happens after every refusal.
  const order: Role[] = ['anonymous', 'pupil', 'staffA', 'staffB', 'youth', 'admin'];
  let n = 0;
  for (const row of MATRIX) {
    it(`${row.method} ${row.path}: ${order.map((r) => `${r} ${row.expect[r]}`).join(', ')}`, async () => {
      for (const role of order) {
        const { url, body } = row.request(n++);
        const res = await ctx.app.request(url, {
          method: row.method,
          headers: { ...headers[role], ...(body ? { 'content-type': 'application/json' } : {}) },
          ...(body ? { body: JSON.stringify(body) } : {}),
        });
        expect(res.status, `${role} ${row.method} ${url}`).toBe(row.expect[role]);
        if (res.status === 401 || res.status === 403) {
          expect(res.headers.get('content-type')).toBe('application/problem+json');
          const text = await res.text();
          expect(text).not.toMatch(/"themes"|"codes"|"waves"|"settings"|"entries"/);
        }
      }
    });
  }

  it('covers every route the app serves', () => {
    const served = new Set(ctx.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`));
    const covered = new Set(MATRIX.map((r) => `${r.method} ${r.path}`));
    expect([...served].filter((r) => !covered.has(r))).toEqual([]);
  });
});
