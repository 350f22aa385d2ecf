import type { Warnings } from '../../../shared/respond/api';
import type { AnswerContent, AnswerFields, AnswerUpdate, CityAnswer } from '../../../shared/respond/schema';
import { conflict } from '../../http/problem';
import { checkPublicText, fieldProblem, newId } from './common';

/** What the council's answers and a setting's own entries share: the answer, its updates and its history. */
export type Answered = Pick<CityAnswer, 'fields' | 'published' | 'firstPublishedOn' | 'publishedOn' | 'unpublishedChanges' | 'revisions' | 'updates' | 'version'>;

const translated = (prefix: string, t: Record<string, string> | undefined) =>
  Object.fromEntries(Object.entries(t ?? {}).map(([lang, text]) => [`${prefix}.${lang}`, text]));

/**
 * The checks an answer must pass to be saved: a due date not in the past (unless it is the one
 * already set), who is responsible named as a team, and nothing that identifies anyone in any
 * text or translation. Returns reading-ease warnings for the English text.
 */
export function checkAnswer(fields: AnswerFields, today: string, before?: AnswerFields): Warnings {
  if (fields.dueOn < today && fields.dueOn !== before?.dueOn) {
    throw fieldProblem(400, 'request.invalid', 'dueOn', `a due date cannot be in the past (today is ${today})`);
  }
  const t = fields.translations ?? {};
  const english = { weWill: fields.weWill, weDid: fields.weDid, reason: fields.reason };
  return checkPublicText(
    {
      ...english,
      responsible: fields.responsible,
      ...translated('translations.weWill', t.weWill),
      ...translated('translations.weDid', t.weDid),
      ...translated('translations.reason', t.reason),
      ...translated('translations.youSaid', t.youSaid),
    },
    english,
  );
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A new answer, not yet published. */
export const freshAnswer = (fields: AnswerContent): Answered => ({ fields, unpublishedChanges: true, revisions: [], updates: [], version: 0 });

/** The working copy changed; what pupils see stays as published until the next publish. */
export const withFields = <T extends Answered>(a: T, fields: AnswerContent): T => ({ ...a, fields, unpublishedChanges: !a.published || !same(fields, a.published) });

/**
 * Publishes the working copy. A change to what was published before keeps the earlier version
 * in `revisions`, so pupils see "updated on …" and what it said before.
 */
export function publish<T extends Answered>(a: T, today: string): T {
  if (a.published && same(a.published, a.fields)) throw conflict('answer.unchanged', 'This is already published as it is. Change something first, then publish again.');
  const revisions = a.published && a.publishedOn ? [...a.revisions, { on: a.publishedOn, fields: a.published }] : a.revisions;
  return { ...a, published: a.fields, publishedOn: today, firstPublishedOn: a.firstPublishedOn ?? today, revisions, unpublishedChanges: false };
}

/** A dated update: shown to pupils from `showOn` (which may be ahead), once the answer is published. */
export function withUpdate<T extends Answered>(a: T, input: { text: string; showOn: string }, today: string): T {
  // An update cannot be backdated: pupils would read it as news from a day it did not exist.
  if (input.showOn < today) throw fieldProblem(400, 'request.invalid', 'showOn', `an update is shown from today (${today}) or a later day`);
  checkPublicText({ text: input.text });
  const update: AnswerUpdate = { id: newId('u'), text: input.text, showOn: input.showOn, writtenOn: today };
  return { ...a, updates: [...a.updates, update] };
}

export const updateWarnings = (text: string) => checkPublicText({ text });
