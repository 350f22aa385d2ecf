import type { Round, Step } from './api';
import { formatDate } from '../labels';

/** The one step a round can take next, and what it does, in the words the confirmation uses. */
export type NextStep = { step: Step; button: string; confirm: string; explain: string };

export function nextStep(round: Round): NextStep | undefined {
  const dates = `${formatDate(round.opensOn)} to ${formatDate(round.closesOn)}`;
  switch (round.status) {
    case 'draft':
      return {
        step: 'open',
        button: 'Open',
        confirm: 'Open the round',
        explain: `Opening freezes the survey version; pupils can then answer, from ${dates}. After this the name and dates cannot be changed.`,
      };
    case 'open':
      return {
        step: 'close',
        button: 'Close',
        confirm: 'Close the round',
        explain: 'Closing stops new answers: a pupil who tries is told the survey is closed. A closed round cannot be opened again.',
      };
    case 'closed':
      return {
        step: 'publish',
        button: 'Publish',
        confirm: 'Publish the round',
        explain: 'Publishing marks the results as ready to share back with pupils. It is the last step.',
      };
    default:
      return undefined;
  }
}

/** What a round's status means for pupils and for the council, in a sentence. */
export function statusMeaning(round: Round): string {
  switch (round.status) {
    case 'draft':
      return 'Not open yet: pupils cannot answer. You can still change its name and dates, and make codes for it.';
    case 'open':
      return `Pupils can answer from ${formatDate(round.opensOn)} to ${formatDate(round.closesOn)}.`;
    case 'closed':
      return `Closed${round.closedOn ? ` on ${formatDate(round.closedOn)}, before its planned day` : ''}: no new answers. Publish it when the results are ready to share back with pupils.`;
    default:
      return 'Published: the results are ready to share with pupils. This round is finished.';
  }
}

export const STATUS_WORDS: Record<Round['status'], string> = { draft: 'Draft', open: 'Open', closed: 'Closed', published: 'Published' };

/** A suggested id from a title: "Spring survey 2027" → "spring-survey-2027". */
export const slug = (title: string) =>
  title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
