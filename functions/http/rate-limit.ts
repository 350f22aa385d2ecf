import { createHmac, randomBytes } from 'node:crypto';
import type { Context } from 'hono';

/**
 * Slows down code guessing without keeping anyone's address: each client is known only by a
 * keyed hash of its address, under a key that lives in memory and is replaced every hour (which
 * also forgets every count). Nothing is written anywhere.
 */
export class FailureLimiter {
  private key = randomBytes(32);
  private since: number;
  private failures = new Map<string, number>();

  constructor(
    private readonly limit = 10,
    private readonly windowMs = 60 * 60 * 1000,
    private readonly clock = () => Date.now(),
  ) {
    this.since = clock();
  }

  private rotate() {
    if (this.clock() - this.since < this.windowMs) return;
    this.key = randomBytes(32);
    this.since = this.clock();
    this.failures.clear();
  }

  private id(address: string) {
    this.rotate();
    return createHmac('sha256', this.key).update(address).digest('base64url');
  }

  blocked(address: string): boolean {
    return (this.failures.get(this.id(address)) ?? 0) >= this.limit;
  }

  fail(address: string): void {
    const id = this.id(address);
    this.failures.set(id, (this.failures.get(id) ?? 0) + 1);
  }
}

/** The caller's address as API Gateway, CloudFront or the local server report it; used only to key the limiter. */
export function clientAddress(c: Context): string {
  const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
  if (forwarded) return forwarded;
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } }; requestContext?: { http?: { sourceIp?: string } } } | undefined;
  return env?.requestContext?.http?.sourceIp ?? env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
