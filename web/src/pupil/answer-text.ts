import type { Question } from '../../../shared/survey/schema';
import type { SurveyState } from './survey-state';

/** What a pupil chose, in the words they saw, for the review screen. */
export function answerText(s: SurveyState, q: Question): string {
  if (q.kind === 'text') return s.comments()[q.id]?.trim() || 'Nothing written';
  const answers = s.answers();
  if (!(q.id in answers)) return 'Skipped';
  const value = answers[q.id];
  if (value === null) return 'Prefer not to say';
  return q.kind === 'choice' ? s.t(`q.${q.id}.${value}`) : s.t(`anchor.${q.anchors}.${value}`);
}
