import { tagTopics } from '../comments/topics';
import type { Survey } from '../survey';
import type { Topics, TopicsHiddenReason } from './schema';
import type { ReportFilter } from './setting-report';
import { COMMENT_DIMENSION } from './topics';

/** What the comments view of a report holds: pupils' redacted words, or why they are not shown. */
export type CommentView =
  | { suppressed: true; reason: TopicsHiddenReason }
  | { n: number; suppressed: false; questions: { id: string; comments: { text: string; topics: string[] }[] }[] };

type Stored = { yearGroup: string; comments: Record<string, string> };

/**
 * The comments of the view a report shows, and only where that view shows topics (the whole
 * setting, or a year group the suppression engine shows; never by gender, see topics.ts). No
 * year group, gender or date is attached to a comment, so one cannot be narrowed further.
 */
export function commentView(survey: Survey, responses: readonly Stored[], topics: Topics, filter?: ReportFilter): CommentView {
  if (topics.suppressed) return { suppressed: true, reason: topics.reason };
  if (filter && filter.dimension !== COMMENT_DIMENSION) return { suppressed: true, reason: 'dimension' };
  const inView = filter ? responses.filter((r) => r.yearGroup === filter.key) : responses;
  const questions = survey.questions
    .filter((q) => q.kind === 'text')
    .map((q) => ({
      id: q.id,
      comments: inView.flatMap((r) => {
        const text = r.comments[q.id];
        return text ? [{ text, topics: tagTopics(text) }] : [];
      }),
    }));
  return { n: topics.n, suppressed: false, questions };
}
