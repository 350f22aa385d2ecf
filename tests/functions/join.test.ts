import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app';

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.drop());

describe('GET /api/health', () => {
  it('says ok when the database answers', async () => {
    const res = await ctx.app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: { status: 'ok', ms: expect.any(Number) } });
  });
});

describe('GET /api/join/:code', () => {
  it('opens an open round: wave, setting and the survey in one language', async () => {
    const res = await ctx.app.request('/api/join/aaa-222-bbb');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.wave).toEqual({ id: 'open-wave', title: 'Autumn survey', closesOn: '2026-12-18' });
    expect(body.setting).toEqual({ id: 'alpha-high', name: 'Alpha High School', safeguardingLead: 'Ms P. Lead' });
    expect(body.survey.id).toBe('belonging-secondary');
    expect(Object.keys(body.survey.strings)).toEqual(['en']);
  });

  it('gzips the survey for a phone that accepts it, and sends it plain to one that does not', async () => {
    const plain = await ctx.app.request('/api/join/AAA222BBB');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    const zipped = await ctx.app.request('/api/join/AAA222BBB', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i);
    const bytes = Buffer.from(await zipped.arrayBuffer());
    expect(bytes.length).toBeLessThan(text.length / 2);
    expect(gunzipSync(bytes).toString('utf8')).toBe(text);
  });

  it('gives a primary setting the primary survey, and no safeguarding lead where none is named', async () => {
    const body = await (await ctx.app.request('/api/join/EEE444FFF')).json();
    expect(body.survey.id).toBe('belonging-primary');
    expect(body.setting).not.toHaveProperty('safeguardingLead');
  });

  it('answers an unknown code with a 404 problem in plain words', async () => {
    const res = await ctx.app.request('/api/join/ZZZ999ZZZ');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect((await res.json()).detail).toMatch(/Check it with your teacher/);
  });

  it('answers a closed round code with 404', async () => {
    const res = await ctx.app.request('/api/join/GGG555HHH');
    expect(res.status).toBe(404);
    expect((await res.json()).code).toBe('wave.closed');
  });

  it('answers a malformed code with 404, and an absurdly long one with 400 — never 500', async () => {
    expect((await ctx.app.request('/api/join/%00%ff')).status).toBe(404);
    expect((await ctx.app.request('/api/join/abc')).status).toBe(404);
    const long = await ctx.app.request('/api/join/' + 'A'.repeat(300));
    expect(long.status).toBe(400);
    expect((await long.json()).errors[0].field).toBe('code');
  });

  it('sends only the chosen language, and says when it is a draft translation', async () => {
    const body = await (await ctx.app.request('/api/join/AAA222BBB?lang=ar')).json();
    expect(Object.keys(body.survey.strings)).toEqual(['ar']);
    expect(body.survey.draftLanguages).toEqual(['ar']);
    expect(body.survey.strings.ar['q.belong']).not.toBe('I feel I belong at my school.');
  });

  it('rejects an unknown language with a 400 problem', async () => {
    const res = await ctx.app.request('/api/join/AAA222BBB?lang=xx');
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].field).toBe('lang');
  });
});

describe('unknown routes', () => {
  it('are a 404 problem', async () => {
    const res = await ctx.app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});
