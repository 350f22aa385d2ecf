import { UNKNOWN_GENDER, UNKNOWN_YEAR } from './cells';
import type { Dimension } from './schema';

const GENDER_LABELS: Record<string, string> = {
  girl: 'Girls',
  boy: 'Boys',
  another: 'Describe themselves another way',
  [UNKNOWN_GENDER]: 'Gender not given',
};

export const DIMENSION_LABELS: Record<Dimension, string> = { year: 'Year group', gender: 'Gender' };

export function groupLabel(dimension: Dimension, key: string): string {
  if (dimension === 'gender') return GENDER_LABELS[key] ?? key;
  return key === UNKNOWN_YEAR ? 'Year not given' : `Year ${key}`;
}
