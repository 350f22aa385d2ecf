import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALPHA, ALPHA_LAST, ALPHA_TEXT, atQuestion, GAMMA, GAMMA_TOTAL, phone, shot, skipTo, startWorld, stored, stubVoices, type World } from './support/pupil';

/**
 * Help one tap away on every screen, a quick way out that leaves nothing behind, a support panel
 * when answers or words suggest a pupil is struggling; and the primary version and read-aloud.
 */
let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world?.close());

const helpAndExitShown = async (page: Page) => {
  expect(await page.getByRole('button', { name: 'Get help' }).isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: 'Leave quickly' }).isVisible()).toBe(true);
};

describe('Get help', () => {
  it('is on every screen, and names the safeguarding lead the setting has entered', async () => {
    const { context, page } = await phone(world);
    await page.goto(`${world.server.url}/`);
    await page.locator('#code').waitFor();
    await helpAndExitShown(page);
    await page.goto(`${world.server.url}/no-such-page`);
    await page.getByRole('heading', { name: 'We could not find that page' }).waitFor();
    await helpAndExitShown(page);

    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await atQuestion(page, 1);
    await helpAndExitShown(page);
    await page.getByRole('button', { name: 'Get help' }).click();
    const help = page.locator('#help');
    await help.getByText("Your school's safeguarding lead is Ms P. Lead. You can ask to talk to them.").waitFor();
    expect(await help.locator('a[href="tel:08001111"]').textContent()).toBe('0800 1111');
    expect(await help.locator('a[href^="sms:85258"]').textContent()).toBe('85258');
    expect(await help.locator('a[href="https://www.kooth.com"]').getAttribute('target')).toBe('_blank');
    await page.getByRole('button', { name: 'Close help' }).click();

    await skipTo(page, ALPHA_TEXT);
    await helpAndExitShown(page);
    await skipTo(page, ALPHA_LAST);
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.getByRole('heading', { name: 'Ready to send?' }).waitFor();
    await helpAndExitShown(page);
    await context.close();
  }, 60_000);

  it('closes when the pupil moves on, so the next question is not pushed off the screen', async () => {
    const { context, page } = await phone(world);
    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await atQuestion(page, 1);
    await page.getByRole('button', { name: 'Get help' }).click();
    await page.locator('#help').getByText('0800 1111').waitFor();
    await page.getByRole('button', { name: 'Skip' }).click();
    await atQuestion(page, 2);
    await expect.poll(() => page.locator('#help').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Get help' }).getAttribute('aria-expanded')).toBe('false');
    await context.close();
  });

  it('has no lead line where the setting named none', async () => {
    const { context, page } = await phone(world);
    await page.goto(`${world.server.url}/j/${GAMMA}`);
    await page.getByRole('button', { name: 'Get help' }).click();
    await page.locator('#help a[href="tel:08001111"]').waitFor();
    expect(await page.locator('#help').getByText('safeguarding lead is').count()).toBe(0);
    await context.close();
  });

  it('shows the lead in Arabic too, the name and numbers kept left to right', async () => {
    const { context, page } = await phone(world, { locale: 'ar' });
    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await page.getByRole('button', { name: 'مساعدة' }).click();
    await page.locator('#help bdi').getByText('Ms P. Lead').waitFor();
    expect(await page.locator('#help a[href="tel:08001111"]').getAttribute('dir')).toBe('ltr');
    await shot(page, 'ar-help');
    await context.close();
  });
});

describe('Leave quickly', () => {
  it('clears the answers from storage and memory, then leaves for a neutral page', async () => {
    const { context, page } = await phone(world);
    let left = '';
    await context.route('https://www.bbc.co.uk/**', (route) => {
      left = route.request().url();
      return route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' });
    });
    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await page.getByRole('radio', { name: 'Year 11' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await atQuestion(page, 2);
    expect((await stored(page)).local).toEqual([`heard:draft:${ALPHA}`]);

    await page.getByRole('button', { name: 'Leave quickly' }).click();
    await page.waitForURL('https://www.bbc.co.uk/weather');
    expect(left).toBe('https://www.bbc.co.uk/weather');

    // Back on the survey's site: nothing kept.
    const check = await context.newPage();
    await check.goto(`${world.server.url}/`);
    expect(await check.evaluate(() => Object.keys(localStorage))).toEqual([]);
    // And Back from the neutral page does not return to the survey: it goes to before it.
    await page.goBack();
    expect(page.url()).not.toContain('/j/');
    await context.close();
  });
});

describe('the support panel', () => {
  const panel = (page: Page) => page.getByRole('region', { name: 'It sounds like things might be hard right now' });

  it('appears after the worst answer to "I feel safe at school", and the pupil carries on', async () => {
    const { context, page } = await phone(world);
    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await skipTo(page, 6);
    await page.getByRole('heading', { name: 'I feel safe at school.' }).waitFor();
    await page.getByRole('radio', { name: 'Strongly agree' }).check();
    expect(await panel(page).count()).toBe(0);
    await page.getByRole('radio', { name: 'Strongly disagree' }).check();
    await panel(page).waitFor();
    expect(await panel(page).locator('a[href="tel:08001111"]').isVisible()).toBe(true);
    await shot(page, 'support');
    // It never blocks: Next works with the panel open, and "Carry on" closes it.
    await page.getByRole('button', { name: 'Carry on with the survey' }).click();
    expect(await panel(page).count()).toBe(0);
    await page.waitForFunction(() => document.activeElement?.textContent === 'Next');
    await page.getByRole('button', { name: 'Next' }).click();
    await atQuestion(page, 7);

    // Shown again before sending, on the review screen.
    await skipTo(page, ALPHA_LAST);
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.getByRole('heading', { name: 'Ready to send?' }).waitFor();
    await panel(page).waitFor();
    await context.close();
  }, 60_000);

  it('appears after the worst answer to a reverse-worded question ("always" worried)', async () => {
    const { context, page } = await phone(world);
    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await skipTo(page, 12);
    await page.getByRole('heading', { name: 'I feel worried or stressed.' }).waitFor();
    await page.getByRole('radio', { name: 'Always' }).check();
    await panel(page).waitFor();
    await context.close();
  });

  it('appears after writing words from the safeguarding list, and the pupil carries on', async () => {
    const { context, page } = await phone(world);
    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await skipTo(page, ALPHA_TEXT);
    const box = page.locator('textarea');
    await box.fill('More clubs please');
    expect(await panel(page).count()).toBe(0);
    await box.fill('Sometimes I want to die');
    await panel(page).waitFor();
    // Typing goes on undisturbed: the panel takes no focus.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.getByRole('button', { name: 'Next' }).click();
    await atQuestion(page, ALPHA_LAST);
    await context.close();
  });
});

describe('the primary version (Years 4 to 6)', () => {
  it('uses faces, larger type and fewer words', async () => {
    const { context, page } = await phone(world);
    await page.goto(`${world.server.url}/j/${GAMMA}`);
    await atQuestion(page, 1);
    expect(await page.evaluate(() => document.documentElement.classList.contains('primary'))).toBe(true);
    expect(await page.locator('.points li').count()).toBe(2);
    const primarySize = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('legend > *')!).fontSize));
    await page.getByRole('radio', { name: 'Year 5' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'I like being at my school.' }).waitFor();
    expect(await page.locator('.options svg.face').count()).toBe(5);
    expect(await page.getByRole('radio', { name: 'A lot' }).isVisible()).toBe(true);
    expect(await page.locator('.progress p').textContent()).toBe(`Question 2 of ${GAMMA_TOTAL}`);
    await shot(page, 'en-faces');

    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await atQuestion(page, 1);
    expect(await page.evaluate(() => document.documentElement.classList.contains('primary'))).toBe(false);
    const secondarySize = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('legend > *')!).fontSize));
    expect(primarySize).toBeGreaterThan(secondarySize * 1.1);
    expect(await page.locator('.points li').count()).toBe(4);
    await context.close();
  });
});

