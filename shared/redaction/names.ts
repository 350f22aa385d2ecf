import * as everydayWords from './everyday-words';
import * as firstNames from './first-names';
import { datasetNames, NAMES_DESPITE_WORDS, WORD_NAMES } from './given-names';
import { AFTER_CUE, BEFORE_VERB, DETERMINERS, HARM_VERBS, PARTICLES, PERSON_CUES, SELF_CUES, TITLES, VERB_OBJECTS, WORD_TITLES } from './name-cues';
import * as surnames from './surnames';
import { fold, joined, tokenise, type Token } from './tokens';

const folded = (set: ReadonlySet<string>) => new Set([...set].map(fold));
const EVERYDAY = folded(everydayWords.EVERYDAY);
const NOT_NAMES = folded(everydayWords.NOT_NAMES);
const MODAL = everydayWords.MODAL;
const FIRST_NAMES = folded(firstNames.FIRST_NAMES);
const AMBIGUOUS_NAMES = folded(firstNames.AMBIGUOUS_NAMES);
const PERSONAL_NAMES = firstNames.PERSONAL_NAMES;
const SURNAMES = folded(surnames.SURNAMES);
const WORD_SURNAMES = surnames.WORD_SURNAMES;

const everyday = (t: Token) => t.marker || EVERYDAY.has(t.key);
const listed = (key: string) => FIRST_NAMES.has(key) || datasetNames().has(key) || SURNAMES.has(key);
/** A name on a list that is not also an everyday word: a name in any case, anywhere. */
function strong(key: string): boolean {
  if (EVERYDAY.has(key) || AMBIGUOUS_NAMES.has(key)) return false;
  if (FIRST_NAMES.has(key) || NAMES_DESPITE_WORDS.has(key)) return true;
  if (datasetNames().has(key)) return !WORD_NAMES.has(key);
  // "Freya-Rose", "Jamie-Lee", "Smith-Jones": the first part a name, or every part one.
  const parts = key.split('-');
  return parts.length > 1 && (strong(parts[0]!) || parts.every((p) => SURNAMES.has(p) || listed(p)));
}
const polishSurname = (key: string) => /\p{L}{3,}(?:ski|ska|cki|cka|dzki|dzka|wicz|czyk|czak|szyn)$/u.test(key) && key !== 'polska';
/** Could be part of a name: capitalised and not an everyday word, or a name on a list. */
const nameShaped = (t: Token) => !everyday(t) && t.cap && (listed(t.key) || !NOT_NAMES.has(t.key));
const surnameLike = (t: Token) => !everyday(t) && ((t.cap && (SURNAMES.has(t.key) || strong(t.key) || !(NOT_NAMES.has(t.key) || WORD_NAMES.has(t.key) || AMBIGUOUS_NAMES.has(t.key)))) || SURNAMES.has(t.key) || strong(t.key) || polishSurname(t.key) || t.letter);

/** Cues by their first word, so each word of a long comment is checked against a few, not all. */
const byFirstWord = (cues: string[][]) => {
  const index = new Map<string, string[][]>();
  for (const cue of cues) index.set(cue[0]!, [...(index.get(cue[0]!) ?? []), cue]);
  return index;
};
const SELF = byFirstWord(SELF_CUES);
const PERSON = byFirstWord(PERSON_CUES);
const cuesAt = (index: Map<string, string[][]>, t: Token) => [...(index.get(t.raw) ?? []), ...(t.key !== t.raw ? (index.get(t.key) ?? []) : [])];

function matchCue(tokens: Token[], i: number, cue: string[]): number {
  for (let k = 0; k < cue.length; k++) if (tokens[i + k]?.raw !== cue[k] && tokens[i + k]?.key !== cue[k]) return -1;
  let next = i + cue.length;
  while (tokens[next] && AFTER_CUE.has(tokens[next]!.key) && next < i + cue.length + 2) next++;
  return next;
}

function markCues(tokens: Token[]): void {
  tokens.forEach((token, i) => {
    for (const cue of cuesAt(SELF, token)) {
      const at = matchCue(tokens, i, cue);
      if (at < 0) continue;
      for (let k = at; k < at + 3 && tokens[k] && !everyday(tokens[k]!) && (k === at || joined(tokens[k]!)); k++) tokens[k]!.name = true;
    }
    for (const cue of cuesAt(PERSON, token)) {
      const t = tokens[matchCue(tokens, i, cue)];
      if (t && !everyday(t) && (nameShaped(t) || t.uncased || ((strong(t.key) || listed(t.key) || AMBIGUOUS_NAMES.has(t.key)) && !MODAL.has(t.key)))) t.name = true;
    }
  });
}

function markTitles(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (!TITLES.has(t.key) || !next || !joined(next) || everyday(next)) return;
    const written = next.letter || next.cap || next.upper;
    // "Miss jones", "pani kowalska", "mr wright"; but not "Miss may I go" or "I miss playing".
    const known = strong(next.key) || SURNAMES.has(next.key) || polishSurname(next.key);
    const lowerOk = t.cap || WORD_TITLES.has(t.key) ? known : true;
    if (written || lowerOk) t.name = next.name = true;
  });
}

