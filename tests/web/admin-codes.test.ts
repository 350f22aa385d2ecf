import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, submission } from '../support/fixtures';
import { adminApi, ARTIFACTS, expectNoViolations, openAdminPage, PHONE, shot, sidewaysOverflow, signedIn, startAdminWorld, type AdminWorld } from './admin-world';

/** Codes to hand out: a join code's classroom poster, and single-use codes printed once as slips. */
let world: AdminWorld;
beforeAll(async () => {
  world = await startAdminWorld();
});
afterAll(() => world?.close());

/** A4 at 96 CSS pixels to the inch, for a screenshot the size of a printed page. */
const A4 = { width: 794, height: 1123 };

async function pdfOf(page: Page, name: string): Promise<{ pages: number; text: string }> {
  const buf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync(join(ARTIFACTS, `${name}.pdf`), buf);
  const doc = await getDocument({ data: new Uint8Array(buf) }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    for (const item of (await (await doc.getPage(i)).getTextContent()).items) if ('str' in item) text += `${item.str}${item.hasEOL ? ' ' : ''}`;
    text += ' ';
  }
  await doc.destroy();
  return { pages: doc.numPages, text: text.replace(/\s+/g, ' ') };
}

const postWith = (joinCode: string) =>
  fetch(`${world.server.url}/api/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(submission({ joinCode })),
  });

describe('join code posters', () => {
  it('prints a setting’s code on one A4 sheet: name, round, big code, QR code, link, one plain sentence and where to get help', async () => {
    const page = await signedIn(world);
    await page.goto(`${world.server.url}/admin/codes?wave=open-wave`);
    await page.getByRole('heading', { level: 1, name: 'Join codes' }).waitFor();
    const alpha = codes['open-wave']!['alpha-high']!;
    await page.getByRole('link', { name: 'Print a poster for Alpha High School' }).click();
    const poster = page.getByTestId('poster');
    await poster.getByRole('heading', { level: 1, name: 'Alpha High School' }).waitFor();
    const link = `${world.server.url}/j/${alpha}`;
    expect(await poster.getByRole('img', { name: `QR code: opens ${link}` }).getAttribute('data-qr-text')).toBe(link);
    const text = await poster.innerText();
    for (const words of ['Autumn survey', 'AAA-222-BBB', link, 'Scan or type the code. No names. You can skip any question.', '0800 1111', '85258', 'Ms P. Lead']) {
      expect(text).toContain(words);
    }
    await expectNoViolations(page, 'poster');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, 'admin-poster-phone');

    await page.setViewportSize(A4);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print the poster' }).isVisible()).toBe(false);
    await shot(page, 'admin-poster-print', false);
    const pdf = await pdfOf(page, 'poster');
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('AAA-222-BBB');
    expect(pdf.text).toContain('Scan or type the code. No names. You can skip any question.');
    await page.context().close();
  }, 60_000);
});

describe('single-use codes', () => {
  it('shows a batch once, prints it as slips, lists it afterwards without codes, and each code works once', async () => {
    const page = await signedIn(world);
    await page.getByRole('link', { name: 'Council admin' }).click();
    await openAdminPage(page, 'Single-use codes', 'Single-use codes');
    await expectNoViolations(page, 'single-use codes');

    // Out of range: the field says so.
    await page.getByLabel('Setting').selectOption({ label: 'Alpha High School' });
    await page.getByLabel('How many codes').fill('100');
    await page.getByRole('button', { name: 'Make codes' }).click();
    await page.getByRole('alert').getByRole('link', { name: /How many codes: Enter a whole number from 1 to 99/ }).waitFor();

    await page.getByLabel('How many codes').fill('3');
    await page.getByRole('button', { name: 'Make codes' }).click();
    const sheet = page.getByRole('region', { name: '3 single-use codes for Alpha High School' });
    await sheet.waitFor();
    expect(await sheet.innerText()).toContain('These codes are shown only now — print them before leaving this page');
    const slips = sheet.locator('.slip');
    expect(await slips.count()).toBe(3);
    const made = (await sheet.locator('.slip-code').allInnerTexts()).map((c) => c.replace(/-/g, ''));
    for (const c of made) expect(c).toMatch(/^[2-9A-Z]{12}$/);
    await expectNoViolations(page, 'single-use codes with a batch');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, 'admin-single-use');

    // The batch is listed by count and day; the codes themselves are not.
    const batches = page.getByRole('table', { name: /Batches of single-use codes/ });
    await batches.getByRole('row', { name: /Alpha High School/ }).waitFor();
    expect(await batches.getByRole('row', { name: /Alpha High School/ }).innerText()).toMatch(/Any\s+3\s+20 November 2026/);

    // Printed: the slips alone, on A4.
    await page.setViewportSize(A4);
    await page.emulateMedia({ media: 'print' });
    expect(await slips.evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length)).toBe(3);
    for (const hidden of [page.locator('.staff-top'), page.locator('.admin-nav'), page.getByRole('heading', { level: 1 }), batches]) {
      expect(await hidden.isVisible()).toBe(false);
    }
    await shot(page, 'admin-slips-print', false);
    const pdf = await pdfOf(page, 'slips');
    expect(pdf.pages).toBe(1);
    for (const c of await sheet.locator('.slip-code').allInnerTexts()) expect(pdf.text).toContain(c);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize(PHONE);

    // Done with them: they are gone from the page for good.
    await page.getByRole('button', { name: 'I have printed them' }).click();
    await expect.poll(() => page.locator('.slip').count()).toBe(0);
    const html = await page.content();
    for (const c of made) expect(html).not.toContain(c.slice(0, 4) + '-' + c.slice(4, 8));

    // The first use counts; the second is refused, and the pupil is told in plain words.
    expect((await postWith(made[0]!)).status).toBe(201);
    const again = await postWith(made[0]!);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { code: string }).code).toBe('code.used');
    const pupil = await world.browser.newContext({ viewport: PHONE, locale: 'en-GB' });
    const phone = await pupil.newPage();
    await phone.goto(`${world.server.url}/j/${made[0]}`);
    await phone.getByRole('heading', { level: 1, name: 'This code has been used' }).waitFor();
    await phone.getByText('This code has already been used. Each code works once: ask your teacher for a new one.').waitFor();
    // Another code from the batch still opens the survey.
    await phone.goto(`${world.server.url}/j/${made[1]}`);
    await phone.locator('progress[value="1"]').waitFor();
    await pupil.close();
    await page.context().close();
  }, 90_000);
});

describe('withdrawing a join code', () => {
  it('makes a fresh code, withdraws it with a confirmation, and the link then tells a pupil the code is not found', async () => {
    const page = await signedIn(world);
    await page.goto(`${world.server.url}/admin/codes?wave=open-wave`);
    await page.getByRole('heading', { level: 1, name: 'Join codes' }).waitFor();
    const cards = page.locator('.code-card');
    await cards.first().waitFor();
    const cardsBefore = await cards.count();

    // A fresh code of its own, for one year group, so the seeded codes other tests use stay valid.
    const make = page.getByRole('region', { name: 'Make a join code' });
    await make.getByLabel('Setting').selectOption({ label: 'Beta High School' });
    await make.getByLabel('Year group').selectOption({ label: 'Year 9' });
    await make.getByRole('button', { name: 'Make join code' }).click();
    const made = make.getByRole('status').filter({ hasText: /^New code for Beta High School: [2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}\.$/ });
    await made.waitFor();
    const display = /([2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3})/.exec(await made.innerText())![1]!;
    const code = display.replace(/-/g, '');
    const card = page.locator(`.code-card[data-code="${code}"]`);
    await card.waitFor();
    expect(await cards.count()).toBe(cardsBefore + 1);
    expect(await card.innerText()).toContain('Beta High School, Year 9');
    // It works before it is withdrawn.
    const pupil = await world.browser.newContext({ viewport: PHONE, locale: 'en-GB' });
    const phone = await pupil.newPage();
    await phone.goto(`${world.server.url}/j/${code}`);
    await phone.locator('progress[value="1"]').waitFor();

    // Withdrawn, after a confirmation that names the code.
    await card.getByRole('button', { name: 'Withdraw code for Beta High School, Year 9' }).click();
    const dialog = page.getByRole('dialog', { name: 'Withdraw the code for Beta High School, Year 9?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(`Links, QR codes and posters for ${display} will no longer open the survey.`);
    await expectNoViolations(page, 'withdraw dialog');
    await shot(page, 'admin-withdraw-dialog', false);
    await dialog.getByRole('button', { name: 'Withdraw the code' }).click();
    await page.getByRole('status').filter({ hasText: `Code ${display} for Beta High School, Year 9 withdrawn. It no longer opens the survey.` }).waitFor();
    await expect.poll(() => card.count()).toBe(0);
    expect(await cards.count()).toBe(cardsBefore);
    expect(await page.getByRole('button', { name: 'Withdraw code for Beta High School, Year 9' }).count()).toBe(0);
    // The keyboard stays in the list of codes.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('codes-title');
    const listed = (await adminApi(world, 'GET', '/admin/waves/open-wave/join-codes')).body.codes as { code: string }[];
    expect(listed.map((c) => c.code)).not.toContain(code);
    expect(listed.map((c) => c.code)).toContain(codes['open-wave']!['beta-high']);
    await expectNoViolations(page, 'join codes after withdrawing');

    // The pupil's link no longer opens the survey; the setting's own code still does.
    await phone.goto(`${world.server.url}/j/${code}`);
    await phone.getByRole('heading', { level: 1, name: 'We could not find that survey' }).waitFor();
    await phone.getByText('We could not find a survey for that code. Check it with your teacher and try again.').waitFor();
    expect(await phone.locator('progress').count()).toBe(0);
    expect((await postWith(code)).status).toBe(404);
    await phone.goto(`${world.server.url}/j/${codes['open-wave']!['beta-high']}`);
    await phone.locator('progress[value="1"]').waitFor();
    await pupil.close();

    // The audit log says so, with the code as printed.
    await page.goto(`${world.server.url}/admin/audit`);
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.getByLabel('Day').fill('2026-11-20');
    await page.getByRole('button', { name: 'Show this day' }).click();
    const table = page.getByRole('table', { name: /on 20 November 2026, newest first/ });
    await table.waitFor();
    await page.getByLabel('Show changes only').check();
    await expect
      .poll(() => table.locator('tbody tr').allInnerTexts())
      .toContainEqual(expect.stringMatching(new RegExp(`admin\\s+admin\\s+Withdrew a join code\\s+Round: open-wave, Join code: ${display}\\s+Done`)));
    await page.context().close();
  }, 90_000);
});
