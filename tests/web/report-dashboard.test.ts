import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import type { SettingReport } from '../../shared/report/schema';
import { PHONE, recordResponses, settingReport, signIn } from './support/report-data';
import { ARTIFACTS, startWorld, type World } from './support/world';

const DASHBOARD = '/reports/settings/alpha-high?wave=open-wave';

let world: World | undefined;
let server: LocalServer | undefined;
let browser: Browser | undefined;
let report: SettingReport;

beforeAll(async () => {
  world = await startWorld();
  ({ server, browser } = world);
  await recordResponses(server.url, world.table.store);
  // The groups the page is about to show, as the API reports them: one shown, one too small, one hidden as its complement.
  report = (await settingReport(server.url, 'wave=open-wave')).body;
  const years = report.breakdowns.find((b) => b.dimension === 'year')!.groups;
  expect(years.map((g) => [g.label, g.suppressed ? g.reason : g.n])).toEqual([
    ['Year 7', 'protected'],
    ['Year 8', 'few'],
    ['Year 9', 14],
  ]);
  expect(report.city.suppressed).toBe(false);
}, 120_000);

afterAll(() => world?.close());

const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });

/** Digits in what is said about a hidden group (its name aside): none but the threshold itself may appear. */
const digitsBesidesThreshold = (text: string, name = '') => (text.replace(name, '').replace(/\b10\b/g, '').match(/\d/g) ?? []).join('');

/** Every hidden row's cells (not its name, "Year 7") hold words only. */
async function expectNoFiguresIn(rows: Locator) {
  const names = await rows.locator('th').allInnerTexts();
  const cells = await Promise.all((await rows.all()).map((row) => row.locator('td, .hidden-figure').allInnerTexts()));
  expect(cells.length).toBe(names.length);
  cells.forEach((texts, i) => {
    for (const text of texts) expect(digitsBesidesThreshold(text), `hidden row "${names[i]}": "${text}"`).toBe('');
  });
  return names;
}

async function openDashboard(): Promise<Page> {
  const context = await browser!.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, server!.url, 'staff-alpha-high', 'Alpha High School');
  await page.getByTestId('breakdown-year').waitFor();
  return page;
}

