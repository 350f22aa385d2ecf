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
  /** The name in English, for staff screens and docs. */
  english: string;
  dir: 'ltr' | 'rtl';
  draft: boolean;
};

export const LANGUAGES: readonly LanguageInfo[] = [
  { code: 'en', name: 'English', english: 'English', dir: 'ltr', draft: false },
  { code: 'ur', name: 'اردو', english: 'Urdu', dir: 'rtl', draft: true },
  { code: 'ar', name: 'العربية', english: 'Arabic', dir: 'rtl', draft: true },
  { code: 'bn', name: 'বাংলা', english: 'Bengali', dir: 'ltr', draft: true },
  { code: 'pl', name: 'Polski', english: 'Polish', dir: 'ltr', draft: true },
  { code: 'so', name: 'Soomaali', english: 'Somali', dir: 'ltr', draft: true },
];
