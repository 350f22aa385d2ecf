import type { JSX } from 'solid-js';

/**
 * Text with parts swapped for elements: `{placeholders}` and literal words such as a phone
 * number, so translations keep their own word order and the app still makes the links.
 */
export function fill(text: string, parts: Record<string, () => JSX.Element>): (string | JSX.Element)[] {
  const pattern = new RegExp(`(${Object.keys(parts).join('|').replace(/[{}]/g, '\\$&')})`);
  return text.split(pattern).map((piece, i) => (i % 2 ? parts[piece]!() : piece));
}
