import { describe, expect, it } from 'vitest';
import type { Setting, Wave } from '../../shared/catalog';
import { cityReport, CityReport, GroupRefused, settingReport, SettingReport, type TallyCell } from '../../shared/report';
import { tallyResponse, type Answers } from '../../shared/scoring';
import { primarySurvey, secondarySurvey } from '../../shared/survey';

/** A pupil: year, gender and every secondary item answered `score` (oriented), so theme scores are 25 × score. */
function pupil(year: number | null, gender: string | null, score: number): Answers {
  const answers: Record<string, number | string | null> = { year, gender };
  for (const q of secondarySurvey.questions) if (q.kind === 'scale5') answers[q.id] = q.reverse ? 4 - score : score;
  return answers;
}

function cells(settingId: string, pupils: Answers[]): TallyCell[] {
  return pupils.map((a) => ({
    settingId,
    yearGroup: a.year == null ? 'unknown' : String(a.year),
    gender: a.gender == null ? 'none' : String(a.gender),
    tally: tallyResponse(secondarySurvey, a),
  }));
}
const many = (count: number, year: number | null, gender: string | null, score: number) => Array.from({ length: count }, () => pupil(year, gender, score));

const settings: Setting[] = [
  { id: 'a', name: 'A High', phase: 'secondary', locality: 'north', audience: 'secondary', roll: { '7': 40, '8': 10, '9': 30 } },
  { id: 'b', name: 'B High', phase: 'secondary', locality: 'north', audience: 'secondary' },
  { id: 'c', name: 'C High', phase: 'secondary', locality: 'south', audience: 'secondary' },
  { id: 'd', name: 'D High', phase: 'secondary', locality: 'central', audience: 'secondary' },
  { id: 'p', name: 'P Primary', phase: 'primary', locality: 'north', audience: 'primary' },
];
const ref = (s: { id: string; version: number }) => ({ id: s.id, version: s.version });
const wave = (id: string, opensOn: string): Wave => ({
  id,
  title: id,
  status: 'open',
  opensOn,
  closesOn: '2026-12-31',
  surveys: { primary: ref(primarySurvey), secondary: ref(secondarySurvey) },
});
const autumn = wave('autumn', '2026-11-01');
const summer = wave('summer', '2026-06-01');

// Setting A: Year 7 30 girls scoring 3, Year 8 4 boys scoring 0, Year 9 25 boys scoring 2, year not given 12.
const a = [...many(30, 7, 'girl', 3), ...many(4, 8, 'boy', 0), ...many(25, 9, 'boy', 2), ...many(12, null, null, 1)];
const tallies = [
  ...cells('a', a),
  ...cells('b', many(40, 7, 'girl', 1)),
  ...cells('c', many(50, 10, 'boy', 4)),
  ...cells('d', many(35, 11, 'girl', 2)),
  { settingId: 'p', yearGroup: '5', gender: 'none', tally: tallyResponse(primarySurvey, { happy: 4 }) },
];
const history = [
  { wave: summer, tallies: cells('a', many(20, 7, 'girl', 2)) },
  { wave: autumn, tallies },
];
const base = { wave: autumn, setting: settings[0]!, survey: secondarySurvey, settings, history, threshold: 10 };

/** Nothing a hidden object may carry: no statistic, and no count of any kind (hidden means hidden). */
const STATS = ['n', 'responseRate', 'mean', 'sd', 'ci', 'favourable', 'distribution', 'noAnswer', 'themes', 'questions', 'count', 'percent', 'topics', 'flagged'];
function suppressedObjects(report: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if ((v as { suppressed?: boolean }).suppressed === true) out.push(v as Record<string, unknown>);
      Object.values(v).forEach(walk);
    }
  };
  walk(report);
  return out;
}

describe('setting report', () => {
  const report = settingReport(base);

  it('matches the published JSON shape', () => {
    expect(SettingReport.parse(report)).toEqual(report);
  });

  it('carries no statistic and no count in any suppressed object', () => {
    const hidden = suppressedObjects(report);
    expect(hidden.length).toBeGreaterThan(0);
    for (const h of hidden) for (const k of STATS) expect(h, JSON.stringify(h)).not.toHaveProperty(k);
  });

  it('hides the small year group and, so it cannot be worked out, the next smallest and "year not given"', () => {
    const years = report.breakdowns.find((b) => b.dimension === 'year')!;
    expect(years.groups.map((g) => [g.label, g.suppressed ? g.reason : g.n])).toEqual([
      ['Year 7', 30],
      ['Year 8', 'few'],
      ['Year 9', 25],
      ['Year not given', 'protected'],
    ]);
  });

  it('gives response rates where the setting entered its roll', () => {
    expect(report.overall).toMatchObject({ n: 71, roll: 80 });
    const years = report.breakdowns.find((b) => b.dimension === 'year')!;
    expect(years.groups[0]).toMatchObject({ roll: 40, responseRate: 75 });
  });

  it('breaks down by gender too, one dimension at a time', () => {
    const genders = report.breakdowns.find((b) => b.dimension === 'gender')!;
    expect(genders.groups.map((g) => [g.key, g.suppressed ? g.reason : g.n])).toEqual([
      ['girl', 30],
      ['boy', 29],
      ['none', 12],
    ]);
  });

  it('compares with the locality and the city answering the same survey', () => {
    // North is A and B only, so it is hidden (it would stand for B); the city has B, C and D besides A.
    expect(report.locality).toEqual({ key: 'north', label: 'North', suppressed: true, reason: 'protected' });
    expect(report.city).toMatchObject({ suppressed: false, n: 71 + 40 + 50 + 35 });
  });

  it('judges each theme Below, Average or Above the city by one SD of setting means', () => {
    const belonging = report.benchmarks.find((b) => b.theme === 'belonging')!;
    expect(belonging.settings).toBe(4);
    expect(['below', 'average', 'above']).toContain(belonging.band);
    const own = report.overall.suppressed ? 0 : report.overall.themes[0]!;
    expect(own).toMatchObject({ theme: 'belonging' });
  });

  it('shows the trend across every wave the setting took part in', () => {
    expect(report.trend.map((t) => [t.wave.id, t.overall.suppressed ? t.overall.reason : t.overall.n])).toEqual([
      ['summer', 20],
      ['autumn', 71],
    ]);
  });

  it('warns about small numbers in plain words', () => {
    expect(report.cautions[0]).toMatch(/Small groups swing more/);
  });
});

