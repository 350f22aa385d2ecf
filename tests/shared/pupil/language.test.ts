import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../../shared/pupil/language';

const OFFERED = ['en', 'ur', 'ar', 'bn', 'pl', 'so'] as const;

describe('chooseLanguage', () => {
  it('keeps the language chosen on this device before', () => {
    expect(chooseLanguage('pl', ['ar-SA'], OFFERED, 'en')).toBe('pl');
  });

  it('ignores a stored value Heard does not offer', () => {
    expect(chooseLanguage('xx', ['so'], OFFERED, 'en')).toBe('so');
  });

  it("takes the first of the browser's languages that is offered, by its language part", () => {
    expect(chooseLanguage(null, ['fr-FR', 'ur-PK', 'en-GB'], OFFERED, 'en')).toBe('ur');
    expect(chooseLanguage(null, ['BN_bd'], OFFERED, 'en')).toBe('bn');
  });

  it('falls back to English when nothing matches', () => {
    expect(chooseLanguage(undefined, ['fr', 'de-DE'], OFFERED, 'en')).toBe('en');
    expect(chooseLanguage(null, [], OFFERED, 'en')).toBe('en');
  });
});
