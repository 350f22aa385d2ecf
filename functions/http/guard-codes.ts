import { createMiddleware } from 'hono/factory';
import { Problem } from './problem';
import { clientAddress, type FailureLimiter } from './rate-limit';

/** Refuses a client that has sent too many unknown join codes, and counts each new failure. */
export const guardCodes = (limiter: FailureLimiter) =>
  createMiddleware(async (c, next) => {
    const address = clientAddress(c);
    if (limiter.blocked(address)) {
      throw new Problem(429, 'code.too_many_attempts', 'Too many tries', 'That is a lot of codes that did not work. Wait a while, then check the code with your teacher.');
    }
    await next();
    if (c.res.status === 404 && c.res.headers.get('content-type') === 'application/problem+json') {
      const body = (await c.res.clone().json()) as { code?: string };
      if (body.code === 'code.unknown') limiter.fail(address);
    }
  });
