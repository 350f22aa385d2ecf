import * as z from 'zod';
import { ThemeId } from '../survey/schema';

/**
 * Report JSON. Every group (setting, year group, gender, locality, city…) is an object with a
 * boolean `suppressed`; a shown group has its `n`, a suppressed one carries no statistic and no
 * count at all (no n, mean, interval, percentage or distribution), only why it is hidden. The same holds for each theme, each
 * question, and each answer option inside a shown group: everything passes through the
 * suppression engine (shared/suppression) before it gets here.
 */
const Shown = { suppressed: z.literal(false) };
const Hidden = { suppressed: z.literal(true) };
/**
 * Why a group, theme or question is hidden, in place of any count: `few` (fewer than the
 * threshold), or `protected` (hidden with a smaller one, so it cannot be worked out). A hidden
 * figure carries no n anywhere: "one pupil describes themselves another way" is itself a disclosure,
 * and a complement's n would give the smaller one away by subtraction.
 */
export const HiddenReason = z.enum(['few', 'protected']);
export type HiddenReason = z.infer<typeof HiddenReason>;
const HiddenWhy = { ...Hidden, reason: HiddenReason };
const Count = z.number().int().nonnegative();
const Interval = z.tuple([z.number(), z.number()]);

/** A theme score on 0..100: n is the pupils with a score on the theme. */
export const ThemeResult = z.discriminatedUnion('suppressed', [
  z.object({ theme: ThemeId, ...HiddenWhy }).strict(),
  z.object({ theme: ThemeId, n: Count, ...Shown, mean: z.number(), sd: z.number(), ci: Interval, favourable: z.number() }).strict(),
]);
export type ThemeResult = z.infer<typeof ThemeResult>;

/** One answer option: how many chose it, and the percentage of the group's responses. */
export const OptionResult = z.discriminatedUnion('suppressed', [
  z.object({ option: z.union([z.number(), z.string()]), ...Hidden }).strict(),
  z.object({ option: z.union([z.number(), z.string()]), ...Shown, count: Count, percent: z.number() }).strict(),
]);
export type OptionResult = z.infer<typeof OptionResult>;

/** Pupils who skipped the question or chose "prefer not to say". */
export const NoAnswer = z.discriminatedUnion('suppressed', [
  z.object({ ...Hidden }).strict(),
  z.object({ ...Shown, count: Count, percent: z.number() }).strict(),
]);

/**
 * A question's answers in a group of n responses. `mean` (0..4, higher is better) and
 * `favourable` (% of those answering who chose the top two, once oriented) are given only
 * when no option is hidden, because with them a hidden count could be worked out.
 */
export const QuestionResult = z.discriminatedUnion('suppressed', [
  z.object({ id: z.string(), key: z.string().optional(), ...HiddenWhy }).strict(),
  z
    .object({
      id: z.string(),
      key: z.string().optional(),
      n: Count,
      ...Shown,
      noAnswer: NoAnswer,
      distribution: z.array(OptionResult),
      mean: z.number().optional(),
      favourable: z.number().optional(),
    })
    .strict(),
]);
export type QuestionResult = z.infer<typeof QuestionResult>;

const Rate = { roll: Count.optional(), responseRate: z.number().optional() };

export const Group = z.discriminatedUnion('suppressed', [
  z.object({ key: z.string(), label: z.string(), ...HiddenWhy, roll: Count.optional() }).strict(),
  z
    .object({
      key: z.string(),
      label: z.string(),
      n: Count,
      ...Shown,
      ...Rate,
      themes: z.array(ThemeResult),
      questions: z.array(QuestionResult).optional(),
    })
    .strict(),
]);
export type Group = z.infer<typeof Group>;
export type ShownGroup = Extract<Group, { suppressed: false }>;

export const Dimension = z.enum(['year', 'gender']);
export type Dimension = z.infer<typeof Dimension>;

