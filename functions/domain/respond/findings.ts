import type { Principal } from '../../auth/principal';
import { cityFigure, topicCount } from '../../../shared/respond/evidence';
import type { CityEvidence, CityEvidenceRef, Finding, Translations } from '../../../shared/respond/schema';
import { conflict, notFound, Problem } from '../../http/problem';
import { buildCityReport } from '../reports';
import { waveOrThrow } from '../wave-admin';
import { checkPublicText, newId, today, update, type Deps } from './common';

const missing = (id: string) => () => notFound('finding.unknown', `There is no finding "${id}". It may have been withdrawn.`);

/** The round must have closed: findings come from results that have stopped moving. */
async function closedRound(deps: Deps, waveId: string) {
  const wave = await waveOrThrow(deps.store, waveId);
  if (wave.status !== 'closed' && wave.status !== 'published') {
    throw conflict('finding.round_open', `"${wave.title}" is ${wave.status}: findings come from a round once it has closed.`);
  }
  return wave;
}

/**
 * The figure a finding cites, from the city report exactly as the youth council reads it
 * (suppressed, no setting's figures): a hidden or missing figure is refused with 422.
 */
export async function citeCity(deps: Deps, ref: CityEvidenceRef): Promise<CityEvidence> {
  await closedRound(deps, ref.waveId);
  const report = await buildCityReport(deps, ref.waveId, { withSettings: false });
  const cited = cityFigure(report, ref);
  if ('hidden' in cited) throw new Problem(422, 'evidence.hidden', 'That figure cannot be quoted', cited.hidden, [{ field: 'evidence', message: cited.hidden }]);
  const { topic, ...figureRef } = ref;
  if (!topic) return { ...figureRef, figure: cited.figure };
  const section = report.sections.find((s) => s.survey.audience === ref.audience)!;
  const counted = topicCount(section.topics, topic);
  if ('hidden' in counted) throw new Problem(422, 'evidence.hidden', 'That topic cannot be quoted', counted.hidden, [{ field: 'evidence.topic', message: counted.hidden }]);
  return { ...figureRef, topic, figure: cited.figure, topicCount: counted };
}

/** What the finding says, in every language it has: public text, so nothing that names someone. */
const checkText = (text: string, translations: Translations = {}) =>
  checkPublicText({ text, ...Object.fromEntries(Object.entries(translations).map(([l, t]) => [`translations.${l}`, t])) }, { text });

export async function draftFinding(deps: Deps, input: { text: string; translations?: Translations; evidence: CityEvidenceRef }) {
  const warnings = checkText(input.text, input.translations);
  const evidence = await citeCity(deps, input.evidence);
  const finding: Finding = {
    id: newId('f'),
    waveId: evidence.waveId,
    text: input.text,
    translations: input.translations ?? {},
    evidence,
    status: 'draft',
    notes: [],
    createdOn: today(deps),
    version: 0,
  };
  if (!(await deps.store.putFinding(finding))) throw new Error('a new finding id was already taken');
  return { finding, warnings };
}

const mustBeDraft = (f: Finding) => {
  if (f.status !== 'draft') throw conflict('finding.agreed', 'This finding has been agreed, so it stays as it is. Add a note, or draft a new finding.');
};

export async function editFinding(deps: Deps, id: string, changes: { text?: string; translations?: Translations; evidence?: CityEvidenceRef }) {
  let warnings: ReturnType<typeof checkText> = [];
  const finding = await update(
    () => deps.store.getFinding(id),
    async (f) => {
      mustBeDraft(f);
      warnings = checkText(changes.text ?? f.text, changes.translations ?? f.translations);
      const evidence = changes.evidence ? await citeCity(deps, changes.evidence) : f.evidence;
      return { ...f, ...changes, evidence, waveId: evidence.waveId };
    },
    (next, expected) => deps.store.putFinding(next, expected),
    missing(id),
  );
  return { finding, warnings };
}

/** Members discuss a finding in short notes, signed with their username (never shown to pupils). */
export const addNote = (deps: Deps, id: string, text: string, by: Principal) =>
  update(
    () => deps.store.getFinding(id),
    (f) => ({ ...f, notes: [...f.notes, { at: deps.now().toISOString(), by: by.name, text }] }),
    (next, expected) => deps.store.putFinding(next, expected),
    missing(id),
  );

export const agreeFinding = (deps: Deps, id: string) =>
  update(
    () => deps.store.getFinding(id),
    (f) => {
      mustBeDraft(f);
      return { ...f, status: 'agreed' as const, agreedOn: today(deps) };
    },
    (next, expected) => deps.store.putFinding(next, expected),
    missing(id),
  );

/** A draft can be withdrawn; an agreed finding may already be answered or on a ballot, so it stays. */
export async function withdrawFinding(deps: Deps, id: string) {
  const f = await deps.store.getFinding(id);
  if (!f) throw missing(id)();
  mustBeDraft(f);
  if (!(await deps.store.deleteFinding(id, f.version))) throw conflict('respond.changed', 'Someone changed this finding at the same moment. Reload and try again.');
}
