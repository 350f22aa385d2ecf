import type { LanguageCode } from '../../../shared/i18n/languages';
import type { PupilStrings } from '../../../shared/i18n/pupil-strings';
import english from 'virtual:pupil-text/en/first';

/** Where the device remembers the language chosen (not personal: it is the same for a whole class). */
export const LANG_KEY = 'heard:lang';

export type Text = Partial<PupilStrings>;
export type TextModule = Promise<{ default: Text }>;

/**
 * Each language's interface text is fetched only when that language is chosen, so a pupil
 * reading Arabic never downloads the Urdu, Bengali, Polish or Somali text. It comes in two parts:
 * what the first screen needs, here, and the rest (rest-text.ts), fetched after (shared/i18n/first-text.ts).
 * English, the usual first language, comes with the page itself (a few hundred bytes a pupil who
 * chose another language on this device does not need).
 */
const first: Record<LanguageCode, () => TextModule> = {
  en: () => Promise.resolve({ default: english }),
  ur: () => import('virtual:pupil-text/ur/first'),
  ar: () => import('virtual:pupil-text/ar/first'),
  bn: () => import('virtual:pupil-text/bn/first'),
  pl: () => import('virtual:pupil-text/pl/first'),
  so: () => import('virtual:pupil-text/so/first'),
};

export const OFFERED = Object.keys(first) as LanguageCode[];

export const loadFirstText = (lang: LanguageCode): Promise<Text> => first[lang]().then((m) => m.default);
