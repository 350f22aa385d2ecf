import { count, itemCounters, round, summarise, tallyKey, type Tally } from '../scoring';
import { isShown, suppress } from '../suppression';
import { isScale, type Question, type Survey, type ThemeId } from '../survey';
import type { QuestionResult, ThemeResult } from './schema';

/** The engine's id for "no answer / prefer not to say" among a question's options. */
export const NO_ANSWER = '-';

const pct = (part: number, whole: number) => (whole > 0 ? round((100 * part) / whole) : 0);

export const answerable = (survey: Survey): Question[] => survey.questions.filter((q) => q.kind !== 'text');

export function optionsOf(q: Question): (number | string)[] {
  if (isScale(q)) return [0, 1, 2, 3, 4];
  return q.kind === 'choice' ? q.options : [];
}

/** Counts of each option and of no answer, for the suppression engine. */
export function optionCounts(q: Question, tally: Tally): { option: number | string; key: string; count: number }[] {
  const counts = optionsOf(q).map((option) => ({ option, key: String(option), count: count(tally, tallyKey.answer(q.id, option)) }));
  const answered = counts.reduce((a, c) => a + c.count, 0);
  return [...counts, { option: NO_ANSWER, key: NO_ANSWER, count: count(tally, tallyKey.responses) - answered }];
}

export const answeredCount = (q: Question, tally: Tally) =>
  optionsOf(q).reduce<number>((a, option) => a + count(tally, tallyKey.answer(q.id, option)), 0);

export const themeCount = (tally: Tally, theme: ThemeId) => count(tally, tallyKey.theme(theme, 'n'));

/** A theme's statistics, or only its n when fewer than `threshold` have a score or `hide` says so. */
export function themeResult(tally: Tally, theme: ThemeId, threshold: number, hide = false): ThemeResult {
  const n = themeCount(tally, theme);
  if (hide || !isShown(n, threshold)) return { theme, suppressed: true, reason: isShown(n, threshold) ? 'protected' : 'few' };
  const s = summarise(n, count(tally, tallyKey.theme(theme, 's')) / 100, count(tally, tallyKey.theme(theme, 'q')) / 10_000, 0, 100);
  return {
    theme,
    n,
    suppressed: false,
    mean: round(s.mean),
    sd: round(s.sd),
    ci: [round(s.ci[0]), round(s.ci[1])],
    favourable: pct(count(tally, tallyKey.theme(theme, 'f')), n),
  };
}

/**
 * A question's answers in a group. `hiddenOptions` (option keys, NO_ANSWER included) come from
 * the suppression engine; with any of them hidden the mean and % favourable are left out too.
 */
export function questionResult(
  survey: Survey,
  q: Question,
  tally: Tally,
  threshold: number,
  opts: {
    key?: string;
    hide?: boolean;
    hiddenOptions?: ReadonlySet<string>;
    /** In a breakdown the engine has already judged each option, so the whole-question rule is not applied. */
    engineJudged?: boolean;
  } = {},
): QuestionResult {
  const n = count(tally, tallyKey.responses);
  const keyed = opts.key === undefined ? {} : { key: opts.key };
  const counts = optionCounts(q, tally);
  const hidden = opts.hiddenOptions ?? new Set<string>();
  const answered = n - counts.at(-1)!.count;
  const wholeQuestionHidden = !isShown(answered, threshold) || counts.every((c) => c.count === 0 || hidden.has(c.key));
  if (opts.hide || (!opts.engineJudged && wholeQuestionHidden)) {
    return { id: q.id, ...keyed, suppressed: true, reason: isShown(n, threshold) && isShown(answered, threshold) ? 'protected' : 'few' };
  }
  const cell = (c: (typeof counts)[number]) =>
    hidden.has(c.key) ? { suppressed: true as const } : { suppressed: false as const, count: c.count, percent: pct(c.count, n) };
  const result: QuestionResult = {
    id: q.id,
    ...keyed,
    n,
    suppressed: false,
    noAnswer: cell(counts.at(-1)!),
    distribution: counts.slice(0, -1).map((c) => ({ option: c.option, ...cell(c) })),
  };
  if (isScale(q) && hidden.size === 0) {
    const item = itemCounters(survey, q.id, tally);
    result.mean = round(item.sum / item.n, 2);
    result.favourable = pct(item.favourable, item.n);
  }
  return result;
}

/**
 * The year-group and gender questions' answers are groups of pupils: an answer chosen by fewer
 * than the threshold ("another way: 1") is hidden like a small group, with its complements, by
 * the same engine. For a group without a breakdown of its own (the city).
 */
export function demographicHiddenOptions(survey: Survey, tally: Tally, threshold: number): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const q of survey.questions) {
    if (q.kind !== 'choice' || !q.role) continue;
    const cells = optionCounts(q, tally).map((o) => ({ id: o.key, n: o.count, remainder: o.key === NO_ANSWER }));
    const hidden = suppress({ cells, totals: [cells.map((c) => c.id)], threshold }).hidden;
    if (hidden.size) out.set(q.id, hidden);
  }
  return out;
}
