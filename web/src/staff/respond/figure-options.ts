import type { Cited } from '../../../../shared/respond/evidence';
import type { EvidenceRef } from '../../../../shared/respond/schema';
import { isScale, type ThemeId } from '../../../../shared/survey';
import { surveyText, THEME_NAMES } from '../labels';
import type { FigureOption } from './figure-choices';

type Ref = Pick<EvidenceRef, 'kind' | 'id'>;

/** `theme:belonging` → `{ kind: 'theme', id: 'belonging' }`. */
export const refOf = (value: string): Ref | undefined => {
  const [kind, id] = value.split(':');
  return (kind === 'theme' || kind === 'question') && id ? { kind, id } : undefined;
};

/**
 * Every theme of a survey, and (when `questions`) each of its scale questions, each with the
 * figure the report shows for it or why it shows none (`cite`).
 */
export function figureOptions(survey: { id: string; version: number }, questions: boolean, cite: (ref: Ref) => Cited): FigureOption[] {
  const text = surveyText(survey);
  const themes: ThemeId[] = text.survey?.themes ?? [];
  const options = themes.map((t) => ({ value: `theme:${t}`, label: `${THEME_NAMES[t]} (theme)`, cited: cite({ kind: 'theme', id: t }) }));
  if (!questions) return options;
  const scale = (text.survey?.questions ?? []).filter(isScale);
  return [...options, ...scale.map((q) => ({ value: `question:${q.id}`, label: text.prompt(q.id), cited: cite({ kind: 'question', id: q.id }) }))];
}
