import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import * as z from 'zod';
import type { Role } from '../auth/principal';
import { unauthorised } from '../http/problem';
import { validate } from '../http/validate';

/**
 * The local stand-in for Cognito: it signs RS256 ID tokens with the same claims Cognito issues
 * (`cognito:groups`, `custom:settings`), so the API verifies them with the same code.
 * It exists only in local mode; the Lambda entry never imports this file.
 */
export type DemoAccount = { username: string; role: Role; settings: string[] };

export const DEMO_PASSWORD = 'demo';
export const LOCAL_AUDIENCE = 'heard-local';
const TOKEN_HOURS = 8;

export type LocalIdentity = {
  issuer: string;
  audience: string;
  jwksUri: string;
  jwks: Jwks;
  routes: Hono;
  issueToken: (account: DemoAccount) => Promise<string>;
};

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export async function createLocalIdentity(options: {
  baseUrl: string;
  accounts: () => Promise<DemoAccount[]>;
}): Promise<LocalIdentity> {
  const issuer = `${options.baseUrl}/api/local-auth`;
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = 'local-1';
  const { n, e } = await exportJWK(publicKey);
  const jwks: Jwks = { keys: [{ kty: 'RSA', n: n!, e: e!, kid, alg: 'RS256', use: 'sig' }] };

  const issueToken = (account: DemoAccount) =>
    new SignJWT({
      'cognito:groups': [account.role],
      'custom:settings': account.settings.join(','),
      'cognito:username': account.username,
      token_use: 'id',
    })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setSubject(`local-${account.username}`)
      .setIssuer(issuer)
      .setAudience(LOCAL_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${TOKEN_HOURS}h`)
      .sign(privateKey);

  const Credentials = z.object({ username: z.string().min(1).max(80), password: z.string().min(1).max(200) });
  const routes = new Hono()
    .get('/jwks.json', (c) => c.json(jwks))
    .post('/token', validate('json', Credentials), async (c) => {
      const { username, password } = c.req.valid('json');
      const account = (await options.accounts()).find((a) => a.username === username);
      if (!account || !same(password, DEMO_PASSWORD)) {
        throw unauthorised('That username and password do not match a demo account. The demo password is "demo".');
      }
      return c.json({ token: await issueToken(account), role: account.role, settings: account.settings });
    });

  return { issuer, audience: LOCAL_AUDIENCE, jwksUri: `${issuer}/jwks.json`, jwks, routes, issueToken };
}

/** The demo sign-ins: the council's admin, the youth council, and one staff member per setting. */
export function demoAccounts(settingIds: readonly string[]): DemoAccount[] {
  return [
    { username: 'admin', role: 'admin', settings: [] },
    { username: 'youth', role: 'youth-council', settings: [] },
    ...settingIds.map((id) => ({ username: `staff-${id}`, role: 'staff' as const, settings: [id] })),
  ];
}
