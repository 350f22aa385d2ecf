import type { LanguageCode } from '../../../shared/i18n/languages';
import { addStrings, lang } from './i18n';
import { loadFirstText, type Text, type TextModule } from './strings';

/** The rest of each language's interface text, beyond the first screen (see strings.ts). */
const rest: Record<LanguageCode, () => TextModule> = {
  en: () => import('virtual:pupil-text/en/rest'),
  ur: () => import('virtual:pupil-text/ur/rest'),
  ar: () => import('virtual:pupil-text/ar/rest'),
  bn: () => import('virtual:pupil-text/bn/rest'),
  pl: () => import('virtual:pupil-text/pl/rest'),
  so: () => import('virtual:pupil-text/so/rest'),
};

/** All of a language's text, to switch to it in one go. */
export const loadAllText = (code: LanguageCode): Promise<Text> =>
  Promise.all([loadFirstText(code), rest[code]().then((m) => m.default)]).then(([a, b]) => ({ ...a, ...b }));

/** The rest of the current language's text, added to what the first screen loaded. */
export const restReady = rest[lang()]().then((m) => addStrings(m.default));
