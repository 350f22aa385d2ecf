/**
 * Removes contact details from free text before it is stored: emails, URLs, phone numbers,
 * UK postcodes and social media handles. Each is replaced by a bracketed word so readers can
 * see something was taken out. (Names and street addresses come with the pupil-experience work.)
 */
const RULES: ReadonlyArray<[RegExp, string]> = [
  [/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g, '[email]'],
  [/\b(?:https?:\/\/|www\.)\S+/gi, '[link]'],
  [/\b[\w-]+\.(?:com|co\.uk|org|net|uk|io|me|tv|gg)(?:\/\S*)?\b/gi, '[link]'],
  // UK numbers: 07xxx xxxxxx, +44 7xxx, 0161 xxx xxxx, with spaces or dashes.
  [/(?:\+44\s?(?:\(0\)\s?)?|\b0)\d(?:[\s-]?\d){8,9}\b/g, '[phone]'],
  [/\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi, '[postcode]'],
  [/(^|[\s(])@[A-Za-z0-9_.]{2,30}\b/g, '$1[handle]'],
];

export function redact(text: string): string {
  return RULES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
