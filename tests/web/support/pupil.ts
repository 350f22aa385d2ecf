import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { startLocalServer, type LocalServer } from '../../../functions/local/server';
import { freshTable } from '../../support/dynamo';
import { codes, seedCity, TODAY } from '../../support/fixtures';

/** The pupil app in a real Chromium, against the real API on DynamoDB Local. */
export const PHONE = { width: 390, height: 844 };
export const TABLET = { width: 1024, height: 768 };
export const ALPHA = codes['open-wave']!['alpha-high']!; // secondary, 27 questions, lead "Ms P. Lead"
export const GAMMA = codes['open-wave']!['gamma-primary']!; // primary, 15 questions, faces, no lead
export const ARTIFACTS = join(import.meta.dirname, '..', '..', 'artifacts');

export type World = { server: LocalServer; browser: Browser; table: Awaited<ReturnType<typeof freshTable>>; close: () => Promise<void> };

export async function startWorld(): Promise<World> {
  const table = await freshTable();
  await seedCity(table.store);
  const server = await startLocalServer({ store: table.store, port: 0, webRoot: inject('webRoot'), now: () => TODAY });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
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

/** A fresh phone (its own storage and cache), English unless a locale is given. */
export async function phone(world: World, options: BrowserContextOptions = {}) {
  const context = await world.browser.newContext({ viewport: PHONE, locale: 'en-GB', ...options });
  const page = await context.newPage();
  return { context, page };
}

/** Raw responses stored for Alpha High in the open round: the exact count, below the reports' threshold too. */
export const alphaResponses = async (world: World) => (await world.table.store.listResponses('open-wave', 'alpha-high')).length;

export const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });

/** Waits for question `n` (1-based) to be on screen. */
export const atQuestion = (page: Page, n: number) => page.locator(`progress[value="${n}"]`).waitFor();

/** Skips from the question on screen to question `n`. */
export async function skipTo(page: Page, n: number) {
  for (;;) {
    const now = Number(await page.locator('progress').getAttribute('value'));
    if (now >= n) return atQuestion(page, n);
    await page.locator('.step-nav button').filter({ hasText: /^(Skip|تخطٍّ)$/ }).click();
    await atQuestion(page, now + 1);
  }
}

/** Everything Heard keeps in this page's storage (localStorage and sessionStorage). */
export const stored = (page: Page) =>
  page.evaluate(() => ({
    local: Object.keys(localStorage).filter((k) => k.startsWith('heard:') && k !== 'heard:lang'),
    session: Object.keys(sessionStorage),
  }));

/** Stubs the device's speech voices before the page loads (headless Chromium has none of its own). */
export const stubVoices = (page: Page, voices: { lang: string; name: string }[]) =>
  page.addInitScript((list) => {
    const fake = list.map((v) => ({ ...v, voiceURI: v.name, localService: true, default: false }));
    Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => fake });
  }, voices);
