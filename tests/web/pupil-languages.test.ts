import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appReady, ALPHA, ALPHA_TEXT, GAMMA, phone, shot, skipTo, startWorld, TABLET, type World } from './support/pupil';

/** Six languages, switchable at any point without losing answers; Arabic and Urdu mirror the page. */
let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world?.close());

const box = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!;
const choose = (page: Page, lang: string) => page.locator('select.lang-select').selectOption(lang);
const html = (page: Page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

describe('choosing a language', () => {
  it('switches mid-survey, keeping the answers and the question the pupil is on, and back again', async () => {
    const { context, page } = await phone(world);
    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await page.getByRole('radio', { name: 'Year 9' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: 'Agree', exact: true }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'I feel left out at school.' }).waitFor();

    // The menu is named in the language on screen, and each language in its own script.
    expect(await page.getByRole('combobox', { name: 'Language' }).isVisible()).toBe(true);
    expect(await page.locator('select.lang-select option').allTextContents()).toEqual(['English', 'اردو', 'العربية', 'বাংলা', 'Polski', 'Soomaali']);
    await choose(page, 'ar');
    await page.getByRole('heading', { name: 'في المدرسة، أشعر بأن الآخرين لا يُشركونني معهم.' }).waitFor();
    expect(await html(page)).toEqual(['ar', 'rtl']);
    expect(await page.getByRole('combobox', { name: 'اللغة' }).isVisible()).toBe(true);
    expect(await page.locator('progress').getAttribute('value')).toBe('3');
    // A draft translation says so, with English one tap away.
    await page.getByText('هذه الترجمة جديدة').waitFor();

    await page.getByRole('button', { name: 'رجوع' }).click();
    await page.getByRole('heading', { name: 'أشعر بأنني جزء من مدرستي.' }).waitFor();
    expect(await page.getByRole('radio', { name: 'أوافق', exact: true }).isChecked()).toBe(true);

    await choose(page, 'pl');
    await page.getByRole('heading', { name: /szkoły|szkole/ }).waitFor();
    expect(await html(page)).toEqual(['pl', 'ltr']);
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(1);

    await choose(page, 'en');
    await page.getByRole('heading', { name: 'I feel I belong at my school.' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Agree', exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Back' }).click();
    expect(await page.getByRole('radio', { name: 'Year 9' }).isChecked()).toBe(true);
    expect(await page.getByText('This translation is new').count()).toBe(0);
    await context.close();
  }, 60_000);

  it("opens in the browser's language, remembers the choice on the device, and offers it on every screen", async () => {
    const { context, page } = await phone(world, { locale: 'ur-PK' });
    await page.goto(`${world.server.url}/`);
    await page.locator('#code').waitFor();
    expect(await html(page)).toEqual(['ur', 'rtl']);
    await choose(page, 'bn');
    await page.waitForFunction(() => document.documentElement.lang === 'bn');
    expect(await page.evaluate(() => localStorage.getItem('heard:lang'))).toBe('bn');

    await page.goto(`${world.server.url}/j/${GAMMA}`);
    await appReady(page);
    expect(await html(page)).toEqual(['bn', 'ltr']);
    expect(await page.locator('select.lang-select').inputValue()).toBe('bn');
    await context.close();
  });

  it('downloads only the chosen language: an Arabic pupil gets no Urdu, Bengali, Polish or Somali text', async () => {
    const { context, page } = await phone(world, { locale: 'ar' });
    const texts: string[] = [];
    page.on('request', (r) => {
      const m = /\/assets\/text-(\w+)-/.exec(r.url());
      if (m) texts.push(m[1]!);
    });
    // The survey comes inside the page (and from the API, were the app to ask for it): in Arabic only.
    const surveys: string[] = [];
    const languages = (join: { survey: { strings: object } }) => surveys.push(Object.keys(join.survey.strings).join());
    page.on('response', async (r) => {
      if (r.url().includes('/api/join/')) languages(await r.json());
      if (r.request().resourceType() === 'document') languages(JSON.parse(/<script type="application\/json" id="heard-join">([^<]*)</.exec(await r.text())![1]!).join);
    });
    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await appReady(page);
    await skipTo(page, ALPHA_TEXT); // a text screen, from the later chunk, with the rest of the Arabic text
    await page.locator('textarea').waitFor();
    expect([...new Set(texts)].filter((l) => l !== 'en' && l !== 'ar')).toEqual([]);
    expect(surveys).toEqual(['ar']);
    await context.close();
  });
});

describe('right to left', () => {
  it('mirrors the page in Arabic: Next on the left of Back, the question text from the right', async () => {
    const { context, page } = await phone(world, { locale: 'ar' });
    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'التالي' }).click();
    await page.locator('progress[value="2"]').waitFor();
    expect(await html(page)).toEqual(['ar', 'rtl']);
    const next = await box(page, '.step-nav .primary');
    const back = await box(page, '.step-nav button:first-child');
    expect(next.x + next.width).toBeLessThan(back.x);
    // Each option reads from the right: the radio is at the right-hand end, its words to its left.
    const radio = await box(page, '.options .option >> nth=0 >> input');
    const words = await box(page, '.options .option >> nth=0 >> span');
    expect(radio.x).toBeGreaterThan(words.x);
    // Options are one under the other on a phone, so their order does not need mirroring there.
    const options = await page.locator('.options:not(.other) .option').all();
    const first = (await options[0]!.boundingBox())!;
    const second = (await options[1]!.boundingBox())!;
    expect(second.y).toBeGreaterThan(first.y);
    await shot(page, 'ar-question');
    await context.close();
  });

  it('in English, Next is on the right of Back', async () => {
    const { context, page } = await phone(world);
    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('progress[value="2"]').waitFor();
    const next = await box(page, '.step-nav .primary');
    const back = await box(page, '.step-nav button:first-child');
    expect(next.x).toBeGreaterThan(back.x + back.width);
    await context.close();
  });

  it.each([
    ['en', 'ltr', 1],
    ['ar', 'rtl', -1],
  ] as const)('on a tablet, where a scale is a row, %s runs the scale from the %s end', async (lang, _dir, sign) => {
    const { context, page } = await phone(world, { locale: lang, viewport: TABLET });
    for (const path of [`/j/${ALPHA}`, `/j/${GAMMA}`]) {
      await page.goto(`${world.server.url}${path}`);
      await page.getByRole('radio').first().check();
      await page.locator('.step-nav .primary').click();
      await page.locator('progress[value="2"]').waitFor();
      const xs = await page.locator('.options:not(.other) .option').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().x));
      const ys = await page.locator('.options:not(.other) .option').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().y)));
      expect(new Set(ys).size, 'one row').toBe(1);
      // Raw answer 0 (the most negative) first in reading order: leftmost in English, rightmost in Arabic.
      for (let i = 1; i < xs.length; i++) expect(Math.sign(xs[i]! - xs[i - 1]!)).toBe(sign);
    }
    await shot(page, `${lang}-tablet-faces`);
    await context.close();
  });
});
