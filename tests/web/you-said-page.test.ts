import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, shot, startWorld, type World } from './support/pupil';
import { AR, SAID, seedYouSaid, sideways, WE } from './you-said-world';

/**
 * The public "You said, we did" pages, no sign-in, on a phone: the city's and a setting's, in
 * English and in Arabic (right to left, mirrored), passing axe; figures as whole "X in 10" icons
 * with their sentence, and nothing drawn for a figure not shown; updates only from their day.
 */
let world: World;
let ids: Awaited<ReturnType<typeof seedYouSaid>>;
beforeAll(async () => {
  world = await startWorld();
  ids = await seedYouSaid(world);
}, 120_000);
afterAll(() => world?.close());

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function expectNoViolations(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function open(path: string, locale = 'en-GB') {
  const context = await world.browser.newContext({ viewport: PHONE, locale });
  const page = await context.newPage();
  await page.goto(`${world.server.url}${path}`);
  await page.locator('article.item').first().waitFor();
  return { context, page };
}

const item = (page: Page, id: string) => page.locator(`article[data-item="${id}"]`);
/** How many of an element's person icons are drawn, and how many coloured in. */
const icons = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((el) => [el.querySelectorAll('svg.person').length, el.querySelectorAll('svg.person.on').length]));

describe('the city page', () => {
  it('reads You said → We will → We did, with who, when, how far, news, the earlier version and the youth council beside it (English, 390×844, axe clean)', async () => {
    const { context, page } = await open('/you-said');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
    await page.getByRole('heading', { level: 1, name: 'You said, we did' }).waitFor();
    const belong = item(page, ids.belong.id);
    await belong.getByRole('heading', { level: 3, name: `You said ${SAID.belong}` }).waitFor();
    const text = await belong.innerText();
    for (const words of [WE.clubs, WE.clubsDid, 'Manchester Youth Service', '31 March 2027', 'Doing it', '60% done', WE.shownUpdate, 'Updated on 20 November 2026.', '7 in 10 of you gave a good answer about this.', 'Not enough yet', 'Talking is not enough. We want clubs.', 'They said this about an earlier answer.', 'They asked the council to do more.']) {
      expect(text).toContain(words);
    }
    // A scheduled update is not shown before its day.
    expect(text).not.toContain(WE.laterUpdate);
    // The progress bar says its value too.
    expect(await belong.getByRole('progressbar', { name: 'How much is done' }).getAttribute('value')).toBe('60');
    // What it said before, one tap away.
    await belong.getByText('What it said before').click();
    expect(await belong.locator('details.earlier').innerText()).toContain(WE.earlierClubs);
    // Ten person icons, seven coloured in, hidden from screen readers: the sentence says it.
    expect(await icons(page, `article[data-item="${ids.belong.id}"] .said .icons`)).toEqual([[10, 7]]);
    expect(await belong.locator('.said .icons').getAttribute('aria-hidden')).toBe('true');
    // Re-measured: last time 7 in 10, this time 10 in 10 (while the round is open).
    expect(await icons(page, `article[data-item="${ids.belong.id}"] .change .icons`)).toEqual([[10, 7], [10, 10]]);
    expect(await belong.locator('.change').innerText()).toMatch(/Last time, 7 in 10\. This time, 10 in 10\.[\s\S]*More of you gave a good answer this time\.[\s\S]*still open/);

    const buses = item(page, ids.buses.id);
    const busesText = await buses.innerText();
    for (const words of ["Why we can't do this", WE.busesWhy, "We can't do this", 'Good enough', 'Transport for Greater Manchester']) expect(busesText).toContain(words);
    expect(await buses.getByRole('progressbar').count()).toBe(0);

    // The vote, as X in 10.
    const vote = page.getByRole('region', { name: 'Your vote' });
    expect(await vote.innerText()).toMatch(/8 in 10 of you chose this\.[\s\S]*3 in 10 of you chose this\./);
    await expectNoViolations(page, 'city page, English');
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await shot(page, 'you-said-city-en', true);
    await context.close();
  }, 60_000);

  it('draws nothing for a figure not shown this time, and says why', async () => {
    const { context, page } = await open('/you-said');
    const change = item(page, ids.buses.id).locator('.change');
    expect(await change.innerText()).toContain("We cannot show this time's number. Too few pupils answered.");
    expect(await change.locator('svg').count()).toBe(0);
    expect(await change.locator('.icons').count()).toBe(0);
    // The figure it cited last time is still drawn where the finding is.
    expect(await icons(page, `article[data-item="${ids.buses.id}"] .said .icons`)).toEqual([[10, 7]]);
    await context.close();
  });

  it('is right to left and mirrored in Arabic, draft translations marked, English where there is none (axe clean)', async () => {
    const { context, page } = await open('/you-said', 'ar');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await page.getByRole('heading', { level: 1, name: 'قلتم، ففعلنا' }).waitFor();
    expect(await page.locator('main').innerText()).not.toContain('Loading');
    // The page's own draft notice, and each draft translation marked.
    expect(await page.locator('.notice').first().innerText()).toContain('هذه الترجمة جديدة');
    const belong = item(page, ids.belong.id);
    const said = belong.locator('h3 bdi');
    expect([await said.textContent(), await said.getAttribute('lang')]).toEqual([AR.belong, null]);
    expect(await belong.locator('h3 .draft-mark').textContent()).toContain('(ترجمة أولية)');
    // A text with no Arabic is shown in English and says so.
    const did = belong.locator('.did bdi');
    expect([await did.textContent(), await did.getAttribute('lang')]).toEqual([WE.clubsDid, 'en']);
    expect(await item(page, ids.buses.id).locator('h3 bdi').getAttribute('lang')).toBe('en');
    // Mirrored: the icons fill from the right, and the step marks sit on the right.
    const [first, last] = await belong.locator('.said .icons svg').evaluateAll((els) => [els[0]!.getBoundingClientRect().x, els[9]!.getBoundingClientRect().x]);
    expect(first!).toBeGreaterThan(last!);
    const box = await belong.boundingBox();
    const h3 = await belong.locator('h3').boundingBox();
    expect(box!.x + box!.width - (h3!.x + h3!.width)).toBeLessThan(box!.width / 4);
    await expectNoViolations(page, 'city page, Arabic');
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await shot(page, 'you-said-city-ar', true);
    await context.close();
  }, 60_000);
});