describe('a report narrowed to one group', () => {
  it('shows Year 7 with its answers and the same year group across the city', () => {
    const r = settingReport({ ...base, filter: { dimension: 'year', key: '7' } });
    expect(r.filter).toEqual({ dimension: 'year', key: '7', label: 'Year 7' });
    expect(r.overall).toMatchObject({ suppressed: false, n: 30 });
    // Year 7 elsewhere is B alone: the city figure would stand for B's Year 7, so it is hidden.
    expect(r.city).toEqual({ key: 'city', label: 'City', suppressed: true, reason: 'protected' });
    expect(r.breakdowns).toEqual([]);
  });

  it('refuses a group below the threshold, saying why', () => {
    expect(() => settingReport({ ...base, filter: { dimension: 'year', key: '8' } })).toThrow(GroupRefused);
    expect(() => settingReport({ ...base, filter: { dimension: 'year', key: '8' } })).toThrow(/fewer than 10 responses/);
  });

  it('refuses a group hidden only to protect a smaller one', () => {
    expect(() => settingReport({ ...base, filter: { dimension: 'year', key: 'unknown' } })).toThrow(/cannot be worked out/);
  });
});

describe('comparisons that would expose a small setting', () => {
  it('hide the locality when the rest of it is fewer than 10 pupils', () => {
    const t = [...cells('a', many(30, 7, 'girl', 3)), ...cells('b', many(3, 7, 'girl', 0)), ...cells('c', many(50, 7, 'boy', 2))];
    const r = settingReport({ ...base, history: [{ wave: autumn, tallies: t }] });
    expect(r.locality).toEqual({ key: 'north', label: 'North', suppressed: true, reason: 'protected' });
    expect(r.city.suppressed).toBe(false);
  });
});

describe('comparisons that would stand for one other setting', () => {
  it('hide the locality when only one other setting is in it (no league table by subtraction)', () => {
    const r = settingReport(base);
    expect(r.locality).toEqual({ key: 'north', label: 'North', suppressed: true, reason: 'protected' }); // A and B only
    expect(r.city.suppressed).toBe(false); // B, C and D besides A
  });

  it('show it when two or more other settings answered', () => {
    const t = [...tallies, ...cells('e', many(20, 8, 'boy', 2))];
    const withE = [...settings, { id: 'e', name: 'E High', phase: 'secondary' as const, locality: 'north' as const, audience: 'secondary' as const }];
    const r = settingReport({ ...base, settings: withE, history: [{ wave: autumn, tallies: t }] });
    expect(r.locality).toMatchObject({ key: 'north', n: 131, suppressed: false });
  });
});

describe('city report', () => {
  it('hides a locality where only one setting answered, and a neighbour with it', () => {
    const r = cityReport({ wave: autumn, surveys: [secondarySurvey], settings, tallies, threshold: 10 });
    const localities = r.sections[0]!.localities;
    expect(localities.find((l) => l.key === 'central')!.suppressed).toBe(true); // D only
    expect(localities.find((l) => l.key === 'south')!.suppressed).toBe(true); // C only
    expect(localities.find((l) => l.key === 'north')!.suppressed).toBe(false); // A and B
  });

  const report = cityReport({ wave: autumn, surveys: [secondarySurvey, primarySurvey], settings, tallies, threshold: 10, previous: { wave: summer, tallies: history[0]!.tallies } });

  it('has one entry per locality, themes ranked, the previous wave, and no setting figures', () => {
    expect(CityReport.parse(report)).toEqual(report);
    const secondary = report.sections[0]!;
    // Central and South have one setting each: their figures would be that school's, so they are hidden.
    expect(secondary.localities.map((l) => [l.key, l.suppressed ? l.reason : l.n])).toEqual([
      ['north', 111],
      ['central', 'protected'],
      ['south', 'protected'],
    ]);
    expect(secondary.ranking).toHaveLength(6);
    expect(secondary.previous?.wave.id).toBe('summer');
    expect(secondary.settings).toBeUndefined();
    expect(JSON.stringify(report)).not.toMatch(/A High|B High/);
  });

  it('suppresses the primary section, which has one response', () => {
    expect(report.sections[1]!.city).toEqual({ key: 'city', label: 'City', suppressed: true, reason: 'few' });
  });

  it('lists settings for admin, each suppressed like any group', () => {
    const admin = cityReport({ wave: autumn, surveys: [secondarySurvey], settings, tallies, threshold: 10, withSettings: true });
    expect(admin.sections[0]!.settings!.map((s) => [s.key, s.suppressed])).toEqual([
      ['a', false],
      ['b', false],
      ['c', false],
      ['d', false],
    ]);
  });
});
