import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { secondarySurvey } from '../../shared/survey';
import { codes, submission } from '../support/fixtures';
import { ARTIFACTS, startWorld, type World } from './support/world';

const PHONE = { width: 390, height: 844 };
const CODE = codes['open-wave']!['alpha-high']!;

let world: World | undefined;
let server: LocalServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  world = await startWorld();
  ({ server, browser } = world);
  // Reports hide groups under 10, so the setting needs 10 responses before it shows a count.
  for (let i = 0; i < 10; i++) {
    const res = await fetch(`${server.url}/api/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(submission()),
    });
    expect(res.status).toBe(201);
  }
});

afterAll(() => world?.close());

const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });

async function signInAsStaff(page: Page) {
  await page.goto(`${server!.url}/signin`);
  await page.getByLabel('Username').fill('staff-alpha-high');
  await page.getByLabel('Password').fill('demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Alpha High School' }).waitFor();
}

/** The setting's response count as the API reports it to its staff. */
async function countFromApi(): Promise<number> {
  const signIn = await fetch(`${server!.url}/api/local-auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'staff-alpha-high', password: 'demo' }),
  });
  const { token } = (await signIn.json()) as { token: string };
  const res = await fetch(`${server!.url}/api/reports/settings/alpha-high?wave=open-wave`, { headers: { authorization: `Bearer ${token}` } });
  const report = (await res.json()) as { overall: { n: number } };
  return report.overall.n;
}

async function responseCount(page: Page): Promise<number> {
  const text = await page.getByTestId('response-count').textContent();
  return Number(text);
}

