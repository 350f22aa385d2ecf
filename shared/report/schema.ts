import { z } from 'zod';
import { ThemeId } from '../survey/schema';

/**
 * Report JSON. Every group is an object with a numeric `n` and a boolean `suppressed`; a suppressed
 * group carries no statistic at all (no mean, interval, percentage or distribution), only its n.
 */
const Shown = { suppressed: z.literal(false) };
const Hidden = { suppressed: z.literal(true) };

const Interval = z.tuple([z.number(), z.number()]);

/** A theme score on 0..100 for a group. */
export const ThemeResult = z.discriminatedUnion('suppressed', [
  z.object({ theme: ThemeId, n: z.number().int(), ...Hidden }).strict(),
  z
    .object({ theme: ThemeId, n: z.number().int(), ...Shown, mean: z.number(), sd: z.number(), ci: Interval, favourable: z.number() })
    .strict(),
]);
export type ThemeResult = z.infer<typeof ThemeResult>;

export const OptionCount = z.object({ option: z.union([z.number(), z.string()]), count: z.number().int(), percent: z.number() });

/** One question's answers for a group. Scale items add an oriented mean (0..4) and % favourable. */
export const QuestionResult = z.discriminatedUnion('suppressed', [
  z.object({ id: z.string(), n: z.number().int(), ...Hidden }).strict(),
  z
    .object({
      id: z.string(),
      n: z.number().int(),
      ...Shown,
      noAnswer: z.number().int(),
      distribution: z.array(OptionCount),
      mean: z.number().optional(),
      favourable: z.number().optional(),
    })
    .strict(),
]);
export type QuestionResult = z.infer<typeof QuestionResult>;

export const Group = z.discriminatedUnion('suppressed', [
  z.object({ key: z.string(), label: z.string(), n: z.number().int(), ...Hidden }).strict(),
  z
    .object({
      key: z.string(),
      label: z.string(),
      n: z.number().int(),
      ...Shown,
      themes: z.array(ThemeResult),
      questions: z.array(QuestionResult).optional(),
    })
    .strict(),
]);
export type Group = z.infer<typeof Group>;

const WaveRef = z.object({ id: z.string(), title: z.string() });
const SurveyRef = z.object({ id: z.string(), version: z.number().int(), audience: z.enum(['primary', 'secondary']) });

export const SettingReport = z.object({
  kind: z.literal('setting'),
  threshold: z.number().int(),
  wave: WaveRef,
  setting: z.object({ id: z.string(), name: z.string(), phase: z.string(), locality: z.string() }),
  survey: SurveyRef,
  overall: Group,
  locality: Group,
  city: Group,
  yearGroups: z.array(Group),
});
export type SettingReport = z.infer<typeof SettingReport>;

export const CityReport = z.object({
  kind: z.literal('city'),
  threshold: z.number().int(),
  wave: WaveRef,
  /** Primary and secondary pupils answer different surveys, so each audience is reported on its own. */
  sections: z.array(z.object({ survey: SurveyRef, city: Group, localities: z.array(Group) })),
});
export type CityReport = z.infer<typeof CityReport>;