describe("a setting's page", () => {
  for (const [lang, locale, heading, city] of [
    ['en', 'en-GB', 'At Alpha High School', 'Across the city'],
    ['ar', 'ar', 'في Alpha High School', 'في المدينة كلها'],
  ] as const) {
    it(`shows the setting's own answers, then the city's (${lang}, axe clean)`, async () => {
      const { context, page } = await open('/you-said/alpha-high', locale);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      const own = page.getByRole('region', { name: heading });
      await own.waitFor();
      expect(await own.innerText()).toContain(SAID.library);
      expect(await own.innerText()).toContain(WE.quiet);
      // A setting's own answer has no youth-council verdict.
      expect(await own.locator('.verdict').count()).toBe(0);
      const cityItems = page.getByRole('region', { name: city });
      expect(await cityItems.locator('article.item').count()).toBe(2);
      expect(await page.title()).toContain('Alpha High School');
      await expectNoViolations(page, `setting page, ${lang}`);
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      await shot(page, `you-said-setting-${lang}`, true);
      await context.close();
    }, 60_000);
  }

  it('says so for a setting that does not exist', async () => {
    const context = await world.browser.newContext({ viewport: PHONE, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${world.server.url}/you-said/no-such-school`);
    await page.getByRole('alert').getByText('We could not find this page.').waitFor();
    await context.close();
  });

  it('switches language from its menu, and the survey remembers the choice', async () => {
    const { context, page } = await open('/you-said/alpha-high');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('pl');
    await page.getByRole('heading', { level: 1, name: 'Powiedzieliście, zrobiliśmy' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, localStorage.getItem('heard:lang')])).toEqual(['pl', 'pl']);
    await context.close();
  });
});
