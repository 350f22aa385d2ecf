import { addTallies, count, tallyKey, type Tally } from '../scoring';
import type { Survey, ThemeId } from '../survey';
import { buildGroup, type GroupInput } from './group';
import { themeCount } from './measures';
import type { Group } from './schema';

const strip = ({ otherSettings: _, ...group }: Comparand): GroupInput => group;

const minus = (a: Tally, b: Tally): Tally => addTallies(a, Object.fromEntries(Object.entries(b).map(([k, v]) => [k, -v])));

/** True when a difference names a group that is neither empty nor big enough to show. */
const small = (n: number, threshold: number) => n > 0 && n < threshold;

/** Benchmarks are private: a comparison must never stand for one other setting's results. */
export const MIN_OTHER_SETTINGS = 2;

type Comparand = GroupInput & { otherSettings: number };

/**
 * The locality and city figures shown beside a setting's own. Each is a sum that contains the
 * setting, so its figure minus the setting's reveals "everyone else": that rest must hold at least
 * the threshold of pupils and at least two other settings (else it would be one school's results,
 * a league table by subtraction), or the comparison (or that theme of it) is not shown.
 */
export function comparisons(
  own: Tally,
  locality: Comparand,
  city: Comparand,
  { survey, threshold }: { survey: Survey; threshold: number },
): { locality: Group; city: Group } {
  const restOfLocality = minus(locality.tally, own);
  const restOfCity = minus(city.tally, locality.tally);
  const cityLessOwn = minus(city.tally, own);
  const hideLocality = locality.otherSettings < MIN_OTHER_SETTINGS || small(count(restOfLocality, tallyKey.responses), threshold);
  const cityOthers = hideLocality ? city.otherSettings : city.otherSettings - locality.otherSettings;
  const hideCity =
    city.otherSettings < MIN_OTHER_SETTINGS ||
    (cityOthers > 0 && cityOthers < MIN_OTHER_SETTINGS) ||
    small(count(hideLocality ? cityLessOwn : restOfCity, tallyKey.responses), threshold);

  const localityThemes = new Set<ThemeId>();
  const cityThemes = new Set<ThemeId>();
  for (const theme of survey.themes) {
    const hideL = small(themeCount(restOfLocality, theme), threshold);
    if (hideL) localityThemes.add(theme);
    if (small(themeCount(hideL || hideLocality ? cityLessOwn : restOfCity, theme), threshold)) cityThemes.add(theme);
  }
  return {
    locality: buildGroup(strip(locality), { survey, threshold, hide: hideLocality, hiddenThemes: localityThemes }),
    city: buildGroup(strip(city), { survey, threshold, hide: hideCity, hiddenThemes: cityThemes }),
  };
}
