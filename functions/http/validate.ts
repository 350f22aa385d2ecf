import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { ZodType } from 'zod';
import { badRequest } from './problem';

/**
 * `zValidator` that fails with a 400 problem listing each bad field, e.g.
 * `{ field: "submissionId", message: "submissionId must be a UUID made on the device" }`.
 */
export const validate = <T extends ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) =>
  zValidator(target, schema, (result) => {
    if (!result.success) {
      const errors = result.error.issues.map((i) => ({
        field: i.path.length ? i.path.join('.') : target,
        message: i.message,
      }));
      throw badRequest(`Please correct the ${target === 'json' ? 'body' : target}: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}.`, errors);
    }
  });
