import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier, type TokenVerifier } from '../../functions/auth/verifier';

const issuer = 'https://idp.example/pool';
const audience = 'heard-web';
let privateKey: CryptoKey;
let verify: TokenVerifier;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  privateKey = pair.privateKey;
  const { n, e } = await exportJWK(pair.publicKey);
  verify = createTokenVerifier({ issuer, audience, jwksUri: `${issuer}/jwks.json`, jwks: { keys: [{ kty: 'RSA', kid: 'k1', alg: 'RS256', use: 'sig', n: n!, e: e! }] } });
});

function token(over: { iss?: string; aud?: string; exp?: string; groups?: string[]; settings?: string } = {}) {
  return new SignJWT({ 'cognito:groups': over.groups ?? ['staff'], 'custom:settings': over.settings ?? 'alpha-high, beta-high' })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setSubject('user-1')
    .setIssuer(over.iss ?? issuer)
    .setAudience(over.aud ?? audience)
    .setIssuedAt()
    .setExpirationTime(over.exp ?? '5m')
    .sign(privateKey);
}

describe('token verification (same key, one thing wrong at a time)', () => {
  it('accepts a correct token and reads the role and settings from Cognito-style claims', async () => {
    expect(await verify(await token())).toEqual({ subject: 'user-1', name: 'user-1', role: 'staff', settings: ['alpha-high', 'beta-high'] });
  });

  it('refuses the wrong issuer', async () => {
    expect(await verify(await token({ iss: 'https://evil.example' }))).toBeUndefined();
  });

  it('refuses the wrong audience', async () => {
    expect(await verify(await token({ aud: 'another-app' }))).toBeUndefined();
  });

  it('refuses an expired token', async () => {
    expect(await verify(await token({ exp: '-2m' }))).toBeUndefined();
  });

  it('gives admin precedence and ignores settings claims for non-staff', async () => {
    expect(await verify(await token({ groups: ['staff', 'admin'] }))).toEqual({ subject: 'user-1', name: 'user-1', role: 'admin', settings: [] });
  });
});
