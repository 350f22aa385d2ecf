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

type Over = { iss?: string; aud?: string; exp?: string | null; iat?: boolean; use?: string | null; groups?: string[]; settings?: string };
function token(over: Over = {}) {
  const use = over.use === undefined ? 'id' : over.use;
  let jwt = new SignJWT({ 'cognito:groups': over.groups ?? ['staff'], 'custom:settings': over.settings ?? 'alpha-high, beta-high', ...(use ? { token_use: use } : {}) })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setSubject('user-1')
    .setIssuer(over.iss ?? issuer)
    .setAudience(over.aud ?? audience);
  if (over.iat !== false) jwt = jwt.setIssuedAt(1_900_000_000);
  if (over.exp !== null) jwt = jwt.setExpirationTime(over.exp ?? '5m');
  return jwt.sign(privateKey);
}

describe('token verification (same key, one thing wrong at a time)', () => {
  it('accepts a correct token and reads the role and settings from Cognito-style claims', async () => {
    expect(await verify(await token())).toEqual({ subject: 'user-1', name: 'user-1', role: 'staff', settings: ['alpha-high', 'beta-high'], issuedAt: 1_900_000_000 });
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
    expect(await verify(await token({ groups: ['staff', 'admin'] }))).toEqual({ subject: 'user-1', name: 'user-1', role: 'admin', settings: [], issuedAt: 1_900_000_000 });
  });

  it('refuses a correctly signed token that never expires', async () => {
    expect(await verify(await token({ exp: null }))).toBeUndefined();
  });

  it('refuses a token without an issue time (it could not be checked against account changes)', async () => {
    expect(await verify(await token({ iat: false }))).toBeUndefined();
  });

  it('refuses an access token, or one that does not say what it is: the web app sends ID tokens', async () => {
    expect(await verify(await token({ use: 'access' }))).toBeUndefined();
    expect(await verify(await token({ use: null }))).toBeUndefined();
  });
});
