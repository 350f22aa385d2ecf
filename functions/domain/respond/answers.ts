import type { AnswerFields, CityAnswer } from '../../../shared/respond/schema';
import { conflict, notFound } from '../../http/problem';
import { checkAnswer, freshAnswer, publish, updateWarnings, withFields, withUpdate } from './answered';
import { changedMeanwhile, today, update, type Deps } from './common';
import { refreshHeardLine } from './heard-line';

const noAnswer = (id: string) => () => notFound('answer.unknown', `Finding "${id}" has no answer yet. Write one first.`);

async function agreedFinding(deps: Deps, findingId: string) {
  const finding = await deps.store.getFinding(findingId);
  if (!finding) throw notFound('finding.unknown', `There is no finding "${findingId}".`);
  if (finding.status !== 'agreed') throw conflict('finding.not_agreed', 'The youth council has not agreed this finding yet, so it cannot be answered.');
  return finding;
}

/** The council's answer to an agreed city finding, created or changed (not yet shown to pupils until published). */
export async function saveAnswer(deps: Deps, findingId: string, fields: AnswerFields) {
  await agreedFinding(deps, findingId);
  const day = today(deps);
  const existing = await deps.store.getAnswer(findingId);
  const warnings = checkAnswer(fields, day, existing?.fields);
  if (!existing) {
    const answer: CityAnswer = { findingId, ...freshAnswer(fields) };
    if (!(await deps.store.putAnswer(answer))) throw changedMeanwhile();
    return { answer, warnings, created: true };
  }
  const answer = await update(
    () => deps.store.getAnswer(findingId),
    (a) => withFields(a, fields),
    (next, expected) => deps.store.putAnswer(next, expected),
    noAnswer(findingId),
  );
  return { answer, warnings, created: false };
}

export async function addAnswerUpdate(deps: Deps, findingId: string, input: { text: string; showOn: string }) {
  const warnings = updateWarnings(input.text);
  const answer = await update(
    () => deps.store.getAnswer(findingId),
    (a) => withUpdate(a, input, today(deps)),
    (next, expected) => deps.store.putAnswer(next, expected),
    noAnswer(findingId),
  );
  return { answer, warnings };
}

export async function publishAnswer(deps: Deps, findingId: string) {
  const answer = await update(
    () => deps.store.getAnswer(findingId),
    (a) => publish(a, today(deps)),
    (next, expected) => deps.store.putAnswer(next, expected),
    noAnswer(findingId),
  );
  await refreshHeardLine(deps, 'city');
  return answer;
}

/** The youth council's verdict on a published answer, public beside it; "send it back" asks the council to do better. */
export async function recordVerdict(deps: Deps, findingId: string, input: { verdict: 'good-enough' | 'not-yet'; comment: string; sendBack: boolean }) {
  updateWarnings(input.comment);
  return update(
    () => deps.store.getAnswer(findingId),
    (a) => {
      if (!a.published || !a.publishedOn) throw conflict('answer.not_published', 'This answer has not been published yet, so there is nothing to judge.');
      const verdict = { verdict: input.verdict, comment: input.comment, sentBack: input.sendBack, on: today(deps), aboutVersionOn: a.publishedOn, aboutPublication: a.revisions.length + 1 };
      return { ...a, verdict };
    },
    (next, expected) => deps.store.putAnswer(next, expected),
    noAnswer(findingId),
  );
}
