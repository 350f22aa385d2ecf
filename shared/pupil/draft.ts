/**
 * What the pupil app keeps on the device while a pupil answers, and the checks applied when
 * reading it back. Only what the server would receive anyway (answers, comments, the random
 * submission id) plus the step the pupil was on and when it stops being kept: no name. Never
 * sent anywhere.
 */
export type Answer = number | string | null;

/**
 * Stored answers are forgotten this many minutes after the pupil last answered: long enough for
 * a dropped connection or a reload in the same lesson, short enough that the next pupil on a
 * shared classroom tablet never meets them.
 */
export const KEEP_MINUTES = 45;
export const keepUntil = (now: number) => now + KEEP_MINUTES * 60_000;

/** A survey in progress, under `heard:draft:<join code>`. */
export type Draft = {
  /** The submissionId, kept across reloads so a response is counted once however often it is sent. */
  id: string;
  /** Marks this pupil's history entries, so Back never brings back a previous pupil's screens. */
  sid: string;
  step: number;
  answers: Record<string, Answer>;
  comments: Record<string, string>;
  /** When it is forgotten (epoch ms), renewed with every answer. */
  until: number;
};

export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const every = (x: unknown, ok: (v: unknown) => boolean) => isRecord(x) && Object.values(x).every(ok);
/**
 * Not yet expired, and well-formed: JSON from storage is not trusted blindly (the server checks
 * every answer against the survey as well).
 */
export const live = (x: unknown, now: number): x is Record<string, unknown> =>
  isRecord(x) &&
  Number(x.until) >= now &&
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
export function readDraft(raw: string | null, now: number): Draft | undefined {
  const d = parse(raw);
  return live(d, now) && typeof d.id === 'string' && typeof d.sid === 'string' && Number.isInteger(d.step) ? (d as Draft) : undefined;
}
