/**
 * Small-number suppression: a group with fewer than `threshold` responses shows no statistics.
 * `isShown` is the primary rule; `suppressCells` (engine.ts) applies it with complementary suppression.
 */
export const DEFAULT_THRESHOLD = 10;
export const MIN_THRESHOLD = 5;

export function checkThreshold(threshold: number): number {
  if (!Number.isInteger(threshold) || threshold < MIN_THRESHOLD) {
    throw new Error(`the suppression threshold must be a whole number of at least ${MIN_THRESHOLD}, not ${threshold}`);
  }
  return threshold;
}

export const isShown = (n: number, threshold: number): boolean => n >= threshold;
