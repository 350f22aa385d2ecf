/**
 * Pupils write numbers in Arabic-Indic (٠١٢), Urdu (۰۱۲) and Bengali (০১২) digits as well as 0–9.
 * Each of those is one UTF-16 unit, so a copy with every digit made ASCII lines up character for
 * character with the original: patterns run on the copy and cut the same span out of the text, so
 * nothing a pupil wrote is rewritten except what is taken out.
 */
const DIGIT_BASES = [0x0660, 0x06f0, 0x09e6];

export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef]/g, (d) => {
    const code = d.charCodeAt(0);
    const base = DIGIT_BASES.find((b) => code >= b && code <= b + 9)!;
    return String(code - base);
  });
}

/** Replaces each match of `pattern` (global) in the digit-normalised text with `marker`. */
export function replaceDigits(text: string, pattern: RegExp, marker: string): string {
  const shadow = asciiDigits(text);
  let out = '';
  let last = 0;
  for (const match of shadow.matchAll(pattern)) {
    out += text.slice(last, match.index) + marker;
    last = match.index + match[0].length;
  }
  return out + text.slice(last);
}
