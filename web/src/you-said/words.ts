import { batch, createSignal } from 'solid-js';
import { LANGUAGES, type LanguageCode } from '../../../shared/i18n/languages';
import { fillPlaceholders } from '../../../shared/i18n/placeholders';
import { youSaidEn, type YouSaidKey, type YouSaidWords } from '../../../shared/i18n/you-said/words';

/**
 * Where the device keeps the language chosen, the same key as the survey's (pupil/strings.ts
 * LANG_KEY), so a pupil's choice holds on both. Not imported from there: that module brings the
 * survey's first-screen text loaders with it, which then splits the page's inline script.
 */
export const LANG_KEY = 'heard:lang';

/** Each language's words are fetched only when chosen; English comes with the page's code. */
const load: Record<LanguageCode, () => Promise<YouSaidWords>> = {
  en: () => Promise.resolve(youSaidEn),
  ur: () => import('../../../shared/i18n/you-said/ur').then((m) => m.youSaidUr),
  ar: () => import('../../../shared/i18n/you-said/ar').then((m) => m.youSaidAr),
  bn: () => import('../../../shared/i18n/you-said/bn').then((m) => m.youSaidBn),
  pl: () => import('../../../shared/i18n/you-said/pl').then((m) => m.youSaidPl),
  so: () => import('../../../shared/i18n/you-said/so').then((m) => m.youSaidSo),
};

export const OFFERED = Object.keys(load) as LanguageCode[];

export const [lang, setLang] = createSignal<LanguageCode>('en');
const [words, setWords] = createSignal<YouSaidWords>(youSaidEn);

/** A word or sentence in the page's language, with `{name}` placeholders filled in. */
export const w = (key: YouSaidKey, vars: Record<string, string | number> = {}) => fillPlaceholders(words()[key], vars);

/** The page's language is a draft translation: said at the top, with English one tap away. */
export const draftLanguage = () => LANGUAGES.find((l) => l.code === lang())!.draft;

/**
 * Switches the page to a language (English if it cannot load): its words, `<html lang dir>`, so
 * Arabic and Urdu mirror, and the device's choice, which the survey also reads.
 */
export async function useLanguage(code: LanguageCode, remember = false): Promise<void> {
  const next = await load[code]().catch(() => ((code = 'en'), youSaidEn));
  batch(() => {
    setWords(next);
    setLang(code);
  });
  document.documentElement.lang = code;
  document.documentElement.dir = LANGUAGES.find((l) => l.code === code)!.dir;
  if (remember) {
    try {
      localStorage.setItem(LANG_KEY, code);
    } catch {
      // Storage switched off: the choice lasts for this page only.
    }
  }
}
