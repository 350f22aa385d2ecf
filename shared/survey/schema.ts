import * as z from 'zod';

/** Languages the pupil app can be offered in. A survey declares which of them it has text for. */
export const Language = z.enum(['en', 'ur', 'ar', 'bn', 'pl', 'so']);
export type Language = z.infer<typeof Language>;

/** The city's outcome themes (Safe, Happy, Healthy, Successful) and resilience factors (Belonging, Coping). */
export const ThemeId = z.enum(['belonging', 'safe', 'happy', 'healthy', 'successful', 'coping']);
export type ThemeId = z.infer<typeof ThemeId>;
export const THEMES = ThemeId.options;

/**
 * Answer anchors for 5-point items. Raw answers are 0..4, where 4 is the right-hand option
 * (strongly agree / always / happiest face). Scoring flips reverse-coded items.
 */
export const Anchors = z.enum(['agree', 'often', 'faces']);
export type Anchors = z.infer<typeof Anchors>;

const QuestionId = z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, 'question ids are short lower-case words');

const ScaleQuestion = z.object({
  id: QuestionId,
  kind: z.enum(['scale5', 'faces']),
  /**
   * The theme the item scores towards. Left out, the item is reported on its own and counts
   * towards no theme, so a new item can join a survey without moving theme scores between versions.
   */
  theme: ThemeId.optional(),
  reverse: z.boolean().default(false),
  anchors: Anchors,
});

const ChoiceQuestion = z.object({
  id: QuestionId,
  kind: z.literal('choice'),
  /** Demographic role used for breakdowns; a survey has at most one of each. */
  role: z.enum(['yearGroup', 'gender']).optional(),
  options: z.array(z.union([z.number().int(), z.string().regex(/^[a-z0-9_]+$/)])).min(2),
});

const TextQuestion = z.object({
  id: QuestionId,
  kind: z.literal('text'),
  maxLength: z.number().int().positive().max(2000).default(1000),
});

export const Question = z.discriminatedUnion('kind', [ScaleQuestion, ChoiceQuestion, TextQuestion]);
export type Question = z.infer<typeof Question>;
export type ScaleQuestion = z.infer<typeof ScaleQuestion>;
export type ChoiceQuestion = z.infer<typeof ChoiceQuestion>;
export type TextQuestion = z.infer<typeof TextQuestion>;

/** One language's strings: `title`, `intro`, `q.<id>` prompts, `q.<id>.<option>` labels, `anchor.<anchors>.<0-4>`. */
export const Strings = z.record(z.string(), z.string().min(1));
export type Strings = z.infer<typeof Strings>;

export const Survey = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    version: z.number().int().positive(),
    audience: z.enum(['primary', 'secondary']),
    themes: z.array(ThemeId).min(1),
    questions: z.array(Question).min(1),
    languages: z.array(Language).min(1),
    strings: z.partialRecord(Language, Strings),
    /** Machine-assisted or unreviewed translations, awaiting a native speaker's review (docs/translations.md). */
    draftLanguages: z.array(Language).default([]),
    /** Keys a language may show in English, said explicitly; anything else missing fails validation. */
    englishFallback: z.partialRecord(Language, z.array(z.string())).default({}),
  })
  .superRefine((survey, ctx) => {
    const ids = new Set<string>();
    for (const q of survey.questions) {
      if (ids.has(q.id)) ctx.addIssue({ code: 'custom', message: `question id ${q.id} is used twice` });
      ids.add(q.id);
      if ((q.kind === 'scale5' || q.kind === 'faces') && q.theme !== undefined && !survey.themes.includes(q.theme)) {
        ctx.addIssue({ code: 'custom', message: `question ${q.id} is on theme ${q.theme}, which the survey does not declare` });
      }
    }
    for (const role of ['yearGroup', 'gender'] as const) {
      if (survey.questions.filter((q) => q.kind === 'choice' && q.role === role).length > 1) {
        ctx.addIssue({ code: 'custom', message: `more than one ${role} question` });
      }
    }
    for (const lang of survey.languages) {
      const strings = survey.strings[lang];
      if (!strings) {
        ctx.addIssue({ code: 'custom', message: `language ${lang} is declared but has no strings` });
        continue;
      }
      const allowed = new Set(survey.englishFallback[lang] ?? []);
      for (const key of requiredStringKeys(survey)) {
        if (!strings[key] && !allowed.has(key)) {
          ctx.addIssue({ code: 'custom', message: `language ${lang} lacks the string "${key}" (add it, or list it in englishFallback)` });
        }
      }
    }
  });
export type Survey = z.infer<typeof Survey>;
export type SurveyInput = z.input<typeof Survey>;

/** Every string key a survey's questions need in each declared language. */
export function requiredStringKeys(survey: Pick<Survey, 'questions'>): string[] {
  const keys = new Set<string>(['title']);
  for (const q of survey.questions) {
    keys.add(`q.${q.id}`);
    if (q.kind === 'choice') for (const o of q.options) keys.add(`q.${q.id}.${o}`);
    if (q.kind === 'scale5' || q.kind === 'faces') for (let v = 0; v <= 4; v++) keys.add(`anchor.${q.anchors}.${v}`);
  }
  return [...keys];
}

export { isScale } from './kinds';

/**
 * The survey with only one language's strings, as the pupil app downloads it. Keys a language
 * falls back on are filled from English here, so the app never has to fetch English as well.
 */
export function forLanguage(survey: Survey, language: Language): Survey {
  const lang = survey.languages.includes(language) ? language : 'en';
  const fallback = Object.fromEntries((survey.englishFallback[lang] ?? []).map((k) => [k, survey.strings.en?.[k] ?? '']));
  return {
    ...survey,
    languages: [lang],
    strings: { [lang]: { ...fallback, ...survey.strings[lang] } },
    draftLanguages: survey.draftLanguages.filter((l) => l === lang),
    englishFallback: {},
  };
}
