import type { Wave } from '../../../shared/catalog';
import type { CityReport } from '../../../shared/report';
import type { Rankings, VoteResult } from '../../../shared/respond/api';
import { PRIORITY_QUESTION } from '../../../shared/respond/ballot';
import type { Principal } from '../../auth/principal';
import { conflict } from '../../http/problem';
import { waveOrThrow } from '../wave-admin';
import { fieldProblem, type Deps } from './common';

/**
 * Puts up to five agreed findings to pupils in a round that has not opened yet: its surveys then
 * ask "Which of these should we work on first?" (shared/respond/ballot.ts). The findings' words
 * are copied into the round, so the question cannot change under pupils once it opens.
 */
export async function setBallot(deps: Deps, waveId: string, findingIds: string[]): Promise<Wave> {
  const wave = await waveOrThrow(deps.store, waveId);
  if (wave.status !== 'draft') throw conflict('ballot.round_not_draft', `"${wave.title}" is ${wave.status}: its survey is fixed, so a vote can only be added before a round opens.`);
  if (new Set(findingIds).size !== findingIds.length) throw fieldProblem(400, 'request.invalid', 'findingIds', 'each finding can be on the ballot once');
  const [findings, waves] = await Promise.all([deps.store.listFindings(), deps.store.listWaves()]);
  const options = findingIds.map((id, i) => {
    const f = findings.find((x) => x.id === id);
    if (!f) throw fieldProblem(400, 'request.invalid', `findingIds.${i}`, `there is no finding "${id}"`);
    if (f.status !== 'agreed') throw fieldProblem(409, 'ballot.not_agreed', `findingIds.${i}`, `"${f.text}" has not been agreed yet`);
    const from = waves.find((w) => w.id === f.waveId);
    if (!from || from.opensOn >= wave.opensOn) throw fieldProblem(409, 'ballot.not_earlier', `findingIds.${i}`, `"${f.text}" comes from a round that is not before "${wave.title}"`);
    return { findingId: f.id, text: f.text, translations: f.translations };
  });
  const next: Wave = { ...wave, ballot: { options } };
  await deps.store.putWave(next);
  return next;
}

/** A member's own order of a round's ballot (each finding at most once, only findings on it). */
export async function setRanking(deps: Deps, waveId: string, order: string[], by: Principal) {
  const wave = await waveOrThrow(deps.store, waveId);
  const onBallot = new Set(wave.ballot?.options.map((o) => o.findingId) ?? []);
  if (onBallot.size === 0) throw conflict('ballot.none', `"${wave.title}" has no ballot to rank.`);
  if (new Set(order).size !== order.length) throw fieldProblem(400, 'request.invalid', 'order', 'each finding can be ranked once');
  order.forEach((id, i) => {
    if (!onBallot.has(id)) throw fieldProblem(400, 'request.invalid', `order.${i}`, `"${id}" is not on this round's ballot`);
  });
  await deps.store.putRanking({ waveId, member: by.name, order });
}

/** Members' orders combined by a Borda count: on a ballot of five, first gets 5 points, fifth 1. */
export async function rankings(deps: Deps, wave: Wave, member: string): Promise<Rankings> {
  const ids = wave.ballot?.options.map((o) => o.findingId) ?? [];
  const all = await deps.store.listRankings(wave.id);
  const points = new Map(ids.map((id) => [id, 0]));
  for (const r of all) r.order.forEach((id, i) => points.has(id) && points.set(id, points.get(id)! + ids.length - i));
  const mine = all.find((r) => r.member === member)?.order;
  return {
    members: all.length,
    combined: [...points].map(([findingId, p]) => ({ findingId, points: p })).sort((a, b) => b.points - a.points),
    ...(mine ? { mine } : {}),
  };
}

/**
 * The pupils' vote, as the city report shows it. Primary and secondary pupils answer separate
 * surveys, each suppressed on its own; their sum is given only when every part that has any
 * answers (`answering`, known from the tallies, never published) is fully shown, since a sum
 * beside a hidden part would give that part away by subtraction.
 */
export function voteResult(report: CityReport, wave: Wave, answering: ReadonlySet<string>): VoteResult {
  const ids = wave.ballot?.options.map((o) => o.findingId) ?? [];
  const hidden: VoteResult = { suppressed: true, options: ids.map((findingId) => ({ findingId })) };
  const counts = new Map(ids.map((id) => [id, 0]));
  for (const s of report.sections.filter((x) => answering.has(x.survey.audience))) {
    const q = s.city.suppressed ? undefined : s.city.questions?.find((x) => x.id === PRIORITY_QUESTION);
    if (!q || q.suppressed || q.distribution.some((d) => d.suppressed)) return hidden;
    for (const d of q.distribution) if (!d.suppressed) counts.set(String(d.option), (counts.get(String(d.option)) ?? 0) + d.count);
  }
  const n = [...counts.values()].reduce((a, b) => a + b, 0);
  if (n === 0) return hidden;
  return {
    suppressed: false,
    n,
    options: ids.map((findingId) => ({ findingId, count: counts.get(findingId)!, percent: Math.round((1000 * counts.get(findingId)!) / n) / 10 })),
  };
}

/** The vote of a round with a ballot, reading which surveys were answered at all from its tallies. */
export async function voteFor(deps: Deps, wave: Wave, report: CityReport): Promise<VoteResult> {
  const [tallies, settings] = await Promise.all([deps.store.readTallies(wave.id), deps.store.listSettings()]);
  const audience = new Map(settings.map((s) => [s.id, s.audience]));
  const answering = new Set(tallies.filter((t) => (t.tally.n ?? 0) > 0).map((t) => audience.get(t.settingId) ?? ''));
  return voteResult(report, wave, answering);
}
