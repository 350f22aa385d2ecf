import { createSignal } from 'solid-js';
import { LANGUAGES, type LanguageCode } from '../../../shared/i18n/languages';
import { fillPlaceholders } from '../../../shared/i18n/placeholders';
import type { PupilStringKey } from '../../../shared/i18n/pupil-strings';
import type { Text } from './strings';

/** The interface language and its text; the survey's own words come with the survey. */
export const [lang, setLang] = createSignal<LanguageCode>('en');
const [strings, setStrings] = createSignal<Text>({});

/** A string in the current language, with `{name}` placeholders filled in. */
export function t(key: PupilStringKey, vars: Record<string, string | number> = {}): string {
  return fillPlaceholders(strings()[key] ?? '', vars);
}

/** Uses a language's text; `<html lang dir>` follow, so the whole page mirrors for Arabic and Urdu. */
export function useStrings(code: LanguageCode, text: Text) {
  setStrings(text);
  setLang(code);
  document.documentElement.lang = code;
  document.documentElement.dir = LANGUAGES.find((l) => l.code === code)!.dir;
}

export const addStrings = (more: Text) => setStrings({ ...strings(), ...more });

export const setTitle = (page: string) => {
  document.title = t('app.pageTitle', { page });
};
