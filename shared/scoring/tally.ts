import { isScale, type Survey } from '../survey';
import { isFavourable, itemScore, themeScores, type Answers } from './item';

/**
 * A tally is the only thing reports read: flat additive counters, so tallies of year groups add up
 * to a setting's, settings' to a locality's, and DynamoDB can keep them with atomic ADDs.
 *
 *   n                      responses
 *   a.<question>.<option>  pupils who chose that option (scale items by raw option 0..4)
 *   t.<theme>.n            pupils with a score on the theme
 *   t.<theme>.s / .q       Σ and Σ² of those scores in hundredths of a point (integers, so sums are exact)
 *   t.<theme>.f            pupils whose theme score is favourable (75 or more)
 *   k.any / k.<topic>      pupils who wrote a comment / whose comments touch that topic
 *   k.flagged              pupils whose comments matched the safeguarding word list
 */
export type Tally = Record<string, number>;

export const tallyKey = {
  responses: 'n',
  answer: (questionId: string, option: number | string) => `a.${questionId}.${option}`,
  theme: (theme: string, part: 'n' | 's' | 'q' | 'f') => `t.${theme}.${part}`,
  commented: 'k.any',
  flagged: 'k.flagged',
  topic: (topic: string) => `k.${topic}`,
};

/**
 * The counters one response adds. Unknown questions and out-of-range values are the validator's
 * job. `topics` are the comment topics found in the pupil's (redacted) free text, if any.
 */
export function tallyResponse(survey: Survey, answers: Answers, comments?: { topics: readonly string[]; flagged?: boolean }): Tally {
  const out: Tally = { [tallyKey.responses]: 1 };
  if (comments) {
    out[tallyKey.commented] = 1;
    if (comments.flagged) out[tallyKey.flagged] = 1;
    for (const topic of comments.topics) out[tallyKey.topic(topic)] = 1;
  }
  for (const q of survey.questions) {
    const v = answers[q.id];
    if (v === null || v === undefined || q.kind === 'text') continue;
    out[tallyKey.answer(q.id, v)] = 1;
  }
  for (const [theme, score] of Object.entries(themeScores(survey, answers))) {
    const hundredths = Math.round(score * 100);
    out[tallyKey.theme(theme, 'n')] = 1;
    out[tallyKey.theme(theme, 's')] = hundredths;
    out[tallyKey.theme(theme, 'q')] = hundredths * hundredths;
    out[tallyKey.theme(theme, 'f')] = score >= 75 ? 1 : 0;
  }
  return out;
}

/**
 * Every counter a survey's tally can hold, at zero. Tally items are created with all of them, so a
 * report reads items of the same shape and size however many pupils have answered.
 */
export function emptyTally(survey: Survey, topics: readonly string[]): Tally {
  const out: Tally = { [tallyKey.responses]: 0, [tallyKey.commented]: 0, [tallyKey.flagged]: 0 };
  for (const q of survey.questions) {
    if (q.kind === 'text') continue;
    for (const o of isScale(q) ? [0, 1, 2, 3, 4] : q.options) out[tallyKey.answer(q.id, o)] = 0;
  }
  for (const theme of survey.themes) for (const part of ['n', 's', 'q', 'f'] as const) out[tallyKey.theme(theme, part)] = 0;
  for (const topic of topics) out[tallyKey.topic(topic)] = 0;
  return out;
}

export function addTallies(...tallies: Tally[]): Tally {
  const out: Tally = {};
  for (const t of tallies) for (const [k, v] of Object.entries(t)) out[k] = (out[k] ?? 0) + v;
  return out;
}

export const count = (tally: Tally, key: string): number => tally[key] ?? 0;

/** Oriented item counters for a scale question: pupils answering, Σ score, Σ score², favourable. */
export function itemCounters(survey: Survey, questionId: string, tally: Tally) {
  const q = survey.questions.find((x) => x.id === questionId);
  if (!q || !isScale(q)) throw new Error(`${questionId} is not a scale item of ${survey.id}`);
  let n = 0, sum = 0, sumSq = 0, favourable = 0;
  for (let raw = 0; raw <= 4; raw++) {
    const c = count(tally, tallyKey.answer(q.id, raw));
    const s = itemScore(q, raw);
    n += c;
    sum += c * s;
    sumSq += c * s * s;
    if (isFavourable(s)) favourable += c;
  }
  return { n, sum, sumSq, favourable };
}
