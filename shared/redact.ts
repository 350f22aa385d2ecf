import { AMBIGUOUS_NAMES, FIRST_NAMES } from './redaction/first-names';

/**
 * Removes what could identify a child from free text before it is stored: emails, links, phone
 * numbers, UK postcodes, street addresses, social media handles, and names (teachers' by title,
 * children's from a first-name list). Each is replaced by a bracketed word, so readers can see
 * something was taken out. Over-redacting a word is a far smaller harm than missing a name.
 */
const STREET = '(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Grove|Way|Crescent|Court|Place|Terrace|Walk|Gardens|Square|Row|Mews|Parade|Brow)';

const RULES: ReadonlyArray<[RegExp, string]> = [
  [/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g, '[email]'],
  [/\b(?:https?:\/\/|www\.)\S+/gi, '[link]'],
  [/\b[\w-]+\.(?:com|co\.uk|org|net|uk|io|me|tv|gg)(?:\/\S*)?\b/gi, '[link]'],
  // UK numbers: 07xxx xxxxxx, +44 7xxx, 0161 xxx xxxx, with spaces or dashes.
  [/(?:\+44\s?(?:\(0\)\s?)?|\b0)\d(?:[\s-]?\d){8,9}\b/g, '[phone]'],
  [/\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi, '[postcode]'],
  // "12 Acacia Road", "flat 3", "22b Moss Lane"
  [new RegExp(`\\b\\d{1,4}[a-z]?,?\\s+(?:[A-Z][a-z]+\\s+){1,3}${STREET}\\b`, 'g'), '[address]'],
  [new RegExp(`\\b(?:[A-Z][a-z]+\\s+){1,3}${STREET}\\b`, 'g'), '[address]'],
  [/\b(?:flat|apartment|apt|house|number)\s+\d{1,4}[a-z]?\b/gi, '[address]'],
  [/(^|[\s(])@[A-Za-z0-9_.]{2,30}\b/g, '$1[handle]'],
  // Teachers and other adults by title: "Mr Khan", "miss jones", "Mrs. O'Brien"
  [/\b(?:Mr|Mrs|Miss|Ms|Mx|Dr|Sir)\.?\s+[A-Z][A-Za-z'’-]+/g, '[name]'],
  [/\b(?:mr|mrs|miss|ms|dr)\.?\s+[a-z][a-z'’-]{2,}/g, '[name]'],
];

const WORD = /[A-Za-z][A-Za-z'’-]*/g;

/** A first name from the list; an ambiguous one only when a capitalised surname follows it. */
function redactNames(text: string): string {
  return text.replace(WORD, (word, offset: number) => {
    const lower = word.toLowerCase().replace(/['’]s$/, '');
    if (!FIRST_NAMES.has(lower)) return word;
    if (AMBIGUOUS_NAMES.has(lower)) {
      const after = text.slice(offset + word.length);
      const capitalised = /^[A-Z]/.test(word);
      if (!(capitalised && /^\s+[A-Z][a-z]{2,}/.test(after) && !/^\s+(?:I|The|And|But|Is|Was|Are)\b/.test(after))) return word;
    }
    return '[name]';
  });
}

export function redact(text: string): string {
  const ruled = RULES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
  // "[name] Smith" after a first name: take the surname too.
  return redactNames(ruled).replace(/\[name\]\s+[A-Z][a-z]{2,}\b(?!\s*(?:is|was|and|said))/g, (m) => (/\[name\]\s+(?:I|The)\b/.test(m) ? m : '[name]'));
}
