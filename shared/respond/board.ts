import type { LanguageCode } from '../i18n/languages';
import type { AnswerStatus } from './schema';

/**
 * What the public "You said, we did" page is sent (no sign-in): only published answers, only
 * updates whose day has come, only figures the reports show, and never a person's name. Built by
 * the API (functions/domain/board.ts), read by the page (web/src/you-said).
 */

/** A text in the language asked for when it has a (draft) translation, else in English: `lang` says which. */
export type Localised = { text: string; lang: LanguageCode; draft: boolean };

/** A share as whole "X in 10" icons, with the percentage it came from (never for a hidden figure). */
export type InTen = { favourable: number; inTen: number; n: number };

export type BoardAnswer = {
  weWill: Localised;
  weDid?: Localised;
  reason?: Localised;
  /** An organisation or team. */
  responsible: string;
  dueOn: string;
  status: AnswerStatus;
  progress: number;
  /** Dated updates whose day has come, newest first. */
  updates: { text: string; showOn: string }[];
  firstPublishedOn: string;
  /** Set when a published answer has been changed since it was first published. */
  updatedOn?: string;
  /** What it said before each change, newest first: nothing is silently rewritten. */
  earlier: { on: string; status: AnswerStatus; progress: number; weWill: string; weDid?: string }[];
};

export type BoardVerdict = {
  verdict: 'good-enough' | 'not-yet';
  comment: string;
  on: string;
  sentBack: boolean;
  /** The answer has changed since the youth council judged it. */
  aboutEarlier: boolean;
};

export type BoardItem = {
  id: string;
  by: 'city' | 'setting';
  round: { id: string; title: string };
  youSaid: Localised;
  /** The figure the finding cited, as the report showed it. */
  figure?: InTen & { label: string };
  topic?: { label: string; count: number };
  answer: BoardAnswer;
  verdict?: BoardVerdict;
  /** The same figure in the next round, when there is one: absent `now` means it is not shown there. */
  change?: { round: { id: string; title: string }; provisional: boolean; now?: InTen; direction?: 'up' | 'down' | 'same'; clear?: boolean };
};

export type BoardVote = {
  round: { id: string; title: string };
  /** Hidden like any other figure (fewer than 10 answered): then no shares at all. */
  suppressed: boolean;
  options: { findingId: string; text: Localised; share?: InTen }[];
};

export type Board = {
  lang: LanguageCode;
  scope: { kind: 'city' } | { kind: 'setting'; id: string; name: string };
  /** This city's or setting's own published answers, newest round first. */
  items: BoardItem[];
  /** On a setting's board: the city's answers too. */
  city?: BoardItem[];
  /** The latest pupils' vote on priorities, when its round has results. */
  vote?: BoardVote;
};

/** The "Last time you told us … so we …" line for a survey link's first screen and thank-you screen. */
export type HeardLine = { said: Localised; did: Localised; href: string };
