import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { submission } from '../support/fixtures';
import { testApp } from '../support/app';

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.drop());

const send = (method: string, path: string, body?: unknown) =>
  ctx.app.request(path, {
    method,
    headers: { ...ctx.bearer(ctx.tokens.admin), ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });

describe('the wave lifecycle: draft → open → closed → published', () => {
  it('creates a draft that pupils cannot answer, opens it, closes it and publishes it', async () => {
    // Alone: a round open over the same days would be refused (see below).
    const fixture = (await ctx.store.getWave('open-wave'))!;
    await ctx.store.putWave({ ...fixture, status: 'closed' });
    onTestFinished(() => ctx.store.putWave(fixture));
    const created = await send('POST', '/api/admin/waves', { id: 'spring-2027', title: 'Spring survey', opensOn: '2026-11-01', closesOn: '2026-12-31' });
    expect(created.status).toBe(201);
    expect((await created.json()).wave).toMatchObject({ status: 'draft', surveys: { secondary: { id: 'belonging-secondary', version: 2 } } });

    const code = await (await send('POST', '/api/admin/waves/spring-2027/join-codes', { settingId: 'alpha-high' })).json();
    expect(code.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{9}$/);
    expect((await ctx.app.request(`/api/join/${code.code}`)).status).toBe(404);
    const early = await ctx.postJson('/api/responses', submission({ joinCode: code.code }));
    expect(early.status).toBe(409);
    expect((await early.json()).code).toBe('wave.not_open');

    expect((await send('POST', '/api/admin/waves/spring-2027/open')).status).toBe(200);
    expect((await ctx.app.request(`/api/join/${code.code}`)).status).toBe(200);
    expect((await ctx.postJson('/api/responses', submission({ joinCode: code.code }))).status).toBe(201);

    expect((await send('POST', '/api/admin/waves/spring-2027/close')).status).toBe(200);
    const late = await ctx.postJson('/api/responses', submission({ joinCode: code.code }));
    expect(late.status).toBe(409);
    expect((await late.json()).code).toBe('wave.closed');

    const published = await send('POST', '/api/admin/waves/spring-2027/publish');
    expect((await published.json()).wave.status).toBe('published');
  });

  it('refuses a step out of order, saying what the next step is', async () => {
    await send('POST', '/api/admin/waves', { id: 'summer-2027', title: 'Summer survey', opensOn: '2027-06-01', closesOn: '2027-07-01' });
    const res = await send('POST', '/api/admin/waves/summer-2027/publish');
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect((await res.json()).detail).toMatch(/is draft, so it cannot publish now\. The next step is to open it/);
  });

  it('changes a draft, but not an open round, and never writes half a change', async () => {
    expect((await send('PATCH', '/api/admin/waves/summer-2027', { title: 'Summer term survey' })).status).toBe(200);
    const backwards = await send('PATCH', '/api/admin/waves/summer-2027', { closesOn: '2027-05-01' });
    expect(backwards.status).toBe(400);
    expect((await ctx.store.getWave('summer-2027'))!.closesOn).toBe('2027-07-01');
    const open = await send('PATCH', '/api/admin/waves/open-wave', { title: 'Renamed' });
    expect(open.status).toBe(409);
  });

  it('refuses a second round with the same id, and bad dates, with problems naming the fields', async () => {
    expect((await send('POST', '/api/admin/waves', { id: 'summer-2027', title: 'Again', opensOn: '2027-06-01', closesOn: '2027-07-01' })).status).toBe(409);
    const bad = await send('POST', '/api/admin/waves', { id: 'Bad Id', title: '', opensOn: '2027-13-01', closesOn: '2027-01-01' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['id', 'title', 'opensOn']));
  });
});

describe('join codes for a year group', () => {
  it('fixes the year group of every response sent with it', async () => {
    const res = await send('POST', '/api/admin/waves/open-wave/join-codes', { settingId: 'beta-high', yearGroup: '8' });
    expect(res.status).toBe(201);
    const { code, display } = await res.json();
    expect(display).toBe(`${code.slice(0, 3)}-${code.slice(3, 6)}-${code.slice(6)}`);
    expect((await (await ctx.app.request(`/api/join/${code}`)).json()).yearGroup).toBe('8');
    expect((await ctx.postJson('/api/responses', submission({ joinCode: code, answers: { belong: 3 } }))).status).toBe(201);
    const year8 = (await ctx.store.readTallies('open-wave')).filter((t) => t.settingId === 'beta-high' && t.yearGroup === '8');
    expect(year8.reduce((a, t) => a + (t.tally.n ?? 0), 0)).toBe(1);
    const listed = await (await send('GET', '/api/admin/waves/open-wave/join-codes')).json();
    expect(listed.codes).toContainEqual(expect.objectContaining({ code, yearGroup: '8', settingName: 'Beta High School' }));
  });  it('refuses a year-group code for a year the setting\'s survey does not ask about (422), making nothing', async () => {
    const before = (await ctx.store.listJoinCodes('open-wave')).length;
    const res = await send('POST', '/api/admin/waves/open-wave/join-codes', { settingId: 'beta-high', yearGroup: '3' });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.code).toBe('code.year_not_in_survey');
    expect(body.errors[0]).toEqual({ field: 'yearGroup', message: expect.stringMatching(/Years 7, 8, 9, 10, 11, 12, 13, not Year 3/) });
    const once = await send('POST', '/api/admin/waves/open-wave/single-use-codes', { settingId: 'gamma-primary', yearGroup: '9', count: 2 });
    expect(once.status).toBe(422);
    expect((await ctx.store.listJoinCodes('open-wave')).length).toBe(before);
    expect(await ctx.store.listOnceBatches('open-wave')).toEqual([]);
  });


  it('withdraws a leaked code: it stops working, and what was sent with it stays counted', async () => {
    const { code } = await (await send('POST', '/api/admin/waves/open-wave/join-codes', { settingId: 'delta-high' })).json();
    expect((await ctx.postJson('/api/responses', submission({ joinCode: code }))).status).toBe(201);
    expect((await send('DELETE', `/api/admin/waves/open-wave/join-codes/${code}`)).status).toBe(204);
    expect((await ctx.app.request(`/api/join/${code}`)).status).toBe(404);
    const listed = await (await send('GET', '/api/admin/waves/open-wave/join-codes')).json();
    expect(listed.codes.map((c: { code: string }) => c.code)).not.toContain(code);
    const delta = (await ctx.store.readTallies('open-wave')).filter((t) => t.settingId === 'delta-high');
    expect(delta.reduce((a, t) => a + (t.tally.n ?? 0), 0)).toBe(1);
  });

  it('refuses a code for an unknown setting or a closed round', async () => {
    expect((await send('POST', '/api/admin/waves/open-wave/join-codes', { settingId: 'nowhere' })).status).toBe(404);
    expect((await send('POST', '/api/admin/waves/closed-wave/join-codes', { settingId: 'alpha-high' })).status).toBe(409);
  });
});

