import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { changeKey, formatDay, splitPlaceholders, tenths, wallItems } from '../../shared/i18n/you-said/sentences';
import { YOU_SAID_KEYS, youSaidEn, type YouSaidWords } from '../../shared/i18n/you-said/words';
import { pagePath, wallPath, where } from '../../web/src/you-said/where';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../shared/i18n/you-said');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every translation beside words.ts, found by reading the folder, so a new file is tested too. */
async function translations(): Promise<[string, YouSaidWords][]> {
  const files = readdirSync(dir).filter((f) => /^[a-z]{2}\.ts$/.test(f));
  return Promise.all(files.map(async (f) => [basename(f, '.ts'), Object.values(await import(join(dir, f)))[0] as YouSaidWords] as [string, YouSaidWords]));
}

describe('the "You said, we did" page\'s words', () => {
  it('has a draft in each of the five other languages the survey offers', async () => {
    expect((await translations()).map(([lang]) => lang).sort()).toEqual(['ar', 'bn', 'pl', 'so', 'ur']);
  });

  it('has every English key in every language, none empty, none left in English, with the same placeholders', async () => {
    for (const [lang, words] of await translations()) {
      expect(Object.keys(words).sort(), lang).toEqual([...YOU_SAID_KEYS].sort());
      for (const key of YOU_SAID_KEYS) {
        expect(words[key].trim(), `${lang} ${key}`).not.toBe('');
        expect(words[key], `${lang} ${key} is still English`).not.toBe(youSaidEn[key]);
        expect(placeholders(words[key]), `${lang} ${key} placeholders`).toEqual(placeholders(youSaidEn[key]));
      }
    }
  });

  it('keeps Childline and its number as they are, so the page can make the number a link', async () => {
    for (const [lang, words] of await translations()) {
      expect(words['page.help'], lang).toContain('Childline');
      expect(words['page.help'].split('0800 1111'), lang).toHaveLength(2);
    }
  });

  it('writes for a reading age of about 9: no English sentence over 15 words', () => {
    for (const [key, text] of Object.entries(youSaidEn)) {
      for (const sentence of text.split(/(?<=[.?!])\s+/)) expect(sentence.split(/\s+/).length, key).toBeLessThanOrEqual(15);
    }
  });
});

describe('sentences for the page', () => {
  it('splits a template at its placeholders, for elements to go in', () => {
    expect(splitPlaceholders('At {setting}')).toEqual([{ text: 'At ' }, { name: 'setting' }]);
    expect(splitPlaceholders('{count} of you wrote about this: {label}')).toEqual([{ name: 'count' }, { text: ' of you wrote about this: ' }, { name: 'label' }]);
    expect(splitPlaceholders('No placeholder.')).toEqual([{ text: 'No placeholder.' }]);
  });

  it('calls a change more or fewer only when it is clear, and a figure not shown this time hidden', () => {
    expect(changeKey({})).toBe('change.hidden');
    expect(changeKey({ now: { inTen: 7 }, direction: 'up', clear: true })).toBe('change.up');
    expect(changeKey({ now: { inTen: 3 }, direction: 'down', clear: true })).toBe('change.down');
    expect(changeKey({ now: { inTen: 6 }, direction: 'up', clear: false })).toBe('change.same');
    expect(changeKey({ now: { inTen: 5 }, direction: 'same', clear: false })).toBe('change.same');
  });

  it('writes dates in the reader\'s language with the digits 0–9, never shifted by a time zone', () => {
    expect(formatDay('2027-03-31', 'en')).toBe('31 March 2027');
    expect(formatDay('2027-03-31', 'pl')).toBe('31 marca 2027');
    expect(formatDay('2027-03-31', 'ar')).toMatch(/^31 .+ 2027$/);
    expect(formatDay('2027-03-31', 'bn')).toMatch(/31.*2027/);
    expect(formatDay('not a date', 'en')).toBe('not a date');
  });

  it('draws whole icons, never more than ten', () => {
    expect([tenths(-1), tenths(0), tenths(6.6), tenths(10), tenths(12)]).toEqual([0, 0, 7, 10, 10]);
  });

  it("fits the setting's own items first on the A4 board, then the city's, and counts what is left for the QR code", () => {
    expect(wallItems([1, 2], [3, 4, 5], 3)).toEqual({ items: [1, 2, 3], more: 2 });
    expect(wallItems([1], undefined, 6)).toEqual({ items: [1], more: 0 });
  });
});

describe("the page's addresses", () => {
  it('reads the city, a setting and each board from the path', () => {
    expect(where('/you-said')).toEqual({ wall: false });
    expect(where('/you-said/')).toEqual({ wall: false });
    expect(where('/you-said/board')).toEqual({ wall: true });
    expect(where('/you-said/alpha-high')).toEqual({ settingId: 'alpha-high', wall: false });
    expect(where('/you-said/alpha-high/board')).toEqual({ settingId: 'alpha-high', wall: true });
    expect(where('/you-said/alpha-high/other')).toBeUndefined();
    expect(where('/you-said/%E0')).toBeUndefined();
    expect([pagePath(), pagePath('alpha-high'), wallPath(), wallPath('alpha-high')]).toEqual(['/you-said', '/you-said/alpha-high', '/you-said/board', '/you-said/alpha-high/board']);
  });
});
