import { Hono } from 'hono';
import * as z from 'zod';
import { formatCode, JoinCode, ONCE_CODE_LENGTH, SettingId, WaveId, type Setting, type Wave } from '../../../shared/catalog';
import type { AppDeps } from '../../app-deps';
import { dayOf } from '../../domain/calendar';
import { hashCode, newCode } from '../../domain/codes';
import { enrolSetting, prepareTallies } from '../../domain/enrol';
import { waveOrThrow } from '../../domain/wave-admin';
import { surveyFor } from '../../domain/waves';
import { conflict, notFound, Problem } from '../../http/problem';
import { validate } from '../../http/validate';
import { auditDetail, type AuthEnv } from '../../auth/middleware';

const Param = z.object({ waveId: WaveId });
const OnceBatchRequest = z.object({
  settingId: SettingId,
  count: z.number().int().min(1).max(99, 'print at most 99 codes at a time'),
  yearGroup: z.string().regex(/^\d{1,2}$/, 'a year group is a number such as 7').optional(),
});
const unknownSetting = (id: string) => {
  const detail = `There is no setting "${id}". Add it under Settings first.`;
  return new Problem(404, 'setting.unknown', 'Not found', detail, [{ field: 'settingId', message: detail }]);
};
const formatOnce = (code: string) => code.replace(/(.{4})(?=.)/g, '$1-');

/** A year-group code must name a year the setting's survey asks about, or every answer sent with it would be refused. */
function checkYear(wave: Wave, setting: Setting, yearGroup: string | undefined) {
  if (yearGroup === undefined) return;
  const years = surveyFor(wave, setting.audience).questions.flatMap((q) => (q.kind === 'choice' && q.role === 'yearGroup' ? q.options.map(String) : []));
  if (!years.includes(yearGroup)) {
    const detail = `${setting.name}'s pupils answer the ${setting.audience} survey, which asks about Years ${years.join(', ')}, not Year ${yearGroup}.`;
    throw new Problem(422, 'code.year_not_in_survey', 'Not a year this survey has', detail, [{ field: 'yearGroup', message: detail }]);
  }
}
const NewCode = z.object({
  settingId: SettingId,
  yearGroup: z.string().regex(/^\d{1,2}$/, 'a year group is a number such as 7').optional(),
});

/** Join codes: one per setting (and, if wanted, per year group) for each round. */
export const codeAdminRoutes = ({ store, codePepper, now }: AppDeps) =>
  new Hono<AuthEnv>()
    // A code that leaked (a photo on social media, say) can be withdrawn; responses already sent stay counted.
    .delete('/admin/waves/:waveId/join-codes/:code', validate('param', Param.extend({ code: JoinCode })), async (c) => {
      const { waveId, code } = c.req.valid('param');
      if (!(await store.deleteJoinCode(waveId, code))) throw notFound('code.unknown', `There is no join code ${formatCode(code)} in this round.`);
      return c.body(null, 204);
    })
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
      auditDetail(c, { settingId, yearGroup });
      const setting = await store.getSetting(settingId);
      if (!setting) throw unknownSetting(settingId);
      checkYear(wave, setting, yearGroup);
      const code = newCode();
      await enrolSetting(store, wave, setting, code, yearGroup);
      return c.json({ code, display: formatCode(code), settingId, ...(yearGroup ? { yearGroup } : {}) }, 201);
    })
    // Ballot-paper codes: shown once, here, for printing; only keyed hashes are stored.
    .post('/admin/waves/:waveId/single-use-codes', validate('param', Param), validate('json', OnceBatchRequest), async (c) => {
      const wave = await waveOrThrow(store, c.req.valid('param').waveId);
      if (wave.status !== 'draft' && wave.status !== 'open') {
        throw conflict('wave.not_open', `"${wave.title}" is ${wave.status}; codes can be made only for a draft or open round.`);
      }
      const { settingId, count, yearGroup } = c.req.valid('json');
      auditDetail(c, { settingId, count, yearGroup });
      const setting = await store.getSetting(settingId);
      if (!setting) throw unknownSetting(settingId);
      checkYear(wave, setting, yearGroup);
      const codes = new Set<string>();
      while (codes.size < count) codes.add(newCode(ONCE_CODE_LENGTH));
      const batchId = crypto.randomUUID();
      const extra = yearGroup ? { yearGroup } : {};
      await prepareTallies(store, wave, setting);
      await store.putOnceCodes(
        { batchId, waveId: wave.id, settingId, count, createdOn: dayOf(now()), ...extra },
        [...codes].map((code) => ({ hash: hashCode(codePepper, code), waveId: wave.id, settingId, ...extra })),
      );
      return c.json({ batchId, settingId, ...extra, codes: [...codes].map((code) => ({ code, display: formatOnce(code) })) }, 201);
    })
    .get('/admin/waves/:waveId/single-use-batches', validate('param', Param), async (c) => {
      const wave = await waveOrThrow(store, c.req.valid('param').waveId);
      return c.json({ batches: await store.listOnceBatches(wave.id) });
    });