describe('read aloud', () => {
  const control = (page: Page, name = 'Read aloud') => page.getByRole('button', { name });

  it('is hidden where the device has no voice for the language', async () => {
    const { context, page } = await phone(world);
    await stubVoices(page, []);
    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Next' }).click();
    await atQuestion(page, 2);
    await page.locator('.support, [aria-live]').first().waitFor({ state: 'attached' }); // the later chunk is in
    expect(await control(page).count()).toBe(0);
    await context.close();
  });

  it('shows with a voice for the language, reads the question and options, and hides again for a language with none', async () => {
    const { context, page } = await phone(world);
    await stubVoices(page, [{ lang: 'en-GB', name: 'Kate' }]);
    await page.addInitScript(() => {
      const said: string[] = [];
      Object.assign(window, { said });
      // A stand-in utterance: the stubbed voices are plain objects, which a real one would refuse.
      window.SpeechSynthesisUtterance = class {
        text: string;
        constructor(text: string) {
          this.text = text;
        }
      } as never;
      Object.defineProperty(window.speechSynthesis, 'speak', { value: (u: { text: string }) => said.push(u.text) });
    });
    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Next' }).click();
    await atQuestion(page, 2);
    await control(page).click();
    expect(await page.evaluate(() => (window as unknown as { said: string[] }).said)).toEqual([
      'I feel I belong at my school.',
      'Strongly disagree',
      'Disagree',
      'Not sure',
      'Agree',
      'Strongly agree',
      'Prefer not to say',
    ]);
    await control(page, 'Stop reading').waitFor();

    await page.locator('select.lang-select').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    expect(await page.locator('button.read').count()).toBe(0);
    await context.close();
  });

  it('shows in Arabic where an Arabic voice exists', async () => {
    const { context, page } = await phone(world, { locale: 'ar' });
    await stubVoices(page, [
      { lang: 'en-GB', name: 'Kate' },
      { lang: 'ar-SA', name: 'Maged' },
    ]);
    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'التالي' }).click();
    await atQuestion(page, 2);
    await control(page, 'القراءة بصوت عالٍ').waitFor();
    await context.close();
  });
});
