import { Hono } from 'hono';
import { z } from 'zod';
import { formatCode, SettingId, WaveId } from '../../../shared/catalog';
import type { AppDeps } from '../../app-deps';
import { newCode } from '../../domain/codes';
import { enrolSetting } from '../../domain/enrol';
import { waveOrThrow } from '../../domain/wave-admin';
import { conflict, notFound } from '../../http/problem';
import { validate } from '../../http/validate';

const Param = z.object({ waveId: WaveId });
const NewCode = z.object({
  settingId: SettingId,
  yearGroup: z.string().regex(/^\d{1,2}$/, 'a year group is a number such as 7').optional(),
});

/** Join codes: one per setting (and, if wanted, per year group) for each round. */
export const codeAdminRoutes = ({ store }: AppDeps) =>
  new Hono()
    .get('/admin/waves/:waveId/join-codes', validate('param', Param), async (c) => {
      const wave = await waveOrThrow(store, c.req.valid('param').waveId);
      const [codes, settings] = await Promise.all([store.listJoinCodes(wave.id), store.listSettings()]);
      const names = new Map(settings.map((s) => [s.id, s.name]));
      return c.json({
        wave: { id: wave.id, title: wave.title, status: wave.status },
        codes: codes.map((x) => ({
          settingId: x.settingId,
          settingName: names.get(x.settingId) ?? x.settingId,
          ...(x.yearGroup ? { yearGroup: x.yearGroup } : {}),
          code: x.code,
          display: formatCode(x.code),
        })),
      });
    })
    .post('/admin/waves/:waveId/join-codes', validate('param', Param), validate('json', NewCode), async (c) => {
      const wave = await waveOrThrow(store, c.req.valid('param').waveId);
      if (wave.status !== 'draft' && wave.status !== 'open') {
        throw conflict('wave.not_open', `"${wave.title}" is ${wave.status}; codes can be made only for a draft or open round.`);
      }
      const { settingId, yearGroup } = c.req.valid('json');
      const setting = await store.getSetting(settingId);
      if (!setting) throw notFound('setting.unknown', `There is no setting "${settingId}". Add it under Settings first.`);
      const code = newCode();
      await enrolSetting(store, wave, setting, code, yearGroup);
      return c.json({ code, display: formatCode(code), settingId, ...(yearGroup ? { yearGroup } : {}) }, 201);
    });
