import { recoverableCells } from './linear';

/**
 * The suppression engine: given cells (groups, or answer options) and the published totals they
 * add up to, decides which cells show no figures. Three rules, applied until nothing changes:
 *
 * 1. primary: a cell with 0 < n < threshold is hidden (cells marked `protect: false`, such as
 *    answer options outside breakdown charts, are exempt);
 * 2. complementary: within every published total, the hidden cells must number at least two and
 *    together hold at least `threshold` pupils; otherwise the next smallest shown cell is hidden.
 *    A cell marked `remainder` ("no answer / prefer not to say") is hidden as soon as any other
 *    cell of its total is;
 * 3. exactness: no hidden cell may be recoverable by linear arithmetic from the shown cells and
 *    the totals (checked by elimination, so overlapping totals in two-way tables are safe too).
 *
 * When a total cannot be protected by hiding more cells (in a two-way table, a column whose only
 * pupils sit in one hidden cell), that total is withheld instead: the caller must not show it.
 *
 * Empty cells (n = 0) are never hidden: they reveal nothing and protect nothing.
 */
export type Cell = { id: string; n: number; protect?: boolean; remainder?: boolean };
export type SuppressionInput = {
  cells: readonly Cell[];
  /** Each entry lists the cells whose sum is published (a total shown beside them). */
  totals: readonly (readonly string[])[];
  threshold: number;
  /** Cells hidden for another reason (e.g. their group is hidden), which count as hidden here. */
  hidden?: Iterable<string>;
};

export type Suppression = { hidden: Set<string>; withheldTotals: Set<number> };

export function suppressCells(input: SuppressionInput): Set<string> {
  return suppress(input).hidden;
}

export function suppress({ cells, totals, threshold, hidden: already = [] }: SuppressionInput): Suppression {
  const withheld = new Set<number>();
  const byId = new Map(cells.map((c) => [c.id, c]));
  const n = (id: string) => byId.get(id)?.n ?? 0;
  const hidden = new Set<string>([...already].filter((id) => n(id) > 0));
  for (const c of cells) if (c.protect !== false && c.n > 0 && c.n < threshold) hidden.add(c.id);

  /** Hide the smallest shown, non-empty cell of a total; false when there is none left. */
  const hideNextSmallest = (total: readonly string[]) => {
    const shown = total.filter((id) => !hidden.has(id) && n(id) > 0).sort((a, b) => n(a) - n(b) || a.localeCompare(b));
    if (!shown[0]) return false;
    hidden.add(shown[0]);
    return true;
  };

  const active = () => totals.filter((_, i) => !withheld.has(i));
  const withhold = (total: readonly string[]) => withheld.add(totals.indexOf(total));

  for (let changed = true; changed; ) {
    changed = false;
    for (const total of active()) {
      const inTotal = total.filter((id) => hidden.has(id));
      if (inTotal.length === 0) continue;
      const remainder = total.find((id) => byId.get(id)?.remainder && !hidden.has(id) && n(id) > 0);
      if (remainder) {
        hidden.add(remainder);
        changed = true;
        continue;
      }
      const held = inTotal.reduce((a, id) => a + n(id), 0);
      if (inTotal.length < 2 || held < threshold) {
        if (!hideNextSmallest(total)) withhold(total);
        changed = true;
      }
    }
    if (changed) continue;
    const [exposed] = recoverableCells([...hidden], active());
    if (exposed === undefined) break;
    const around = active().filter((t) => t.includes(exposed));
    const widen = around.find((t) => t.some((x) => !hidden.has(x) && n(x) > 0));
    if (widen) hideNextSmallest(widen);
    else withhold(around.sort((a, b) => a.reduce((s, id) => s + n(id), 0) - b.reduce((s, id) => s + n(id), 0))[0]!);
    changed = true;
  }
  return { hidden, withheldTotals: withheld };
}
