import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submission } from '../support/fixtures';
import { testApp } from '../support/app';
import { agreedFinding, answerFields, cityBelonging, respondDeps, seedResults } from '../support/respond';
import { draftFinding } from '../../functions/domain/respond/findings';
import { saveAnswer } from '../../functions/domain/respond/answers';
import { setBallot } from '../../functions/domain/respond/ballot';
import { createEntry } from '../../functions/domain/respond/entries';

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
const youthOnly = (ok: number) => ({ anonymous: 401, pupil: 401, staffA: 403, staffB: 403, youth: ok, admin: 403 });

/** Findings and answers made in beforeAll, for the "Listen and respond" rows. */
const made = { agreed: '', answered: '', unpublished: '', draftToEdit: '', draftToWithdraw: '', draftToAgree: '', entry: '' };

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
  // Listen and respond (docs/respond.md)
  { method: 'GET', path: '/api/respond/rounds', request: () => ({ url: '/api/respond/rounds' }), expect: cityReaders(200) },
  { method: 'GET', path: '/api/respond/findings', request: () => ({ url: '/api/respond/findings?wave=closed-wave' }), expect: cityReaders(200) },
  {
    method: 'POST',
    path: '/api/respond/findings',
    request: () => ({ url: '/api/respond/findings', body: { text: 'We want to feel we belong.', evidence: cityBelonging() } }),
    expect: youthOnly(201),
  },
  { method: 'PATCH', path: '/api/respond/findings/:findingId', request: () => ({ url: `/api/respond/findings/${made.draftToEdit}`, body: { text: 'Changed words.' } }), expect: youthOnly(200) },
  { method: 'DELETE', path: '/api/respond/findings/:findingId', request: () => ({ url: `/api/respond/findings/${made.draftToWithdraw}` }), expect: { ...youthOnly(204), admin: 403 } },
  { method: 'POST', path: '/api/respond/findings/:findingId/notes', request: () => ({ url: `/api/respond/findings/${made.agreed}/notes`, body: { text: 'Agree with this.' } }), expect: youthOnly(201) },
  { method: 'POST', path: '/api/respond/findings/:findingId/agree', request: () => ({ url: `/api/respond/findings/${made.draftToAgree}/agree` }), expect: youthOnly(200) },
  { method: 'PUT', path: '/api/respond/ballots/:waveId', request: () => ({ url: '/api/respond/ballots/ballot-wave', body: { findingIds: [made.agreed] } }), expect: youthOnly(200) },
  { method: 'PUT', path: '/api/respond/rankings/:waveId', request: () => ({ url: '/api/respond/rankings/ranked-wave', body: { order: [made.agreed] } }), expect: youthOnly(200) },
  {
    method: 'PUT',
    path: '/api/respond/answers/:findingId/verdict',
    request: () => ({ url: `/api/respond/answers/${made.answered}/verdict`, body: { verdict: 'not-yet', comment: 'Tell us when it starts.', sendBack: true } }),
    expect: youthOnly(200),
  },
  { method: 'GET', path: '/api/admin/answers', request: () => ({ url: '/api/admin/answers' }), expect: adminOnly(200) },
  { method: 'PUT', path: '/api/admin/answers/:findingId', request: () => ({ url: `/api/admin/answers/${made.answered}`, body: answerFields({ progress: 60 }) }), expect: adminOnly(200) },
  {
    method: 'POST',
    path: '/api/admin/answers/:findingId/updates',
    request: () => ({ url: `/api/admin/answers/${made.answered}/updates`, body: { text: 'The club met for the first time.', showOn: '2026-11-20' } }),
    expect: adminOnly(201),
  },
  { method: 'POST', path: '/api/admin/answers/:findingId/publish', request: () => ({ url: `/api/admin/answers/${made.unpublished}/publish` }), expect: adminOnly(200) },
  { method: 'GET', path: '/api/settings/:settingId/you-said', request: () => ({ url: '/api/settings/alpha-high/you-said' }), expect: staffOwn(200) },
  {
    method: 'POST',
    path: '/api/settings/:settingId/you-said',
    request: () => ({ url: '/api/settings/alpha-high/you-said', body: { youSaid: 'You said the toilets were dirty.', answer: answerFields() } }),
    expect: staffOwn(201),
  },
  { method: 'PATCH', path: '/api/settings/:settingId/you-said/:entryId', request: (n) => ({ url: `/api/settings/alpha-high/you-said/${made.entry}`, body: { answer: answerFields({ progress: n % 100 }) } }), expect: staffOwn(200) },
  {
    method: 'POST',
    path: '/api/settings/:settingId/you-said/:entryId/updates',
    request: () => ({ url: `/api/settings/alpha-high/you-said/${made.entry}/updates`, body: { text: 'New locks are on the doors.', showOn: '2026-12-01' } }),
    expect: staffOwn(201),
  },
  // Admin comes after staff A has published it, unchanged since: nothing new to publish.
  { method: 'POST', path: '/api/settings/:settingId/you-said/:entryId/publish', request: () => ({ url: `/api/settings/alpha-high/you-said/${made.entry}/publish` }), expect: { ...staffOwn(200), admin: 409 } },
  { method: 'GET', path: '/api/public/you-said', request: () => ({ url: '/api/public/you-said?lang=ar' }), expect: everyone(200) },
  { method: 'GET', path: '/api/public/you-said/:settingId', request: () => ({ url: '/api/public/you-said/alpha-high' }), expect: everyone(200) },
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
  // After the open round, so opening it does not overlap.
  await ctx.store.putWave({ ...(await ctx.store.getWave('open-wave'))!, id: 'draft-wave', title: 'Draft', status: 'draft', opensOn: '2026-12-19', closesOn: '2027-01-04' });
  await seedResults(ctx.store, 'closed-wave');
  const deps = respondDeps(ctx.store);
  const later = { ...(await ctx.store.getWave('open-wave'))!, status: 'draft' as const, opensOn: '2027-01-05', closesOn: '2027-02-01' };
  await ctx.store.putWave({ ...later, id: 'ballot-wave', title: 'Spring' });
  await ctx.store.putWave({ ...later, id: 'ranked-wave', title: 'Summer', opensOn: '2027-04-20' });
  made.agreed = (await agreedFinding(ctx.store)).id;
  made.answered = (await agreedFinding(ctx.store, 'Buses feel unsafe after school.', answerFields())).id;
  made.unpublished = (await agreedFinding(ctx.store, 'We want more clubs.')).id;
  await saveAnswer(deps, made.unpublished, answerFields());
  for (const key of ['draftToEdit', 'draftToWithdraw', 'draftToAgree'] as const) {
    made[key] = (await draftFinding(deps, { text: `A draft (${key}).`, evidence: cityBelonging() })).finding.id;
  }
  await setBallot(deps, 'ranked-wave', [made.agreed]);
  made.entry = (await createEntry(deps, 'alpha-high', { youSaid: 'You said lunch queues are too long.', answer: answerFields() })).entry.id;
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
