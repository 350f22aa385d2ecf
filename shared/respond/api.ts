import type { Change } from './evidence';
import type { Ballot, CityAnswer, Finding, SettingEntry } from './schema';
import type { TextCheck } from './text-checks';

/** What the signed-in "Listen and respond" routes send (docs/respond.md). Types only. */

export type RoundRef = { id: string; title: string; status: 'draft' | 'open' | 'closed' | 'published'; opensOn: string; closesOn: string };

export type RoundsView = {
  /** Closed and published rounds, newest first: the ones findings can come from. */
  rounds: (RoundRef & { findings: number; agreed: number })[];
  /** Rounds not open yet, which can take a ballot. */
  drafts: (RoundRef & { ballot?: Ballot })[];
};

/** The pupils' vote, counted like any answer and suppressed like any figure (fewer than 10: nothing). */
export type VoteResult = {
  suppressed: boolean;
  /** Pupils who answered the question (shown only when not suppressed). */
  n?: number;
  options: { findingId: string; count?: number; percent?: number }[];
};

/** The youth council's own order of a ballot: points by a Borda count (first of five gets 5). */
export type Rankings = { members: number; combined: { findingId: string; points: number }[]; mine?: string[] };

export type FindingWithAnswer = Finding & { answer?: CityAnswer; change?: Change };

export type FindingsView = {
  round: RoundRef;
  findings: FindingWithAnswer[];
  /** Where its findings can go to a vote: a later round with them on its ballot, else the first later draft round. */
  next?: { round: RoundRef; ballot: string[]; vote?: VoteResult; rankings: Rankings };
};

export type AdminAnswersView = { items: { finding: Finding; round: RoundRef; answer?: CityAnswer }[] };

export type SettingEntriesView = { entries: SettingEntry[] };

/** Sentences a pupil of about 9 may find hard, field by field: shown to the writer, never a refusal. */
export type Warnings = TextCheck[];
