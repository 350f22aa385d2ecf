import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { forbidden, unauthorised } from '../http/problem';
import { canSeeSetting, type Principal, type Role } from './principal';
import type { TokenVerifier } from './verifier';

/**
 * `audit`: what a route adds to its audit entry beyond the path's parameters: what it touched
 * ("which round", "how many codes"), never pupils' data.
 */
export type AuthEnv = { Variables: { principal: Principal; audit?: Record<string, string> } };

/** Adds to the audit entry of this request (functions/http/audit.ts); undefined values are left out. */
export function auditDetail(c: Context<AuthEnv>, detail: Record<string, string | number | undefined>): void {
  const given = Object.entries(detail).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)] as const]));
  c.set('audit', { ...c.get('audit'), ...Object.fromEntries(given) });
}

/** Requires a valid Bearer token from one of `roles`; sets `principal` for the handler. */
export const requireRole = (verify: TokenVerifier, ...roles: Role[]) =>
  createMiddleware<AuthEnv>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw unauthorised('Sign in to see reports. Send your token as "Authorization: Bearer <token>".');
    const principal = await verify(match[1]!);
    if (!principal) throw unauthorised('Your sign-in is not valid or has expired. Please sign in again.');
    // Set before the role check, so a refused attempt is audited under the person who made it.
    c.set('principal', principal);
    if (!roles.includes(principal.role)) throw forbidden('Your account cannot see this. Ask the council if you think it should.');
    await next();
  });

/** After requireRole: only staff of the setting in the path (`:settingId`), or admin; `refusal` says so to the others. */
export const ownSetting = (refusal: string) =>
  createMiddleware<AuthEnv>(async (c, next) => {
    if (!canSeeSetting(c.get('principal'), c.req.param('settingId') ?? '')) throw forbidden(refusal);
    await next();
  });
