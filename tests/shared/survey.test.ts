import { describe, expect, it } from 'vitest';
import {
  forLanguage,
  isScale,
  primarySurvey,
  requiredStringKeys,
  secondarySurvey,
  Survey,
  SURVEYS,
  THEMES,
} from '../../shared/survey';

const scaleItems = (s: Survey) => s.questions.filter(isScale);

describe('shipped surveys', () => {
  it('secondary survey has 18 to 24 scale items covering all six themes', () => {
    const items = scaleItems(secondarySurvey);
    expect(items.length).toBeGreaterThanOrEqual(18);
    expect(items.length).toBeLessThanOrEqual(24);
    expect(new Set(items.flatMap((q) => (q.theme ? [q.theme] : [])))).toEqual(new Set(THEMES));
    expect(items.every((q) => q.kind === 'scale5')).toBe(true);
  });

  it('secondary survey asks year group (7 to 13), gender and at least one free-text question', () => {
    const year = secondarySurvey.questions.find((q) => q.kind === 'choice' && q.role === 'yearGroup');
    expect(year && year.kind === 'choice' && year.options).toEqual([7, 8, 9, 10, 11, 12, 13]);
    const gender = secondarySurvey.questions.find((q) => q.kind === 'choice' && q.role === 'gender');
    expect(gender && gender.kind === 'choice' && gender.options).toEqual(['girl', 'boy', 'another']);
    expect(secondarySurvey.questions.filter((q) => q.kind === 'text').length).toBeGreaterThanOrEqual(1);
    expect(secondarySurvey.strings.en?.['q.better_place']).toBe('What would make your school a better place to be?');
  });

  it('primary survey is about ten faces items for Years 4 to 6, none reverse-coded', () => {
    const items = scaleItems(primarySurvey);
    expect(items.length).toBeGreaterThanOrEqual(8);
    expect(items.length).toBeLessThanOrEqual(13);
    expect(items.every((q) => q.kind === 'faces' && !q.reverse)).toBe(true);
    const year = primarySurvey.questions.find((q) => q.kind === 'choice' && q.role === 'yearGroup');
    expect(year && year.kind === 'choice' && year.options).toEqual([4, 5, 6]);
  });

  it('every shipped survey has every English string its questions need', () => {
    for (const survey of SURVEYS) {
      for (const key of requiredStringKeys(survey)) expect(survey.strings.en?.[key], `${survey.id} ${key}`).toBeTruthy();
    }
  });

  it('uses short sentences for pupils (no prompt over 12 words)', () => {
    for (const survey of SURVEYS) {
      for (const q of survey.questions) {
        const words = survey.strings.en![`q.${q.id}`]!.split(/\s+/).length;
        expect(words, `${survey.id} ${q.id}`).toBeLessThanOrEqual(12);
      }
    }
  });
});

describe('survey definition validation', () => {
  const base = { id: 'x', version: 1, audience: 'secondary' as const, themes: ['safe' as const], languages: ['en' as const] };

  it('rejects a declared language that lacks a string', () => {
    const result = Survey.safeParse({
      ...base,
      questions: [{ id: 'a', kind: 'scale5', theme: 'safe', anchors: 'agree' }],
      strings: { en: { title: 'T', 'q.a': 'A' } },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain('language en lacks the string "anchor.agree.0" (add it, or list it in englishFallback)');
  });

  it('rejects a question on a theme the survey does not declare, and duplicate ids', () => {
    const result = Survey.safeParse({
      ...base,
      questions: [
        { id: 'a', kind: 'scale5', theme: 'happy', anchors: 'agree' },
        { id: 'a', kind: 'text' },
      ],
      strings: {},
    });
    const messages = result.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toContain('question a is on theme happy, which the survey does not declare');
    expect(messages).toContain('question id a is used twice');
  });

  it('accepts a scale question on no theme', () => {
    const result = Survey.safeParse({
      ...base,
      questions: [{ id: 'a', kind: 'scale5', anchors: 'agree' }],
      strings: { en: { title: 'T', 'q.a': 'A', ...Object.fromEntries([0, 1, 2, 3, 4].map((v) => [`anchor.agree.${v}`, `${v}`])) } },
    });
    expect(result.success).toBe(true);
    expect(result.data?.questions[0]).not.toHaveProperty('theme');
  });

  it('forLanguage keeps only the chosen language, marked draft where it is one', () => {
    expect(Object.keys(forLanguage(secondarySurvey, 'en').strings)).toEqual(['en']);
    const ar = forLanguage(secondarySurvey, 'ar');
    expect(Object.keys(ar.strings)).toEqual(['ar']);
    expect(ar.draftLanguages).toEqual(['ar']);
    expect(JSON.stringify(ar)).not.toContain('I feel I belong at my school.');
  });

  it('forLanguage falls back to English for a language the survey does not declare', () => {
    const only = Survey.parse({ ...secondarySurvey, languages: ['en'], draftLanguages: [] });
    expect(forLanguage(only, 'so').languages).toEqual(['en']);
  });

  it('fills keys a language explicitly falls back on from English', () => {
    const { 'q.sleep': _dropped, ...polish } = secondarySurvey.strings.pl!;
    const strings = { ...secondarySurvey.strings, pl: polish };
    expect(Survey.safeParse({ ...secondarySurvey, strings }).success).toBe(false);
    const partial = Survey.parse({ ...secondarySurvey, strings, englishFallback: { pl: ['q.sleep'] } });
    expect(forLanguage(partial, 'pl').strings.pl?.['q.sleep']).toBe('I get enough sleep to feel awake in the day.');
  });

  it('ships every survey in six languages, five of them drafts', () => {
    for (const s of SURVEYS) {
      expect(s.languages).toEqual(['en', 'ur', 'ar', 'bn', 'pl', 'so']);
      expect(s.draftLanguages).toEqual(['ur', 'ar', 'bn', 'pl', 'so']);
    }
  });
});
