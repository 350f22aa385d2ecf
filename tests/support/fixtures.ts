import type { Setting, Wave } from '../../shared/catalog';
import { primarySurvey, secondarySurvey } from '../../shared/survey';
import type { Submission } from '../../shared/submission';
import { enrolSetting } from '../../functions/domain/enrol';
import { demoAccounts } from '../../functions/local/identity';
import type { Store } from '../../functions/store/types';

/** A small city for tests: three secondaries and a primary, an open and a closed round, one code each. */
export const TODAY = new Date('2026-11-20T10:30:00Z');

export const settings: Setting[] = [
  { id: 'alpha-high', name: 'Alpha High School', phase: 'secondary', locality: 'north', audience: 'secondary', safeguardingLead: 'Ms P. Lead' },
  { id: 'beta-high', name: 'Beta High School', phase: 'secondary', locality: 'south', audience: 'secondary' },
  { id: 'delta-high', name: 'Delta High School', phase: 'secondary', locality: 'central', audience: 'secondary' },
  { id: 'gamma-primary', name: 'Gamma Primary School', phase: 'primary', locality: 'central', audience: 'primary' },
];

const surveys = {
  primary: { id: primarySurvey.id, version: primarySurvey.version },
  secondary: { id: secondarySurvey.id, version: secondarySurvey.version },
};

export const waves: Wave[] = [
  { id: 'open-wave', title: 'Autumn survey', status: 'open', opensOn: '2026-11-01', closesOn: '2026-12-18', surveys },
  { id: 'closed-wave', title: 'Summer survey', status: 'closed', opensOn: '2026-06-01', closesOn: '2026-07-10', surveys },
];

/** Join codes: `codes[waveId][settingId]`. */
export const codes: Record<string, Record<string, string>> = {
  'open-wave': { 'alpha-high': 'AAA222BBB', 'beta-high': 'CCC333DDD', 'gamma-primary': 'EEE444FFF', 'delta-high': 'PPP888QQQ' },
  'closed-wave': { 'alpha-high': 'GGG555HHH', 'beta-high': 'JJJ666KKK', 'gamma-primary': 'MMM777NNN', 'delta-high': 'RRR999SSS' },
};

export async function seedCity(store: Store) {
  for (const a of demoAccounts(settings.map((s) => s.id))) await store.putAccount({ ...a, enabled: true });
  for (const s of settings) await store.putSetting(s);
  for (const w of waves) await store.putWave(w);
  for (const [waveId, bySetting] of Object.entries(codes)) {
    const wave = waves.find((w) => w.id === waveId)!;
    for (const [settingId, code] of Object.entries(bySetting)) await enrolSetting(store, wave, settings.find((s) => s.id === settingId)!, code);
  }
}

/** A valid secondary submission; override any part. */
export function submission(overrides: Partial<Submission> = {}): Submission {
  return {
    joinCode: codes['open-wave']!['alpha-high']!,
    submissionId: crypto.randomUUID(),
    language: 'en',
    answers: { year: 9, belong: 3, left_out: 1, safe_school: 4, happy_life: 2, worried: 3, gender: 'girl' },
    comments: { better_place: 'More clubs after school.' },
    ...overrides,
  };
}
