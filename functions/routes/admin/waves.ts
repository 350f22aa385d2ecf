import { Hono } from 'hono';
import * as z from 'zod';
import { WaveId } from '../../../shared/catalog';
import type { AppDeps } from '../../app-deps';
import { dayOf } from '../../domain/calendar';
import { createWave, moveWave, updateWave } from '../../domain/wave-admin';
import { validate } from '../../http/validate';
import { auditDetail, type AuthEnv } from '../../auth/middleware';

const Day = z.iso.date('dates are written 2026-11-30');
const NewWave = z
  .object({ id: WaveId, title: z.string().trim().min(1).max(120), opensOn: Day, closesOn: Day })
  .refine((w) => w.opensOn <= w.closesOn, { message: 'a round must close on or after the day it opens', path: ['closesOn'] });
const DraftChanges = z.object({ title: z.string().trim().min(1).max(120), opensOn: Day, closesOn: Day }).partial();
const Param = z.object({ waveId: WaveId });
const Step = z.object({ waveId: WaveId, step: z.enum(['open', 'close', 'publish']) });
const STATUS = { open: 'open', close: 'closed', publish: 'published' } as const;

/** Survey rounds: create a draft, change it (or an open one's closing day), and move it along draft → open → closed → published. */
export const waveAdminRoutes = ({ store, now }: AppDeps) =>
  new Hono<AuthEnv>()
    .get('/admin/waves', async (c) => c.json({ waves: (await store.listWaves()).sort((a, b) => b.opensOn.localeCompare(a.opensOn)) }))
    .post('/admin/waves', validate('json', NewWave), async (c) => {
      const input = c.req.valid('json');
      auditDetail(c, { waveId: input.id, title: input.title, opensOn: input.opensOn, closesOn: input.closesOn });
      return c.json({ wave: await createWave(store, input) }, 201);
    })
    .patch('/admin/waves/:waveId', validate('param', Param), validate('json', DraftChanges), async (c) => {
      auditDetail(c, c.req.valid('json'));
      return c.json({ wave: await updateWave(store, c.req.valid('param').waveId, c.req.valid('json'), dayOf(now())) });
    })
    .post('/admin/waves/:waveId/:step{open|close|publish}', validate('param', Step), async (c) => {
      const { waveId, step } = c.req.valid('param');
      return c.json({ wave: await moveWave(store, waveId, STATUS[step], dayOf(now())) });
    });
