import { settingFigure } from '../../../shared/respond/evidence';
import type { AnswerContent, AnswerFields, EvidenceRef, SettingEntry, SettingEvidence } from '../../../shared/respond/schema';
import { conflict, notFound, Problem } from '../../http/problem';
import { buildSettingReport } from '../reports';
import { waveOrThrow } from '../wave-admin';
import { checkAnswer, freshAnswer, publish, updateWarnings, withFields, withUpdate } from './answered';
import { changedMeanwhile, checkPublicText, newId, today, update, type Deps } from './common';
import { refreshHeardLine } from './heard-line';

const noEntry = (id: string) => () => notFound('entry.unknown', `There is no "You said, we did" entry "${id}" for this setting.`);

/** A figure of the setting's own report for a closed round, as its staff read it (suppressed); hidden ones are refused. */
async function citeSetting(deps: Deps, settingId: string, ref: EvidenceRef): Promise<SettingEvidence> {
  const wave = await waveOrThrow(deps.store, ref.waveId);
  if (wave.status !== 'closed' && wave.status !== 'published') {
    throw conflict('finding.round_open', `"${wave.title}" is ${wave.status}: cite a round once it has closed.`);
  }
  const cited = settingFigure(await buildSettingReport(deps, settingId, ref.waveId), ref);
  if ('hidden' in cited) throw new Problem(422, 'evidence.hidden', 'That figure cannot be quoted', cited.hidden, [{ field: 'evidence', message: cited.hidden }]);
  return { ...ref, figure: cited.figure };
}

/** The entry's content as stored: the answer, what pupils said and the figure cited, checked for pupils. */
function content(youSaid: string, answer: AnswerFields, evidence: SettingEvidence | undefined, day: string, before?: AnswerContent) {
  const warnings = [...checkPublicText({ youSaid }), ...checkAnswer(answer, day, before)];
  const fields: AnswerContent = { ...answer, youSaid, ...(evidence ? { evidence } : {}) };
  return { fields, warnings };
}

export async function createEntry(deps: Deps, settingId: string, input: { youSaid: string; evidence?: EvidenceRef; answer: AnswerFields }) {
  const evidence = input.evidence ? await citeSetting(deps, settingId, input.evidence) : undefined;
  const { fields, warnings } = content(input.youSaid, input.answer, evidence, today(deps));
  const entry: SettingEntry = { id: newId('y'), settingId, ...freshAnswer(fields) };
  if (!(await deps.store.putEntry(entry))) throw changedMeanwhile();
  return { entry, warnings };
}

export async function editEntry(deps: Deps, settingId: string, entryId: string, changes: { youSaid?: string; evidence?: EvidenceRef | null; answer?: AnswerFields }) {
  let warnings: ReturnType<typeof content>['warnings'] = [];
  const entry = await update(
    () => deps.store.getEntry(settingId, entryId),
    async (e) => {
      const { youSaid: before, evidence: cited, ...answer } = e.fields;
      const evidence = changes.evidence === null ? undefined : changes.evidence ? await citeSetting(deps, settingId, changes.evidence) : cited;
      const next = content(changes.youSaid ?? before ?? '', changes.answer ?? answer, evidence, today(deps), e.fields);
      warnings = next.warnings;
      return withFields(e, next.fields);
    },
    (next, expected) => deps.store.putEntry(next, expected),
    noEntry(entryId),
  );
  return { entry, warnings };
}

export async function addEntryUpdate(deps: Deps, settingId: string, entryId: string, input: { text: string; showOn: string }) {
  const warnings = updateWarnings(input.text);
  const entry = await update(
    () => deps.store.getEntry(settingId, entryId),
    (e) => withUpdate(e, input, today(deps)),
    (next, expected) => deps.store.putEntry(next, expected),
    noEntry(entryId),
  );
  return { entry, warnings };
}

export async function publishEntry(deps: Deps, settingId: string, entryId: string) {
  const entry = await update(
    () => deps.store.getEntry(settingId, entryId),
    (e) => publish(e, today(deps)),
    (next, expected) => deps.store.putEntry(next, expected),
    noEntry(entryId),
  );
  await refreshHeardLine(deps, { settingId });
  return entry;
}
