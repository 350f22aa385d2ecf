import { count, round, tallyKey, type Tally } from '../scoring';
import { isShown } from '../suppression';
import type { Survey, ThemeId } from '../survey';
import { answerable, questionResult, themeResult } from './measures';
import type { Group } from './schema';

export type GroupInput = { key: string; label: string; tally: Tally; roll?: number };

export type GroupOptions = {
  survey: Survey;
  threshold: number;
  questions?: boolean;
  /** Hidden by the engine as a complement, although large enough on its own. */
  hide?: boolean;
  hiddenThemes?: ReadonlySet<ThemeId>;
  hiddenOptions?: ReadonlyMap<string, ReadonlySet<string>>;
};

function rate(n: number, roll: number | undefined) {
  if (!roll) return {};
  return { roll, responseRate: round((100 * n) / roll) };
}

/** One group of a report: statistics only when it has at least `threshold` responses and is not hidden. */
export function buildGroup(input: GroupInput, o: GroupOptions): Group {
  const n = count(input.tally, tallyKey.responses);
  // A hidden group says why, and nothing that counts it (its response rate would give its n).
  if (o.hide || !isShown(n, o.threshold)) {
    return { key: input.key, label: input.label, suppressed: true, reason: isShown(n, o.threshold) ? 'protected' : 'few', ...(input.roll ? { roll: input.roll } : {}) };
  }
  const group: Group = {
    key: input.key,
    label: input.label,
    n,
    ...rate(n, input.roll),
    suppressed: false,
    themes: o.survey.themes.map((t) => themeResult(input.tally, t, o.threshold, o.hiddenThemes?.has(t))),
  };
  if (o.questions) {
    group.questions = answerable(o.survey).map((q) =>
      questionResult(o.survey, q, input.tally, o.threshold, { hiddenOptions: o.hiddenOptions?.get(q.id) ?? new Set() }),
    );
  }
  return group;
}
