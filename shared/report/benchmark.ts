import { round, type Tally } from '../scoring';
import { isShown } from '../suppression';
import type { Survey } from '../survey';
import { themeResult, themeCount } from './measures';
import type { Benchmark, Group } from './schema';

const MIN_SETTINGS = 3;

/**
 * Below / Average / Above the city for each theme, as #BeeWell's dashboards judge it: against the
 * pupil-weighted city mean plus or minus one standard deviation of setting means. Only settings
 * large enough to show a theme count towards the spread, and at least three are needed.
 */
export function benchmarks(
  own: Group,
  city: Group,
  settingTallies: readonly Tally[],
  { survey, threshold }: { survey: Survey; threshold: number },
): Benchmark[] {
  if (own.suppressed || city.suppressed) return [];
  const out: Benchmark[] = [];
  for (const theme of survey.themes) {
    const mine = own.themes.find((t) => t.theme === theme);
    const cityTheme = city.themes.find((t) => t.theme === theme);
    if (!mine || mine.suppressed || !cityTheme || cityTheme.suppressed) continue;
    const means = settingTallies
      .filter((t) => isShown(themeCount(t, theme), threshold))
      .map((t) => themeResult(t, theme, threshold))
      .flatMap((r) => (r.suppressed ? [] : [r.mean]));
    if (means.length < MIN_SETTINGS) continue;
    const avg = means.reduce((a, m) => a + m, 0) / means.length;
    const spread = Math.sqrt(means.reduce((a, m) => a + (m - avg) ** 2, 0) / (means.length - 1));
    const band = mine.mean < cityTheme.mean - spread ? 'below' : mine.mean > cityTheme.mean + spread ? 'above' : 'average';
    out.push({ theme, band, cityMean: cityTheme.mean, spread: round(spread), settings: means.length });
  }
  return out;
}
