import { describe, expect, it } from 'vitest';
import type { Setting, Wave } from '../../shared/catalog';
import { cityReport, cityReportRows, settingReport, settingReportRows, toCsv, type TallyCell } from '../../shared/report';
import { tallyResponse, type Answers } from '../../shared/scoring';
import { primarySurvey, secondarySurvey } from '../../shared/survey';

/**
 * "One pupil describes themselves another way" is itself a disclosure. A school like Unity
 * Special: one pupil answers gender "another", a handful give no gender. Nothing anywhere (the
 * report JSON, the gender question's answers, the CSV) may say how many they are.
 */
const ref = (s: { id: string; version: number }) => ({ id: s.id, version: s.version });
const wave: Wave = { id: 'w', title: 'W', status: 'open', opensOn: '2026-11-01', closesOn: '2026-12-31', surveys: { primary: ref(primarySurvey), secondary: ref(secondarySurvey) } };
const settings: Setting[] = ['u', 'v', 'x'].map((id, i) => ({ id, name: `${id.toUpperCase()} School`, phase: 'secondary', locality: (['central', 'central', 'north'] as const)[i]!, audience: 'secondary' }));
const pupil = (settingId: string, year: number, gender: string | null): TallyCell => {
  const answers: Answers = { year, gender, belong: 3, safe_school: 2 };
  return { settingId, yearGroup: String(year), gender: gender ?? 'none', tally: tallyResponse(secondarySurvey, answers) };
};
const many = (n: number, settingId: string, year: number, gender: string | null) => Array.from({ length: n }, () => pupil(settingId, year, gender));
const tallies = [
  ...many(20, 'u', 9, 'girl'),
  ...many(22, 'u', 9, 'boy'),
  ...many(1, 'u', 9, 'another'),
  ...many(3, 'u', 10, null),
  ...many(30, 'v', 9, 'girl'),
  ...many(30, 'x', 9, 'boy'),
];
const report = settingReport({ wave, setting: settings[0]!, survey: secondarySurvey, settings, history: [{ wave, tallies }], threshold: 10 });
const city = cityReport({ wave, surveys: [secondarySurvey], settings, tallies: [...tallies, ...many(1, 'v', 11, 'another')], threshold: 10, withSettings: true });

describe('hidden means hidden', () => {
  it('gives a hidden gender group no n in the breakdown, only why it is hidden', () => {
    const genders = report.breakdowns.find((b) => b.dimension === 'gender')!.groups;
    const another = genders.find((g) => g.key === 'another')!;
    expect(another).toEqual({ key: 'another', label: 'Describe themselves another way', suppressed: true, reason: 'few' });
  });

  it('hides the same answers of the gender and year-group questions, with their complements', () => {
    const gender = report.overall.suppressed ? undefined : report.overall.questions!.find((q) => q.id === 'gender')!;
    if (!gender || gender.suppressed) throw new Error('the gender question should be shown');
    const another = gender.distribution.find((d) => d.option === 'another')!;
    expect(another).toEqual({ option: 'another', suppressed: true });
    // "No answer" (3) is hidden too, so 1 cannot be had as 46 − 20 − 22 − 3.
    expect(gender.noAnswer).toEqual({ suppressed: true });
    expect(JSON.stringify(gender)).not.toMatch(/"count":1\b|"count":3\b/);
  });

  it('does the same for the city, which has no breakdown of its own', () => {
    const q = city.sections[0]!.city.suppressed ? undefined : city.sections[0]!.city.questions!.find((x) => x.id === 'gender');
    if (!q || q.suppressed) throw new Error('the city gender question should be shown');
    expect(q.distribution.find((d) => d.option === 'another')).toEqual({ option: 'another', suppressed: true });
  });

  it('puts no count of a hidden group or answer in the CSV', () => {
    for (const csv of [toCsv(settingReportRows(report)), toCsv(cityReportRows(city))]) {
      const lines = csv.trim().split('\r\n');
      const header = lines[0]!.split(',');
      const col = (name: string) => header.indexOf(name);
      for (const line of lines.slice(1)) {
        const cells = line.split(',');
        if (cells[col('suppressed')] !== 'true') continue;
        expect(cells[col('count')], line).toBe('');
        if (cells[col('measure')] === 'responses' || /^theme:/.test(cells[col('measure')]!)) expect(cells[col('n')], line).toBe('');
      }
      expect(csv).not.toMatch(/option:another,[^\r\n]*,false,[^\r\n]*,1,/);
    }
    const another = toCsv(settingReportRows(report)).split('\r\n').filter((l) => l.includes('Describe themselves another way'));
    expect(another.length).toBeGreaterThan(0);
    for (const line of another) expect(line).toMatch(/,responses,,true,few,|theme:/);
  });
});
