import { createMiddleware } from 'hono/factory';
import type { Log } from './logger';

/**
 * One line per request: its method, the pattern of the route that answered it (never the path,
 * which holds a survey link's code), the status and how long it took. The dashboard counts
 * responses recorded from these lines (`POST /api/responses` answered 201: infra/constructs/monitoring.ts).
 */
export const requestLog = (log: Log) =>
  createMiddleware(async (c, next) => {
    const started = performance.now();
    await next();
    const route = c.res.status === 404 && c.req.routePath.endsWith('*') ? 'unknown' : c.req.routePath;
    log.info('request', { method: c.req.method, route, status: c.res.status, ms: Math.round(performance.now() - started) });
  });
