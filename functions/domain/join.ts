import { JoinCode, type Setting, type Wave } from '../../shared/catalog';
import type { Survey } from '../../shared/survey';
import { notFound } from '../http/problem';
import type { Store } from '../store/types';
import { isOpen, surveyFor } from './waves';

export type Joined = { wave: Wave; setting: Setting; survey: Survey; yearGroup?: string };

const NO_SUCH_CODE = 'We could not find a survey for that code. Check it with your teacher and try again.';

/** What a join code opens: an open wave, the pupil's setting, and the survey they answer. */
export async function openJoinCode(store: Store, rawCode: string, today: string, options: { allowClosed?: boolean } = {}): Promise<Joined> {
  const parsed = JoinCode.safeParse(rawCode);
  if (!parsed.success) throw notFound('code.unknown', NO_SUCH_CODE);
  const entry = await store.findJoinCode(parsed.data);
  if (!entry) throw notFound('code.unknown', NO_SUCH_CODE);
  const [wave, setting] = await Promise.all([store.getWave(entry.waveId), store.getSetting(entry.settingId)]);
  if (!wave || !setting) throw notFound('code.unknown', NO_SUCH_CODE);
  if (!options.allowClosed && !isOpen(wave, today)) {
    throw notFound('wave.closed', 'This survey is not open at the moment. Thank you for wanting to take part.');
  }
  return { wave, setting, survey: surveyFor(wave, setting.audience), ...(entry.yearGroup ? { yearGroup: entry.yearGroup } : {}) };
}