/** One breakdown dimension of a group (never two at once): theme scores and answers per group. */
export const Breakdown = z.object({
  dimension: Dimension,
  label: z.string(),
  groups: z.array(Group),
  questions: z.array(z.object({ id: z.string(), groups: z.array(QuestionResult) })),
});
export type Breakdown = z.infer<typeof Breakdown>;

/** Below / Average / Above the city: the pupil-weighted city mean ± one SD of setting means. */
export const Benchmark = z.object({
  theme: ThemeId,
  band: z.enum(['below', 'average', 'above']),
  cityMean: z.number(),
  spread: z.number(),
  settings: Count,
});
export type Benchmark = z.infer<typeof Benchmark>;

/**
 * Why topics (and comments) are not shown: the group is hidden (`small`), or the view is by a
 * dimension they are never shown by (`dimension`: gender). Topics and comments are shown for a
 * whole setting and by year group only, so that no pair of views can narrow what someone wrote
 * to a year group and a gender together. A hidden block says nothing more, not even how many wrote.
 */
export const TopicsHiddenReason = z.enum(['small', 'dimension']);
export type TopicsHiddenReason = z.infer<typeof TopicsHiddenReason>;

export const Topics = z.discriminatedUnion('suppressed', [
  z.object({ ...Hidden, reason: TopicsHiddenReason }).strict(),
  z
    .object({
      n: Count,
      ...Shown,
      topics: z.array(z.object({ id: z.string(), label: z.string(), count: Count })),
      /** Comments matching the safeguarding word list: for the safeguarding lead to follow the setting's procedures. */
      flagged: Count,
    })
    .strict(),
]);
export type Topics = z.infer<typeof Topics>;

export const WaveRef = z.object({ id: z.string(), title: z.string(), opensOn: z.string(), closesOn: z.string(), status: z.string() });
export const SurveyRef = z.object({ id: z.string(), version: z.number().int(), audience: z.enum(['primary', 'secondary']) });

/** The youth council's findings pupils voted on in this round: the labels of its `priority` question. */
export const BallotLabels = z.array(z.object({ findingId: z.string(), text: z.string() }));
export type BallotLabels = z.infer<typeof BallotLabels>;

export const TrendPoint = z.object({ wave: WaveRef, overall: Group, locality: Group, city: Group });
export type TrendPoint = z.infer<typeof TrendPoint>;

export const SettingReport = z.object({
  kind: z.literal('setting'),
  threshold: z.number().int(),
  wave: WaveRef,
  setting: z.object({ id: z.string(), name: z.string(), phase: z.string(), locality: z.string() }),
  survey: SurveyRef,
  /** Present when the report is narrowed to one group, e.g. Year 9 or girls. */
  filter: z.object({ dimension: Dimension, key: z.string(), label: z.string() }).optional(),
  overall: Group,
  benchmarks: z.array(Benchmark),
  locality: Group,
  city: Group,
  breakdowns: z.array(Breakdown),
  /** Every wave the setting took part in, oldest first, this one included. */
  trend: z.array(TrendPoint),
  topics: Topics,
  ballot: BallotLabels.optional(),
  cautions: z.array(z.string()),
});
export type SettingReport = z.infer<typeof SettingReport>;

export const CitySection = z.object({
  survey: SurveyRef,
  city: Group,
  localities: z.array(Group),
  /** Themes from highest to lowest city score (shown themes only). */
  ranking: z.array(ThemeId),
  /** The same figures for the previous wave, to show change. */
  previous: z.object({ wave: WaveRef, city: Group, localities: z.array(Group) }).optional(),
  topics: Topics,
  /** Admin only: each setting, suppressed like any group. The youth council never gets these. */
  settings: z.array(Group).optional(),
});
export type CitySection = z.infer<typeof CitySection>;

export const CityReport = z.object({
  kind: z.literal('city'),
  threshold: z.number().int(),
  wave: WaveRef,
  sections: z.array(CitySection),
  ballot: BallotLabels.optional(),
  cautions: z.array(z.string()),
});
export type CityReport = z.infer<typeof CityReport>;
