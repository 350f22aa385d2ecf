/**
 * Which hidden cells could be worked out exactly from published totals. Each constraint says
 * "these cells add up to a published total"; shown cells are known, hidden ones are unknowns.
 * A hidden cell is recoverable when its unit vector lies in the row space of the constraints
 * restricted to the hidden cells (Gaussian elimination; matrices here are small and 0/1).
 */
const EPS = 1e-9;

export function recoverableCells(hidden: readonly string[], constraints: readonly (readonly string[])[]): string[] {
  const index = new Map(hidden.map((id, i) => [id, i]));
  const rows = constraints
    .map((c) => {
      const row = new Array<number>(hidden.length).fill(0);
      for (const id of c) {
        const i = index.get(id);
        if (i !== undefined) row[i] = 1;
      }
      return row;
    })
    .filter((row) => row.some((x) => x !== 0));
  const basis = reduce(rows, hidden.length);
  return hidden.filter((_, j) => {
    const v = new Array<number>(hidden.length).fill(0);
    v[j] = 1;
    for (const { pivot, row } of basis) {
      const f = v[pivot]!;
      if (Math.abs(f) > EPS) for (let c = 0; c < v.length; c++) v[c]! -= f * row[c]!;
    }
    return v.every((x) => Math.abs(x) < EPS);
  });
}

/** Reduced row echelon form: rows with a leading 1 at `pivot`, zero in every other row's pivot column. */
function reduce(input: number[][], width: number): { pivot: number; row: number[] }[] {
  const rows = input.map((r) => [...r]);
  const basis: { pivot: number; row: number[] }[] = [];
  let r = 0;
  for (let col = 0; col < width && r < rows.length; col++) {
    let best = r;
    for (let i = r + 1; i < rows.length; i++) if (Math.abs(rows[i]![col]!) > Math.abs(rows[best]![col]!)) best = i;
    if (Math.abs(rows[best]![col]!) < EPS) continue;
    [rows[r], rows[best]] = [rows[best]!, rows[r]!];
    const pivotRow = rows[r]!;
    const p = pivotRow[col]!;
    for (let c = 0; c < width; c++) pivotRow[c]! /= p;
    for (let i = 0; i < rows.length; i++) {
      if (i === r) continue;
      const f = rows[i]![col]!;
      if (Math.abs(f) > EPS) for (let c = 0; c < width; c++) rows[i]![c]! -= f * pivotRow[c]!;
    }
    basis.push({ pivot: col, row: pivotRow });
    r++;
  }
  return basis;
}
