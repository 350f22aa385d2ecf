/**
 * The score axis for dot and line charts: a window of the 0–100 scale, in steps of 10, wide
 * enough for every value shown (and at least 30 points), so differences of a few points are
 * visible without pretending they are large. The axis is always labelled with its numbers.
 */
export type Scale = { lo: number; hi: number; ticks: number[]; at: (value: number) => number };

export function scoreScale(values: readonly number[]): Scale {
  let lo = 0;
  let hi = 100;
  if (values.length) {
    lo = Math.max(0, Math.floor((Math.min(...values) - 3) / 10) * 10);
    hi = Math.min(100, Math.ceil((Math.max(...values) + 3) / 10) * 10);
    while (hi - lo < 30) {
      if (lo > 0) lo -= 10;
      if (hi - lo < 30 && hi < 100) hi += 10;
    }
  }
  const ticks: number[] = [];
  const step = hi - lo > 60 ? 20 : 10;
  for (let t = lo; t <= hi; t += step) ticks.push(t);
  return { lo, hi, ticks, at: (v) => ((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo)) * 100 };
}

/** A percentage for an inline position or size. Solid sets it through the CSSOM, which the CSP allows. */
export const percent = (x: number) => `${x.toFixed(2)}%`;
