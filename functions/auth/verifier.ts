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
 * expiry; `alg: none` and symmetric algorithms are refused by the library. Returns undefined for
 * any token that fails, so callers answer 401 and never leak why.
 */
export function createTokenVerifier(options: VerifierOptions): TokenVerifier {
  const verifier = JwtVerifier.create({ issuer: options.issuer, audience: options.audience, jwksUri: options.jwksUri });
  if (options.jwks) verifier.cacheJwks(options.jwks);
  return async (token) => {
    try {
      const claims = await verifier.verify(token);
      return principalFromClaims(claims as Record<string, unknown>);
    } catch {
      return undefined;
    }
  };
}

/** For a deployment with no identity provider configured yet: every token is refused. */
export const refuseAllTokens: TokenVerifier = async () => undefined;
