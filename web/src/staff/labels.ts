import { findSurvey, isScale, type ScaleQuestion, type Survey, type ThemeId } from '../../../shared/survey';

/** Words for reports. The survey definitions come from shared/, which is fine in this lazy chunk. */
export const THEME_NAMES: Record<ThemeId, string> = {
  belonging: 'Belonging',
  safe: 'Safe',
  happy: 'Happy',
  healthy: 'Healthy',
  successful: 'Successful',
  coping: 'Coping',
};

export const AUDIENCE_NAMES = { primary: 'Primary pupils', secondary: 'Secondary pupils' } as const;

export type SurveyText = {
  survey: Survey | undefined;
  prompt: (id: string) => string;
  option: (q: ScaleQuestion, value: number | string) => string;
  scaleQuestions: (theme: ThemeId) => ScaleQuestion[];
};

export function surveyText(ref: { id: string; version: number }): SurveyText {
  const survey = findSurvey(ref.id, ref.version);
  const en = survey?.strings.en ?? {};
  return {
    survey,
    prompt: (id) => en[`q.${id}`] ?? id,
    option: (q, value) => en[`anchor.${q.anchors}.${value}`] ?? String(value),
    scaleQuestions: (theme) => (survey?.questions ?? []).filter((q): q is ScaleQuestion => isScale(q) && q.theme === theme),
  };
}

export const fewerThan = (threshold: number) =>
  `Fewer than ${threshold} responses, so no results are shown to protect pupils' privacy.`;

export const CAUTION = 'Small groups swing more from one survey to the next; read differences of a few points with care.';

export const formatDate = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
