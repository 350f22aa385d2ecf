import { LOCALITY_NAMES, type Locality, type Setting, type Wave } from '../catalog';
import { count, tallyKey, type Tally } from '../scoring';
import { isShown, suppress } from '../suppression';
import type { Survey, ThemeId } from '../survey';
import { sumCells, type WaveTallies } from './cells';
import { buildGroup } from './group';
import { demographicHiddenOptions, themeCount } from './measures';
import type { CityReport, CitySection, Group } from './schema';
import { cautions } from './setting-report';
import { commentsHiddenReason, topicsResult } from './topics';
import { ballotLabels, waveRef } from './wave-ref';

type Input = {
  wave: Wave;
  surveys: readonly Survey[];
  settings: readonly Setting[];
  tallies: WaveTallies;
  previous?: { wave: Wave; tallies: WaveTallies };
  threshold: number;
  /** Admin only: add each setting's figures. The youth council never sees a setting's results. */
  withSettings?: boolean;
};

type Part = { key: string; label: string; tally: Tally };

/**
 * Groups that add up to published totals (localities to the city; settings to their locality
 * and the city), with groups and themes passed through the suppression engine.
 */
function partsOf(parts: Part[], totals: string[][], survey: Survey, threshold: number, forced: string[] = []): Group[] {
  const cells = parts.map((p) => ({ id: p.key, n: count(p.tally, tallyKey.responses) }));
  const hidden = suppress({ cells, totals, threshold, hidden: forced }).hidden;
  const hiddenThemes = new Map(parts.map((p) => [p.key, new Set<ThemeId>()]));
  for (const theme of survey.themes) {
    const themeCells = parts.map((p) => ({ id: p.key, n: themeCount(p.tally, theme) }));
    for (const key of suppress({ cells: themeCells, totals, threshold, hidden }).hidden) hiddenThemes.get(key)!.add(theme);
  }
  return parts.map((p) => buildGroup(p, { survey, threshold, hide: hidden.has(p.key), hiddenThemes: hiddenThemes.get(p.key)! }));
}

function figures(survey: Survey, settings: readonly Setting[], tallies: WaveTallies, threshold: number, withSettings: boolean) {
  const mine = new Map(settings.filter((s) => s.audience === survey.audience).map((s) => [s.id, s]));
  const rows = tallies.filter((t) => mine.has(t.settingId));
  const cityTally = sumCells(rows);
  const city = buildGroup(
    { key: 'city', label: 'City', tally: cityTally },
    { survey, threshold, questions: true, hiddenOptions: demographicHiddenOptions(survey, cityTally, threshold) },
  );
  const localityKeys = Object.keys(LOCALITY_NAMES) as Locality[];
  const localityParts = localityKeys.map((loc) => ({
    key: loc,
    label: LOCALITY_NAMES[loc],
    tally: sumCells(rows.filter((r) => mine.get(r.settingId)?.locality === loc)),
  }));
  const published = isShown(count(cityTally, tallyKey.responses), threshold) ? [localityKeys as string[]] : [];
  // A locality with a single setting answering would be that setting's results: never shown.
  const contributing = (loc: Locality) =>
    new Set(rows.filter((r) => mine.get(r.settingId)?.locality === loc && count(r.tally, tallyKey.responses) > 0).map((r) => r.settingId)).size;
  const lonely = localityKeys.filter((loc) => contributing(loc) === 1);
  const localities = partsOf(localityParts, published, survey, threshold, lonely);
  let settingGroups: Group[] | undefined;
  if (withSettings) {
    const parts = [...mine.values()].map((s) => ({ key: s.id, label: s.name, tally: sumCells(rows.filter((r) => r.settingId === s.id)) }));
    const totals = [
      ...published.map(() => parts.map((p) => p.key)),
      ...localities.filter((l) => !l.suppressed).map((l) => [...mine.values()].filter((s) => s.locality === l.key).map((s) => s.id)),
    ];
    settingGroups = partsOf(parts, totals, survey, threshold);
  }
  return { city, localities, cityTally, settingGroups };
}

/** The city and its localities for one wave, one section per survey (primary and secondary pupils answer different ones). */
export function cityReport({ wave, surveys, settings, tallies, previous, threshold, withSettings = false }: Input): CityReport {
  const sections: CitySection[] = surveys.map((survey) => {
    const now = figures(survey, settings, tallies, threshold, withSettings);
    const before = previous && figures(survey, settings, previous.tallies, threshold, false);
    const ranking = now.city.suppressed
      ? []
      : now.city.themes.flatMap((t) => (t.suppressed ? [] : [t])).sort((a, b) => b.mean - a.mean).map((t) => t.theme);
    return {
      survey: { id: survey.id, version: survey.version, audience: survey.audience },
      city: now.city,
      localities: now.localities,
      ranking,
      ...(before && previous ? { previous: { wave: waveRef(previous.wave), city: before.city, localities: before.localities } } : {}),
      topics: topicsResult(now.cityTally, commentsHiddenReason(now.city.suppressed)),
      ...(now.settingGroups ? { settings: now.settingGroups } : {}),
    };
  });
  return {
    kind: 'city',
    threshold,
    wave: waveRef(wave),
    sections,
    ...ballotLabels(wave),
    cautions: cautions(undefined, threshold),
  };
}
