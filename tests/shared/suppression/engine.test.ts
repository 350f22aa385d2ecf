import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppress, suppressCells, type Cell } from '../../../shared/suppression';
import { isRecoverable } from './exact-rank';

const K = 10;

function checkSafe(cells: Cell[], totals: string[][], hidden: Set<string>, threshold = K) {
  const n = new Map(cells.map((c) => [c.id, c.n]));
  // 1. no shown protected cell is a small group
  for (const c of cells) if (c.protect !== false && !hidden.has(c.id)) expect(c.n === 0 || c.n >= threshold, `${c.id}=${c.n} shown`).toBe(true);
  // 2. within each published total, hidden cells are several and hold at least k pupils
  for (const t of totals) {
    const h = t.filter((id) => hidden.has(id) && n.get(id)! > 0);
    if (h.length) {
      expect(h.length).toBeGreaterThanOrEqual(2);
      expect(h.reduce((a, id) => a + n.get(id)!, 0)).toBeGreaterThanOrEqual(threshold);
    }
  }
  // 3. no hidden cell can be recovered exactly from shown cells and totals
  const h = [...hidden];
  for (const id of h) expect(isRecoverable(id, h, totals), `${id} recoverable`).toBe(false);
}

describe('one-way breakdowns (year groups, genders, localities) beside their total', () => {
  it('hides a small year group and the next smallest, so neither can be worked out', () => {
    const cells = [
      { id: 'y7', n: 30 },
      { id: 'y8', n: 4 },
      { id: 'y9', n: 25 },
      { id: 'y10', n: 12 },
    ];
    const hidden = suppressCells({ cells, totals: [cells.map((c) => c.id)], threshold: K });
    expect([...hidden].sort()).toEqual(['y10', 'y8']);
  });

  it('hides the "not given" remainder whenever any other cell is hidden', () => {
    const cells = [
      { id: 'girl', n: 40 },
      { id: 'boy', n: 38 },
      { id: 'another', n: 3 },
      { id: 'none', n: 12, remainder: true },
    ];
    const hidden = suppressCells({ cells, totals: [cells.map((c) => c.id)], threshold: K });
    expect([...hidden].sort()).toEqual(['another', 'none']);
  });

  it('keeps hiding until the hidden cells together hold at least k pupils', () => {
    const cells = [
      { id: 'a', n: 2 },
      { id: 'b', n: 3 },
      { id: 'c', n: 40 },
      { id: 'd', n: 41 },
    ];
    const hidden = suppressCells({ cells, totals: [cells.map((c) => c.id)], threshold: K });
    expect([...hidden].sort()).toEqual(['a', 'b', 'c']);
  });

  it('hides nothing when every cell is large enough or empty', () => {
    const cells = [
      { id: 'a', n: 0 },
      { id: 'b', n: 10 },
      { id: 'c', n: 11 },
    ];
    expect(suppressCells({ cells, totals: [cells.map((c) => c.id)], threshold: K }).size).toBe(0);
  });

  it('property: over random breakdowns, nothing small is shown and nothing hidden is recoverable', () => {
    const arb = fc.record({
      sizes: fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 80 })), { minLength: 1, maxLength: 9 }),
      remainder: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
      threshold: fc.integer({ min: 5, max: 15 }),
    });
    fc.assert(
      fc.property(arb, ({ sizes, remainder, threshold }) => {
        const cells: Cell[] = sizes.map((n, i) => ({ id: `c${i}`, n }));
        if (remainder !== undefined) cells.push({ id: 'rest', n: remainder, remainder: true });
        const total = cells.map((c) => c.id);
        const sum = cells.reduce((a, c) => a + c.n, 0);
        fc.pre(sum >= threshold); // a total below k is itself suppressed, so it is never published
        const hidden = suppressCells({ cells, totals: [total], threshold });
        checkSafe(cells, [total], hidden, threshold);
        if (remainder && hidden.size && [...hidden].some((id) => id !== 'rest')) expect(hidden.has('rest')).toBe(true);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000) },
    );
  });
});

