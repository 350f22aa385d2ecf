import { createMiddleware } from 'hono/factory';
import type { AuthEnv } from '../auth/middleware';
import type { Store } from '../store/types';

const KEEP_DAYS = 730;

/**
 * Records every action by a signed-in person (who, what, when, on what, and the outcome),
 * including refusals. Requests without a verified principal (pupils, strangers) are never logged.
 */
export const auditStaffActions = (store: Store, now: () => Date) =>
  createMiddleware<AuthEnv>(async (c, next) => {
    await next();
    const principal = c.get('principal');
    if (!principal) return;
    const wave = c.req.query('wave');
    const target = { ...c.req.param(), ...(wave ? { wave } : {}), ...c.get('audit') } as Record<string, string>;
    try {
      await store.recordAudit(
        { at: now().toISOString(), actor: principal.name, role: principal.role, action: `${c.req.method} ${c.req.routePath}`, target, status: c.res.status },
        KEEP_DAYS,
      );
    } catch (err) {
      // The action has happened; losing its record is logged loudly rather than failing the response.
      console.error(JSON.stringify({ level: 'error', message: 'audit record not written', error: String(err) }));
    }
  });
