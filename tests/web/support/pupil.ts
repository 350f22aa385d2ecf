import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { primarySurvey, secondarySurvey } from '../../../shared/survey';
import { codes } from '../../support/fixtures';
import { ARTIFACTS, type World } from './world';

export { ARTIFACTS, startWorld, type World } from './world';

/** The pupil app in a real Chromium, against the real API on DynamoDB Local. */
export const PHONE = { width: 390, height: 844 };
export const TABLET = { width: 1024, height: 768 };
export const ALPHA = codes['open-wave']!['alpha-high']!; // secondary, lead "Ms P. Lead"
export const GAMMA = codes['open-wave']!['gamma-primary']!; // primary, faces, no lead
// Screen numbers from the survey itself, so an item added in a new version moves them along.
/** Alpha's first text question ("What would make your school a better place to be?") and its last screen. */
export const ALPHA_TEXT = secondarySurvey.questions.findIndex((q) => q.id === 'better_place') + 1;
export const ALPHA_LAST = secondarySurvey.questions.length;
export const GAMMA_TOTAL = primarySurvey.questions.length;

/** A fresh phone (its own storage and cache), English unless a locale is given. */
export async function phone(world: World, options: BrowserContextOptions = {}) {
  const context = await world.browser.newContext({ viewport: PHONE, locale: 'en-GB', ...options });
  const page = await context.newPage();
  return { context, page };
}

/** Raw responses stored for Alpha High in the open round: the exact count, below the reports' threshold too. */
export const alphaResponses = async (world: World) => (await world.table.store.listResponses('open-wave', 'alpha-high')).length;

export const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });

/**
 * Waits until the app is running the page: a survey link's first screen, drawn by the server,
 * is on screen before that but inert until the app has drawn its own in its place.
 */
export const appReady = (page: Page) => page.locator('#root:not([inert]) legend').waitFor();

/** Waits for question `n` (1-based) to be on screen, drawn by the app. */
export const atQuestion = (page: Page, n: number) => page.locator(`#root:not([inert]) progress[value="${n}"]`).waitFor();

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
