import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoViolations, shot, sidewaysOverflow, signedIn, startAdminWorld, type AdminWorld } from './admin-world';
import { asUser, seedRespondCity } from './support/respond-data';

/**
 * A setting's own "You said, we did" in a real Chromium on a phone: its staff write an entry
 * quoting a figure of their own report (never a hidden one), publish it, and add an update.
 */
let world: AdminWorld;
beforeAll(async () => {
  world = await startAdminWorld();
  await seedRespondCity(world.table.store);
}, 120_000);
afterAll(() => world?.close());

const SAID = 'The corridors are too crowded at break.';

describe('a setting’s own “You said, we did”', () => {
  it('its staff write an entry citing their own report, publish it and add an update', async () => {
    const page = await signedIn(world, 'staff-alpha-high', 'Alpha High School');
    page.setDefaultTimeout(10_000);
    const nav = page.getByRole('navigation', { name: 'Reports' });
    await expect.poll(() => nav.getByRole('link').allInnerTexts()).toEqual(['Alpha High School', 'You said, we did']);
    // The report links to it too.
    await page.getByRole('main').getByRole('link', { name: 'You said, we did' }).waitFor();
    await nav.getByRole('link', { name: 'You said, we did' }).click();
    await page.getByRole('heading', { level: 1, name: 'You said, we did: Alpha High School' }).waitFor();
    expect(await page.getByRole('link', { name: 'Your public “You said, we did” page' }).getAttribute('href')).toBe('/you-said/alpha-high');
    expect(await page.getByRole('link', { name: 'The printable A4 board' }).getAttribute('href')).toBe('/you-said/alpha-high/board');
    await page.getByText('There are no entries yet.').waitFor();
    await expectNoViolations(page, 'you said: empty');

    const form = page.locator('#new-entry');
    await form.getByLabel('You said').fill(SAID);
    await form.getByRole('checkbox', { name: 'Quote a figure from the setting’s report' }).check();
    await form.getByLabel('Survey round').waitFor();
    expect(await form.getByLabel('Survey round').inputValue()).toBe('open-wave');
    const safe = form.getByRole('radio', { name: /^Safe \(theme\)/ });
    await safe.check();
    await expect.poll(() => form.getByTestId('quoting').innerText()).toMatch(/^You are quoting Safe, Alpha High School: \d+% of 14 pupils chose the top two answers\.$/);
    await form.getByLabel('We will').fill('We will open a second door at break. Staff will stand in the corridors.');
    await form.getByLabel('Who is responsible').fill('Alpha High School council');
    await form.getByLabel('Due by').fill('2027-02-26');
    await form.getByRole('radio', { name: /^Doing it/ }).check();
    expect(await form.getByLabel('How far it has got (%)').inputValue()).toBe('50');
    await expectNoViolations(page, 'you said: form filled');
    await form.getByRole('button', { name: 'Save as a draft' }).click();

    // Saved as a draft and opened, ready to publish.
    const panel = page.getByRole('region', { name: `“${SAID}”` });
    await panel.waitFor();
    await page.getByRole('status').filter({ hasText: 'Saved as a draft.' }).waitFor();
    await panel.getByTestId('publish-state').getByText('Not published yet: pupils cannot see it.').waitFor();
    await panel.getByRole('button', { name: 'Publish', exact: true }).click();
    await panel.getByRole('status').filter({ hasText: 'Published. Pupils can now see it on Alpha High School’s “You said, we did” page.' }).waitFor();

    await panel.getByLabel('Update').fill('The second door is open from Monday.');
    await panel.getByRole('button', { name: 'Add update' }).click();
    await panel.getByText('The second door is open from Monday.').waitFor();

    // A change after publishing: pupils are told it was updated, and what it said before is kept.
    expect(await page.locator('#new-entry').count()).toBe(0); // one entry form at a time
    await panel.getByLabel('We will').fill('We will open a second door at break.');
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await panel.getByTestId('publish-state').getByText(/changes that are not published yet/).waitFor();
    await panel.getByRole('button', { name: 'Publish the changes' }).click();
    await panel.getByRole('status').filter({ hasText: 'Pupils will see “updated on 20 November 2026”' }).waitFor();

    const entry = page.locator('li.card').filter({ hasText: SAID });
    await entry.getByText('What it said before').click();
    await entry.getByText('Until 20 November 2026: Doing it, 50%').waitFor();
    expect(await entry.innerText()).toContain('We will: We will open a second door at break. Staff will stand in the corridors.');
    await entry.getByText('Published', { exact: true }).waitFor();
    expect(await entry.innerText()).toMatch(/Evidence: Safe, Alpha High School: \d+% of 14 pupils/);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoViolations(page, 'you said: published');
    await shot(page, 'you-said-published');

    // What was published is what the API gives back; another setting's staff cannot write here.
    const listed = await asUser(world.server.url, 'staff-alpha-high', 'GET', '/settings/alpha-high/you-said');
    expect(listed.body.entries.map((e: { fields: { youSaid: string }; publishedOn?: string }) => [e.fields.youSaid, Boolean(e.publishedOn)])).toEqual([[SAID, true]]);
    const other = await asUser(world.server.url, 'staff-beta-high', 'GET', '/settings/alpha-high/you-said');
    expect(other.status).toBe(403);
  }, 90_000);

  it('a hidden figure of the setting cannot be chosen', async () => {
    // Delta High had 4 pupils in the autumn round: every figure of its report is hidden.
    const page = await signedIn(world, 'staff-delta-high', 'Delta High School');
    page.setDefaultTimeout(10_000);
    await page.goto(`${world.server.url}/reports/settings/delta-high/you-said`);
    const form = page.locator('#new-entry');
    await form.getByRole('checkbox', { name: 'Quote a figure from the setting’s report' }).check();
    await form.getByRole('radio', { name: /^Belonging \(theme\)/ }).waitFor();
    expect(await form.getByRole('radio', { disabled: false }).count()).toBe(4); // the answer's statuses only
    expect(await form.getByRole('group', { name: 'A theme or a question' }).innerText()).toContain('That figure is not shown in the report');
    await expectNoViolations(page, 'you said: hidden figures');
  }, 60_000);
});
