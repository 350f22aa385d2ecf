import { Hono } from 'hono';
import { z } from 'zod';
import { formatCode, WaveId } from '../../shared/catalog';
import { requireRole } from '../auth/middleware';
import { notFound } from '../http/problem';
import { validate } from '../http/validate';
import type { AppDeps } from '../app-deps';

export const adminRoutes = ({ store, verify }: AppDeps) =>
  new Hono()
    .use('/admin/*', requireRole(verify, 'admin'))
    .get('/admin/waves', async (c) => c.json({ waves: (await store.listWaves()).sort((a, b) => b.opensOn.localeCompare(a.opensOn)) }))
    .get('/admin/waves/:waveId/join-codes', validate('param', z.object({ waveId: WaveId })), async (c) => {
      const { waveId } = c.req.valid('param');
      const [wave, codes, settings] = await Promise.all([store.getWave(waveId), store.listJoinCodes(waveId), store.listSettings()]);
      if (!wave) throw notFound('wave.unknown', `There is no survey round "${waveId}".`);
      const names = new Map(settings.map((s) => [s.id, s.name]));
      return c.json({
        wave: { id: wave.id, title: wave.title, status: wave.status },
        codes: codes.map((x) => ({ settingId: x.settingId, settingName: names.get(x.settingId) ?? x.settingId, code: x.code, display: formatCode(x.code) })),
      });
    });
