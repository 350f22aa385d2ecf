import { UNKNOWN_GENDER, UNKNOWN_YEAR } from './cells';
import type { ThemeId } from '../survey/schema';
import type { Dimension } from './schema';

const GENDER_LABELS: Record<string, string> = {
  girl: 'Girls',
  boy: 'Boys',
  another: 'Describe themselves another way',
  [UNKNOWN_GENDER]: 'Gender not given',
};

/** Theme names for staff and pupils alike (English). */
export const THEME_NAMES: Record<ThemeId, string> = {
  belonging: 'Belonging',
  safe: 'Safe',
  happy: 'Happy',
  healthy: 'Healthy',
  successful: 'Successful',
  coping: 'Coping',
};

export const DIMENSION_LABELS: Record<Dimension, string> = { year: 'Year group', gender: 'Gender' };

export function groupLabel(dimension: Dimension, key: string): string {
  if (dimension === 'gender') return GENDER_LABELS[key] ?? key;
  return key === UNKNOWN_YEAR ? 'Year not given' : `Year ${key}`;
}
