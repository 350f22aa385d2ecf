import { CODE_ALPHABET, CODE_LENGTH, type Wave } from '../../shared/catalog';
import { isScale, primarySurveyV1, secondarySurveyV1, type Survey } from '../../shared/survey';
import { latestSurveys } from '../domain/wave-admin';
import { surveyFor } from '../domain/waves';
import { seedAnswers, seedBallot, seedFindings, VOTE_WEIGHTS } from './seed-respond';
import type { Submission } from '../../shared/submission';
import { enrolSetting } from '../domain/enrol';
import { demoAccounts } from './identity';
import { submitResponse } from '../domain/responses';
import type { Store } from '../store/types';
import { DEMO_COMMENTS, DEMO_LEADS, DEMO_SETTINGS, demoRoll, type DemoSetting } from './demo-city';
import { seededRandom, type Random } from './random';

const addDays = (day: Date, days: number) => new Date(day.getTime() + days * 86_400_000);
const iso = (d: Date) => d.toISOString().slice(0, 10);

const ref = (s: Survey) => ({ id: s.id, version: s.version });

/**
 * Two rounds relative to today, so the demo's open round is open whenever it is first started.
 * Last term's answered the first version of the surveys; this term's the newest, which adds the
 * question on whether adults act on what pupils say (trends still match questions by id).
 */
export function demoWaves(today: Date): Wave[] {
  return [
    {
      id: 'last-term',
      title: 'Last term’s survey',
      status: 'closed',
      opensOn: iso(addDays(today, -150)),
      closesOn: iso(addDays(today, -120)),
      surveys: { primary: ref(primarySurveyV1), secondary: ref(secondarySurveyV1) },
    },
    { id: 'this-term', title: 'This term’s survey', status: 'open', opensOn: iso(addDays(today, -14)), closesOn: iso(addDays(today, 120)), surveys: latestSurveys() },
  ];
}

const makeCode = (rnd: Random) => Array.from({ length: CODE_LENGTH }, () => rnd.pick([...CODE_ALPHABET])).join('');

/** Item tendencies (in score points, higher is better) so some questions come out lower than others, as in real surveys. */
const ITEM_SHIFT: Record<string, number> = { sleep: -0.6, safe_online: -0.3, worried: -0.7, lonely: -0.2, eat_well: -0.4, bullied: 0.5, learning_help: 0.2 };

export function answerFor(rnd: Random, survey: Survey, setting: DemoSetting, year: number, gender: string): Submission['answers'] {
  const olderDip = survey.audience === 'secondary' ? -0.12 * Math.max(0, Math.min(year, 11) - 7) : 0;
  const wellbeing = setting.lift + olderDip + (gender === 'girl' ? -0.15 : 0) + (gender === 'another' ? -0.4 : 0) + rnd.normal() * 0.8;
  const answers: Submission['answers'] = {};
  for (const q of survey.questions) {
    if (q.kind === 'choice') {
      if (q.role === 'yearGroup') answers[q.id] = rnd.next() < 0.03 ? null : year;
      if (q.role === 'gender') answers[q.id] = gender === 'none' ? null : gender;
      // The youth council's vote: most pupils answer it, and the first finding is the favourite.
      if (!q.role && rnd.next() < 0.7) answers[q.id] = weighted(rnd, q.options);
      continue;
    }
    if (!isScale(q) || rnd.next() < 0.04) continue; // skipped
    const score = Math.max(0, Math.min(4, Math.round(2.75 + (ITEM_SHIFT[q.id] ?? 0) + 0.9 * wellbeing + rnd.normal() * 0.7)));
    answers[q.id] = q.reverse ? 4 - score : score;
  }
  return answers;
}

function weighted<T>(rnd: Random, options: T[]): T {
  let x = rnd.next() * VOTE_WEIGHTS.slice(0, options.length).reduce((a, b) => a + b, 0);
  for (const [i, o] of options.entries()) if ((x -= VOTE_WEIGHTS[i] ?? 0) < 0) return o;
  return options[0]!;
}

function commentsFor(rnd: Random, survey: Survey): Record<string, string> {
  const out: Record<string, string> = {};
  for (const q of survey.questions) {
    const bank = DEMO_COMMENTS[q.id];
    if (q.kind === 'text' && bank && rnd.next() < 0.22) out[q.id] = rnd.pick(bank);
  }
  return out;
}

const GENDERS = ['girl', 'boy', 'another', 'none'];
export const pickGender = (rnd: Random) => {
  const x = rnd.next();
  return x < 0.48 ? GENDERS[0]! : x < 0.95 ? GENDERS[1]! : x < 0.975 ? GENDERS[2]! : GENDERS[3]!;
};

/** Seeds the demo city once: settings, two rounds, a join code per setting per round, and responses. */
export async function seedDemoCity(store: Store, today = new Date(), codePepper = ''): Promise<{ seeded: boolean; responses: number }> {
  if ((await store.listSettings()).length > 0) return { seeded: false, responses: 0 };
  const rnd = seededRandom(2026);
  const waves = demoWaves(today);
  for (const s of DEMO_SETTINGS) {
    const roll = demoRoll(s);
    const lead = DEMO_LEADS[s.id];
    await store.putSetting({
      id: s.id,
      name: s.name,
      phase: s.phase,
      locality: s.locality,
      audience: s.audience,
      ...(roll ? { roll } : {}),
      ...(lead ? { safeguardingLead: lead } : {}),
    });
  }
  for (const a of demoAccounts(DEMO_SETTINGS.map((s) => s.id))) await store.putAccount({ ...a, enabled: true });
  let responses = 0;
  let agreed: string[] = [];
  for (const [w, wave] of waves.entries()) {
    let current = wave;
    if (w > 0) {
      // Before this term's round opens, the youth council puts last term's findings to a vote in it.
      await store.putWave({ ...wave, status: 'draft' });
      await seedBallot(store, wave.id, agreed, today);
      current = (await store.getWave(wave.id))!;
    }
    // Seed the closed round while it was open, then close it.
    const open = { ...current, status: 'open' as const };
    await store.putWave(open);
    const onDay = new Date(`${wave.opensOn}T12:00:00Z`);
    const jobs: (() => Promise<unknown>)[] = [];
    for (const setting of DEMO_SETTINGS) {
      const joinCode = makeCode(rnd);
      await enrolSetting(store, open, { ...setting, roll: demoRoll(setting) }, joinCode);
      const survey = surveyFor(open, setting.audience);
      for (const [year, count] of Object.entries(setting.years)) {
        // The earlier round had a few more pupils answering, and slightly lower scores.
        const n = w === 0 ? Math.round(count * 0.9) : count;
        for (let i = 0; i < n; i++) {
          const gender = pickGender(rnd);
          const submission: Submission = {
            joinCode,
            submissionId: rnd.uuid(),
            language: 'en',
            answers: answerFor(rnd, survey, { ...setting, lift: setting.lift - (w === 0 ? 0.1 : 0) }, Number(year), gender),
            comments: commentsFor(rnd, survey),
          };
          jobs.push(() => submitResponse({ store, retentionDays: 400, now: () => onDay, codePepper }, submission));
        }
      }
    }
    responses += jobs.length;
    await runLimited(jobs, 8);
    await store.putWave({ ...current, status: wave.status });
    if (w === 0) agreed = await seedFindings(store, wave.id, today);
  }
  await seedAnswers(store, agreed, waves[0]!.id, today);
  return { seeded: true, responses };
}

async function runLimited(jobs: (() => Promise<unknown>)[], limit: number) {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]!();
  };
  await Promise.all(Array.from({ length: limit }, worker));
}
