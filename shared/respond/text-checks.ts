import { redact } from '../redact';
import { hardSentences, type HardSentence } from './readability';

/** Something in a text written for pupils that would identify someone: refused before publishing. */
export type Identifying = { field: string; found: string[] };

const MARKER = /\[(name|email|link|phone|postcode|address|handle|date|number|class)\]/g;

/**
 * What the redaction rules would take out of a text: names, contact details, addresses. Text for
 * pupils is never redacted silently; the writer is told what to take out. Returns the kinds found.
 */
export function identifyingParts(text: string): string[] {
  const redacted = redact(text);
  if (redacted === text) return [];
  const found = new Set<string>();
  for (const [, kind] of redacted.matchAll(MARKER)) if (!text.includes(`[${kind}]`)) found.add(kind!);
  return [...found];
}

/** Words a writer can act on, for each kind of thing found. */
export const IDENTIFYING_WORDS: Record<string, string> = {
  name: "a person's name (say which team or organisation instead)",
  email: 'an email address',
  link: 'a link',
  phone: 'a phone number',
  postcode: 'a postcode',
  address: 'a street address',
  handle: 'a social media handle',
  date: 'a date of birth',
  number: 'an NHS or other ID number',
  class: 'a class name (such as 8B): it narrows a group to a few pupils',
};

export type TextCheck = { field: string; hard: HardSentence[] };

/** Reading-ease warnings for each field of text written for pupils (warnings only: the writer decides). */
export function readingWarnings(fields: Record<string, string | undefined>): TextCheck[] {
  return Object.entries(fields).flatMap(([field, value]) => {
    const hard = value ? hardSentences(value) : [];
    return hard.length ? [{ field, hard }] : [];
  });
}

/** Fields that name someone or give contact details, with what was found in each. */
export function identifyingFields(fields: Record<string, string | undefined>): Identifying[] {
  return Object.entries(fields).flatMap(([field, value]) => {
    const found = value ? identifyingParts(value) : [];
    return found.length ? [{ field, found }] : [];
  });
}
