import { Logger } from '@aws-lambda-powertools/logger';
import { CODE_ALPHABET } from '../../shared/join-code';

/**
 * The Lambda functions' structured logs: one JSON object a line (Powertools), with the function's
 * name, its request id and whether it was a cold start. What they never carry: an IP address, a
 * user agent, a join code (not even in a path: requests are logged by their route's pattern,
 * `/api/join/:code`), a token or an answer. Nothing logs a request's headers, body or event, and
 * the text of an error is scrubbed of anything shaped like those before it is written
 * (tests/functions/logging.test.ts reads every line a submission writes and finds none of them).
 */
export type Log = Pick<Logger, 'info' | 'warn' | 'error' | 'debug' | 'addContext'>;

export function createLog(service: string, level: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT'): Log {
  return new Logger({ serviceName: service, logLevel: level });
}

const CODE_CHAR = `[${CODE_ALPHABET}]`;
// A bearer token or a JWT; an IPv4 address; an IPv6 address, in full or with `::` (so not a
// time of day or a stack trace's line and column); a join code, of 9 or 12 characters in any
// case, maybe in groups of three.
const SECRETS = [
  /\bBearer\s+\S+/gi,
  /\beyJ[\w-]+\.[\w-]+\.[\w-]*/g,
  /\b(?:\d{1,3}\.){3}\d{1,3}\b/g,
  /\b[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){3,7}\b/gi,
  /\b[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?/gi,
  new RegExp(`\\b(?:${CODE_CHAR}{3}-?){2,3}${CODE_CHAR}{3}\\b`, 'gi'),
];

/** `text` with anything that could be a join code, an address or a token replaced by `[redacted]`. */
export function scrub(text: string): string {
  return SECRETS.reduce((t, pattern) => t.replace(pattern, '[redacted]'), text);
}

/** An error as it may be logged: its name, and its message and stack scrubbed (`scrub`). */
export function describeError(err: unknown): { name: string; message: string; stack?: string } {
  if (!(err instanceof Error)) return { name: 'NonError', message: scrub(String(err)) };
  return { name: err.name, message: scrub(err.message), ...(err.stack ? { stack: scrub(err.stack) } : {}) };
}
