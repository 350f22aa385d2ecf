import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { latestSurveys } from '../../functions/domain/wave-admin';
import { hardSentences } from '../../shared/respond/readability';
import {
  findSurvey,
  isScale,
  primarySurvey,
  primarySurveyV1,
  primarySurveyV2,
  secondarySurvey,
  secondarySurveyV1,
  secondarySurveyV2,
  Survey,
  SURVEYS,
} from '../../shared/survey';

const ids = (s: Survey) => s.questions.map((q) => q.id);
/** Questions and English words: what answers from a round mean. Draft translations may still be corrected. */
const digest = (s: Survey) => createHash('sha256').update(JSON.stringify({ questions: s.questions, en: s.strings.en })).digest('hex');

const versions = [
  { v1: secondarySurveyV1, v2: secondarySurveyV2, listen: 'adults_listen' },
  { v1: primarySurveyV1, v2: primarySurveyV2, listen: 'adult_to_talk' },
];

describe('version 1, frozen for the rounds that used it', () => {
  // If one of these fails, version 1 was edited: make the change in a new version instead.
  it('keeps the secondary questions, words and version exactly', () => {
    expect(secondarySurveyV1).toMatchObject({ id: 'belonging-secondary', version: 1 });
    expect(ids(secondarySurveyV1)).toEqual([
      'year', 'belong', 'left_out', 'adults_care', 'friends', 'safe_school', 'safe_journey', 'safe_online', 'bullied',
      'happy_life', 'good_self', 'worried', 'lonely', 'sleep', 'active', 'eat_well', 'enjoy_learning', 'do_well',
      'learning_help', 'future', 'bounce_back', 'adult_to_talk', 'adults_listen', 'know_help', 'gender', 'better_place',
      'anything_else',
    ]);
    expect(digest(secondarySurveyV1)).toBe('d39e953687e52b68e8179f62cbd2b68f5ce9250a1c68f06cfc53364b0292d6bc');
  });

  it('keeps the primary questions, words and version exactly', () => {
    expect(primarySurveyV1).toMatchObject({ id: 'belonging-primary', version: 1 });
    expect(ids(primarySurveyV1)).toEqual([
      'year', 'like_school', 'friends', 'safe_school', 'safe_online', 'happy', 'good_self', 'sleep', 'active',
      'enjoy_learning', 'keep_trying', 'adult_to_talk', 'calm_down', 'gender', 'better_place',
    ]);
    expect(digest(primarySurveyV1)).toBe('89e7cb84f54a53471a46680b7316bbf224ea462649986b083425482f274d7f12');
  });

  it('has no string for the item added later, in any language', () => {
    for (const s of [secondarySurveyV1, primarySurveyV1]) {
      for (const lang of s.languages) expect(s.strings[lang], `${s.id} ${lang}`).not.toHaveProperty('q.adults_act');
    }
  });
});

describe.each(versions)('$v2.id version 2', ({ v1, v2, listen }) => {
  it('is valid and ships beside version 1 under the same id', () => {
    expect(Survey.safeParse(v2).success).toBe(true);
    expect(v2).toMatchObject({ id: v1.id, version: 2, audience: v1.audience, themes: v1.themes });
    expect(findSurvey(v1.id, 1)).toBe(v1);
    expect(findSurvey(v1.id, 2)).toBe(v2);
    expect(SURVEYS.filter((s) => s.id === v1.id).map((s) => s.version)).toEqual([1, 2]);
  });

  it("keeps version 1's questions unchanged and in order, adding only adults_act on no theme", () => {
    expect(v2.questions.filter((q) => q.id !== 'adults_act')).toEqual(v1.questions);
    const added = v2.questions.find((q) => q.id === 'adults_act')!;
    expect(isScale(added) && added.theme).toBe(undefined);
    expect(added).toMatchObject({ kind: v1.audience === 'primary' ? 'faces' : 'scale5', reverse: false });
    expect(ids(v2)[ids(v2).indexOf('adults_act') - 1]).toBe(listen);
  });

  it("reuses version 1's strings in every language and adds the new item's", () => {
    expect(v2.languages).toEqual(v1.languages);
    expect(v2.draftLanguages).toEqual(v1.draftLanguages);
    for (const lang of v2.languages) {
      const { 'q.adults_act': added, ...rest } = v2.strings[lang]!;
      expect(rest, lang).toEqual(v1.strings[lang]);
      expect(added?.trim(), lang).toBeTruthy();
      if (lang !== 'en') expect(added, `${lang} is translated`).not.toBe(v2.strings.en!['q.adults_act']);
    }
  });

  it('asks about acting on what pupils say, in words a pupil of about 9 can read', () => {
    const prompt = v2.strings.en!['q.adults_act']!;
    expect(prompt).toMatch(/do something about/);
    expect(prompt).not.toBe(v2.strings.en![`q.${listen}`]);
    expect(hardSentences(prompt)).toEqual([]);
  });
});

describe('the newest versions', () => {
  it('are what the shared survey names and new rounds use', () => {
    expect(secondarySurvey).toBe(secondarySurveyV2);
    expect(primarySurvey).toBe(primarySurveyV2);
    expect(latestSurveys()).toEqual({
      primary: { id: 'belonging-primary', version: 2 },
      secondary: { id: 'belonging-secondary', version: 2 },
    });
  });
});
