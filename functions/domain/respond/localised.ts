import type { LanguageCode } from '../../../shared/i18n/languages';
import type { Localised } from '../../../shared/respond/board';

/**
 * A text in the language asked for when it has a translation (always a draft: nobody reviews
 * what staff type), else in English, saying which, so the page marks it `lang="en"`.
 */
export function localised(text: string, translations: Partial<Record<string, string>> | undefined, lang: LanguageCode): Localised {
  const translated = lang === 'en' ? undefined : translations?.[lang];
  return translated ? { text: translated, lang, draft: true } : { text, lang: 'en', draft: false };
}
