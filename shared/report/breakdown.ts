import { count, tallyKey, type Tally } from '../scoring';
import { isShown, suppress, SuppressionError, type Cell } from '../suppression';
import type { Survey } from '../survey';
import { buildGroup, type GroupInput } from './group';
import { answerable, answeredCount, optionCounts, questionResult, themeCount } from './measures';
import type { Breakdown, Dimension } from './schema';

export type BreakdownInput = GroupInput & { remainder?: boolean };

export type BreakdownResult = {
  breakdown: Breakdown;
  /** Overall option counts (by question) that must not be shown, so hidden cells stay hidden. */
  withheld: Map<string, Set<string>>;
};

/**
 * One breakdown dimension of a shown group (its `total`): the groups, each theme, and each
 * question's answers by group, every one passed through the suppression engine with the
 * total's published figures as constraints.
 */
export function buildBreakdown(
  dimension: Dimension,
  label: string,
  cells: readonly BreakdownInput[],
  total: Tally,
  { survey, threshold }: { survey: Survey; threshold: number },
): BreakdownResult {
  const keys = cells.map((c) => c.key);
  const groupCells: Cell[] = cells.map((c) => ({ id: c.key, n: count(c.tally, tallyKey.responses), remainder: c.remainder }));
  const hiddenGroups = suppress({ cells: groupCells, totals: [keys], threshold }).hidden;

  const hiddenThemes = new Map(cells.map((c) => [c.key, new Set<Survey['themes'][number]>()]));
  for (const theme of survey.themes) {
    const published = isShown(themeCount(total, theme), threshold) ? [keys] : [];
    const { hidden } = suppress({
      cells: cells.map((c) => ({ id: c.key, n: themeCount(c.tally, theme), remainder: c.remainder })),
      totals: published,
      threshold,
      hidden: hiddenGroups,
    });
    for (const key of hidden) hiddenThemes.get(key)!.add(theme);
  }

  const withheld = new Map<string, Set<string>>();
  // Year group and gender questions are the dimensions themselves: broken down by one another
  // they would cross two dimensions, so they are left out of every breakdown.
  const questions = answerable(survey).filter((q) => !(q.kind === 'choice' && q.role)).map((q) => {
    const rows = cells.map((c) => ({ key: c.key, counts: optionCounts(q, c.tally) }));
    const id = (key: string, option: string) => `${key}|${option}`;
    const engineCells: Cell[] = rows.flatMap((r) => r.counts.map((o) => ({ id: id(r.key, o.key), n: o.count, remainder: o.key === '-' })));
    const rowTotals = rows.filter((r) => !hiddenGroups.has(r.key)).map((r) => r.counts.map((o) => id(r.key, o.key)));
    const columns = optionCounts(q, total).map((o) => o.key);
    const columnTotals = isShown(answeredCount(q, total), threshold) ? columns.map((col) => rows.map((r) => id(r.key, col))) : [];
    const forced = rows.filter((r) => hiddenGroups.has(r.key)).flatMap((r) => r.counts.map((o) => id(r.key, o.key)));
    // A shown group's n is always published; only the overall option counts can be held back.
    let result: ReturnType<typeof suppress>;
    try {
      result = suppress({
        cells: engineCells,
        totals: [...rowTotals, ...columnTotals],
        threshold,
        hidden: forced,
        canWithhold: (i) => i >= rowTotals.length,
        // A hidden group still shows its n, which is the sum of its row.
        knownTotals: rows.filter((r) => hiddenGroups.has(r.key)).map((r) => r.counts.map((o) => id(r.key, o.key))),
      });
    } catch (err) {
      if (!(err instanceof SuppressionError)) throw err;
      // Not publishable at all: show this question for no group.
      return { id: q.id, groups: cells.map((c) => questionResult(survey, q, c.tally, threshold, { key: c.key, hide: true })) };
    }
    for (const i of result.withheldTotals) {
      if (i >= rowTotals.length) (withheld.get(q.id) ?? withheld.set(q.id, new Set()).get(q.id)!).add(columns[i - rowTotals.length]!);
    }
    return {
      id: q.id,
      groups: cells.map((c) => {
        const hiddenOptions = new Set(columns.filter((col) => result.hidden.has(id(c.key, col))));
        return questionResult(survey, q, c.tally, threshold, { key: c.key, hide: hiddenGroups.has(c.key), hiddenOptions, engineJudged: true });
      }),
    };
  });

  return {
    breakdown: {
      dimension,
      label,
      groups: cells.map((c) => buildGroup(c, { survey, threshold, hide: hiddenGroups.has(c.key), hiddenThemes: hiddenThemes.get(c.key)! })),
      questions,
    },
    withheld,
  };
}
