/**
 * An independent check for the property tests: exact rank over the rationals with BigInt
 * (fraction-free elimination), so a cell is "recoverable" iff adding its unit vector to the
 * constraint rows does not raise the rank. Written separately from the engine's float version.
 */
export function rank(rows: bigint[][]): number {
  const m = rows.map((r) => [...r]);
  let rank = 0;
  const width = m[0]?.length ?? 0;
  for (let col = 0; col < width && rank < m.length; col++) {
    const pivot = m.findIndex((r, i) => i >= rank && r[col] !== 0n);
    if (pivot < 0) continue;
    [m[rank], m[pivot]] = [m[pivot]!, m[rank]!];
    const p = m[rank]!;
    for (let i = rank + 1; i < m.length; i++) {
      const f = m[i]![col]!;
      if (f === 0n) continue;
      m[i] = m[i]!.map((x, c) => x * p[col]! - f * p[c]!);
    }
    rank++;
  }
  return rank;
}

export function isRecoverable(cell: string, hidden: string[], totals: readonly (readonly string[])[]): boolean {
  const rows = totals.map((t) => hidden.map((id) => (t.includes(id) ? 1n : 0n))).filter((r) => r.some((x) => x !== 0n));
  if (rows.length === 0) return false;
  const unit = hidden.map((id) => (id === cell ? 1n : 0n));
  return rank([...rows, unit]) === rank(rows);
}
