import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app';

/** Rounds that fit a real term: extended while open, never opened in the past, never two open at once. */
let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp(); // today is 2026-11-20; "Autumn survey" (open-wave) is open 2026-11-01 to 2026-12-18
});
afterAll(() => ctx.drop());

const send = async (method: string, path: string, body?: unknown) => {
  const res = await ctx.app.request(path, {
    method,
    headers: { ...ctx.bearer(ctx.tokens.admin), 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: await res.json() };
};

describe('an open round', () => {
  it('can be extended, and the change is in the audit log', async () => {
    const res = await send('PATCH', '/api/admin/waves/open-wave', { closesOn: '2027-01-15' });
    expect(res.status).toBe(200);
    expect(res.body.wave).toMatchObject({ status: 'open', closesOn: '2027-01-15' });
    const audit = await send('GET', '/api/admin/audit?day=2026-11-20');
    expect(audit.body.entries).toContainEqual(expect.objectContaining({ action: 'PATCH /api/admin/waves/:waveId', status: 200, target: expect.objectContaining({ waveId: 'open-wave', closesOn: '2027-01-15' }) }));
  });

  it('keeps its name and opening day, and cannot be set to close on a day gone by', async () => {
    const renamed = await send('PATCH', '/api/admin/waves/open-wave', { title: 'Another name' });
    expect(renamed.status).toBe(409);
    expect(renamed.body.code).toBe('wave.open_fixed');
    const past = await send('PATCH', '/api/admin/waves/open-wave', { closesOn: '2026-11-19' });
    expect(past.status).toBe(400);
    expect(past.body.errors).toEqual([{ field: 'closesOn', message: 'must be today or later' }]);
    expect((await ctx.store.getWave('open-wave'))!).toMatchObject({ title: 'Autumn survey', closesOn: '2027-01-15' });
  });
});

describe('opening a round', () => {
  it('is refused when its days have passed, so it never says "open" while pupils are told it is closed', async () => {
    await send('POST', '/api/admin/waves', { id: 'long-ago', title: 'Old', opensOn: '2020-01-01', closesOn: '2020-02-01' });
    const res = await send('POST', '/api/admin/waves/long-ago/open');
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('wave.dates_past');
    expect((await ctx.store.getWave('long-ago'))!.status).toBe('draft');
  });

  it('is refused while another round is open over the same days, saying which', async () => {
    await send('POST', '/api/admin/waves', { id: 'overlap', title: 'Winter', opensOn: '2026-12-01', closesOn: '2027-02-01' });
    const res = await send('POST', '/api/admin/waves/overlap/open');
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('wave.overlap');
    expect(res.body.detail).toMatch(/"Autumn survey" is open/);
    // After the open one closes, it can open.
    expect((await send('POST', '/api/admin/waves', { id: 'after', title: 'Spring', opensOn: '2027-01-16', closesOn: '2027-03-01' })).status).toBe(201);
    expect((await send('POST', '/api/admin/waves/after/open')).status).toBe(200);
  });

  it('is refused for an extension into another open round', async () => {
    const res = await send('PATCH', '/api/admin/waves/open-wave', { closesOn: '2027-02-01' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('wave.overlap');
  });
});

describe('closing a round early', () => {
  it('records the day it closed', async () => {
    const res = await send('POST', '/api/admin/waves/open-wave/close');
    expect(res.body.wave).toMatchObject({ status: 'closed', closesOn: '2027-01-15', closedOn: '2026-11-20' });
  });
});
