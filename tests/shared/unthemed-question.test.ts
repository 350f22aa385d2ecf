import { describe, expect, it } from 'vitest';
import type { Setting, Wave } from '../../shared/catalog';
import { buildGroup, settingReport, settingReportRows, type TallyCell } from '../../shared/report';
import { checkForSupport } from '../../shared/safeguarding';
import { addTallies, tallyResponse, type Answers } from '../../shared/scoring';
import { primarySurvey, secondarySurvey, secondarySurveyV1, type Survey } from '../../shared/survey';

/**
 * adults_act, the item version 2 adds, is on no theme: it is reported as a question like any
 * other, suppressed like any other, and never touches a theme score or the support panel.
 */

/** Every item at `score` (oriented), and adults_act at `act` when given. */
function pupil(survey: Survey, year: number, score: number, act?: number): Answers {
  const answers: Record<string, number | string | null> = { year, gender: 'girl' };
  for (const q of survey.questions) if (q.kind === 'scale5') answers[q.id] = q.reverse ? 4 - score : score;
  if (act === undefined) delete answers.adults_act;
  else answers.adults_act = act;
  return answers;
}
const tallyOf = (survey: Survey, pupils: Answers[]) => addTallies(...pupils.map((a) => tallyResponse(survey, a)));
const group = (survey: Survey, pupils: Answers[]) =>
  buildGroup({ key: 'all', label: 'All', tally: tallyOf(survey, pupils) }, { survey, threshold: 10, questions: true });
const question = (g: ReturnType<typeof group>, id: string) => (g.suppressed ? undefined : g.questions?.find((q) => q.id === id));

describe('a question on no theme in a report', () => {
  const pupils = [...Array.from({ length: 8 }, () => pupil(secondarySurvey, 7, 3, 4)), ...Array.from({ length: 4 }, () => pupil(secondarySurvey, 7, 1, 1))];

  it('gets a distribution, mean and % favourable like any other question', () => {
    expect(question(group(secondarySurvey, pupils), 'adults_act')).toMatchObject({
      n: 12,
      suppressed: false,
      distribution: [
        { option: 0, count: 0 },
        { option: 1, count: 4 },
        { option: 2, count: 0 },
        { option: 3, count: 0 },
        { option: 4, count: 8 },
      ],
      noAnswer: { suppressed: false, count: 0 },
      mean: 3,
      favourable: 66.7,
    });
  });

  it('adds no theme and leaves every theme result as version 1 gives it', () => {
    const g = group(secondarySurvey, pupils);
    const v1 = group(secondarySurveyV1, pupils.map(({ adults_act: _, ...rest }) => rest));
    expect(g.suppressed || g.themes).toEqual(v1.suppressed || v1.themes);
  });

  it('is hidden when fewer than 10 answered it, exactly as a themed question is', () => {
    const few = [...Array.from({ length: 6 }, () => pupil(secondarySurvey, 7, 3, 4)), ...Array.from({ length: 9 }, () => pupil(secondarySurvey, 7, 3))];
    const g = group(secondarySurvey, few);
    expect(question(g, 'adults_act')).toEqual({ id: 'adults_act', suppressed: true, reason: 'few' });
    const fewBelong = few.map((a, i) => ({ ...a, belong: i < 6 ? 4 : null }));
    expect(question(group(secondarySurvey, fewBelong), 'belong')).toEqual({ id: 'belong', suppressed: true, reason: 'few' });
  });
});

describe('a question on no theme in a setting report', () => {
  const settings: Setting[] = ['a', 'b', 'c'].map((id) => ({ id, name: `${id.toUpperCase()} High`, phase: 'secondary', locality: 'north', audience: 'secondary' }));
  const wave = (id: string, opensOn: string, survey: Survey): Wave => ({
    id,
    title: id,
    status: 'closed',
    opensOn,
    closesOn: '2026-12-31',
    surveys: { primary: { id: primarySurvey.id, version: primarySurvey.version }, secondary: { id: survey.id, version: survey.version } },
  });
  const cells = (survey: Survey, settingId: string, pupils: Answers[]): TallyCell[] =>
    pupils.map((a) => ({ settingId, yearGroup: String(a.year), gender: 'girl', tally: tallyResponse(survey, a) }));
  const many = (survey: Survey, count: number, year: number, score: number, act?: number) => Array.from({ length: count }, () => pupil(survey, year, score, act));
  // Setting A: Year 8 has only 3 pupils, so Year 8 and (to protect it) one more group are hidden.
  const own = (survey: Survey) => [...many(survey, 20, 7, 3, 2), ...many(survey, 3, 8, 0, 0), ...many(survey, 12, 9, 2, 3), ...many(survey, 25, 10, 4, 4)];
  const others = (survey: Survey) => [...cells(survey, 'b', many(survey, 20, 9, 2)), ...cells(survey, 'c', many(survey, 20, 9, 1))];
  const summer = wave('summer', '2026-06-01', secondarySurveyV1);
  const autumn = wave('autumn', '2026-11-01', secondarySurvey);
  const history = [
    { wave: summer, tallies: [...cells(secondarySurveyV1, 'a', own(secondarySurveyV1)), ...others(secondarySurveyV1)] },
    { wave: autumn, tallies: [...cells(secondarySurvey, 'a', own(secondarySurvey)), ...others(secondarySurvey)] },
  ];
  const report = settingReport({ wave: autumn, setting: settings[0]!, survey: secondarySurvey, settings, history, threshold: 10 });

  it('breaks it down by year group, hiding the same groups as for every other question', () => {
    const years = report.breakdowns.find((b) => b.dimension === 'year')!;
    const hidden = (id: string) => years.questions.find((q) => q.id === id)!.groups.map((g) => [g.key, g.suppressed]);
    expect(hidden('adults_act')).toEqual(hidden('adults_listen'));
    expect(hidden('adults_act')).toContainEqual(['8', true]);
    expect(hidden('adults_act')).toContainEqual(['10', false]);
  });

  it('puts it in the CSV rows as a question, never as a theme', () => {
    const measures = new Set(settingReportRows(report).map((r) => r.measure));
    expect(measures).toContain('question:adults_act:option:4');
    expect([...measures].filter((m) => m.startsWith('theme:'))).toEqual(secondarySurvey.themes.map((t) => `theme:${t}`));
  });

  it('keeps theme trends from a version 1 round the same as version 1 reports them', () => {
    const v1Report = settingReport({ wave: summer, setting: settings[0]!, survey: secondarySurveyV1, settings, history: history.slice(0, 1), threshold: 10 });
    const themes = (g: { suppressed: boolean; themes?: unknown }) => (g.suppressed ? undefined : g.themes);
    expect(themes(report.trend[0]!.overall)).toEqual(themes(v1Report.overall));
    expect(themes(report.trend[0]!.overall)).toBeDefined();
  });
});

describe('a question on no theme and the support panel', () => {
  it('does not bring up support for its lowest answer', () => {
    for (const survey of [secondarySurvey, primarySurvey]) {
      expect(checkForSupport(survey, { adults_act: 0 })).toEqual({ support: false, lowAnswers: [], worryingText: false });
    }
  });
});
