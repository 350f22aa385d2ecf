import { LOCALITY_NAMES, type Locality, type Setting, type Wave } from '../catalog';
import { addTallies, type Tally } from '../scoring';
import type { Survey } from '../survey';
import { buildGroup } from './build';
import type { CityReport, SettingReport } from './schema';

/** Tallies of one wave, one per setting and year group ("unknown" when a pupil did not say). */
export type WaveTallies = ReadonlyArray<{ settingId: string; yearGroup: string; tally: Tally }>;

export const UNKNOWN_YEAR = 'unknown';
const yearLabel = (yearGroup: string) => (yearGroup === UNKNOWN_YEAR ? 'Year not given' : `Year ${yearGroup}`);

function yearOrder(a: string, b: string) {
  if (a === UNKNOWN_YEAR) return 1;
  if (b === UNKNOWN_YEAR) return -1;
  return Number(a) - Number(b);
}

const sum = (rows: WaveTallies) => addTallies(...rows.map((r) => r.tally));

type SettingInput = {
  wave: Wave;
  setting: Setting;
  survey: Survey;
  /** Every setting of the wave, so the locality and city figures can be worked out. */
  settings: readonly Setting[];
  tallies: WaveTallies;
  threshold: number;
};

/** A setting's report: its own figures, each year group, and its locality and the city beside them. */
export function settingReport({ wave, setting, survey, settings, tallies, threshold }: SettingInput): SettingReport {
  const sameAudience = new Map(settings.filter((s) => s.audience === setting.audience).map((s) => [s.id, s]));
  const peers = tallies.filter((t) => sameAudience.has(t.settingId));
  const own = peers.filter((t) => t.settingId === setting.id);
  const inLocality = peers.filter((t) => sameAudience.get(t.settingId)?.locality === setting.locality);
  const byYear = new Map<string, Tally>();
  for (const row of own) byYear.set(row.yearGroup, addTallies(byYear.get(row.yearGroup) ?? {}, row.tally));
  const opts = { survey, threshold };
  return {
    kind: 'setting',
    threshold,
    wave: { id: wave.id, title: wave.title },
    setting: { id: setting.id, name: setting.name, phase: setting.phase, locality: setting.locality },
    survey: { id: survey.id, version: survey.version, audience: survey.audience },
    overall: buildGroup({ key: setting.id, label: setting.name, tally: sum(own) }, { ...opts, questions: true }),
    locality: buildGroup({ key: setting.locality, label: LOCALITY_NAMES[setting.locality], tally: sum(inLocality) }, opts),
    city: buildGroup({ key: 'city', label: 'City', tally: sum(peers) }, opts),
    yearGroups: [...byYear.keys()]
      .sort(yearOrder)
      .map((y) => buildGroup({ key: y, label: yearLabel(y), tally: byYear.get(y)! }, opts)),
  };
}

type CityInput = {
  wave: Wave;
  surveys: readonly Survey[];
  settings: readonly Setting[];
  tallies: WaveTallies;
  threshold: number;
};

/** The city and its localities, one section per audience; never a figure for a single setting. */
export function cityReport({ wave, surveys, settings, tallies, threshold }: CityInput): CityReport {
  const byId = new Map(settings.map((s) => [s.id, s]));
  return {
    kind: 'city',
    threshold,
    wave: { id: wave.id, title: wave.title },
    sections: surveys.map((survey) => {
      const rows = tallies.filter((t) => byId.get(t.settingId)?.audience === survey.audience);
      const opts = { survey, threshold };
      const localities = (Object.keys(LOCALITY_NAMES) as Locality[]).map((loc) =>
        buildGroup(
          { key: loc, label: LOCALITY_NAMES[loc], tally: sum(rows.filter((r) => byId.get(r.settingId)?.locality === loc)) },
          opts,
        ),
      );
      return {
        survey: { id: survey.id, version: survey.version, audience: survey.audience },
        city: buildGroup({ key: 'city', label: 'City', tally: sum(rows) }, { ...opts, questions: true }),
        localities,
      };
    }),
  };
}