describe('settings', () => {
  it('refuses to add a setting whose short name is taken (If-None-Match: *), changing nothing', async () => {
    const res = await ctx.app.request('/api/admin/settings/alpha-high', {
      method: 'PUT',
      headers: { ...ctx.bearer(ctx.tokens.admin), 'content-type': 'application/json', 'if-none-match': '*' },
      body: JSON.stringify({ name: 'Another Alpha', phase: 'primary', locality: 'north', audience: 'primary' }),
    });
    expect(res.status).toBe(412);
    expect((await ctx.store.getSetting('alpha-high'))!.name).toBe('Alpha High School');
  });

  it('registers a setting, then updates it, with roll and safeguarding lead', async () => {
    const body = { name: 'Epsilon Academy', phase: 'secondary', locality: 'south', audience: 'secondary', roll: { '7': 120 }, safeguardingLead: 'Mr E. Lead' };
    expect((await send('PUT', '/api/admin/settings/epsilon-academy', body)).status).toBe(201);
    expect((await send('PUT', '/api/admin/settings/epsilon-academy', { ...body, name: 'Epsilon Academy Trust' })).status).toBe(200);
    expect(await ctx.store.getSetting('epsilon-academy')).toMatchObject({ name: 'Epsilon Academy Trust', roll: { '7': 120 } });
  });

  it('rejects a setting with a bad locality or phase, naming each field', async () => {
    const res = await send('PUT', '/api/admin/settings/bad-one', { name: 'X', phase: 'nursery', locality: 'east', audience: 'secondary' });
    expect(res.status).toBe(400);
    expect((await res.json()).errors.map((e: { field: string }) => e.field)).toEqual(['phase', 'locality']);
    expect(await ctx.store.getSetting('bad-one')).toBeUndefined();
  });
});
