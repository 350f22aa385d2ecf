import { Hono, type Context } from 'hono';
import { cityReportRows, settingReportRows, toCsv } from '../../shared/report';
import type { AuthEnv } from '../auth/middleware';
import { settingComments } from '../domain/comments';
import * as z from 'zod';
import { SettingId, WaveId } from '../../shared/catalog';
import { ownSetting, requireRole } from '../auth/middleware';
import { buildCityReport, buildSettingReport } from '../domain/reports';
import { noDraftsUnlessAdmin } from '../http/no-drafts';
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

type SettingQuery = z.infer<typeof SettingQuery>;
const filterOf = ({ year, gender }: SettingQuery) =>
  year ? { dimension: 'year' as const, key: year } : gender ? { dimension: 'gender' as const, key: gender } : undefined;

const csv = (c: Context, body: string, name: string) =>
  c.body(body, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"` });

export const reportRoutes = (deps: AppDeps) => {
  const staffOrAdmin = requireRole(deps.verify, 'staff', 'admin');
  const own = ownSetting('You can see reports for your own setting only.');
  const noDrafts = noDraftsUnlessAdmin(deps.store);
  const cityReaders = requireRole(deps.verify, 'youth-council', 'admin');
  const city = (c: Context<AuthEnv>, wave: string) => buildCityReport(deps, wave, { withSettings: c.get('principal').role === 'admin' });
  return new Hono<AuthEnv>()
    .get('/reports/settings/:settingId', staffOrAdmin, validate('param', SettingParam), own, validate('query', SettingQuery), noDrafts, async (c) => {
      const q = c.req.valid('query');
      return c.json(await buildSettingReport(deps, c.req.valid('param').settingId, q.wave, filterOf(q)));
    })
    .get('/reports/settings/:settingId/comments', staffOrAdmin, validate('param', SettingParam), own, validate('query', SettingQuery), noDrafts, async (c) => {
      const q = c.req.valid('query');
      return c.json(await settingComments(deps, c.req.valid('param').settingId, q.wave, filterOf(q)));
    })
    .get('/reports/settings/:settingId/export.csv', staffOrAdmin, validate('param', SettingParam), own, validate('query', SettingQuery), noDrafts, async (c) => {
      const q = c.req.valid('query');
      const report = await buildSettingReport(deps, c.req.valid('param').settingId, q.wave, filterOf(q));
      return csv(c, toCsv(settingReportRows(report)), `heard-${report.setting.id}-${report.wave.id}.csv`);
    })
    .get('/reports/city', cityReaders, validate('query', WaveQuery), noDrafts, async (c) => c.json(await city(c, c.req.valid('query').wave)))
    .get('/reports/city/export.csv', cityReaders, validate('query', WaveQuery), noDrafts, async (c) => {
      const report = await city(c, c.req.valid('query').wave);
      return csv(c, toCsv(cityReportRows(report)), `heard-city-${report.wave.id}.csv`);
    });
};
