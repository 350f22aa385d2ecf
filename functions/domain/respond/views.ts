import type { Wave } from '../../../shared/catalog';
import type { CityReport } from '../../../shared/report';
import type { AdminAnswersView, FindingsView, RoundsView } from '../../../shared/respond/api';
import { changeBetween, cityFigure, type Change } from '../../../shared/respond/evidence';
import type { Finding } from '../../../shared/respond/schema';
import { buildCityReport } from '../reports';
import { waveOrThrow } from '../wave-admin';
import { rankings, voteFor } from './ballot';
import { inOrder, roundRef, type Deps } from './common';

const hasResults = (w: Wave) => w.status !== 'draft';

/** City reports by round, each built once per request however many findings ask for it. */
export function cityReports(deps: Deps) {
  const built = new Map<string, Promise<CityReport>>();
  return (waveId: string) => {
    if (!built.has(waveId)) built.set(waveId, buildCityReport(deps, waveId, { withSettings: false }));
    return built.get(waveId)!;
  };
}

/**
 * A finding's figure measured again in the next round that has results: then and now, with the
 * reports' caution (a change is "clear" only beyond what chance easily gives). No `now` when
 * the next round's report does not show that figure.
 */
export async function remeasure(finding: Finding, waves: Wave[], report: (waveId: string) => Promise<CityReport>): Promise<Change | undefined> {
  const from = waves.find((w) => w.id === finding.waveId);
  const next = from && inOrder(waves).find((w) => w.opensOn > from.opensOn && hasResults(w));
  if (!next) return undefined;
  const cited = cityFigure(await report(next.id), { ...finding.evidence, waveId: next.id });
  return { ...changeBetween(finding.evidence.figure, 'figure' in cited ? cited.figure : undefined), waveId: next.id, provisional: next.status === 'open' };
}

export async function roundsView(deps: Deps): Promise<RoundsView> {
  const [waves, findings] = await Promise.all([deps.store.listWaves(), deps.store.listFindings()]);
  const newest = inOrder(waves).reverse();
  return {
    rounds: newest
      .filter((w) => w.status === 'closed' || w.status === 'published')
      .map((w) => {
        const mine = findings.filter((f) => f.waveId === w.id);
        return { ...roundRef(w), findings: mine.length, agreed: mine.filter((f) => f.status === 'agreed').length };
      }),
    drafts: newest
      .filter((w) => w.status === 'draft')
      .map((w) => ({ ...roundRef(w), ...(w.ballot ? { ballot: { findingIds: w.ballot.options.map((o) => o.findingId) } } : {}) })),
  };
}

/** One round's findings for the youth council: notes, answers, verdicts, re-measures, and the next round's vote. */
export async function findingsView(deps: Deps, waveId: string, member: string): Promise<FindingsView> {
  const wave = await waveOrThrow(deps.store, waveId);
  const [waves, findings, answers] = await Promise.all([deps.store.listWaves(), deps.store.listFindings(), deps.store.listAnswers()]);
  const report = cityReports(deps);
  const mine = findings.filter((f) => f.waveId === waveId).sort((a, b) => a.createdOn.localeCompare(b.createdOn));
  const withMore = await Promise.all(
    mine.map(async (f) => {
      const answer = answers.find((a) => a.findingId === f.id);
      const change = await remeasure(f, waves, report);
      return { ...f, ...(answer ? { answer } : {}), ...(change ? { change } : {}) };
    }),
  );
  // Where its findings can go to a vote: a later round that has them on its ballot, else the first draft.
  const later = inOrder(waves).filter((w) => w.opensOn > wave.opensOn);
  const ids = new Set(mine.map((f) => f.id));
  const next = later.find((w) => w.ballot?.options.some((o) => ids.has(o.findingId))) ?? later.find((w) => w.status === 'draft') ?? later[0];
  return {
    round: roundRef(wave),
    findings: withMore,
    ...(next
      ? {
          next: {
            round: roundRef(next),
            ballot: next.ballot?.options.map((o) => o.findingId) ?? [],
            ...(next.ballot && hasResults(next) ? { vote: await voteFor(deps, next, await report(next.id)) } : {}),
            rankings: await rankings(deps, next, member),
          },
        }
      : {}),
  };
}

/** Every agreed city finding, newest round first, with the council's answer if it has one. */
export async function adminAnswersView(deps: Deps): Promise<AdminAnswersView> {
  const [waves, findings, answers] = await Promise.all([deps.store.listWaves(), deps.store.listFindings(), deps.store.listAnswers()]);
  const order = inOrder(waves).map((w) => w.id);
  return {
    items: findings
      .filter((f) => f.status === 'agreed')
      .sort((a, b) => order.indexOf(b.waveId) - order.indexOf(a.waveId) || a.createdOn.localeCompare(b.createdOn))
      .map((finding) => {
        const answer = answers.find((a) => a.findingId === finding.id);
        return { finding, round: roundRef(waves.find((w) => w.id === finding.waveId)!), ...(answer ? { answer } : {}) };
      }),
  };
}
