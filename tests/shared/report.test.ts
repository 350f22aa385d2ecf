import { describe, expect, it } from 'vitest';
import type { Setting, Wave } from '../../shared/catalog';
import { buildGroup, cityReport, settingReport, SettingReport, CityReport, type Group } from '../../shared/report';
import { addTallies, tallyResponse, type Tally } from '../../shared/scoring';
import { primarySurvey, secondarySurvey } from '../../shared/survey';

const STAT_KEYS = ['mean', 'sd', 'ci', 'favourable', 'distribution', 'noAnswer', 'themes', 'questions'];

/** n identical-ish secondary responses with every item answered. */
function responses(n: number, value = 3): Tally {
  const answers: Record<string, number | string> = { year: 9, gender: 'girl' };
  for (const q of secondarySurvey.questions) if (q.kind === 'scale5') answers[q.id] = (value + (n % 2)) % 5;
  return addTallies(...Array.from({ length: n }, () => tallyResponse(secondarySurvey, answers)));
}

function expectNoStatistics(value: unknown) {
  const keys = Object.keys(value as object);
  for (const k of STAT_KEYS) expect(keys, `suppressed object carries ${k}`).not.toContain(k);
}

/** Every object anywhere in a report that has `suppressed: true`. */
function suppressedObjects(report: unknown): unknown[] {
  const out: unknown[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if ((v as { suppressed?: boolean }).suppressed === true) out.push(v);
      Object.values(v).forEach(walk);
    }
  };
  walk(report);
  return out;
}

describe('suppression of small groups', () => {
  const opts = { survey: secondarySurvey, threshold: 10, questions: true };

  it('shows no statistics for a group of 9', () => {
    const g = buildGroup({ key: 'y9', label: 'Year 9', tally: responses(9) }, opts);
    expect(g).toEqual({ key: 'y9', label: 'Year 9', n: 9, suppressed: true });
    expectNoStatistics(g);
  });

  it('shows statistics for a group of exactly 10', () => {
    const g = buildGroup({ key: 'y9', label: 'Year 9', tally: responses(10) }, opts) as Extract<Group, { suppressed: false }>;
    expect(g.suppressed).toBe(false);
    expect(g.themes.every((t) => !t.suppressed)).toBe(true);
    expect(g.questions?.length).toBeGreaterThan(0);
  });

  it('hides a theme or question answered by fewer than 10 even inside a shown group', () => {
    const few = addTallies(
      responses(6),
      ...Array.from({ length: 6 }, () => tallyResponse(secondarySurvey, { year: 8 })), // answered nothing else
    );
    const g = buildGroup({ key: 's', label: 'S', tally: few }, opts) as Extract<Group, { suppressed: false }>;
    expect(g.n).toBe(12);
    const belonging = g.themes.find((t) => t.theme === 'belonging')!;
    expect(belonging).toEqual({ theme: 'belonging', n: 6, suppressed: true });
    const belong = g.questions!.find((q) => q.id === 'belong')!;
    expect(belong).toEqual({ id: 'belong', n: 6, suppressed: true });
    const year = g.questions!.find((q) => q.id === 'year')!;
    expect(year.suppressed).toBe(false);
  });

  it('respects a higher configured threshold', () => {
    expect(buildGroup({ key: 'g', label: 'G', tally: responses(12) }, { ...opts, threshold: 15 }).suppressed).toBe(true);
  });
});

const settings: Setting[] = [
  { id: 'a', name: 'A High', phase: 'secondary', locality: 'north', audience: 'secondary' },
  { id: 'b', name: 'B High', phase: 'secondary', locality: 'south', audience: 'secondary' },
  { id: 'p', name: 'P Primary', phase: 'primary', locality: 'north', audience: 'primary' },
];
const ref = (s: { id: string; version: number }) => ({ id: s.id, version: s.version });
const wave: Wave = {
  id: 'w',
  title: 'Autumn',
  status: 'open',
  opensOn: '2026-11-01',
  closesOn: '2026-12-01',
  surveys: { primary: ref(primarySurvey), secondary: ref(secondarySurvey) },
};
const tallies = [
  { settingId: 'a', yearGroup: '7', tally: responses(30, 4) },
  { settingId: 'a', yearGroup: '8', tally: responses(4, 0) },
  { settingId: 'a', yearGroup: 'unknown', tally: responses(11, 2) },
  { settingId: 'b', yearGroup: '7', tally: responses(40, 1) },
  { settingId: 'p', yearGroup: '5', tally: tallyResponse(primarySurvey, { happy: 4 }) },
];

describe('setting report', () => {
  const report = settingReport({ wave, setting: settings[0]!, survey: secondarySurvey, settings, tallies, threshold: 10 });

  it('matches the published JSON shape', () => {
    expect(SettingReport.parse(report)).toEqual(report);
  });

  it('counts the setting, its locality and the city of the same audience only', () => {
    expect(report.overall.n).toBe(45);
    expect(report.locality.n).toBe(45); // p is north too, but primary
    expect(report.city.n).toBe(85);
  });

  it('lists year groups in order with "not given" last, and suppresses the small one', () => {
    expect(report.yearGroups.map((g) => [g.label, g.n, g.suppressed])).toEqual([
      ['Year 7', 30, false],
      ['Year 8', 4, true],
      ['Year not given', 11, false],
    ]);
  });

  it('carries no statistic in any suppressed object', () => {
    const hidden = suppressedObjects(report);
    expect(hidden.length).toBeGreaterThan(0);
    hidden.forEach(expectNoStatistics);
  });
});

describe('city report', () => {
  const report = cityReport({ wave, surveys: [secondarySurvey, primarySurvey], settings, tallies, threshold: 10 });

  it('has one entry per locality in each audience section and no setting figures', () => {
    expect(CityReport.parse(report)).toEqual(report);
    const secondary = report.sections[0]!;
    expect(secondary.localities.map((l) => [l.key, l.n])).toEqual([
      ['north', 45],
      ['central', 0],
      ['south', 40],
    ]);
    expect(JSON.stringify(report)).not.toMatch(/"A High"|"B High"/);
  });

  it('suppresses the primary section, which has one response', () => {
    const primary = report.sections[1]!;
    expect(primary.city).toEqual({ key: 'city', label: 'City', n: 1, suppressed: true });
  });
});
