import { TITLES } from './name-cues';

/** Latin words are looked up without accents, as pupils often type them: "Krzyś", "krzys", "Łukasz". */
export const fold = (word: string) => (/^[\p{Script=Latin}'’-]+$/u.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l') : word);

/** A word of the text: `key` is its lower-case form without a possessive, for the lists. */
export type Token = { start: number; end: number; raw: string; key: string; marker: boolean; cap: boolean; upper: boolean; letter: boolean; uncased: boolean; initial: boolean; gap: string; dotJoin: boolean; name: boolean };

const TOKEN = /\[[a-z]+\]|[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*/gu;

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0].replace(/(?:['’]s?|-)+$/u, '');
    const gap = text.slice(last, m.index);
    const start = m.index;
    last = start + m[0].length;
    // An initial takes its full stop with it: "Jamie S. hit me" → "[name] hit me".
    const letter = /^\p{Lu}$/u.test(word);
    const dot = letter && text[last] === '.' ? 1 : 0;
    const prev = tokens[tokens.length - 1];
    tokens.push({
      start,
      end: start + word.length + dot,
      letter,
      raw: m[0].toLowerCase().replace(/’/g, "'"),
      key: fold(word.toLowerCase()),
      marker: word.startsWith('['),
      cap: /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word),
      upper: word.length > 1 && /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word),
      uncased: !/[\p{Lu}\p{Ll}]/u.test(word),
      initial: tokens.length === 0 || /[.!?\n]/.test(gap),
      gap,
      // "Mrs. Khan", "S. Smith": a full stop after a title or an initial does not end the name.
      dotJoin: /^\.\s+$/.test(gap) && !!prev && (prev.letter || TITLES.has(prev.key)),
      name: false,
    });
  }
  return tokens;
}

/** Only spaces (or a hyphen, or a full stop after a title or an initial) between two words of one name. */
export const joined = (t: Token) => /^[\s-]+$/.test(t.gap) || t.dotJoin;
