import { stemmer } from 'stemmer';
import { NOT_TOPICS, TOPIC_WORDS } from './topic-words';

/**
 * Tags pupils' free-text comments with topics that settings and the city recognise, and
 * counts them. Matching is on Porter stems so inflections ("bullied", "bullies") and plurals
 * match without hand-written suffix rules. Pure: runs in the browser and in Lambda.
 */

export type TopicId =
  | 'friendships'
  | 'bullying'
  | 'adults-and-teachers'
  | 'lessons-and-learning'
  | 'feeling-safe'
  | 'mental-health'
  | 'buildings-toilets-food'
  | 'clubs-and-activities'
  | 'travel'
  | 'environment'
  | 'safer-cleaner-greener'
  | 'connections'
  | 'places'
  | 'futures';

export interface Topic {
  readonly id: TopicId;
  readonly label: string;
  /** One of the city's Our Year themes, which overlap the school topics by design. */
  readonly ourYear: boolean;
}

export const TOPICS: readonly Topic[] = Object.freeze(
  (
    [
      ['friendships', 'Friendships', false],
      ['bullying', 'Bullying', false],
      ['adults-and-teachers', 'Adults and teachers', false],
      ['lessons-and-learning', 'Lessons and learning', false],
      ['feeling-safe', 'Feeling safe', false],
      ['mental-health', 'Mental health', false],
      ['buildings-toilets-food', 'Buildings, toilets and food', false],
      ['clubs-and-activities', 'Clubs and activities', false],
      ['travel', 'Travel', false],
      ['environment', 'Environment', false],
      ['safer-cleaner-greener', 'Our Safer, Cleaner, Greener City', true],
      ['connections', 'Our Connections', true],
      ['places', 'Our Places', true],
      ['futures', 'Our Futures', true],
    ] as const
  ).map(([id, label, ourYear]) => Object.freeze({ id, label, ourYear })),
);

export interface TopicCount {
  id: TopicId;
  label: string;
  count: number;
}

// Redaction leaves bracketed markers ("[phone]"); their words must not count as the pupil's.
const REDACTION_MARKER = /\[[a-z]+\]/gi;
// Dropping apostrophes makes "I'm", "I’m" and "im" one token, and "teacher's" stem as "teacher".
const APOSTROPHES = /['’‘]/g;
const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

interface Token {
  word: string;
  stem: string;
}

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  const cleaned = text.replace(REDACTION_MARKER, ' ');
  for (const segment of segmenter.segment(cleaned)) {
    if (!segment.isWordLike) continue;
    const word = segment.segment.toLowerCase().replace(APOSTROPHES, '');
    if (word) tokens.push({ word, stem: stemmer(word) });
  }
  return tokens;
}

// Topic sets are bitmasks over TOPICS indexes: cheap to merge and to count.
interface Phrase {
  stems: readonly string[];
  mask: number;
}

const byExactWord = new Map<string, number>();
const byStem = new Map<string, number>();
/** Keyed by first stem; each list is longest first so the longest phrase at a position wins. */
const phrasesByFirstStem = new Map<string, Phrase[]>();

function addPhrase(stems: string[], mask: number): void {
  const key = stems[0] ?? '';
  const list = phrasesByFirstStem.get(key) ?? [];
  const same = list.find((p) => p.stems.join(' ') === stems.join(' '));
  if (same) same.mask |= mask;
  else list.push({ stems, mask });
  list.sort((a, b) => b.stems.length - a.stems.length);
  phrasesByFirstStem.set(key, list);
}

function addKeyword(entry: string, mask: number): void {
  if (entry.startsWith('=')) {
    const word = entry.slice(1);
    byExactWord.set(word, (byExactWord.get(word) ?? 0) | mask);
    return;
  }
  const stems = tokenise(entry).map((t) => t.stem);
  if (stems.length === 1 && stems[0]) byStem.set(stems[0], (byStem.get(stems[0]) ?? 0) | mask);
  else if (stems.length > 1) addPhrase(stems, mask);
  else throw new Error(`Topic keyword "${entry}" has no words`);
}

TOPICS.forEach((topic, index) => {
  for (const entry of TOPIC_WORDS[topic.id]) addKeyword(entry, 1 << index);
});
for (const entry of NOT_TOPICS) addKeyword(entry, 0);

function phraseAt(tokens: readonly Token[], start: number): Phrase | undefined {
  const candidates = phrasesByFirstStem.get(tokens[start]?.stem ?? '');
  return candidates?.find((p) => p.stems.every((stem, k) => tokens[start + k]?.stem === stem));
}

function topicMask(text: string): number {
  const tokens = tokenise(text);
  let mask = 0;
  // A word inside a matched phrase does not also tag on its own ("dinner ladies" is not food).
  let coveredUntil = 0;
  for (let i = 0; i < tokens.length; i++) {
    const phrase = phraseAt(tokens, i);
    if (phrase) {
      mask |= phrase.mask;
      coveredUntil = Math.max(coveredUntil, i + phrase.stems.length);
    }
    if (i < coveredUntil) continue;
    const token = tokens[i];
    if (token) mask |= (byStem.get(token.stem) ?? 0) | (byExactWord.get(token.word) ?? 0);
  }
  return mask;
}

/** Topics a comment mentions, in TOPICS order, each once. */
export function tagTopics(text: string): TopicId[] {
  const mask = topicMask(text);
  return TOPICS.filter((_, index) => mask & (1 << index)).map((topic) => topic.id);
}

/** Every topic in TOPICS order, with how many comments mention it (once per comment). */
export function countTopics(texts: Iterable<string>): TopicCount[] {
  const counts = TOPICS.map(() => 0);
  for (const text of texts) {
    const mask = topicMask(text);
    counts.forEach((count, index) => {
      if (mask & (1 << index)) counts[index] = count + 1;
    });
  }
  return TOPICS.map((topic, index) => ({
    id: topic.id,
    label: topic.label,
    count: counts[index] ?? 0,
  }));
}
