import { FIRST_TEXT } from './first-text';
import type { LanguageCode } from './languages';
import { pupilAr } from './pupil/ar';
import { pupilBn } from './pupil/bn';
import { pupilPl } from './pupil/pl';
import { pupilSo } from './pupil/so';
import { pupilUr } from './pupil/ur';
import { pupilEn, type PupilStrings } from './pupil-strings';

/** The pupil app's interface text in every language it offers. */
export const PUPIL_TEXT: Record<LanguageCode, PupilStrings> = { en: pupilEn, ur: pupilUr, ar: pupilAr, bn: pupilBn, pl: pupilPl, so: pupilSo };

/** One language's text, split as the app loads it: what the first screen needs, or the rest. */
export function pupilTextPart(lang: LanguageCode, part: 'first' | 'rest'): Partial<PupilStrings> {
  const first = new Set<string>(FIRST_TEXT);
  return Object.fromEntries(Object.entries(PUPIL_TEXT[lang]).filter(([key]) => first.has(key) === (part === 'first')));
}
