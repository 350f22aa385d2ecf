import { JoinCode, ONCE_CODE_LENGTH, type Setting, type Wave } from '../../shared/catalog';
import type { Survey } from '../../shared/survey';
import { conflict, notFound } from '../http/problem';
import type { Store } from '../store/types';
import { hashCode } from './codes';
import { isOpen, surveyFor } from './waves';

export type Joined = { wave: Wave; setting: Setting; survey: Survey; yearGroup?: string; onceHash?: string };
type Deps = { store: Store; codePepper: string };

const NO_SUCH_CODE = 'We could not find a survey for that code. Check it with your teacher and try again.';

/** What a join code opens: an open wave, the pupil's setting, and the survey they answer. */
export async function openJoinCode({ store, codePepper }: Deps, rawCode: string, today: string, options: { allowClosed?: boolean } = {}): Promise<Joined> {
  const parsed = JoinCode.safeParse(rawCode);
  if (!parsed.success) throw notFound('code.unknown', NO_SUCH_CODE);
  const onceHash = parsed.data.length === ONCE_CODE_LENGTH ? hashCode(codePepper, parsed.data) : undefined;
  const entry = onceHash ? await store.findOnceCode(onceHash) : await store.findJoinCode(parsed.data);
  if (!entry) throw notFound('code.unknown', NO_SUCH_CODE);
  if ('used' in entry && entry.used) {
    throw conflict('code.used', 'This code has already been used. Each code works once: ask your teacher for a new one.');
  }
  const [wave, setting] = await Promise.all([store.getWave(entry.waveId), store.getSetting(entry.settingId)]);
  if (!wave || !setting) throw notFound('code.unknown', NO_SUCH_CODE);
  if (!options.allowClosed && !isOpen(wave, today)) {
    throw notFound('wave.closed', 'This survey is not open at the moment. Thank you for wanting to take part.');
  }
  return {
    wave,
    setting,
    survey: surveyFor(wave, setting.audience),
    ...(entry.yearGroup ? { yearGroup: entry.yearGroup } : {}),
    ...(onceHash ? { onceHash } : {}),
  };
}
