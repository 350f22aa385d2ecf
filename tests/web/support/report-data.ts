import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { submitResponse } from '../../../functions/domain/responses';
import type { Store } from '../../../functions/store/types';
import type { SettingReport } from '../../../shared/report/schema';
import type { Submission } from '../../../shared/submission';
import { codes, submission, waves } from '../../support/fixtures';

export const PHONE = { width: 390, height: 844 };

/**
 * Alpha High's year groups in the open round: Year 9 is shown; Year 8 has fewer than 10 and so
 * is hidden; Year 7 has 11, enough on its own, but hidden so that Year 8 cannot be worked out as
 * the total less the others. Girls and boys are both large enough.
 */
export const ALPHA_YEARS = [
  { year: 9, girls: 7, boys: 7 },
  { year: 7, girls: 6, boys: 5 },
  { year: 8, girls: 2, boys: 2 },
] as const;

/** Answers that differ from pupil to pupil, so scores and distributions are not all alike. */
function answers(i: number, year: number, gender: string, lift = 0): Submission['answers'] {
  const pick = (k: number) => Math.max(0, Math.min(4, ((i * 7 + k * 3 + year) % 5) + lift - (k % 3 === 0 ? 1 : 0)));
  const ids = ['belong', 'adults_care', 'friends', 'safe_school', 'safe_journey', 'happy_life', 'good_self', 'sleep', 'active', 'enjoy_learning', 'do_well', 'bounce_back', 'adult_to_talk'];
  const out: Submission['answers'] = { year, gender };
  ids.forEach((id, k) => (out[id] = pick(k)));
  out.left_out = 4 - pick(20);
  out.worried = 4 - pick(21);
  return out;
}

const COMMENTS = [
  'More clubs after school, like football and art.',
  'Stop people bullying in the corridors.',
  'Better toilets please.',
  'Teachers should listen to us more.',
];

async function post(url: string, body: Submission) {
  const res = await fetch(`${url}/api/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status).toBe(201);
}

/** Responses through the API for the open round, and an earlier round recorded while it was open, for a trend. */
export async function recordResponses(url: string, store: Store) {
  let i = 0;
  const jobs: Submission[] = [];
  for (const { year, girls, boys } of ALPHA_YEARS) {
    for (const [gender, count] of [['girl', girls], ['boy', boys]] as const) {
      for (let k = 0; k < count; k++, i++) {
        jobs.push(submission({ answers: answers(i, year, gender), comments: { better_place: COMMENTS[i % COMMENTS.length]! } }));
      }
    }
  }
  // Beta and Delta High answer too, so the city is more than Alpha High and one other school, and
  // its figures can be shown beside Alpha's (and Below / Average / Above judged across three).
  for (const [settingId, lift] of [['beta-high', 1], ['delta-high', -1]] as const) {
    for (let k = 0; k < 12; k++, i++) {
      jobs.push(submission({ joinCode: codes['open-wave']![settingId]!, answers: answers(i, 10, k % 2 ? 'girl' : 'boy', lift) }));
    }
  }
  for (const body of jobs) await post(url, body);

  // The summer round, as it was while open: the same domain code the API runs, dated inside the round.
  const summer = waves.find((w) => w.id === 'closed-wave')!;
  await store.putWave({ ...summer, status: 'open' });
  const deps = { store, retentionDays: 400, now: () => new Date(`${summer.opensOn}T12:00:00Z`), codePepper: '' };
  for (let k = 0; k < 24; k++) {
    const settingId = k < 14 ? 'alpha-high' : 'beta-high';
    await submitResponse(deps, submission({ joinCode: codes['closed-wave']![settingId]!, answers: answers(k, 9, k % 2 ? 'girl' : 'boy', -1) }));
  }
  await store.putWave(summer);
}

export { launch } from './world';

export async function signIn(page: Page, url: string, username: string, heading: string) {
  await page.goto(`${url}/signin`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill('demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

export async function apiToken(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/api/local-auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  });
  return ((await res.json()) as { token: string }).token;
}

export async function settingReport(url: string, query: string): Promise<{ status: number; body: SettingReport & { detail?: string } }> {
  const token = await apiToken(url, 'staff-alpha-high');
  const res = await fetch(`${url}/api/reports/settings/alpha-high?${query}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as SettingReport & { detail?: string } };
}
