import type { Wave } from '../catalog';

export const waveRef = (w: Wave) => ({ id: w.id, title: w.title, opensOn: w.opensOn, closesOn: w.closesOn, status: w.status });

/** The labels of a round's vote question, when it has one (shared/respond/ballot.ts). */
export const ballotLabels = (w: Wave) => (w.ballot ? { ballot: w.ballot.options.map((o) => ({ findingId: o.findingId, text: o.text })) } : {});
