import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appReady, ALPHA, ALPHA_LAST, ALPHA_TEXT, GAMMA, phone, shot, skipTo, startWorld, type World } from './support/pupil';

/**
 * WCAG 2.2 AA, checked by axe-core on every pupil screen, in English (left to right) and in
 * Arabic (right to left), plus the layout rules axe cannot see: 44 px targets, 320 px width and
 * 200% zoom without sideways scrolling, a language and direction on the page.
 */
let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world?.close());

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = violations.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found).toEqual([]);
}

/** The words that differ between the two runs; everything else is found by role and structure. */
const WORDS = {
  en: { next: 'Next', skip: 'Skip', send: 'Send my answers', help: 'Get help', closeHelp: 'Close help', carryOn: 'Carry on with the survey', again: 'Start again' },
  ar: { next: 'التالي', skip: 'تخطٍّ', send: 'أرسل إجاباتي', help: 'مساعدة', closeHelp: 'إغلاق المساعدة', carryOn: 'متابعة الاستبيان', again: 'البدء من جديد' },
};

describe.each([
  ['en', 'ltr', 'en-GB'],
  ['ar', 'rtl', 'ar'],
] as const)('every pupil screen in %s (%s) passes axe with no violations', (lang, dir, locale) => {
  const w = WORDS[lang];

  it('home, first screen (introduction and a choice question), help, scale, support, text, review, thank-you, offline-saved', async () => {
    const { context, page } = await phone(world, { locale });
    const check = async (screen: string) => {
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, dir]);
      await expectNoViolations(page, `${lang} ${screen}`);
    };

    await page.goto(`${world.server.url}/`);
    await page.locator('#code').waitFor();
    await check('home');

    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await appReady(page);
    await check('intro + choice question');
    await shot(page, `${lang}-intro`);

    await page.getByRole('button', { name: w.help }).click();
    await page.locator('#help a[href="tel:08001111"]').waitFor();
    await check('help panel');
    await shot(page, `${lang}-help`);
    await page.getByRole('button', { name: w.closeHelp }).click();

    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: w.next }).click();
    await page.locator('progress[value="2"]').waitFor();
    await check('scale question');
    await page.getByRole('radio').nth(3).check();
    await shot(page, `${lang}-scale`);

    await skipTo(page, 6); // I feel safe at school
    await page.getByRole('radio').first().check();
    await page.locator('.support').waitFor();
    await check('support panel');
    await page.getByRole('button', { name: w.carryOn }).click();

    await skipTo(page, ALPHA_TEXT);
    await page.locator('textarea').waitFor();
    await check('text question');

    await skipTo(page, ALPHA_LAST);
    await page.getByRole('button', { name: w.skip }).click();
    await page.getByRole('button', { name: w.send }).waitFor();
    await check('review');

    await page.getByRole('button', { name: w.send }).click();
    await page.getByRole('button', { name: w.again }).waitFor();
    await check('thank-you');

    // Offline at the moment of sending: the answers wait on the device, and the pupil is told.
    await page.getByRole('button', { name: w.again }).click();
    await page.locator('progress[value="1"]').waitFor();
    // One answer at least: a survey with nothing answered is never sent.
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: w.next }).click();
    await skipTo(page, ALPHA_LAST);
    await page.getByRole('button', { name: w.skip }).click();
    await context.setOffline(true);
    await page.getByRole('button', { name: w.send }).click();
    await page.locator('main .notice').waitFor();
    await check('offline-saved');
    await shot(page, `${lang}-offline-saved`);
    await context.setOffline(false);
    await context.close();
  }, 120_000);

  it('a faces question (primary survey)', async () => {
    const { context, page } = await phone(world, { locale });
    await page.goto(`${world.server.url}/j/${GAMMA}`);
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: w.next }).click();
    await page.locator('svg.face').first().waitFor();
    await expectNoViolations(page, `${lang} faces question`);
    await page.getByRole('radio').nth(3).check();
    await shot(page, `${lang}-faces`);
    await context.close();
  }, 60_000);
});

describe('layout for every pupil', () => {
  it('keeps tap targets at 44 by 44 px or more', async () => {
    const { context, page } = await phone(world);
    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await appReady(page);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, select, label.option, .help-btn, .exit-btn')]
        .map((el) => [el.textContent?.trim(), el.getBoundingClientRect()] as const)
        .filter(([, r]) => r.width > 0 && (r.width < 44 || r.height < 44))
        .map(([text, r]) => `${text} ${Math.round(r.width)}x${Math.round(r.height)}`),
    );
    expect(small).toEqual([]);
    await context.close();
  });

  it.each([
    ['320 px wide', { width: 320, height: 640 }, 1],
    ['at 200% zoom', { width: 195, height: 422 }, 2],
  ])('reflows %s with nothing cut off or scrolling sideways', async (_name, viewport, deviceScaleFactor) => {
    // 200% zoom of a 390 px phone is a 195 CSS px viewport, drawn at twice the density.
    const { context, page } = await phone(world, { viewport, deviceScaleFactor });
    for (const path of [`/j/${ALPHA}`, `/j/${GAMMA}`]) {
      await page.goto(`${world.server.url}${path}`);
      await appReady(page);
      await page.getByRole('button', { name: 'Get help' }).click();
      await page.locator('#help a[href="tel:08001111"]').waitFor();
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      );
      expect(wide, path).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  it('has no animation or transition, so there is nothing for reduced motion to stop', async () => {
    const { context, page } = await phone(world, { reducedMotion: 'reduce' });
    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await appReady(page);
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')].filter((el) => {
        const s = getComputedStyle(el);
        return s.animationName !== 'none' || s.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
      }).length,
    );
    expect(moving).toBe(0);
    await context.close();
  });

  it('shows a visible focus outline on the controls a keyboard reaches', async () => {
    const { context, page } = await phone(world);
    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await appReady(page);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const target = el.matches('input[type=radio]') ? el.closest('label')! : el;
        const s = getComputedStyle(target);
        return `${s.outlineStyle} ${s.outlineWidth}`;
      });
      expect(outline).toMatch(/^solid [3-9]/);
    }
    await context.close();
  });
});