/** "X is bullying me", "Xanthe Brooklyn-Fairweather hit me": the words before a harm done to someone. */
function markHarm(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    let v = i;
    while (tokens[v] && BEFORE_VERB.has(tokens[v]!.key) && v < i + 2) v++;
    if (v === i && !HARM_VERBS.has(t.key)) return;
    const object = tokens[v + 1];
    if (!HARM_VERBS.has(tokens[v]?.key ?? '') || !object || !(VERB_OBJECTS.has(object.key) || object.name)) return;
    for (let k = i - 1, n = 0; k >= 0 && n < 3; k--, n++) {
      const w = tokens[k]!;
      if (!(nameShaped(w) || strong(w.key) || (AMBIGUOUS_NAMES.has(w.key) && !MODAL.has(w.key))) || everyday(w)) break;
      w.name = true;
      if (!joined(w)) break;
    }
  });
}

function markAmbiguous(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    if (!t.cap || !(AMBIGUOUS_NAMES.has(t.key) || WORD_NAMES.has(t.key))) return;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const personal = PERSONAL_NAMES.has(t.key);
    if (next && joined(next) && !everyday(next) && (SURNAMES.has(next.key) || strong(next.key) || (personal && next.cap && !NOT_NAMES.has(next.key) && !listed(next.key)))) t.name = true;
    else if (personal && !t.initial && !(prev && (prev.cap || DETERMINERS.has(prev.key))) && !(next && joined(next) && next.cap)) t.name = true;
  });
}

/** "and" in the six languages (Polish i, Somali iyo, Urdu aur, Bengali ar, Arabic w/و). */
const LIST_JOINS = new Set(['and', 'or', '&', 'i', 'oraz', 'iyo', 'aur', 'ar', 'o', 'w', 'wa', 'و']);

/** Beside a name in a list ("Jamie, Xanthe and Bob", "isla and ava"), a capitalised word or a name that is also a word is a name too. */
function markLists(tokens: Token[]): void {
  const lowerWord = (t: Token) => !t.cap && !t.upper && AMBIGUOUS_NAMES.has(t.key);
  // A lower-case name that is also a word joins a list only with English "and"/"or": "w ana" is Arabic "and I".
  const isJoin = (t: Token | undefined, c: Token) => !!t && LIST_JOINS.has(t.key) && (!lowerWord(c) || ['and', 'or', '&'].includes(t.key));
  const comma = (t?: Token) => !!t && /^\s*[,&+/]\s*$/.test(t.gap);
  const beside = (i: number, c: Token) =>
    (tokens[i - 1]?.name && comma(tokens[i])) ||
    (isJoin(tokens[i - 1], c) && tokens[i - 2]?.name) ||
    (tokens[i + 1]?.name && comma(tokens[i + 1])) ||
    (isJoin(tokens[i + 1], c) && tokens[i + 2]?.name);
  for (let changed = true; changed; ) {
    changed = false;
    tokens.forEach((t, i) => {
      if (t.name || t.marker || !(nameShaped(t) || (AMBIGUOUS_NAMES.has(t.key) && !MODAL.has(t.key))) || (everyday(t) && !AMBIGUOUS_NAMES.has(t.key))) return;
      if (beside(i, t)) t.name = changed = true;
    });
  }
}

/** Up to two surnames (or "al Hassan") after a name: "Jamie Smith", "jamie smith", "Omar al Hassan". */
function extendNames(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    if (!t.name || (tokens[i - 1]?.name && joined(t))) return;
    let end = i;
    while (tokens[end + 1]?.name && joined(tokens[end + 1]!)) end++;
    for (let added = 0; added < 2; added++) {
      const next = tokens[end + 1];
      const after = tokens[end + 2];
      if (!next || next.name || !joined(next)) return;
      if (surnameLike(next)) {
        next.name = true;
        end += 1;
      } else if (PARTICLES.has(next.key) && after && joined(after) && (after.cap || SURNAMES.has(after.key))) {
        next.name = after.name = true;
        end += 2;
      } else return;
    }
  });
}

/**
 * "Aaliyah Hussain", "Łucja Nowak": a capitalised word just before a surname is a first name, and
 * the pair a name, when the surname is no everyday word ("Manchester Green" stays).
 */
function extendBack(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (!prev || prev.name || !joined(t) || !nameShaped(prev) || !SURNAMES.has(t.key) || !(t.cap || t.upper)) return;
    if (t.name || !WORD_SURNAMES.has(t.key)) prev.name = t.name = true;
  });
}

export function redactNames(text: string): string {
  const tokens = tokenise(text);
  // All-capital words of three letters or fewer are acronyms (PRU, SEN, ICT), not names.
  for (const t of tokens) if (!t.marker && strong(t.key) && t.key.length > 1 && !(t.upper && t.key.length <= 3)) t.name = true;
  markTitles(tokens);
  markCues(tokens);
  markHarm(tokens);
  markAmbiguous(tokens);
  markLists(tokens);
  extendNames(tokens);
  extendBack(tokens);
  let out = '';
  let last = 0;
  tokens.forEach((t, i) => {
    if (!t.name) return;
    const continues = i > 0 && tokens[i - 1]!.name && joined(t);
    out += continues ? '' : `${text.slice(last, t.start)}[name]`;
    last = t.end;
  });
  return out + text.slice(last);
}
