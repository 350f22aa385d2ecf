import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldError } from '../../shared/submission';

/**
 * The one error family of the API. Each carries a stable code (`wave.closed`), an HTTP status,
 * and a message a person can act on; `onError` renders it as RFC 9457 application/problem+json.
 */
export class Problem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly errors?: FieldError[],
    /** Response headers that belong to the problem, e.g. `retry-after` on a 429 or 503. */
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'Problem';
  }

  toJSON() {
    return {
      type: `https://heard.example/problems/${this.code}`,
      title: this.title,
      status: this.status,
      code: this.code,
      detail: this.detail,
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

export const badRequest = (detail: string, errors: FieldError[]) =>
  new Problem(400, 'request.invalid', 'Some of what was sent is not right', detail, errors);
export const unauthorised = (detail: string) => new Problem(401, 'auth.required', 'Please sign in', detail);
export const forbidden = (detail: string) => new Problem(403, 'auth.forbidden', 'Not yours to see', detail);
export const notFound = (code: string, detail: string) => new Problem(404, code, 'Not found', detail);
/** Too many of something from one caller: try again after `retryAfter` seconds. */
export const tooMany = (code: string, detail: string, retryAfter: number) =>
  new Problem(429, code, 'Too many tries', detail, undefined, { 'retry-after': String(Math.max(1, Math.ceil(retryAfter))) });
export const conflict = (code: string, detail: string) => new Problem(409, code, 'Not possible now', detail);
