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

/** Title and dates can change only while the round is a draft. */
export async function updateDraft(store: Store, waveId: string, changes: Partial<Pick<Wave, 'title' | 'opensOn' | 'closesOn'>>): Promise<Wave> {
  const wave = await waveOrThrow(store, waveId);
  if (wave.status !== 'draft') throw conflict('wave.not_draft', `"${wave.title}" is ${wave.status}; only a draft round can be changed.`);
  const next = { ...wave, ...changes };
  if (next.opensOn > next.closesOn) {
    throw badRequest('A round must close on or after the day it opens.', [{ field: 'closesOn', message: 'must be on or after opensOn' }]);
  }
  await store.putWave(next);
  return next;
}

/**
 * Moves a round one step along draft → open → closed → published. Opening freezes the survey
 * versions pupils will answer; a closed round refuses responses; a published round's results are
 * ready to share back with pupils. Any other step is refused, saying what is possible.
 */
export async function moveWave(store: Store, waveId: string, to: Wave['status']): Promise<Wave> {
  const wave = await waveOrThrow(store, waveId);
  if (NEXT[wave.status] !== to) {
    const next = NEXT[wave.status];
    throw conflict(
      'wave.transition',
      `"${wave.title}" is ${wave.status}, so it cannot ${VERB[to]} now.${next ? ` The next step is to ${VERB[next]} it.` : ' It has been published; that is the last step.'} Rounds go draft → open → closed → published.`,
    );
  }
  const next: Wave = { ...wave, status: to, ...(to === 'open' ? { surveys: latestSurveys() } : {}) };
  await store.putWave(next);
  return next;
}
