import { TOPICS } from '../../shared/comments/topics';
import type { Setting, Wave } from '../../shared/catalog';
import { UNKNOWN_GENDER, UNKNOWN_YEAR } from '../../shared/report/cells';
import { emptyTally } from '../../shared/scoring';
import type { Store } from '../store/types';
import { surveyFor } from './waves';

/**
 * Takes a setting into a wave: its join code, and its tally items created up front with every
 * counter at zero, so reports read the same items, of the same size, at any number of responses.
 */
export async function enrolSetting(store: Store, wave: Wave, setting: Setting, code: string, yearGroup?: string): Promise<void> {
  await prepareTallies(store, wave, setting);
  await store.putJoinCode({ code, waveId: wave.id, settingId: setting.id, ...(yearGroup ? { yearGroup } : {}) });
}

/** The setting's tally items for the wave, every counter at zero (idempotent). */
export async function prepareTallies(store: Store, wave: Wave, setting: Setting): Promise<void> {
  const survey = surveyFor(wave, setting.audience);
  const role = (r: 'yearGroup' | 'gender') =>
    survey.questions.flatMap((q) => (q.kind === 'choice' && q.role === r ? q.options.map(String) : []));
  const tally = emptyTally(survey, TOPICS.map((t) => t.id));
  // Year groups the setting has pupils in, where it has said; otherwise every year the survey offers.
  const years = role('yearGroup').filter((y) => !setting.roll || (setting.roll[y] ?? 0) > 0);
  const cells = [...years, UNKNOWN_YEAR].flatMap((yearGroup) =>
    [...role('gender'), UNKNOWN_GENDER].map((gender) => ({ settingId: setting.id, yearGroup, gender, tally })),
  );
  await store.prepareTallies(wave.id, cells);
}
