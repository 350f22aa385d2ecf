import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submission } from '../support/fixtures';
import { adminApi, expectNoViolations, openAdminPage, PHONE, shot, sidewaysOverflow, signedIn, startAdminWorld, type AdminWorld } from './admin-world';

/**
 * Settings and accounts: a new setting, a staff account for it who signs in and sees that
 * setting's report (with the safeguarding lead's notice once a comment is flagged), then is
 * disabled; and the audit log that recorded it all.
 */
let world: AdminWorld;
beforeAll(async () => {
  world = await startAdminWorld();
});
afterAll(() => world?.close());

const summaryLink = (page: Page, text: RegExp) => page.getByRole('alert').getByRole('link', { name: text });

describe('settings and accounts', () => {
  it('adds a setting and a staff account for it, who then sees that setting’s report and no other', async () => {
    const admin = await signedIn(world);
    await admin.getByRole('link', { name: 'Council admin' }).click();
    await openAdminPage(admin, 'Settings', 'Settings');
    await expectNoViolations(admin, 'settings');

    // The new-setting form, with a roll that is not a number and a short name the API refuses.
    const form = admin.locator('#new-setting');
    await form.getByLabel('Name', { exact: true }).fill('Epsilon Academy');
    await form.getByLabel('Short name').fill('Epsilon Academy');
    await form.getByLabel('Locality').selectOption({ label: 'South' });
    await form.getByLabel('Year 7', { exact: true }).fill('lots');
    await form.getByRole('button', { name: 'Add setting' }).click();
    await summaryLink(admin, /Year 7 on roll: Enter a whole number/).waitFor();
    await form.getByLabel('Year 7', { exact: true }).fill('120');
    await form.getByLabel('Year 8', { exact: true }).fill('118');
    await form.getByLabel("Safeguarding lead's name (optional)").fill('Mr E. Lead');
    await form.getByRole('button', { name: 'Add setting' }).click();
    await summaryLink(admin, /Short name: Setting ids are lower-case letters, digits and dashes/).waitFor();
    expect(await form.locator('#setting-id-error').innerText()).toContain('Setting ids are lower-case letters, digits and dashes');
    await expectNoViolations(admin, 'settings with errors');
    await shot(admin, 'admin-setting-errors');

    await form.getByLabel('Short name').fill('epsilon-academy');
    await form.getByRole('button', { name: 'Add setting' }).click();
    await admin.getByRole('status').filter({ hasText: 'Epsilon Academy added' }).waitFor();
    const row = admin.getByRole('row', { name: /Epsilon Academy/ });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Secondary school, South locality, secondary survey\.\s+Safeguarding lead: Mr E\. Lead/);
    const stored = (await adminApi(world, 'GET', '/admin/settings')).body.settings as { id: string; roll?: Record<string, number> }[];
    expect(stored.find((s) => s.id === 'epsilon-academy')?.roll).toEqual({ '7': 120, '8': 118 });

    // Changing it keeps its id and its numbers on roll.
    await row.getByRole('link', { name: 'Change Epsilon Academy' }).click();
    const edit = admin.getByRole('region', { name: 'Change Epsilon Academy' });
    expect(await edit.getByLabel('Year 7', { exact: true }).inputValue()).toBe('120');
    await edit.getByLabel("Safeguarding lead's name (optional)").fill('Ms E. Lead');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await admin.getByRole('status').filter({ hasText: 'Epsilon Academy saved' }).waitFor();
    await admin.getByRole('row', { name: /Epsilon Academy/ }).getByText('Ms E. Lead').waitFor();
    await shot(admin, 'admin-settings');
    expect(await sidewaysOverflow(admin)).toBeLessThanOrEqual(0);

    // A staff account for it: no setting chosen, then an email the API refuses, then right.
    await openAdminPage(admin, 'Accounts', 'Accounts');
    await expectNoViolations(admin, 'accounts');
    const add = admin.locator('#new-account');
    await add.getByLabel('Username').fill('staff-epsilon');
    await add.getByRole('button', { name: 'Add account' }).click();
    await summaryLink(admin, /Settings: Choose at least one setting/).waitFor();
    await add.getByRole('checkbox', { name: 'Epsilon Academy' }).check();
    await add.getByLabel('Email address').fill('not-an-email');
    await add.getByRole('button', { name: 'Add account' }).click();
    await summaryLink(admin, /Email address: Give an email address the invitation can go to/).waitFor();
    expect(await add.getByLabel('Email address').getAttribute('aria-invalid')).toBe('true');
    await expectNoViolations(admin, 'accounts with errors');
    await add.getByLabel('Email address').fill('e.staff@epsilon.example');
    await add.getByRole('button', { name: 'Add account' }).click();
    await admin.getByRole('status').filter({ hasText: 'Account staff-epsilon added' }).waitFor();
    const account = admin.getByRole('row', { name: /staff-epsilon/ });
    await account.waitFor();
    expect(await account.innerText()).toMatch(/e\.staff@epsilon\.example\s+Can sign in[\s\S]*School staff\s+Epsilon Academy/);
    expect(await sidewaysOverflow(admin)).toBeLessThanOrEqual(0);
    await shot(admin, 'admin-accounts');

    // The youth council sees no setting: choosing that role hides the settings.
    await add.getByRole('radio', { name: /Youth council/ }).check();
    expect(await add.getByRole('checkbox', { name: 'Epsilon Academy' }).count()).toBe(0);

    // A join code enrols it in the open round; the new account sees its (empty) report.
    const made = await adminApi(world, 'POST', '/admin/waves/open-wave/join-codes', { settingId: 'epsilon-academy' });
    expect(made.status).toBe(201);
    const staff = await signedIn(world, 'staff-epsilon', 'Epsilon Academy');
    expect(new URL(staff.url()).pathname).toBe('/reports/settings/epsilon-academy');
    await staff.getByTestId('response-count').getByText('Fewer than 10 responses').waitFor();
    expect(await staff.getByTestId('safeguarding-notice').count()).toBe(0);
    expect(await staff.getByRole('navigation', { name: 'Reports' }).getByRole('link').allInnerTexts()).toEqual(['Epsilon Academy', 'You said, we did']);

    // Ten pupils answer; one writes something worrying. The safeguarding lead is told how many, and nothing more.
    for (let i = 0; i < 10; i++) {
      const comments = { better_place: i === 3 ? 'Someone at home hits me and I am scared to go home.' : 'More clubs after school.' };
      const res = await fetch(`${world.server.url}/api/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(submission({ joinCode: made.body.code as string, comments })),
      });
      expect(res.status).toBe(201);
    }
    await staff.reload();
    const notice = staff.getByTestId('safeguarding-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain(
      '1 comment mentioned something worrying (such as self-harm or abuse). Follow your safeguarding procedures; the comments are anonymous.',
    );
    await expectNoViolations(staff, 'report with safeguarding notice');
    await shot(staff, 'report-safeguarding-notice', false);
    // Not theirs: another setting's report is refused.
    await staff.goto(`${world.server.url}/reports/settings/alpha-high?wave=open-wave`);
    await staff.getByRole('alert').getByText('You can see reports for your own setting only.').waitFor();
    // Nor the council's pages.
    await staff.goto(`${world.server.url}/admin/accounts`);
    await staff.getByRole('heading', { level: 1, name: 'This page is for the council' }).waitFor();
    await staff.context().close();

    // Disabled, with a confirmation: they can no longer sign in.
    await admin.getByRole('row', { name: /staff-epsilon/ }).getByRole('button', { name: 'Disable staff-epsilon' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Disable staff-epsilon?' });
    await dialog.getByText('They will not be able to sign in any more.').waitFor();
    await expectNoViolations(admin, 'disable dialog');
    await dialog.getByRole('button', { name: 'Disable the account' }).click();
    await admin.getByRole('status').filter({ hasText: 'Account staff-epsilon disabled' }).waitFor();
    await expect.poll(() => admin.getByRole('row', { name: /staff-epsilon/ }).innerText()).toContain('Disabled');
    const context = await world.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${world.server.url}/signin`);
    await page.getByLabel('Username').fill('staff-epsilon');
    await page.getByLabel('Password').fill('demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('That username and password do not match').waitFor();
    await context.close();
    await admin.context().close();
  }, 120_000);

  it('enables the disabled account again, with a confirmation, and then they can sign in', async () => {
    const admin = await signedIn(world);
    await admin.goto(`${world.server.url}/admin/accounts`);
    await admin.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
    // Left disabled by the test before: it offers Enable, not Disable.
    const row = admin.getByRole('row', { name: /staff-epsilon/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('Disabled');
    expect(await row.getByRole('button', { name: 'Disable staff-epsilon' }).count()).toBe(0);
    await row.getByRole('button', { name: 'Enable staff-epsilon' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Enable staff-epsilon?' });
    await dialog.getByText('They will be able to sign in again, with the role and settings shown here.').waitFor();
    await expectNoViolations(admin, 'enable dialog');
    await shot(admin, 'admin-enable-dialog', false);
    await dialog.getByRole('button', { name: 'Enable the account' }).click();
    await admin.getByRole('status').filter({ hasText: 'Account staff-epsilon enabled: they can sign in again.' }).waitFor();
    expect(await dialog.isVisible()).toBe(false);
    await expect.poll(() => row.innerText()).toContain('Can sign in');
    expect(await row.innerText()).not.toContain('Disabled');
    await row.getByRole('button', { name: 'Disable staff-epsilon' }).waitFor();
    expect(await row.getByRole('button', { name: 'Enable staff-epsilon' }).count()).toBe(0);
    const stored = (await adminApi(world, 'GET', '/admin/accounts')).body.accounts as { username: string; enabled: boolean }[];
    expect(stored.find((a) => a.username === 'staff-epsilon')?.enabled).toBe(true);

    // The password that was refused before now signs them in, to their setting's report.
    const staff = await signedIn(world, 'staff-epsilon', 'Epsilon Academy');
    expect(new URL(staff.url()).pathname).toBe('/reports/settings/epsilon-academy');
    expect(await staff.getByRole('alert').filter({ hasText: 'That username and password do not match' }).count()).toBe(0);
    await staff.context().close();
    await admin.context().close();
  }, 60_000);

  it('marks the signed-in admin’s own account “(you)” and offers no Disable for it, going by who signed in', async () => {
    // A second council admin, to show the mark follows whoever signed in rather than the name "admin".
    expect((await adminApi(world, 'PUT', '/admin/accounts/admin-two', { role: 'admin', settings: [] })).status).toBe(201);
    const rowOf = (page: Page, username: string) =>
      page.locator('tbody tr').filter({ has: page.getByRole('link', { name: `Change ${username}`, exact: true }) });
    for (const [me, other] of [
      ['admin', 'admin-two'],
      ['admin-two', 'admin'],
    ] as const) {
      const page = await signedIn(world, me);
      await page.goto(`${world.server.url}/admin/accounts`);
      await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
      const mine = rowOf(page, me);
      await mine.waitFor();
      expect(await mine.locator('.line').first().innerText()).toBe('Can sign in (you)');
      expect(await mine.getByRole('button').count()).toBe(0);
      expect(await mine.getByRole('link', { name: `Change ${me}`, exact: true }).count()).toBe(1);
      // Everyone else's account can be disabled, and none of them is "(you)".
      const theirs = rowOf(page, other);
      expect(await theirs.innerText()).not.toContain('(you)');
      await theirs.getByRole('button', { name: `Disable ${other}`, exact: true }).waitFor();
      expect(await page.locator('tbody tr').filter({ hasText: '(you)' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: /^Disable / }).count()).toBe((await page.locator('tbody tr:not(.disabled)').count()) - 1);
      if (me === 'admin') await shot(page, 'admin-accounts-you', false);
      await page.context().close();
    }
  }, 60_000);

  it('refuses to add a setting or an account whose name is already taken, next to the field, and changes nothing', async () => {
    const admin = await signedIn(world);
    await admin.goto(`${world.server.url}/admin/settings`);
    await admin.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    const before = (await adminApi(world, 'GET', '/admin/settings')).body.settings as { id: string; name: string; locality: string }[];
    const alphaBefore = before.find((s) => s.id === 'alpha-high');
    expect(alphaBefore?.name).toBe('Alpha High School');

    const form = admin.locator('#new-setting');
    await form.getByLabel('Name', { exact: true }).fill('Alpha Academy');
    await form.getByLabel('Short name').fill('alpha-high');
    await form.getByLabel('Locality').selectOption({ label: 'Central' });
    await form.getByRole('button', { name: 'Add setting' }).click();
    const taken = 'The short name "alpha-high" is already taken; choose another.';
    await summaryLink(admin, /Short name: The short name "alpha-high" is already taken; choose another\./).waitFor();
    expect(await form.locator('#setting-id-error').innerText()).toContain(taken);
    expect(await form.getByLabel('Short name').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Short name').inputValue()).toBe('alpha-high');
    expect(await admin.getByRole('status').filter({ hasText: 'Alpha Academy added' }).count()).toBe(0);
    await expectNoViolations(admin, 'settings with a taken short name');
    await shot(admin, 'admin-setting-taken');
    const after = (await adminApi(world, 'GET', '/admin/settings')).body.settings as { id: string; name: string; locality: string }[];
    expect(after).toEqual(before);
    expect(after.find((s) => s.id === 'alpha-high')).toEqual(alphaBefore);
    expect(await admin.getByRole('row', { name: /Alpha Academy/ }).count()).toBe(0);

    // The same for an account: staff-alpha-high exists, so adding it again for Beta High is refused.
    await openAdminPage(admin, 'Accounts', 'Accounts');
    const accountsBefore = (await adminApi(world, 'GET', '/admin/accounts')).body.accounts as { username: string; settings: string[] }[];
    expect(accountsBefore.find((a) => a.username === 'staff-alpha-high')?.settings).toEqual(['alpha-high']);
    const add = admin.locator('#new-account');
    await add.getByLabel('Username').fill('staff-alpha-high');
    await add.getByRole('checkbox', { name: 'Beta High School' }).check();
    await add.getByRole('button', { name: 'Add account' }).click();
    await summaryLink(admin, /Username: The username "staff-alpha-high" is already taken; choose another\./).waitFor();
    expect(await add.locator('#account-username-error').innerText()).toContain('The username "staff-alpha-high" is already taken; choose another.');
    expect(await add.getByLabel('Username').getAttribute('aria-invalid')).toBe('true');
    expect(await admin.getByRole('status').filter({ hasText: 'Account staff-alpha-high added' }).count()).toBe(0);
    await expectNoViolations(admin, 'accounts with a taken username');
    const accountsAfter = (await adminApi(world, 'GET', '/admin/accounts')).body.accounts;
    expect(accountsAfter).toEqual(accountsBefore);
    expect(await admin.getByRole('row', { name: /staff-alpha-high/ }).innerText()).toMatch(/School staff\s+Alpha High School/);
    await admin.context().close();
  }, 60_000);

  it('lists the day’s actions in the audit log, newest first, with who did them and the outcome', async () => {
    // A refusal to record as well: publishing the open round before it closes.
    expect((await adminApi(world, 'POST', '/admin/waves/open-wave/publish')).status).toBe(409);
    const admin = await signedIn(world);
    await admin.goto(`${world.server.url}/admin/audit`);
    await admin.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await admin.getByLabel('Day').fill('2026-11-20');
    await admin.getByRole('button', { name: 'Show this day' }).click();
    const table = admin.getByRole('table', { name: /on 20 November 2026, newest first/ });
    await table.waitFor();
    await admin.getByLabel('Show changes only').check();
    const rows = table.locator('tbody tr');
    const texts = await rows.allInnerTexts();
    const find = (re: RegExp) => texts.find((t) => re.test(t));
    expect(find(/admin\s+admin\s+Saved a setting\s+Setting: epsilon-academy\s+Done/)).toBeDefined();
    expect(find(/admin\s+admin\s+Saved an account\s+Account: staff-epsilon, Settings: epsilon-academy, Role: staff\s+Done/)).toBeDefined();
    expect(find(/admin\s+admin\s+Saved an account\s+Account: staff-epsilon\s+Refused \(400\)/)).toBeDefined();
    expect(find(/admin\s+admin\s+Disabled an account\s+Account: staff-epsilon\s+Done/)).toBeDefined();
    expect(find(/admin\s+admin\s+Enabled an account\s+Account: staff-epsilon\s+Done/)).toBeDefined();
    expect(find(/admin\s+admin\s+Saved a setting\s+Setting: alpha-high\s+Refused: already taken \(412\)/)).toBeDefined();
    expect(find(/admin\s+admin\s+Saved an account\s+Account: staff-alpha-high, Settings: beta-high, Role: staff\s+Refused: already taken \(412\)/)).toBeDefined();
    expect(find(/admin\s+admin\s+Made a join code\s+Round: open-wave, Setting: epsilon-academy\s+Done/)).toBeDefined();
    expect(find(/admin\s+admin\s+Published a round\s+Round: open-wave\s+Refused: not possible now \(409\)/)).toBeDefined();
    // Changes only: no page views.
    expect(texts.some((t) => /Listed|Viewed|Opened Heard/.test(t))).toBe(false);
    // Staff actions are there too, when views are shown.
    await admin.getByLabel('Show changes only').uncheck();
    await table.getByRole('row', { name: /staff-epsilon/ }).first().waitFor();
    expect(await table.locator('tbody tr').allInnerTexts()).toContainEqual(expect.stringMatching(/staff-epsilon\s+staff\s+Viewed a setting's report\s+Round: open-wave, Setting: alpha-high\s+Refused: not allowed \(403\)/));
    await expectNoViolations(admin, 'audit');
    await shot(admin, 'admin-audit');
    await admin.context().close();
  }, 60_000);
});