describe('two-way tables (answer options by year group) with row and column totals', () => {
  it('withholds a column total that only one hidden cell contributes to', () => {
    const cells = [
      { id: '0:0', n: 0 },
      { id: '0:1', n: 0 },
      { id: '1:0', n: 1 },
      { id: '1:1', n: 10 },
    ];
    const result = suppress({ cells, totals: [['1:0', '1:1'], ['0:1', '1:1']], threshold: K });
    expect([...result.hidden].sort()).toEqual(['1:0', '1:1']);
    expect([...result.withheldTotals]).toEqual([1]);
  });

  it('property: no hidden cell is recoverable from row and column totals', () => {
    const arb = fc.record({
      rows: fc.integer({ min: 2, max: 5 }),
      cols: fc.integer({ min: 2, max: 5 }),
      values: fc.array(fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 40 })), { minLength: 25, maxLength: 25 }),
    });
    fc.assert(
      fc.property(arb, ({ rows, cols, values }) => {
        const cells: Cell[] = [];
        for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) cells.push({ id: `${r}:${c}`, n: values[r * cols + c]! });
        const n = new Map(cells.map((c) => [c.id, c.n]));
        const rowIds = Array.from({ length: rows }, (_, r) => cells.filter((c) => c.id.startsWith(`${r}:`)).map((c) => c.id));
        const colIds = Array.from({ length: cols }, (_, c) => cells.filter((x) => x.id.endsWith(`:${c}`)).map((x) => x.id));
        // Only totals of at least k are published; cells of a small row are hidden with their row.
        const sum = (ids: string[]) => ids.reduce((a, id) => a + n.get(id)!, 0);
        const totals = [...rowIds, ...colIds].filter((ids) => sum(ids) >= K);
        const smallRows = rowIds.filter((ids) => sum(ids) < K).flat();
        const result = suppress({ cells, totals, threshold: K, hidden: smallRows });
        // Withheld totals are not shown, so only the remaining ones are published.
        checkSafe(cells, totals.filter((_, i) => !result.withheldTotals.has(i)), result.hidden);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000) },
    );
  });

  it('property: answer options by group, with each shown group\'s n fixed and "no answer" as remainder', () => {
    const arb = fc.record({
      rows: fc.integer({ min: 1, max: 7 }),
      values: fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 30 })), { minLength: 42, maxLength: 42 }),
    });
    fc.assert(
      fc.property(arb, ({ rows, values }) => {
        const cols = 6; // five options and "no answer"
        const cells: Cell[] = [];
        for (let r = 0; r < rows; r++) {
          for (let c = 0; c < cols; c++) cells.push({ id: `${r}:${c}`, n: values[r * cols + c]!, remainder: c === cols - 1 });
        }
        const n = new Map(cells.map((c) => [c.id, c.n]));
        const sum = (ids: string[]) => ids.reduce((a, id) => a + n.get(id)!, 0);
        const rowIds = Array.from({ length: rows }, (_, r) => cells.filter((c) => c.id.startsWith(`${r}:`)).map((c) => c.id));
        const colIds = Array.from({ length: cols }, (_, c) => cells.filter((x) => x.id.endsWith(`:${c}`)).map((x) => x.id));
        const shownRows = rowIds.filter((ids) => sum(ids) >= K);
        const forced = rowIds.filter((ids) => sum(ids) < K).flat();
        const totals = [...shownRows, ...colIds.filter((ids) => sum(ids) >= K)];
        const result = suppress({ cells, totals, threshold: K, hidden: forced, canWithhold: (i) => i >= shownRows.length });
        for (let i = 0; i < shownRows.length; i++) expect(result.withheldTotals.has(i)).toBe(false);
        checkSafe(cells, totals.filter((_, i) => !result.withheldTotals.has(i)), result.hidden);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000) },
    );
  });
});
