import type { HeardLine } from '../../shared/respond/board';
import type { FieldError } from '../../shared/submission';
import type { Survey } from '../../shared/survey/schema';

/**
 * The pupil app's two calls, and the problem type the staff API (`staff/api.ts`) shares. Type-only
 * imports from shared/ keep zod out of the pupil bundle; the API has already validated what it sends.
 */
export type JoinInfo = {
  wave: { id: string; title: string; closesOn: string };
  setting: { id: string; name: string; safeguardingLead?: string };
  /** Set when the join code is a class code: the year group is known, so that question is not asked. */
  yearGroup?: string;
  survey: Survey;
  /** "Last time you told us … so we …": the latest published answer for this setting, else the city's. */
  heard?: HeardLine;
};

export class ApiError extends Error {
  // Declared, not class fields: fields would pull transpiler helpers into the pupil bundle.
  declare readonly status: number;
  declare readonly title: string;
  declare readonly detail: string;
  declare readonly code: string;
  declare readonly errors: FieldError[];

  constructor(status: number, title: string, detail: string, code = '', errors: FieldError[] = []) {
    super(detail);
    Object.assign(this, { status, title, detail, code, errors });
  }
}

/**
 * Nothing came back (no connection, a timeout, a reply lost on the way): trying again is safe.
 * No words here: each app says it in its own (the pupil app by status, in the pupil's language).
 */
export const offline = () => new ApiError(0, '', '');

/** The response if it is a success, else an ApiError carrying the problem the API described. */
export async function checked(res: Response): Promise<Response> {
  if (res.ok) return res;
  const body = await res.json().catch(() => ({}));
  throw new ApiError(res.status, body.title ?? 'Something went wrong', body.detail ?? 'Please try again in a minute.', body.code, body.errors);
}

/** A request's JSON body, or an ApiError (status 0 when nothing came back). */
export const json = <T>(request: Promise<Response>): Promise<T> =>
  request.then(checked, () => Promise.reject(offline())).then((res) => res.json() as Promise<T>);

/** The survey for a join code, from the request boot.ts started before the app had loaded. */
export const readJoin = (request: Promise<Response>) => json<JoinInfo>(request);
