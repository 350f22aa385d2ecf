/** Summary statistics for a group, computed from sufficient statistics so aggregates never need raw rows. */
export type Summary = { n: number; mean: number; sd: number; ci: [number, number] };

/** Two-sided 95% critical values of Student's t for 1..30 degrees of freedom. */
const T95 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12,
  2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

export function tCritical95(df: number): number {
  if (df < 1) return Number.NaN;
  if (df <= 30) return T95[df - 1]!;
  // Cornish-Fisher expansion about z = 1.96; within 0.001 of the exact value for df > 30.
  const z = 1.959964;
  return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2);
}

/**
 * Mean, sample standard deviation and 95% confidence interval of the mean from n, Σx and Σx²,
 * with the interval clipped to [lo, hi] (the scale's range).
 */
export function summarise(n: number, sum: number, sumSq: number, lo: number, hi: number): Summary {
  if (n <= 0) return { n: 0, mean: Number.NaN, sd: Number.NaN, ci: [Number.NaN, Number.NaN] };
  const mean = sum / n;
  const variance = n > 1 ? Math.max(0, (sumSq - n * mean * mean) / (n - 1)) : 0;
  const sd = Math.sqrt(variance);
  const half = n > 1 ? (tCritical95(n - 1) * sd) / Math.sqrt(n) : 0;
  return { n, mean, sd, ci: [Math.max(lo, mean - half), Math.min(hi, mean + half)] };
}

export const round = (x: number, places = 1): number => {
  const f = 10 ** places;
  return Math.round(x * f) / f;
};
