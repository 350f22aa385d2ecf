import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startLocalServer } from '../../../functions/local/server';
import { freshTable } from '../../support/dynamo';
import { seedCity, TODAY } from '../../support/fixtures';

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

describe('starting the local server', () => {
  it('starts cleanly while something polls it the whole time, answering "starting" until it is ready', async () => {
    const table = await freshTable();
    await seedCity(table.store);
    const port = await freePort();
    const seen = new Set<number>();
    let polling = true;
    const poll = (async () => {
      while (polling) {
        try {
          const res = await fetch(`http://127.0.0.1:${port}/api/health`);
          seen.add(res.status);
          if (res.status === 503) expect(res.headers.get('retry-after')).toBe('1');
        } catch {
          // Not listening yet.
        }
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    const server = await startLocalServer({ store: table.store, port, now: () => TODAY });
    try {
      // Every route still works: nothing froze the app while it was being built.
      expect((await fetch(`${server.url}/api/join/AAA222BBB`)).status).toBe(200);
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    } finally {
      polling = false;
      await poll;
      await server.close();
      await table.drop();
    }
    expect([...seen].every((s) => s === 200 || s === 503)).toBe(true);
    expect(seen.has(200)).toBe(true);
  });
});
