import type { HardSentence } from '../../../../shared/respond/readability';
import { MAX_WORDS, READING_AGE } from '../../../../shared/respond/readability';
import type { Figure } from '../../../../shared/respond/schema';
import { formatDate } from '../labels';

/** Words the "Listen and respond" pages share. */

/** "72% of 240 pupils chose the top two answers" */
export const figureWords = (f: Pick<Figure, 'favourable' | 'n'>) => `${Math.round(f.favourable)}% of ${f.n} pupils chose the top two answers`;

/** A figure in full: "Belonging, North: 72% of 240 pupils chose the top two answers". */
export const citedWords = (f: Figure) => `${f.label}: ${figureWords(f)}`;

export const topicWords = (t: { label: string; count: number }) => `${t.count} ${t.count === 1 ? 'comment' : 'comments'} about ${t.label.toLowerCase()}`;

/** A long sentence cut for quoting back to its writer. */
const quoted = (s: string) => `“${s.length > 70 ? `${s.slice(0, 67).trimEnd()}…` : s}”`;

export function hardWords(h: HardSentence): string {
  return h.why === 'long'
    ? `${quoted(h.sentence)} has ${h.words} words. Sentences of ${MAX_WORDS} words or fewer are easier to read.`
    : `${quoted(h.sentence)} may be hard for a ${READING_AGE}-year-old (it reads like age ${h.readingAge}). Try shorter, everyday words.`;
}

/** "Published on 3 March 2027", with "updated on …" once changed since it was first published. */
export function publishedWords(a: { firstPublishedOn?: string | undefined; publishedOn?: string | undefined; unpublishedChanges: boolean; revisions: unknown[] }): string {
  if (!a.publishedOn) return 'Not published yet: pupils cannot see it.';
  const updated = a.revisions.length > 0 || (a.firstPublishedOn !== undefined && a.firstPublishedOn !== a.publishedOn);
  const when = updated ? `Published ${formatDate(a.firstPublishedOn ?? a.publishedOn)}, updated on ${formatDate(a.publishedOn)}` : `Published on ${formatDate(a.publishedOn)}`;
  return a.unpublishedChanges ? `${when}. It has changes that are not published yet.` : `${when}.`;
}

/** Today as YYYY-MM-DD in the browser's time zone. */
export { today } from '../admin/audit-words';
