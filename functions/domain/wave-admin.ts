import type { Audience, Wave } from '../../shared/catalog';
import { SURVEYS } from '../../shared/survey';
import { badRequest, conflict, notFound, Problem } from '../http/problem';
import type { Store } from '../store/types';

/** The newest shipped survey for each audience: what a wave freezes when it opens. */
export function latestSurveys(): Wave['surveys'] {
  const latest = (audience: Audience) => {
    const s = SURVEYS.filter((x) => x.audience === audience).sort((a, b) => b.version - a.version)[0]!;
    return { id: s.id, version: s.version };
  };
  return { primary: latest('primary'), secondary: latest('secondary') };
}

const NEXT: Record<Wave['status'], Wave['status'] | undefined> = { draft: 'open', open: 'closed', closed: 'published', published: undefined };
const VERB: Record<Wave['status'], string> = { draft: 'draft', open: 'open', closed: 'close', published: 'publish' };

export async function waveOrThrow(store: Store, waveId: string): Promise<Wave> {
  const wave = await store.getWave(waveId);
  if (!wave) throw notFound('wave.unknown', `There is no survey round "${waveId}".`);
  return wave;
}

/** A new round starts as a draft: nothing is asked of pupils until it opens. */
export async function createWave(store: Store, input: Pick<Wave, 'id' | 'title' | 'opensOn' | 'closesOn'>): Promise<Wave> {
  if (await store.getWave(input.id)) {
    const detail = `A round called "${input.id}" already exists. Choose another name.`;
    throw new Problem(409, 'wave.exists', 'Not possible now', detail, [{ field: 'id', message: detail }]);
  }
  const wave: Wave = { ...input, status: 'draft', surveys: latestSurveys() };
  await store.putWave(wave);
  return wave;
}

/** Another open round whose dates overlap `wave`'s: pupils would not know which a code belongs to. */
async function overlapping(store: Store, wave: Pick<Wave, 'id' | 'opensOn' | 'closesOn'>): Promise<Wave | undefined> {
  return (await store.listWaves()).find((w) => w.id !== wave.id && w.status === 'open' && w.opensOn <= wave.closesOn && wave.opensOn <= w.closesOn);
}

const overlapProblem = (other: Wave) =>
  conflict(
    'wave.overlap',
    `"${other.title}" is open from ${other.opensOn} to ${other.closesOn}, and two open rounds at once would leave pupils and codes in the wrong one. Close it first, or choose dates after it.`,
  );

/**
 * A draft's name and dates can change; an open round's closing day only (to extend it, or end it
 * sooner, but not before today), which is audited like every change.
 */
export async function updateWave(store: Store, waveId: string, changes: Partial<Pick<Wave, 'title' | 'opensOn' | 'closesOn'>>, today: string): Promise<Wave> {
  const wave = await waveOrThrow(store, waveId);
  if (wave.status === 'open') {
    const fixed = (['title', 'opensOn'] as const).filter((k) => changes[k] !== undefined && changes[k] !== wave[k]);
    if (fixed.length) {
      const detail = `"${wave.title}" is open, so only its closing day can change; its name and opening day are fixed.`;
      throw new Problem(409, 'wave.open_fixed', 'Not possible now', detail, fixed.map((field) => ({ field, message: detail })));
    }
    if (changes.closesOn !== undefined && changes.closesOn < today) {
      throw badRequest(`A round cannot close on a day that has passed (today is ${today}). Close it now instead.`, [{ field: 'closesOn', message: 'must be today or later' }]);
    }
  } else if (wave.status !== 'draft') {
    throw conflict('wave.not_draft', `"${wave.title}" is ${wave.status}; only a draft round (or an open round's closing day) can be changed.`);
  }
  const next = { ...wave, ...changes };
  if (next.opensOn > next.closesOn) {
    throw badRequest('A round must close on or after the day it opens.', [{ field: 'closesOn', message: 'must be on or after opensOn' }]);
  }
  if (wave.status === 'open') {
    const other = await overlapping(store, next);
    if (other) throw overlapProblem(other);
  }
  await store.putWave(next);
  return next;
}

/**
 * Moves a round one step along draft → open → closed → published. Opening freezes the survey
 * versions pupils will answer; a closed round refuses responses; a published round's results are
 * ready to share back with pupils. Any other step is refused, saying what is possible.
 */
export async function moveWave(store: Store, waveId: string, to: Wave['status'], today: string): Promise<Wave> {
  const wave = await waveOrThrow(store, waveId);
  if (NEXT[wave.status] !== to) {
    const next = NEXT[wave.status];
    throw conflict(
      'wave.transition',
      `"${wave.title}" is ${wave.status}, so it cannot ${VERB[to]} now.${next ? ` The next step is to ${VERB[next]} it.` : ' It has been published; that is the last step.'} Rounds go draft → open → closed → published.`,
    );
  }
  if (to === 'open') {
    // Opening a round whose days have passed would show "Open" here while pupils are told it is closed.
    if (wave.closesOn < today) {
      throw conflict('wave.dates_past', `"${wave.title}" closes on ${wave.closesOn}, which has passed. Change its dates so it closes today or later, then open it.`);
    }
    const other = await overlapping(store, wave);
    if (other) throw overlapProblem(other);
  }
  const early = to === 'closed' && today < wave.closesOn ? { closedOn: today } : {};
  const next: Wave = { ...wave, status: to, ...(to === 'open' ? { surveys: latestSurveys() } : {}), ...early };
  await store.putWave(next);
  return next;
}
