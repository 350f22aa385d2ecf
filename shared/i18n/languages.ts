/**
 * The languages the pupil app offers, each named in its own script for the language menu.
 * `draft` marks translations that no native speaker has reviewed yet (docs/translations.md);
 * the app should say so (`draft.notice`) and keep English one tap away.
 */
export type LanguageCode = 'en' | 'ur' | 'ar' | 'bn' | 'pl' | 'so';

export type LanguageInfo = {
  code: LanguageCode;
  /** The name in the language itself. */
  name: string;
  dir: 'ltr' | 'rtl';
  draft: boolean;
};

export const LANGUAGES: readonly LanguageInfo[] = [
  { code: 'en', name: 'English', dir: 'ltr', draft: false },
  { code: 'ur', name: 'اردو', dir: 'rtl', draft: true },
  { code: 'ar', name: 'العربية', dir: 'rtl', draft: true },
  { code: 'bn', name: 'বাংলা', dir: 'ltr', draft: true },
  { code: 'pl', name: 'Polski', dir: 'ltr', draft: true },
  { code: 'so', name: 'Soomaali', dir: 'ltr', draft: true },
];

/**
 * Each language's name in English, for staff screens and docs. Kept apart from LANGUAGES, which
 * every pupil's page carries inline: names no pupil reads would only cost them bytes.
 */
export const ENGLISH_NAMES: Record<LanguageCode, string> = { en: 'English', ur: 'Urdu', ar: 'Arabic', bn: 'Bengali', pl: 'Polish', so: 'Somali' };
