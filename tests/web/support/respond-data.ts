import { submitResponse } from '../../../functions/domain/responses';
import type { Store } from '../../../functions/store/types';
import type { Wave } from '../../../shared/catalog';
import type { Submission } from '../../../shared/submission';
import { codes, submission, TODAY, waves } from '../../support/fixtures';
import { apiToken } from './report-data';

/**
 * The city for the "Listen and respond" tests: Summer and Autumn both closed with results, and
 * Spring a draft round after them that can take a ballot. Autumn's secondary pupils: North
 * (Alpha High) 14 and South (Beta High) 12 are big enough, Central (Delta High) has 4, so it is
 * hidden and South with it (its complement); the city's themes are shown.
 */
export const SPRING: Wave = { id: 'spring-wave', title: 'Spring survey', status: 'draft', opensOn: '2027-01-11', closesOn: '2027-02-12', surveys: waves[0]!.surveys };
export const AUTUMN = waves.find((w) => w.id === 'open-wave')!;
export const SUMMER = waves.find((w) => w.id === 'closed-wave')!;

const COMMENTS = ['Stop people bullying in the corridors.', 'More clubs after school, like football.', 'Better toilets please.', 'Teachers should listen to us more.'];
const IDS = ['belong', 'adults_care', 'friends', 'safe_school', 'safe_journey', 'happy_life', 'good_self', 'sleep', 'active', 'enjoy_learning', 'do_well', 'bounce_back', 'adult_to_talk'];

function answers(i: number, lift: number): Submission['answers'] {
  const out: Submission['answers'] = { year: 9, gender: i % 2 ? 'girl' : 'boy' };
  IDS.forEach((id, k) => (out[id] = Math.max(0, Math.min(4, ((i * 7 + k * 3) % 5) + lift))));
  return out;
}

/** Responses recorded as the API records them, dated inside the round while it was open; then the round as given. */
async function record(store: Store, wave: Wave, bySetting: [string, number, number][], after: Wave) {
  await store.putWave({ ...wave, status: 'open' });
  const deps = { store, retentionDays: 400, now: () => new Date(`${wave.opensOn}T12:00:00Z`), codePepper: '' };
  let i = 0;
  for (const [settingId, count, lift] of bySetting) {
    for (let k = 0; k < count; k++, i++) {
      await submitResponse(deps, submission({ joinCode: codes[wave.id]![settingId]!, answers: answers(i, lift), comments: { better_place: COMMENTS[i % COMMENTS.length]! } }));
    }
  }
  await store.putWave(after);
}

export async function seedRespondCity(store: Store) {
  await record(store, SUMMER, [['alpha-high', 12, 0], ['beta-high', 12, 0]], SUMMER);
  await record(store, AUTUMN, [['alpha-high', 14, 0], ['beta-high', 12, 1], ['delta-high', 4, 0]], { ...AUTUMN, status: 'closed' });
  await store.putWave(SPRING);
}

/** The API directly, as a demo account: for setting up what a test is not about. */
export async function asUser(url: string, username: string, method: string, path: string, body?: unknown) {
  const token = await apiToken(url, username);
  const res = await fetch(`${url}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as Record<string, any> };
}

export { TODAY };
