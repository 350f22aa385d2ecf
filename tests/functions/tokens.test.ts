import { SignJWT, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app';

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.drop());

const report = '/api/reports/settings/alpha-high?wave=open-wave';
const withToken = (token: string) => ctx.app.request(report, { headers: { authorization: `Bearer ${token}` } });
const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

const claims = { 'cognito:groups': ['admin'], 'custom:settings': '' };
async function signed(opts: { issuer?: string; audience?: string; expires?: string }) {
  const key = (await generateKeyPair('RS256')).privateKey;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'local-1' })
    .setSubject('intruder')
    .setIssuer(opts.issuer ?? ctx.identity.issuer)
    .setAudience(opts.audience ?? ctx.identity.audience)
    .setIssuedAt()
    .setExpirationTime(opts.expires ?? '1h')
    .sign(key);
}

describe('tokens that must never see data', () => {
  it('a token signed by another key', async () => {
    expect((await withToken(await signed({}))).status).toBe(401);
  });

  it('alg: none', async () => {
    const token = `${b64({ alg: 'none', kid: 'local-1' })}.${b64({ ...claims, sub: 'x', iss: ctx.identity.issuer, aud: ctx.identity.audience, exp: 9e9 })}.`;
    expect((await withToken(token)).status).toBe(401);
  });

  it('a valid token whose payload was edited to say admin', async () => {
    const real = await ctx.identity.issueToken({ username: 'staff-beta-high', role: 'staff', settings: ['beta-high'] });
    const [h, , s] = real.split('.');
    const forged = `${h}.${b64({ ...claims, sub: 'x', iss: ctx.identity.issuer, aud: ctx.identity.audience, exp: 9e9 })}.${s}`;
    expect((await withToken(forged)).status).toBe(401);
  });

  it('a staff token for another setting gets 403 and no data', async () => {
    const res = await withToken(await ctx.identity.issueToken({ username: 'staff-beta-high', role: 'staff', settings: ['beta-high'] }));
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('"themes"');
  });

  it('a token with no recognised group', async () => {
    const res = await withToken(await ctx.identity.issueToken({ username: 'x', role: 'pupil' as never, settings: [] }));
    expect(res.status).toBe(401);
  });

  it('garbage and a non-Bearer scheme', async () => {
    expect((await withToken('not.a.jwt')).status).toBe(401);
    expect((await ctx.app.request(report, { headers: { authorization: 'Basic YWRtaW46ZGVtbw==' } })).status).toBe(401);
  });
});
