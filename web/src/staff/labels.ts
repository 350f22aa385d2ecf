import type { HiddenReason } from '../../../shared/report/schema';
import { THEME_NAMES } from '../../../shared/report/labels';
import { findSurvey, isScale, type ScaleQuestion, type Survey, type ThemeId } from '../../../shared/survey';

/** Words for reports. The survey definitions come from shared/, which is fine in this lazy chunk. */
export { THEME_NAMES };

export const AUDIENCE_NAMES = { primary: 'Primary pupils', secondary: 'Secondary pupils' } as const;

/** Scale questions as the report lists them: one group per theme, then any on no theme. */
export type QuestionGroup = { key: ThemeId | 'other'; name: string; note?: string; questions: ScaleQuestion[] };

/**
 * Items on no theme (such as whether adults act on what pupils say) go last, under a name that
 * says what they are not, so no one looks for them in a theme score.
 */
const OTHER_GROUP = { key: 'other', name: 'Other questions', note: 'These questions are not part of any theme score.' } as const;

export type SurveyText = {
  survey: Survey | undefined;
  prompt: (id: string) => string;
  option: (q: ScaleQuestion, value: number | string) => string;
  questionGroups: () => QuestionGroup[];
};

export function surveyText(ref: { id: string; version: number }): SurveyText {
  const survey = findSurvey(ref.id, ref.version);
  const en = survey?.strings.en ?? {};
  const scale = (survey?.questions ?? []).filter(isScale);
  const questionGroups = (): QuestionGroup[] => {
    const themed = (survey?.themes ?? []).map((t) => ({ key: t, name: THEME_NAMES[t], questions: scale.filter((q) => q.theme === t) }));
    const other = scale.filter((q) => q.theme === undefined);
    return other.length ? [...themed, { ...OTHER_GROUP, questions: other }] : themed;
  };
  return {
    survey,
    prompt: (id) => en[`q.${id}`] ?? id,
    option: (q, value) => en[`anchor.${q.anchors}.${value}`] ?? String(value),
    questionGroups,
  };
}

export const fewerThan = (threshold: number) =>
  `Fewer than ${threshold} responses, so no results are shown to protect pupils' privacy.`;

/**
 * Why a group or figure is not shown, in a few words and never with a number other than the
 * threshold: the report itself carries only the reason, never a hidden group's count.
 */
export const hiddenReason = (reason: HiddenReason, threshold: number) =>
  reason === 'few' ? `Fewer than ${threshold} responses` : 'Hidden to protect a smaller group';

/** A hidden question: its group may be big enough while too few answered that question. */
export const hiddenQuestionReason = (reason: HiddenReason, threshold: number) =>
  reason === 'few' ? `Fewer than ${threshold} answers` : 'Hidden to protect a smaller group';

export type Band = 'below' | 'average' | 'above';
export const BAND_WORDS: Record<Band, string> = { below: 'Below', average: 'Average', above: 'Above' };
/** The rule behind each band, to follow its word: "Above: more than one spread above the city average". */
export const BAND_RULE: Record<Band, string> = {
  above: 'more than one spread above the city average',
  average: 'within one spread of the city average',
  below: 'more than one spread below the city average',
};
export const bandLine = (band: Band) => `${BAND_WORDS[band]}: ${BAND_RULE[band]}`;
export const SPREAD_EXPLAINED =
  'The spread is how much settings’ scores differ across the city (one standard deviation of their scores).';

/** A change between rounds in words and numbers: "up 2.1", "down 0.4", "no change". */
export function changeWords(now: number, before: number): { dir: 'up' | 'down' | 'same'; text: string } {
  const d = Math.round((now - before) * 10) / 10;
  if (d === 0) return { dir: 'same', text: 'no change' };
  return d > 0 ? { dir: 'up', text: `up ${d.toFixed(1)}` } : { dir: 'down', text: `down ${(-d).toFixed(1)}` };
}

export const CAUTION = 'Small groups swing more from one survey to the next; read differences of a few points with care.';

export const formatDate = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
