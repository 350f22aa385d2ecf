import type { Audience } from '../../../../shared/catalog';
import { SURVEYS } from '../../../../shared/survey';

/** The year groups a survey asks about ("4"–"6" for primary, "7"–"13" for secondary), from its newest version. */
export function yearGroups(audience: Audience): string[] {
  const survey = SURVEYS.filter((s) => s.audience === audience).sort((a, b) => b.version - a.version)[0];
  const question = survey?.questions.find((q) => q.kind === 'choice' && q.role === 'yearGroup');
  return question && question.kind === 'choice' ? question.options.map(String) : [];
}

/** Options for a year-group select: the whole setting first. */
export const yearOptions = (audience: Audience | undefined, whole: string) =>
  [['', whole] as const, ...(audience ? yearGroups(audience) : []).map((y) => [y, `Year ${y}`] as const)];

export const AUDIENCE_WORDS: Record<Audience, string> = {
  primary: 'Primary survey (Years 4 to 6)',
  secondary: 'Secondary survey (Years 7 to 13)',
};
