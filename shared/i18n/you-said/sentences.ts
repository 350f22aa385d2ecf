import type { LanguageCode } from '../languages';

/**
 * Pure helpers for the "You said, we did" page: what to say about a re-measured figure, dates in
 * the reader's language, placeholders filled with elements, and which items fit the A4 board.
 * Types are written out here (not imported from shared/respond) so the page's chunk stays free of
 * the report code.
 */

/** A template split at its `{name}` placeholders: text, and the names to put elements in for. */
export type Part = { text: string } | { name: string };

export function splitPlaceholders(template: string): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    if (m.index > at) parts.push({ text: template.slice(at, m.index) });
    parts.push({ name: m[1]! });
    at = m.index + m[0].length;
  }
  if (at < template.length) parts.push({ text: template.slice(at) });
  return parts;
}

/**
 * What to say about a figure measured again in the next round, with the reports' caution: a
 * change is "more" or "fewer" only when it is clear (bigger than chance would easily give);
 * otherwise it is about the same. A figure not shown this time is said so, and never drawn.
 */
export function changeKey(change: { now?: unknown; direction?: 'up' | 'down' | 'same'; clear?: boolean }): 'change.hidden' | 'change.up' | 'change.down' | 'change.same' {
  if (!change.now) return 'change.hidden';
  if (!change.clear || change.direction === 'same' || !change.direction) return 'change.same';
  return change.direction === 'up' ? 'change.up' : 'change.down';
}

/**
 * "3 March 2027" in the reader's language, with the digits 0–9 the translations use (Arabic and
 * Bengali would otherwise get their own digits). A date is a day, so no time zone shifts it.
 */
export function formatDay(iso: string, lang: LanguageCode): string {
  const day = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(day.getTime())) return iso;
  // British English: "3 March 2027", as the rest of Heard writes dates.
  return new Intl.DateTimeFormat(`${lang === 'en' ? 'en-GB' : lang}-u-nu-latn`, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day);
}

/** A whole number of 10 that is never out of range, for drawing 10 icons. */
export const tenths = (n: number) => Math.max(0, Math.min(10, Math.round(n)));

/**
 * The items one A4 sheet has room for: the setting's own first, then the city's, newest round
 * first as the API sends them; and how many more there are (the QR code leads to them all).
 */
export function wallItems<T>(own: readonly T[], city: readonly T[] | undefined, room: number): { items: T[]; more: number } {
  const all = [...own, ...(city ?? [])];
  return { items: all.slice(0, room), more: Math.max(0, all.length - room) };
}
