import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import { startLocalServer, type LocalServer } from '../../../functions/local/server';
import { freshTable } from '../../support/dynamo';
import { seedCity, TODAY } from '../../support/fixtures';

/** Where browser tests leave their screenshots and PDFs (git-ignored). */
export const ARTIFACTS = join(import.meta.dirname, '..', '..', 'artifacts');

/** Chromium as CI has it (apt's /usr/bin/chromium), headless and quiet. */
export const launch = (): Promise<Browser> =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

export type World = { server: LocalServer; browser: Browser; table: Awaited<ReturnType<typeof freshTable>>; close: () => Promise<void> };

/**
 * What every browser test runs against: the fixture city in a fresh DynamoDB Local table, the
 * local server (API and web build) on 127.0.0.1, and a Chromium. `close` stops all three.
 */
export async function startWorld(): Promise<World> {
  const table = await freshTable();
  await seedCity(table.store);
  const server = await startLocalServer({ store: table.store, port: 0, webRoot: inject('webRoot'), now: () => TODAY });
  const browser = await launch();
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    server,
    browser,
    table,
    close: async () => {
      await browser.close();
      await server.close();
      await table.drop();
    },
  };
}
