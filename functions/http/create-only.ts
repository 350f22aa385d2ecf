import type { Context } from 'hono';
import type { FieldError } from '../../shared/submission';
import { Problem } from './problem';

/**
 * `If-None-Match: *` on a PUT means "create, do not replace" (RFC 9110): an Add form sends it, so
 * a name already taken is refused with 412 instead of silently overwriting someone else's record.
 */
export function refuseIfExists(c: Context, exists: boolean, field: string, what: string) {
  if (exists && c.req.header('if-none-match')?.trim() === '*') {
    const errors: FieldError[] = [{ field, message: `${what} is already taken; choose another` }];
    throw new Problem(412, 'record.exists', 'Already taken', `${what} is already taken. Choose another, or edit the existing one.`, errors);
  }
}
