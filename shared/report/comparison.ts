import { addTallies, count, tallyKey, type Tally } from '../scoring';
import type { Survey, ThemeId } from '../survey';
import { buildGroup, type GroupInput } from './group';
import { themeCount } from './measures';
import type { Group } from './schema';

const minus = (a: Tally, b: Tally): Tally => addTallies(a, Object.fromEntries(Object.entries(b).map(([k, v]) => [k, -v])));

/** True when a difference names a group that is neither empty nor big enough to show. */
const small = (n: number, threshold: number) => n > 0 && n < threshold;

/**
 * The locality and city figures shown beside a setting's own. Each is a sum that contains the
 * setting, so its figure minus the setting's reveals "everyone else": that rest must itself be
 * empty or at least the threshold, or the comparison (or that theme of it) is not shown.
 */
export function comparisons(
  own: Tally,
  locality: GroupInput,
  city: GroupInput,
  { survey, threshold }: { survey: Survey; threshold: number },
): { locality: Group; city: Group } {
  const restOfLocality = minus(locality.tally, own);
  const restOfCity = minus(city.tally, locality.tally);
  const cityLessOwn = minus(city.tally, own);
  const hideLocality = small(count(restOfLocality, tallyKey.responses), threshold);
  const hideCity = small(count(hideLocality ? cityLessOwn : restOfCity, tallyKey.responses), threshold);

  const localityThemes = new Set<ThemeId>();
  const cityThemes = new Set<ThemeId>();
  for (const theme of survey.themes) {
    const hideL = small(themeCount(restOfLocality, theme), threshold);
    if (hideL) localityThemes.add(theme);
    if (small(themeCount(hideL || hideLocality ? cityLessOwn : restOfCity, theme), threshold)) cityThemes.add(theme);
  }
  return {
    locality: buildGroup(locality, { survey, threshold, hide: hideLocality, hiddenThemes: localityThemes }),
    city: buildGroup(city, { survey, threshold, hide: hideCity, hiddenThemes: cityThemes }),
  };
}
