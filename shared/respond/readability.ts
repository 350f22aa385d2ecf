import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/**
 * How hard a sentence is to read, for text written for pupils: the Flesch–Kincaid grade (a US
 * school grade; a child reads it at about grade + 5 years old), from the maintained
 * `flesch-kincaid` and `syllable` packages. English only: the formula is made for English.
 */
export const READING_AGE = 9;
/** Child-friendly results use short sentences, one idea each (10 to 15 words). */
export const MAX_WORDS = 15;

export type HardSentence = { sentence: string; words: number; readingAge: number; why: 'long' | 'hard' };

const SENTENCES = /[^.!?]+[.!?]*/g;
const WORDS = /[\p{L}\p{N}'’-]+/gu;

/** The reading age one sentence needs, rounded to a whole year (never below 5). */
export function readingAge(sentence: string): number {
  const words = sentence.match(WORDS) ?? [];
  if (words.length === 0) return 5;
  const grade = fleschKincaid({ sentence: 1, word: words.length, syllable: words.reduce((n, w) => n + syllable(w), 0) });
  return Math.max(5, Math.round(grade + 5));
}

/** Each sentence a pupil of about 9 may struggle with: too long, or too hard by its words. */
export function hardSentences(text: string): HardSentence[] {
  const out: HardSentence[] = [];
  for (const raw of text.match(SENTENCES) ?? []) {
    const sentence = raw.trim();
    const words = (sentence.match(WORDS) ?? []).length;
    if (words === 0) continue;
    const age = readingAge(sentence);
    if (words > MAX_WORDS) out.push({ sentence, words, readingAge: age, why: 'long' });
    else if (age > READING_AGE + 1) out.push({ sentence, words, readingAge: age, why: 'hard' });
  }
  return out;
}
