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
const SettingQuery = WaveQuery.extend({
  year: z.string().regex(/^(\d{1,2}|unknown)$/, 'year is a year group number, or "unknown"').optional(),
  gender: z.string().regex(/^[a-z_]{1,20}$/, 'gender is one of the survey\'s options, or "none"').optional(),
}).refine((q) => !(q.year && q.gender), {
  message: 'Choose a year group or a gender, not both: reports show one breakdown at a time so groups never get too small.',
  path: ['gender'],
});
const SettingParam = z.object({ settingId: SettingId });

export const reportRoutes = (deps: AppDeps) =>
  new Hono()
    .get(
      '/reports/settings/:settingId',
      requireRole(deps.verify, 'staff', 'admin'),
      validate('param', SettingParam),
      validate('query', SettingQuery),
      async (c) => {
        const { settingId } = c.req.valid('param');
        if (!canSeeSetting(c.get('principal'), settingId)) {
          throw forbidden('You can see reports for your own setting only.');
        }
        const { wave, year, gender } = c.req.valid('query');
        const filter = year ? { dimension: 'year' as const, key: year } : gender ? { dimension: 'gender' as const, key: gender } : undefined;
        return c.json(await buildSettingReport(deps, settingId, wave, filter));
      },
    )
    .get('/reports/city', requireRole(deps.verify, 'youth-council', 'admin'), validate('query', WaveQuery), async (c) =>
      c.json(await buildCityReport(deps, c.req.valid('query').wave, { withSettings: c.get('principal').role === 'admin' })),
    );
