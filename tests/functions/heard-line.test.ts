import { describe, expect, it } from 'vitest';
import { heardLineFor, LINE_CHARS, shortened } from '../../functions/domain/respond/heard-line';

describe('the "Last time you told us" line', () => {
  it('keeps a short text as it is', () => {
    expect(shortened('We opened 12 free clubs.')).toBe('We opened 12 free clubs.');
  });

  it('keeps the first sentence of a longer text, the rest being one tap away', () => {
    expect(shortened('We opened 12 free clubs. They run on weekdays until 6pm, in every library.')).toBe('We opened 12 free clubs.');
  });

  it('cuts a long first sentence at a word, within the room it has', () => {
    const long = 'We have talked to the bus company and from March there will be a helper on the 86 bus after school every day so that you always have someone to go to';
    const short = shortened(long);
    expect(short.length).toBeLessThanOrEqual(LINE_CHARS);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(short).not.toMatch(/\s…$/);
  });

  it('uses the setting\'s own line before the city\'s, shortened, in the language asked for where translated', () => {
    const lines = {
      city: { said: 'City words.', saidIn: {}, did: 'City answer.', didIn: {} },
      'alpha-high': { said: 'You said the toilets are dirty.', saidIn: { ar: 'قلتم إن الحمامات متسخة.' }, did: 'We clean them twice a day now. And more.', didIn: {} },
    };
    expect(heardLineFor(lines, 'alpha-high', 'ar')).toEqual({
      said: { text: 'قلتم إن الحمامات متسخة.', lang: 'ar', draft: true },
      did: { text: 'We clean them twice a day now.', lang: 'en', draft: false },
      href: '/you-said/alpha-high',
    });
    expect(heardLineFor(lines, 'beta-high', 'en')?.said.text).toBe('City words.');
    expect(heardLineFor({}, 'beta-high', 'en')).toBeUndefined();
  });
});
