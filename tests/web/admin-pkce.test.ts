import { describe, expect, it } from 'vitest';
import { authorizeUrl, challengeFor, checkCallback, logoutUrl, parsePending, randomToken, tokenForm, tokenUrl, type CognitoConfig } from '../../web/src/staff/pkce';

/** Signing in with Cognito's hosted page: PKCE (RFC 7636) and the callback's checks, with Node's Web Crypto. */
const CONFIG: CognitoConfig = {
  kind: 'cognito',
  domain: 'https://heard-test.auth.eu-west-2.amazoncognito.com/',
  clientId: 'client123',
  redirectUri: 'https://heard.example/signin/callback',
  logoutUri: 'https://heard.example/signin',
};

describe('PKCE', () => {
  it('makes verifiers of 43 to 128 unreserved characters, different every time', () => {
    const verifiers = Array.from({ length: 50 }, () => randomToken(48));
    for (const v of verifiers) {
      expect(v).toMatch(/^[A-Za-z0-9\-._~]{43,128}$/);
      expect(v).toHaveLength(64);
    }
    expect(new Set(verifiers).size).toBe(verifiers.length);
    expect(randomToken(32)).toHaveLength(43); // the shortest RFC 7636 allows
  });

  it('derives the S256 challenge of RFC 7636 appendix B', async () => {
    expect(await challengeFor('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('sends the person to the hosted page with the code flow, the S256 challenge and the state', () => {
    const url = new URL(authorizeUrl(CONFIG, 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', 'state-1'));
    expect(`${url.origin}${url.pathname}`).toBe('https://heard-test.auth.eu-west-2.amazoncognito.com/oauth2/authorize');
    expect(url.search).toContain('scope=openid+email+profile');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'client123',
      redirect_uri: 'https://heard.example/signin/callback',
      scope: 'openid email profile',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
      state: 'state-1',
    });
  });

  it('swaps the code at the token endpoint with the verifier, and signs out through the logout endpoint', () => {
    expect(tokenUrl(CONFIG)).toBe('https://heard-test.auth.eu-west-2.amazoncognito.com/oauth2/token');
    expect(Object.fromEntries(tokenForm(CONFIG, 'the-code', 'the-verifier'))).toEqual({
      grant_type: 'authorization_code',
      client_id: 'client123',
      code: 'the-code',
      redirect_uri: 'https://heard.example/signin/callback',
      code_verifier: 'the-verifier',
    });
    const out = new URL(logoutUrl(CONFIG));
    expect(`${out.origin}${out.pathname}`).toBe('https://heard-test.auth.eu-west-2.amazoncognito.com/logout');
    expect(Object.fromEntries(out.searchParams)).toEqual({ client_id: 'client123', logout_uri: 'https://heard.example/signin' });
  });
});

describe('the callback', () => {
  const pending = { state: 'abc123', verifier: 'v'.repeat(64), next: '/reports/city' };
  const params = (query: string) => new URLSearchParams(query);

  it('accepts a code with the state it sent', () => {
    expect(checkCallback(params('code=xyz&state=abc123'), pending)).toEqual({ ok: true, code: 'xyz', verifier: pending.verifier, next: '/reports/city' });
  });

  it('refuses a state that differs, is missing, or answers no sign-in started here', () => {
    expect(checkCallback(params('code=xyz&state=abc124'), pending)).toEqual({ ok: false, reason: 'state' });
    expect(checkCallback(params('code=xyz&state=abc1234'), pending)).toEqual({ ok: false, reason: 'state' });
    expect(checkCallback(params('code=xyz'), pending)).toEqual({ ok: false, reason: 'state' });
    expect(checkCallback(params('code=xyz&state=abc123'), undefined)).toEqual({ ok: false, reason: 'no-sign-in' });
  });

  it('reports a refusal from the hosted page, and a reply without a code', () => {
    expect(checkCallback(params('error=access_denied&error_description=User+cancelled&state=abc123'), pending)).toMatchObject({ ok: false, reason: 'refused' });
    expect(checkCallback(params('state=abc123'), pending)).toEqual({ ok: false, reason: 'no-code' });
  });

  it('reads back only a well-formed pending sign-in', () => {
    expect(parsePending(JSON.stringify(pending))).toEqual(pending);
    expect(parsePending(JSON.stringify({ state: 'a', verifier: 'b' }))).toEqual({ state: 'a', verifier: 'b', next: '/reports' });
    expect(parsePending('{"state":1}')).toBeUndefined();
    expect(parsePending('not json')).toBeUndefined();
    expect(parsePending(null)).toBeUndefined();
  });
});
