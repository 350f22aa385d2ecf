import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes } from '../support/fixtures';
import { appReady, phone, shot, skipTo, startWorld, type World } from './support/pupil';
import { AR, SAID, seedYouSaid, WE } from './you-said-world';

/**
 * "Last time you told us … Our answer: …" on a survey link's first screen, drawn by the server
 * and then by the app, the same; in English and in Arabic (mirrored); and on the thank-you
 * screen, each with the rest one tap away on the public page.
 */
let world: World;
beforeAll(async () => {
  world = await startWorld();
  await seedYouSaid(world);
}, 120_000);
afterAll(() => world?.close());

const ALPHA = codes['open-wave']!['alpha-high']!; // its own "You said, we did"
const BETA = codes['open-wave']!['beta-high']!; // none of its own: the city's
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function expectNoViolations(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
const line = (page: Page) => page.locator('main p.notice').filter({ has: page.locator('a[href^="/you-said/"]') });

/** Every element under #root with its attributes and own text (tests/web/pupil-first-screen.test.ts). */
const tree = (page: Page) =>
  page.evaluate(() => {
    const lines: string[] = [];
    const walk = (el: Element, depth: number) => {
      const attrs = [...el.attributes].filter((a) => a.name !== 'selected' && a.name !== 'checked').map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
      const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
      lines.push(`${'  '.repeat(depth)}<${el.localName} ${attrs.join(' ')}>${text}`);
      for (const child of el.children) walk(child, depth + 1);
    };
    for (const child of document.getElementById('root')!.children) walk(child, 0);
    return lines;
  });

describe('the first screen', () => {
  it("shows the setting's own line in English, with the rest one tap away (390×844, axe clean)", async () => {
    const { context, page } = await phone(world);
    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await appReady(page);
    const heard = line(page);
    expect(await heard.innerText()).toBe(`Last time you told us: ${SAID.library}\nOur answer: ${WE.quiet}\nSee what we are doing`);
    expect(await heard.getByRole('link', { name: 'See what we are doing' }).getAttribute('href')).toBe('/you-said/alpha-high');
    // The first question is still on the first screen of a phone.
    const legend = await page.locator('legend').boundingBox();
    expect(legend!.y + legend!.height).toBeLessThan(844);
    await expectNoViolations(page, 'first screen with the line, English');
    await shot(page, 'pupil-heard-en');
    await heard.getByRole('link').click();
    await page.waitForURL('**/you-said/alpha-high');
    await page.getByText(SAID.library).first().waitFor();
    await context.close();
  });

  it("shows the city's line in Arabic, right to left, the draft marked and English said to be English (axe clean)", async () => {
    const { context, page } = await phone(world, { locale: 'ar' });
    await page.goto(`${world.server.url}/j/${BETA}`);
    await appReady(page);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const heard = line(page);
    await heard.waitFor();
    const [said, did] = await heard.locator('bdi').evaluateAll((els) => els.map((el) => [el.getAttribute('lang'), el.textContent]));
    expect(said![0]).toBe('ar');
    expect(said![1]).toContain(AR.belong);
    expect(did).toEqual(['en', WE.clubsDid]);
    expect(await heard.innerText()).toContain('في المرة الماضية قلتم لنا:');
    // Once the rest of the text has come, the draft translation says it is one.
    await heard.getByText('(ترجمة أولية)').waitFor();
    // Mirrored: the line's bar is on its right.
    const border = await heard.evaluate((el) => getComputedStyle(el).borderRightWidth);
    expect(border).toBe('6px');
    await expectNoViolations(page, 'first screen with the line, Arabic');
    await shot(page, 'pupil-heard-ar');
    await context.close();
  });

  for (const [name, code, locale] of [
    ['English', ALPHA, 'en-GB'],
    ['Arabic', BETA, 'ar'],
  ] as const) {
    it(`is drawn by the server exactly as the app draws it (${name})`, async () => {
      const url = `${world.server.url}/j/${code}`;
      const server = await phone(world, { locale });
      await server.page.route(url, async (route) => {
        const res = await route.fetch();
        await route.fulfill({ response: res, body: (await res.text()).replace(/<script>requestAnimationFrame\([\s\S]*?<\/script>/, '') });
      });
      await server.page.goto(url);
      const drawn = await tree(server.page);
      await server.context.close();
      const app = await phone(world, { locale });
      await app.page.route(/\/assets\//, (route) => route.abort());
      await app.page.goto(url);
      await appReady(app.page);
      const rendered = await tree(app.page);
      await app.context.close();
      expect(drawn.some((l) => l.includes('Last time you told us:') || l.includes('في المرة الماضية'))).toBe(true);
      expect(drawn).toEqual(rendered);
    });
  }
});

describe('the thank-you screen', () => {
  it('says it again after the answers are sent', async () => {
    const { context, page } = await phone(world);
    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await appReady(page);
    // The round's ballot adds a question: the last one is the progress bar's end.
    const last = Number(await page.locator('progress').getAttribute('max'));
    await page.getByRole('radio', { name: 'Year 9' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await skipTo(page, last);
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByRole('button', { name: 'Start again' }).waitFor();
    const heard = line(page);
    expect(await heard.innerText()).toContain(`Last time you told us: ${SAID.library}`);
    await expectNoViolations(page, 'thank-you screen with the line');
    await shot(page, 'pupil-heard-thanks', true);
    await context.close();
  }, 60_000);
});
