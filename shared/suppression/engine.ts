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
 * Empty cells (n = 0) are never hidden by the rules (an empty cell protects nothing), but an empty
 * cell hidden with its group stays hidden, and the exactness check protects it too: "none of the
 * four Year 8s feel safe" is as much a disclosure as a count.
 */
export type Cell = { id: string; n: number; protect?: boolean; remainder?: boolean };
export type SuppressionInput = {
  cells: readonly Cell[];
  /** Each entry lists the cells whose sum is published (a total shown beside them). */
  totals: readonly (readonly string[])[];
  threshold: number;
  /** Cells hidden for another reason (e.g. their group is hidden), which count as hidden here. */
  hidden?: Iterable<string>;
  /** Which totals (by index) may be withheld; by default any. A group's own n, say, may not. */
  canWithhold?: (totalIndex: number) => boolean;
  /**
   * Further published sums whose cells are all hidden anyway (a hidden group's n): they add no
   * complementary duty, but they count when checking that nothing hidden can be worked out.
   */
  knownTotals?: readonly (readonly string[])[];
};

export type Suppression = { hidden: Set<string>; withheldTotals: Set<number> };

/** Raised when a total that must be shown cannot be protected; the caller should not publish the table. */
export class SuppressionError extends Error {
  constructor() {
    super('these figures cannot be shown without revealing a small group');
    this.name = 'SuppressionError';
  }
}

export function suppressCells(input: SuppressionInput): Set<string> {
  return suppress(input).hidden;
}

export function suppress({ cells, totals, threshold, hidden: already = [], canWithhold = () => true, knownTotals = [] }: SuppressionInput): Suppression {
  const withheld = new Set<number>();
  const byId = new Map(cells.map((c) => [c.id, c]));
  const n = (id: string) => byId.get(id)?.n ?? 0;
  const hidden = new Set<string>(already);
  for (const c of cells) if (c.protect !== false && c.n > 0 && c.n < threshold) hidden.add(c.id);

  const active = () => totals.filter((_, i) => !withheld.has(i));
  const fixed = totals.filter((_, i) => !canWithhold(i));
  // A cell that is the only non-empty one of a total that must be shown can never be protected.
  const protectable = (id: string) => !fixed.some((t) => t.includes(id) && t.every((x) => x === id || n(x) === 0));
  const candidates = (total: readonly string[]) =>
    total.filter((id) => !hidden.has(id) && n(id) > 0 && protectable(id)).sort((a, b) => n(a) - n(b) || a.localeCompare(b));
  const withhold = (total: readonly string[]) => {
    const i = totals.indexOf(total);
    if (!canWithhold(i)) throw new SuppressionError();
    withheld.add(i);
  };
  const sum = (t: readonly string[]) => t.reduce((s, id) => s + n(id), 0);

  for (let changed = true; changed; ) {
    changed = false;
    for (const total of active()) {
      const inTotal = total.filter((id) => hidden.has(id) && n(id) > 0);
      if (inTotal.length === 0) continue;
      // "No answer" goes when any real cell of the same total is hidden.
      const remainder = inTotal.some((id) => !byId.get(id)?.remainder)
        ? total.find((id) => byId.get(id)?.remainder && !hidden.has(id) && n(id) > 0)
        : undefined;
      if (remainder) {
        hidden.add(remainder);
        changed = true;
        continue;
      }
      const held = inTotal.reduce((a, id) => a + n(id), 0);
      if (inTotal.length < 2 || held < threshold) {
        const [next] = candidates(total);
        if (next) hidden.add(next);
        else withhold(total);
        changed = true;
      }
    }
    if (changed) continue;
    const [exposed] = recoverableCells([...hidden], [...active(), ...knownTotals]);
    if (exposed === undefined) break;
    const around = [...active(), ...knownTotals].filter((t) => t.includes(exposed));
    const next = around.map((t) => candidates(t)[0]).find((id) => id !== undefined);
    if (next) hidden.add(next);
    else {
      // Nothing left to hide beside it: hold back a total, preferring one that breaks the derivation.
      const movable = active()
        .filter((t) => canWithhold(totals.indexOf(t)))
        .sort((a, b) => sum(a) - sum(b));
      const breaker = movable.find((t) => !recoverableCells([...hidden], [...active().filter((x) => x !== t), ...knownTotals]).includes(exposed));
      const chosen = breaker ?? movable[0];
      if (!chosen) throw new SuppressionError();
      withhold(chosen);
    }
    changed = true;
  }
  return { hidden, withheldTotals: withheld };
}