describe('the setting dashboard on a phone', () => {
  it('names hidden year groups by reason, shows no figure for them, and a shown group in full', async () => {
    const page = await openDashboard();
    const years = page.getByTestId('breakdown-year');
    const row = (name: string) => years.getByRole('row', { name: new RegExp(`^${name}\\b`) });

    await expect.poll(() => row('Year 8').innerText()).toContain('Fewer than 10 responses');
    expect(await row('Year 7').innerText()).toContain('Hidden to protect a smaller group');
    expect(await row('Year 9').innerText()).toContain('14');
    // No number anywhere in a hidden row: no count, rate or score, only the threshold in the reason.
    expect(await expectNoFiguresIn(years.locator('tr.row-hidden'))).toEqual(['Year 7', 'Year 8']);

    // Each question by year group: open one theme and check its hidden groups the same way.
    await page.getByText('Belonging: each question by year group').click();
    const belongBars = page.locator('.qbar').filter({ hasText: 'I feel I belong at my school.' }).locator('.group-bars li');
    await expect.poll(() => belongBars.count()).toBe(3);
    // Hidden groups keep their own reason here too. (With one year group shown of three, the API hides every
    // question's breakdown, so Year 9's answers give the question's reason.)
    const reasons = await belongBars.locator('.hidden-figure').allInnerTexts();
    expect(await belongBars.locator('.gb-label').allInnerTexts()).toEqual(['Year 7', 'Year 8', 'Year 9']);
    expect(reasons.slice(0, 2)).toEqual(['Hidden to protect a smaller group', 'Fewer than 10 responses']);
    for (const text of reasons) expect(digitsBesidesThreshold(text)).toBe('');
    await expectNoFiguresIn(page.locator('.theme-by-group tr.row-hidden'));

    // The cautions are near the top, before the figures.
    await page.getByRole('heading', { name: 'Read with care' }).waitFor();
    expect(await page.locator('.caution').innerText()).toContain(report.cautions[0]!);

    // Nothing on the page is wider than the phone's screen, other than inside a table that scrolls.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await shot(page, 'dashboard');
    await page.context().close();
  }, 60_000);

  it('gives the theme chart a table with the setting, locality and city values', async () => {
    const page = await openDashboard();
    const chart = page.locator('.theme-chart [role=img]');
    expect(await chart.getAttribute('aria-label')).toContain('Belonging');
    await page.getByText('Theme scores as a table').click();
    const table = page.getByTestId('theme-table');
    await table.waitFor();
    expect(await table.locator('caption').innerText()).toContain('Alpha High School');
    const mean = (g: SettingReport['overall'], theme: string) => {
      if (g.suppressed) throw new Error(`${g.label} is hidden`);
      const t = g.themes.find((x) => x.theme === theme)!;
      if (t.suppressed) throw new Error(`${theme} is hidden`);
      return t.mean.toFixed(1);
    };
    const belonging = await table.getByRole('row', { name: /^Belonging/ }).locator('td').allInnerTexts();
    expect(belonging[0]).toContain(mean(report.overall, 'belonging'));
    expect(belonging.at(-1)).toContain(mean(report.city, 'belonging'));
    // The setting and the city differ here (Beta High answers too), so the table cannot be showing one figure twice.
    expect(mean(report.overall, 'belonging')).not.toBe(mean(report.city, 'belonging'));
    await page.context().close();
  }, 60_000);

  it('switches the breakdown to gender, one dimension at a time', async () => {
    const page = await openDashboard();
    await page.getByRole('radio', { name: 'Gender' }).check();
    const genders = page.getByTestId('breakdown-gender');
    await genders.waitFor();
    expect(await page.getByTestId('breakdown-year').count()).toBe(0);
    expect(await genders.getByRole('row', { name: /^Girls/ }).innerText()).toContain('15');
    expect(await genders.getByRole('row', { name: /^Boys/ }).innerText()).toContain('14');
    expect(await page.getByRole('radio', { name: 'Year group' }).isChecked()).toBe(false);
    await page.context().close();
  }, 60_000);

  it('opens one shown group, and explains in words why a hidden group cannot be opened', async () => {
    const page = await openDashboard();
    await page.getByTestId('breakdown-year').getByRole('link', { name: /Year 9/ }).click();
    await page.getByTestId('filter-note').getByText('Year 9').waitFor();
    expect(new URL(page.url()).searchParams.get('year')).toBe('9');
    await page.getByTestId('response-count').getByText('14').waitFor();

    const refused = await settingReport(server!.url, 'wave=open-wave&year=8');
    expect(refused.status).toBe(422);
    await page.goto(`${server!.url}${DASHBOARD}&year=8`);
    const alert = page.getByRole('alert');
    await alert.getByText(refused.body.detail!).waitFor();
    expect(await alert.innerText()).toContain('fewer than 10 responses');
    expect(digitsBesidesThreshold(await alert.innerText(), 'Year 8')).toBe('');
    await page.getByRole('link', { name: "See the whole setting's report" }).click();
    await page.getByTestId('breakdown-year').waitFor();

    await page.goto(`${server!.url}${DASHBOARD}&year=7`);
    await page.getByRole('alert').getByText('hidden so that a smaller group', { exact: false }).waitFor();
    await shot(page, 'dashboard-refused', false);
    await page.context().close();
  }, 60_000);

  it('reads comments with their topics, filtered by topic, and downloads the figures as CSV', async () => {
    const page = await openDashboard();
    await page.getByRole('button', { name: 'Read comments' }).click();
    const filter = page.getByLabel('Show comments about');
    await filter.waitFor();
    const all = await page.locator('.comments > li').count();
    expect(all).toBe(29);
    await filter.selectOption('bullying');
    await expect.poll(() => page.locator('.comments > li').count()).toBeLessThan(all);
    for (const tags of await page.locator('.comments > li .tags').allInnerTexts()) expect(tags).toContain('Bullying');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download figures (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('heard-alpha-high-open-wave.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toContain('suppressed');
    await page.getByText('Downloaded heard-alpha-high-open-wave.csv.').waitFor();
    await page.context().close();
  }, 60_000);
});

describe('the city report', () => {
  it('shows the youth council the city and localities with change, and no setting', async () => {
    const context = await browser!.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, server!.url, 'youth', 'City report');
    await page.getByRole('heading', { name: 'Secondary pupils' }).waitFor();
    await page.getByRole('heading', { name: 'Change since the last round' }).first().waitFor();
    expect(await page.getByText(/^Since Summer survey, the city's score went/).count()).toBeGreaterThan(0);
    expect(await page.getByTestId('settings-table').count()).toBe(0);
    expect(await page.getByText('Alpha High School').count()).toBe(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, 'city');
    await context.close();
  }, 60_000);

  it('shows the council each setting alphabetically, hidden where it must be', async () => {
    const context = await browser!.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, server!.url, 'admin', 'Reports');
    await page.goto(`${server!.url}/reports/city?wave=open-wave`);
    const settings = page.getByTestId('settings-table').first();
    await settings.waitFor();
    const names = await settings.locator('tbody th').allInnerTexts();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names).toEqual(['Alpha High School', 'Beta High School', 'Delta High School']);
    await context.close();
  }, 60_000);
});
