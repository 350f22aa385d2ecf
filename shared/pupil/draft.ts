/**
 * What the pupil app keeps on the device while a pupil answers, and the checks applied when
 * reading it back. Only what the server would receive anyway (answers, comments, the random
 * submission id) plus the step the pupil was on and the day it stops being kept: no name, no
 * time of day.
 */
export type Answer = number | string | null;

/** Stored answers are forgotten after this many days, even if the pupil never comes back. */
export const KEEP_DAYS = 7;
export const dayNumber = (ms: number) => Math.floor(ms / 86_400_000);

/** A survey in progress, under `heard:draft:<join code>`. */
export type Draft = {
  /** The submissionId, kept across reloads so a response is counted once however often it is sent. */
  id: string;
  /** Marks this pupil's history entries, so Back never brings back a previous pupil's screens. */
  sid: string;
  step: number;
  answers: Record<string, Answer>;
  comments: Record<string, string>;
  /** The last day (see `dayNumber`) this is kept. */
  until: number;
};

export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const every = (x: unknown, ok: (v: unknown) => boolean) => isRecord(x) && Object.values(x).every(ok);
/**
 * Kept until its last day, and well-formed: JSON from storage is not trusted blindly (the server
 * checks every answer against the survey as well).
 */
export const live = (x: unknown, today: number): x is Record<string, unknown> =>
  isRecord(x) &&
  Number(x.until) >= today &&
  every(x.answers, (v) => v === null || typeof v === 'string' || Number.isFinite(v)) &&
  every(x.comments, (v) => typeof v === 'string');

export const parse = (raw: string | null): unknown => {
  try {
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    return undefined;
  }
};

/** The draft stored for a join code, or undefined when it is missing, damaged or out of date. */
export function readDraft(raw: string | null, today: number): Draft | undefined {
  const d = parse(raw);
  return live(d, today) && typeof d.id === 'string' && typeof d.sid === 'string' && Number.isInteger(d.step) ? (d as Draft) : undefined;
}
