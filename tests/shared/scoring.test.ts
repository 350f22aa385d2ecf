import { describe, expect, it } from 'vitest';
import { addTallies, emptyTally, itemCounters, itemScore, summarise, tallyResponse, tCritical95, themeScores, type Answers } from '../../shared/scoring';
import { isScale, primarySurvey, primarySurveyV1, secondarySurvey, secondarySurveyV1, type Question } from '../../shared/survey';

const q = (id: string) => secondarySurvey.questions.find((x) => x.id === id) as Question;

describe('item scores', () => {
  it('keeps a positively worded item as answered', () => {
    expect([0, 1, 2, 3, 4].map((v) => itemScore(q('belong'), v))).toEqual([0, 1, 2, 3, 4]);
  });

  it('flips a reverse-coded item so higher is better', () => {
    expect([0, 1, 2, 3, 4].map((v) => itemScore(q('worried'), v))).toEqual([4, 3, 2, 1, 0]);
  });

  it('refuses to score a question that is not a scale', () => {
    expect(() => itemScore(q('gender'), 1)).toThrow(/not a scale item/);
  });
});

describe('theme scores', () => {
  it('is the mean of answered items on 0 to 100', () => {
    // belonging: belong 4, left_out (reverse) 0 -> 4, adults_care 2, friends 2 => mean 3 => 75
    expect(themeScores(secondarySurvey, { belong: 4, left_out: 0, adults_care: 2, friends: 2 }).belonging).toBe(75);
  });

  it('needs at least half of the theme items answered', () => {
    expect(themeScores(secondarySurvey, { belong: 4, friends: 2 }).belonging).toBe(75); // 2 of 4
    expect(themeScores(secondarySurvey, { belong: 4 }).belonging).toBeUndefined(); // 1 of 4
    expect(themeScores(secondarySurvey, { belong: 4, left_out: null, adults_care: null }).belonging).toBeUndefined();
  });
});

describe('group statistics', () => {
  it('gives mean, sample standard deviation and a t-based 95% interval', () => {
    const xs = [1, 2, 3, 4, 5];
    const s = summarise(5, 15, xs.reduce((a, x) => a + x * x, 0), 0, 100);
    expect(s.mean).toBe(3);
    expect(s.sd).toBeCloseTo(1.5811, 4);
    expect(s.ci[0]).toBeCloseTo(3 - (2.776 * 1.5811) / Math.sqrt(5), 3);
    expect(s.ci[1]).toBeCloseTo(3 + (2.776 * 1.5811) / Math.sqrt(5), 3);
  });

  it('clips the interval to the scale', () => {
    const s = summarise(3, 290, 100 * 100 + 100 * 100 + 90 * 90, 0, 100);
    expect(s.ci[1]).toBe(100);
  });

  it('uses exact t values for small groups and approaches 1.96 for large ones', () => {
    expect(tCritical95(9)).toBe(2.262);
    expect(tCritical95(60)).toBeCloseTo(2.0003, 3);
    expect(tCritical95(10_000)).toBeCloseTo(1.96, 3);
  });
});

describe('tallies', () => {
  it('counts one response: options chosen, theme sums in hundredths, favourable', () => {
    const t = tallyResponse(secondarySurvey, { year: 9, belong: 4, left_out: 0, safe_school: 3, gender: null });
    expect(t.n).toBe(1);
    expect(t['a.year.9']).toBe(1);
    expect(t['a.belong.4']).toBe(1);
    expect(t['a.gender.null']).toBeUndefined();
    expect(t['t.belonging.n']).toBe(1);
    expect(t['t.belonging.s']).toBe(10_000); // 100.00
    expect(t['t.belonging.q']).toBe(100_000_000);
    expect(t['t.belonging.f']).toBe(1);
    expect(t['t.safe.n']).toBeUndefined(); // 1 of 4 safe items
  });

  it('adds up across groups', () => {
    const a = tallyResponse(secondarySurvey, { belong: 1, friends: 1 });
    const b = tallyResponse(secondarySurvey, { belong: 3, friends: 3 });
    const sum = addTallies(a, b);
    expect(sum.n).toBe(2);
    expect(sum['t.belonging.s']).toBe(2500 + 7500);
    expect(sum['t.belonging.f']).toBe(1);
  });
});

describe('an item on no theme (adults_act)', () => {
  // Every coping item at the top, so adults_act would pull the coping score down if it counted.
  const full: Answers = Object.fromEntries(secondarySurvey.questions.filter(isScale).map((x) => [x.id, x.reverse ? 0 : 4]));
  const partial: Answers = { belong: 4, friends: 1, bounce_back: 2, adult_to_talk: 3, safe_school: 0 };
  const without = (a: Answers) => ({ ...a, adults_act: undefined });

  it.each([0, 1, 2, 3, 4])('leaves every theme score as it was when answered %i', (raw) => {
    for (const answers of [full, partial]) {
      const before = themeScores(secondarySurvey, without(answers));
      expect(themeScores(secondarySurvey, { ...answers, adults_act: raw })).toEqual(before);
      expect(themeScores(secondarySurveyV1, without(answers))).toEqual(before);
    }
    expect(themeScores(primarySurvey, { adult_to_talk: 4, calm_down: 4, adults_act: raw })).toEqual(
      themeScores(primarySurveyV1, { adult_to_talk: 4, calm_down: 4 }),
    );
  });

  it('is tallied like any other answer, with the theme counters untouched', () => {
    const t = tallyResponse(secondarySurvey, { ...full, adults_act: 1 });
    const theme = (x: Record<string, number>) => Object.entries(x).filter(([k]) => k.startsWith('t.'));
    expect(t['a.adults_act.1']).toBe(1);
    expect(theme(t)).toEqual(theme(tallyResponse(secondarySurveyV1, full)));
    expect(itemCounters(secondarySurvey, 'adults_act', t)).toEqual({ n: 1, sum: 1, sumSq: 1, favourable: 0 });
  });

  it('has its answer counters in an empty tally, and adds no theme counters', () => {
    const empty = emptyTally(secondarySurvey, []);
    for (const v of [0, 1, 2, 3, 4]) expect(empty[`a.adults_act.${v}`]).toBe(0);
    const themeKeys = (x: Record<string, number>) => Object.keys(x).filter((k) => k.startsWith('t.'));
    expect(themeKeys(empty)).toEqual(themeKeys(emptyTally(secondarySurveyV1, [])));
  });
});
