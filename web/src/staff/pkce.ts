/**
 * Signing in through Cognito's hosted page: the authorisation code flow with PKCE (RFC 7636),
 * as plain functions of their inputs so they can be tested without a browser. Web Crypto only.
 */
export type CognitoConfig = { kind: 'cognito'; domain: string; clientId: string; redirectUri: string; logoutUri: string };
export type AuthConfig = { kind: 'local' } | CognitoConfig;

/** What the browser keeps between leaving for the hosted page and coming back: nothing else. */
export type PendingSignIn = { state: string; verifier: string; next: string };

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** A random string of `bytes` random bytes, base64url: 43 characters from [A-Za-z0-9_-] for 32 bytes. */
export const randomToken = (bytes = 32) => base64url(crypto.getRandomValues(new Uint8Array(bytes)));

/** The S256 code challenge: base64url(SHA-256(ASCII verifier)). */
export async function challengeFor(verifier: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

const trimSlash = (domain: string) => domain.replace(/\/+$/, '');

export function authorizeUrl(config: CognitoConfig, challenge: string, state: string): string {
  const q = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    scope: 'openid email profile',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
  });
  return `${trimSlash(config.domain)}/oauth2/authorize?${q}`;
}

export const tokenUrl = (config: CognitoConfig) => `${trimSlash(config.domain)}/oauth2/token`;

/** The token request's form body (the client is public: no secret, the verifier proves who asked). */
export const tokenForm = (config: CognitoConfig, code: string, verifier: string) =>
  new URLSearchParams({ grant_type: 'authorization_code', client_id: config.clientId, code, redirect_uri: config.redirectUri, code_verifier: verifier });

export const logoutUrl = (config: CognitoConfig) =>
  `${trimSlash(config.domain)}/logout?${new URLSearchParams({ client_id: config.clientId, logout_uri: config.logoutUri })}`;

export type CallbackResult = { ok: true; code: string; verifier: string; next: string } | { ok: false; reason: 'refused' | 'no-sign-in' | 'state' | 'no-code'; detail?: string };

/**
 * What `/signin/callback?code=…&state=…` means, given what was kept when the person left. A state
 * that is missing or differs means this reply was not to our request (or is a replay): refuse it.
 */
export function checkCallback(params: URLSearchParams, pending: PendingSignIn | undefined): CallbackResult {
  const error = params.get('error');
  if (error) return { ok: false, reason: 'refused', detail: params.get('error_description') ?? error };
  if (!pending) return { ok: false, reason: 'no-sign-in' };
  const state = params.get('state') ?? '';
  if (!state || !sameString(state, pending.state)) return { ok: false, reason: 'state' };
  const code = params.get('code');
  if (!code) return { ok: false, reason: 'no-code' };
  return { ok: true, code, verifier: pending.verifier, next: pending.next };
}

/** Compares every character, so the time taken says nothing about how much of a guess was right. */
function sameString(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

/** Reads a pending sign-in kept as JSON; anything malformed counts as none. */
export function parsePending(raw: string | null): PendingSignIn | undefined {
  try {
    const value = JSON.parse(raw ?? '') as Partial<PendingSignIn>;
    return typeof value.state === 'string' && typeof value.verifier === 'string' ? { state: value.state, verifier: value.verifier, next: typeof value.next === 'string' ? value.next : '/reports' } : undefined;
  } catch {
    return undefined;
  }
}
