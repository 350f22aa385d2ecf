import { JwtVerifier } from 'aws-jwt-verify';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { principalFromClaims, type Principal } from './principal';

export type TokenVerifier = (token: string) => Promise<Principal | undefined>;

export type VerifierOptions = {
  issuer: string;
  audience: string;
  jwksUri: string;
  /** Known keys (the local identity provider's), so nothing is fetched. */
  jwks?: Jwks;
};

/**
 * Verifies RS256 JWTs with aws-jwt-verify: signature against the issuer's JWKS, issuer, audience,
 * expiry; `alg: none` and symmetric algorithms are refused by the library. It must also be an ID
 * token (`token_use: id`, what the web app sends) with an expiry and an issue time: a token that
 * never expires, or an access token, is refused. Returns undefined for any token that fails, so
 * callers answer 401 and never leak why.
 */
export function createTokenVerifier(options: VerifierOptions): TokenVerifier {
  const verifier = JwtVerifier.create({ issuer: options.issuer, audience: options.audience, jwksUri: options.jwksUri });
  if (options.jwks) verifier.cacheJwks(options.jwks);
  return async (token) => {
    try {
      const claims = (await verifier.verify(token)) as Record<string, unknown>;
      if (claims.token_use !== 'id' || typeof claims.exp !== 'number' || typeof claims.iat !== 'number') return undefined;
      return principalFromClaims(claims);
    } catch {
      return undefined;
    }
  };
}

/** For a deployment with no identity provider configured yet: every token is refused. */
export const refuseAllTokens: TokenVerifier = async () => undefined;

/**
 * The account check every signed-in request passes (functions/app.ts): a token issued before its
 * account was last disabled, or given another role or other settings, is refused from the very
 * next request, on every instance (the change is stamped in the table, not in memory).
 */
export function checkingAccounts(verify: TokenVerifier, changedAt: (username: string) => Promise<number | undefined>): TokenVerifier {
  return async (token) => {
    const principal = await verify(token);
    if (!principal) return undefined;
    const changed = await changedAt(principal.name);
    return changed !== undefined && (principal.issuedAt ?? 0) < changed ? undefined : principal;
  };
}
