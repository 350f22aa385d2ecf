import { addTallies, count, tallyKey, type Tally } from '../scoring';
import type { Dimension } from './schema';

/**
 * Tallies of one wave, one per setting × year group × gender: the smallest cells anything is
 * counted in. "unknown" / "none" when a pupil did not say.
 */
export type TallyCell = { settingId: string; yearGroup: string; gender: string; tally: Tally };
export type WaveTallies = ReadonlyArray<TallyCell>;

export const UNKNOWN_YEAR = 'unknown';
export const UNKNOWN_GENDER = 'none';

export const keyOf = (cell: TallyCell, dimension: Dimension) => (dimension === 'year' ? cell.yearGroup : cell.gender);
export const isUnknown = (dimension: Dimension, key: string) => key === (dimension === 'year' ? UNKNOWN_YEAR : UNKNOWN_GENDER);

export const sumCells = (cells: readonly TallyCell[]): Tally => addTallies(...cells.map((c) => c.tally));

/** Cells grouped by a dimension's key, in the order given, unknown last; keys with no responses are left out. */
export function byKey(cells: readonly TallyCell[], dimension: Dimension, order: readonly string[]): { key: string; tally: Tally }[] {
  const groups = new Map<string, TallyCell[]>();
  for (const c of cells) groups.set(keyOf(c, dimension), [...(groups.get(keyOf(c, dimension)) ?? []), c]);
  const rank = (k: string) => (isUnknown(dimension, k) ? Number.MAX_SAFE_INTEGER : order.indexOf(k) < 0 ? order.length : order.indexOf(k));
  return [...groups.keys()]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((key) => ({ key, tally: sumCells(groups.get(key)!) }))
    .filter((g) => count(g.tally, tallyKey.responses) > 0);
}
