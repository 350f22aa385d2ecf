import { Hono } from 'hono';
import { z } from 'zod';
import { SettingId, WaveId } from '../../shared/catalog';
import { canSeeSetting } from '../auth/principal';
import { requireRole } from '../auth/middleware';
import { buildCityReport, buildSettingReport } from '../domain/reports';
import { forbidden } from '../http/problem';
import { validate } from '../http/validate';
import type { AppDeps } from '../app-deps';

const WaveQuery = z.object({ wave: WaveId });
const SettingParam = z.object({ settingId: SettingId });

export const reportRoutes = (deps: AppDeps) =>
  new Hono()
    .get(
      '/reports/settings/:settingId',
      requireRole(deps.verify, 'staff', 'admin'),
      validate('param', SettingParam),
      validate('query', WaveQuery),
      async (c) => {
        const { settingId } = c.req.valid('param');
        if (!canSeeSetting(c.get('principal'), settingId)) {
          throw forbidden('You can see reports for your own setting only.');
        }
        return c.json(await buildSettingReport(deps, settingId, c.req.valid('query').wave));
      },
    )
    .get('/reports/city', requireRole(deps.verify, 'youth-council', 'admin'), validate('query', WaveQuery), async (c) =>
      c.json(await buildCityReport(deps, c.req.valid('query').wave)),
    );