describe('a pupil answers on a phone and the setting report counts it once', () => {
  it('goes from the join link to the thank-you screen, and the report rises by exactly 1', async () => {
    const staffContext = await browser!.newContext({ viewport: PHONE });
    const staff = await staffContext.newPage();
    await signInAsStaff(staff);
    await staff.getByTestId('response-count').waitFor();
    const before = await responseCount(staff);
    expect(before).toBe(10);
    await shot(staff, 'report');
    await shot(staff, 'report-full', true);

    // A separate context: no staff token, no shared cache, like a pupil's own phone.
    const pupilContext = await browser!.newContext({ viewport: PHONE });
    const pupil = await pupilContext.newPage();
    const requests: { url: string; type: string }[] = [];
    pupil.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));

    // The first screen: a few words about the survey, then the first question, no tap needed.
    await pupil.goto(`${server!.url}/j/${CODE.toLowerCase()}`);
    await pupil.getByRole('heading', { level: 1, name: 'How is school for you?' }).waitFor();
    await pupil.getByText('For pupils at Alpha High School').waitFor();
    expect(await pupil.getByRole('button', { name: 'Get help' }).isVisible()).toBe(true);
    expect(await pupil.getByRole('button', { name: 'Leave quickly' }).isVisible()).toBe(true);
    await pupil.getByRole('group', { name: 'What year are you in?' }).waitFor();
    await shot(pupil, 'intro');
    await pupil.getByRole('radio', { name: 'Year 9' }).check();
    await pupil.getByRole('button', { name: 'Next' }).click();

    await pupil.getByRole('heading', { name: 'I feel I belong at my school.' }).waitFor();
    // Each new screen takes focus at its heading, so a screen reader reads the new question.
    await pupil.waitForFunction(() => document.activeElement?.textContent === 'I feel I belong at my school.');
    const total = Number(await pupil.getByRole('progressbar').getAttribute('max'));
    expect(total).toBe(secondarySurvey.questions.length); // every question: scale items, year, gender, free text
    expect(await pupil.getByRole('progressbar').getAttribute('aria-valuetext')).toBe(`Question 2 of ${total}`);
    expect(await pupil.getByRole('button', { name: 'Get help' }).isVisible()).toBe(true);
    await pupil.getByRole('radio', { name: 'Agree', exact: true }).check();
    await shot(pupil, 'question');
    await pupil.getByRole('button', { name: 'Next' }).click();

    await pupil.getByRole('heading', { name: 'I feel left out at school.' }).waitFor();
    await pupil.getByRole('radio', { name: 'Prefer not to say' }).check();
    await pupil.getByRole('button', { name: 'Next' }).click();

    // The Get help panel opens from a question screen and offers Childline by phone.
    await pupil.getByRole('button', { name: 'Get help' }).click();
    await pupil.locator('#help a[href="tel:08001111"]').waitFor();
    expect(await pupil.locator('#help').getByText('Ms P. Lead').isVisible()).toBe(true);
    await shot(pupil, 'help');
    await pupil.getByRole('button', { name: 'Close help' }).click();

    for (let n = 4; n <= total; n++) {
      await pupil.locator(`progress[value="${n}"]`).waitFor();
      if (n === total) await shot(pupil, 'text-question');
      await pupil.getByRole('button', { name: 'Skip' }).click();
    }

    await pupil.getByRole('heading', { name: 'Ready to send?' }).waitFor();
    await pupil.getByText(`You answered 3 of ${total} questions.`, { exact: false }).waitFor();
    await shot(pupil, 'review');
    await pupil.getByRole('button', { name: 'Send my answers' }).click();
    await pupil.getByRole('heading', { name: 'Thank you. Your answers have been sent.' }).waitFor();
    await shot(pupil, 'thanks');

    // The pupil route downloads pupil files only: no staff, report or admin chunk, no zod, and
    // nothing from another host, no web fonts.
    const own = requests.filter((r) => r.url.startsWith(server!.url));
    expect(own.length).toBe(requests.length);
    expect(requests.filter((r) => r.type === 'font')).toEqual([]);
    const assets = [...new Set(own.map((r) => new URL(r.url).pathname).filter((p) => p.startsWith('/assets/')))];
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.filter((a) => !/^\/assets\/(index|app|later|kinds|rest-text|more|text-en-first|text-en-rest)-[\w-]+\.(js|css)$/.test(a))).toEqual([]);

    await staff.reload();
    await staff.getByTestId('response-count').waitFor();
    expect(await responseCount(staff)).toBe(before + 1);

    await pupilContext.close();
    await staffContext.close();
  }, 90_000);

  it('counts a pupil once when the answer reached the server but the reply was lost, and it is sent again', async () => {
    const before = await countFromApi();
    const context = await browser!.newContext({ viewport: PHONE });
    const pupil = await context.newPage();
    // The first send reaches the API and is recorded, then the connection drops before the reply arrives.
    let firstStatus = 0;
    await pupil.route(
      '**/api/responses',
      async (route) => {
        firstStatus = (await route.fetch()).status();
        await route.abort('connectionreset');
      },
      { times: 1 },
    );

    await pupil.goto(`${server!.url}/j/${CODE}`);
    await pupil.getByRole('radio', { name: 'Year 8' }).check();
    await pupil.getByRole('button', { name: 'Next' }).click();
    await pupil.getByRole('heading', { name: 'I feel I belong at my school.' }).waitFor();
    // The phone's Back button goes back one question, not out of the survey.
    await pupil.goBack();
    await pupil.getByRole('group', { name: 'What year are you in?' }).waitFor();
    expect(await pupil.getByRole('radio', { name: 'Year 8' }).isChecked()).toBe(true);
    await pupil.goForward();
    await pupil.getByRole('heading', { name: 'I feel I belong at my school.' }).waitFor();
    await pupil.getByRole('radio', { name: 'Strongly agree' }).check();
    await pupil.getByRole('button', { name: 'Next' }).click();
    for (let n = 3; n <= secondarySurvey.questions.length; n++) {
      await pupil.locator(`progress[value="${n}"]`).waitFor();
      await pupil.getByRole('button', { name: 'Skip' }).click();
    }

    // No reply: the answers are kept on the phone, said plainly, and go again with the same submissionId.
    await pupil.getByRole('button', { name: 'Send my answers' }).click();
    await pupil.getByText('Your answers are saved on this device and will send by themselves').waitFor();
    expect(firstStatus).toBe(201);
    await pupil.getByRole('button', { name: 'Try again' }).click();
    await pupil.getByRole('heading', { name: 'Thank you. Your answers have been sent.' }).waitFor();
    expect(await pupil.evaluate(() => localStorage.getItem('heard:outbox'))).toBeNull();

    expect(await countFromApi()).toBe(before + 1);
    await context.close();
  }, 90_000);
});
