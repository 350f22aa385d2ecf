import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { acceptedLanguages, chooseLanguage } from '../../../shared/pupil/language';
import { ACCEPT_LANGUAGE_CASES } from '../../support/accept-language';

describe('acceptedLanguages', () => {
  it('lists the languages a browser asks for, most wanted first, leaving out those refused with q=0', () => {
    expect(acceptedLanguages('ur-PK,ur;q=0.9,en-GB;q=0.8,en;q=0.7')).toEqual(['ur-PK', 'ur', 'en-GB', 'en']);
    expect(acceptedLanguages('pl;q=0.2, ar;q=0.8, so')).toEqual(['so', 'ar', 'pl']);
    expect(acceptedLanguages('ar;q=0, pl')).toEqual(['pl']);
    expect(acceptedLanguages('ar;q=0.5,ur;q=0.5')).toEqual(['ar', 'ur']);
    expect(acceptedLanguages(undefined)).toEqual([]);
    expect(acceptedLanguages(' , ;q=1')).toEqual([]);
  });

  it('gives the language the pupil app opens in on a device where nobody has chosen one', () => {
    const offered = LANGUAGES.map((l) => l.code);
    for (const [header, lang] of ACCEPT_LANGUAGE_CASES) expect(chooseLanguage(null, acceptedLanguages(header), offered, 'en'), String(header)).toBe(lang);
  });
});
