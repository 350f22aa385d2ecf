import { Hono } from 'hono';
import * as z from 'zod';
import type { AppDeps } from '../../app-deps';
import { validate } from '../../http/validate';

const Query = z.object({ day: z.iso.date('write the day as 2026-11-30') });

/** The audit log, one day at a time, newest first. */
export const auditAdminRoutes = ({ store }: AppDeps) =>
  new Hono().get('/admin/audit', validate('query', Query), async (c) => {
    const entries = await store.listAudit(c.req.valid('query').day);
    return c.json({ entries: entries.sort((a, b) => b.at.localeCompare(a.at)) });
  });
