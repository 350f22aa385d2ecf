import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALPHA, appReady, GAMMA, phone, startWorld, type World } from './support/pupil';

/**
 * A survey link's first screen comes drawn by the server (functions/pupil-page), so a slow phone
 * shows the question before the app's script has run; the app then draws the same screen in its
 * place. The two are written separately, so these tests hold them to the same page.
 */
let world: World;
/** A primary class code (Year 5): the year is not asked, so the first question is a faces scale. */
const GAMMA_YEAR_5 = 'FFF555GGG';
beforeAll(async () => {
  world = await startWorld();
  await world.table.store.putJoinCode({ code: GAMMA_YEAR_5, waveId: 'open-wave', settingId: 'gamma-primary', yearGroup: '5' });
});
afterAll(() => world?.close());

/** The page's script, which `withoutApp` takes out to leave exactly what the server drew. */
const APP_SCRIPT = /<script>requestAnimationFrame\([\s\S]*?<\/script>/;

/** Loads a survey link with the server's screen alone: the app's script removed from the page. */
async function withoutApp(page: Page, url: string) {
  await page.route(url, async (route) => {
    const res = await route.fetch();
    const html = await res.text();
    expect(html).toMatch(APP_SCRIPT);
    await route.fulfill({ response: res, body: html.replace(APP_SCRIPT, '') });
  });
  await page.goto(url);
}


/**
 * Every element under #root, in order: its name, its attributes (sorted) and its own text, and
 * the state a script sets as a property (a chosen option, a checked radio).
 */
const tree = (page: Page) =>
  page.evaluate(() => {
    const lines: string[] = [];
    const walk = (el: Element, depth: number) => {
      const attrs = [...el.attributes]
        .filter((a) => a.name !== 'selected' && a.name !== 'checked')
        .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
        .sort();
      if (el instanceof HTMLOptionElement && el.selected) attrs.push('(selected)');
      if (el instanceof HTMLInputElement && el.checked) attrs.push('(checked)');
      const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
      lines.push(`${'  '.repeat(depth)}<${el.localName} ${attrs.join(' ')}>${text}`);
      for (const child of el.children) walk(child, depth + 1);
    };
    for (const child of document.getElementById('root')!.children) walk(child, 0);
    return { lines, lang: document.documentElement.lang, dir: document.documentElement.dir, primary: document.documentElement.classList.contains('primary'), title: document.title };
  });

describe("the server's first screen", () => {
  for (const [name, code, locale] of [
    ['English, secondary', ALPHA, 'en-GB'],
    ['Arabic, right to left', ALPHA, 'ar'],
    ['Polish', ALPHA, 'pl-PL'],
    ['English, primary', GAMMA, 'en-GB'],
    ['English, primary class code: faces first', GAMMA_YEAR_5, 'en-GB'],
  ] as const) {
    it(`is the app's first screen, element for element (${name})`, async () => {
      const url = `${world.server.url}/j/${code}`;
      const server = await phone(world, { locale });
      await withoutApp(server.page, url);
      const drawn = await tree(server.page);
      // Until the app takes over, the screen is shown but cannot be used.
      expect(await server.page.locator('#root').getAttribute('inert')).toBe('');
      expect(await server.page.locator('legend').isVisible()).toBe(true);
      await server.context.close();

      const app = await phone(world, { locale });
      // Only the first screen: nothing loaded after it (the later chunk, the rest of the text).
      await app.page.route(/\/assets\//, (route) => route.abort());
      await app.page.goto(url);
      await appReady(app.page);
      const rendered = await tree(app.page);
      await app.context.close();

      expect(drawn.lines.length).toBeGreaterThan(40);
      expect(drawn).toEqual(rendered);
    });
  }

  it('is taken over by the app, which then works as usual', async () => {
    const { context, page } = await phone(world);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await appReady(page);
    await page.getByRole('radio', { name: 'Year 9' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('progress[value="2"]').waitFor();
    // The survey came inside the page: the app did not ask the API for it.
    expect(requests.filter((p) => p.startsWith('/api/join/'))).toEqual([]);
    await context.close();
  });

  it('is shown again on a reload mid-survey, with no earlier answer on it: the kept ones are only offered', async () => {
    const { context, page } = await phone(world);
    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await appReady(page);
    await page.getByRole('radio', { name: 'Year 9' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('progress[value="2"]').waitFor();
    await page.reload();
    await appReady(page);
    await page.locator('progress[value="1"]').waitFor();
    await page.getByRole('group', { name: /Was it you\?/ }).waitFor();
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
    await context.close();
  });

  it('is not used where the pupil chose another language on this device before: the app opens in that one', async () => {
    const { context, page } = await phone(world);
    await page.goto(`${world.server.url}/`);
    await page.evaluate(() => localStorage.setItem('heard:lang', 'pl'));
    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await appReady(page);
    await page.locator('html[lang="pl"] legend').waitFor();
    expect(await page.locator('legend').textContent()).not.toBe('What year are you in?');
    await context.close();
  });
});
