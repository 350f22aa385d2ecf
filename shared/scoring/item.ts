import { isScale } from '../survey/kinds';
import type { Question, Survey, ThemeId } from '../survey/schema';

/** A raw answer 0..4 turned into a score where higher is always better (reverse-coded items flipped). */
export function itemScore(question: Question, raw: number): number {
  if (!isScale(question)) throw new Error(`question ${question.id} is not a scale item`);
  return question.reverse ? 4 - raw : raw;
}

/** Top two options once oriented: "agree / strongly agree", or "never / not often" for a reverse item. */
export const isFavourable = (score: number): boolean => score >= 3;

export type Answers = Readonly<Record<string, number | string | null | undefined>>;

/**
 * A pupil's theme scores on 0..100: the mean of their answered items on the theme times 25,
 * given only when at least half of the theme's items were answered. An item on no theme counts
 * towards none, so adding one in a new version leaves theme scores comparable with the old.
 */
export function themeScores(survey: Survey, answers: Answers): Partial<Record<ThemeId, number>> {
  const out: Partial<Record<ThemeId, number>> = {};
  for (const theme of survey.themes) {
    const items = survey.questions.filter((q) => isScale(q) && q.theme === theme);
    let sum = 0;
    let answered = 0;
    for (const q of items) {
      const raw = answers[q.id];
      if (typeof raw === 'number') {
        sum += itemScore(q, raw);
        answered += 1;
      }
    }
    if (items.length > 0 && answered * 2 >= items.length) out[theme] = (25 * sum) / answered;
  }
  return out;
}
