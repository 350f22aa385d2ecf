import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FailureLimiter } from '../../functions/http/rate-limit';
import { testApp } from '../support/app';

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.drop());

const join = (code: string, from: string) => ctx.app.request(`/api/join/${code}`, { headers: { 'x-forwarded-for': from } });

describe('guessing join codes', () => {
  it('is refused with 429 after ten wrong codes from one client, and only that client', async () => {
    for (let i = 0; i < 10; i++) expect((await join(`ZZZ99${i}ZZZ`.slice(0, 9), '198.51.100.7')).status).toBe(404);
    const blocked = await join('AAA222BBB', '198.51.100.7');
    expect(blocked.status).toBe(429);
    expect((await blocked.json()).detail).toMatch(/Wait a while/);
    expect((await join('AAA222BBB', '198.51.100.8')).status).toBe(200);
  });

  it('does not count codes that work', async () => {
    for (let i = 0; i < 15; i++) expect((await join('AAA222BBB', '203.0.113.5')).status).toBe(200);
  });
});

describe('the failure limiter', () => {
  it('forgets everything when its hourly key is replaced', () => {
    let now = 0;
    const limiter = new FailureLimiter(2, 1000, () => now);
    limiter.fail('a');
    limiter.fail('a');
    expect(limiter.blocked('a')).toBe(true);
    now = 1500;
    expect(limiter.blocked('a')).toBe(false);
  });

  it('keeps no address, only keyed hashes', () => {
    const limiter = new FailureLimiter();
    limiter.fail('192.0.2.44');
    expect(JSON.stringify([...(limiter as unknown as { failures: Map<string, number> }).failures.keys()])).not.toContain('192.0.2.44');
  });
});
