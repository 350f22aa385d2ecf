import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submission } from '../support/fixtures';
import { adminApi, expectNoViolations, PHONE, shot, sidewaysOverflow, signedIn, startAdminWorld, type AdminWorld } from './admin-world';
import { atQuestion } from './support/pupil';

/**
 * A survey round from draft to published in the council's console, with the pupil's view at each
 * step and the refusals the API gives for a step out of order.
 */
let world: AdminWorld;
beforeAll(async () => {
  world = await startAdminWorld();
});
afterAll(() => world?.close());

const ROUND = { title: 'Spring survey 2027', id: 'spring-survey-2027' };

/** A pupil's phone, fresh each time (no service worker or cache from before), on a join link. */
async function pupilOpens(code: string): Promise<Page> {
  const context = await world.browser.newContext({ viewport: PHONE, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${world.server.url}/j/${code}`);
  return page;
}

const card = (page: Page) => page.locator(`[data-round="${ROUND.id}"]`);

async function takeStep(page: Page, button: string, explains: string, confirm: string) {
  await card(page).getByRole('button', { name: `${button} “${ROUND.title}”` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(explains).waitFor();
  await dialog.getByRole('button', { name: confirm }).click();
}

const postResponse = (code: string) =>
  fetch(`${world.server.url}/api/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(submission({ joinCode: code })),
  });

describe('a survey round, end to end', () => {
  it('goes draft → open → closed → published, refusing steps out of order, with the pupil told where it stands', async () => {
    // The fixture's own round is open over these days; only one round is open at a time.
    const autumn = (await world.table.store.getWave('open-wave'))!;
    await world.table.store.putWave({ ...autumn, status: 'closed' });
    const admin = await signedIn(world);
    await admin.getByRole('link', { name: 'Council admin' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Survey rounds' }).waitFor();
    await expectNoViolations(admin, 'rounds');

    // A draft, first with the dates the wrong way round: the API's error is shown on the field.
    const form = admin.locator('#new-round');
    await form.getByLabel('Name', { exact: true }).fill(ROUND.title);
    expect(await form.getByLabel('Short name').inputValue()).toBe(ROUND.id);
    await form.getByLabel('Opens on').fill('2026-11-16');
    await form.getByLabel('Closes on').fill('2026-11-02');
    await form.getByRole('button', { name: 'Create draft round' }).click();
    const summary = form.getByRole('alert');
    await summary.getByRole('link', { name: /Closes on: A round must close on or after the day it opens/ }).waitFor();
    await expect.poll(() => admin.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await form.getByLabel('Closes on').getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('#round-closes-error').innerText()).toContain('A round must close on or after the day it opens');
    await expectNoViolations(admin, 'rounds with errors');
    await shot(admin, 'admin-round-errors');
    await summary.getByRole('link', { name: /Closes on/ }).click();
    await expect.poll(() => admin.evaluate(() => document.activeElement?.id)).toBe('round-closes');

    await form.getByLabel('Closes on').fill('2026-12-18');
    await form.getByRole('button', { name: 'Create draft round' }).click();
    await admin.getByRole('status').filter({ hasText: `Draft round “${ROUND.title}” created` }).waitFor();
    await card(admin).getByText('Draft', { exact: true }).waitFor();
    await expect.poll(() => card(admin).getByRole('button').allInnerTexts()).toEqual(['Open']);

    // A draft can be changed.
    await card(admin).getByRole('link', { name: `Change “${ROUND.title}”` }).click();
    const edit = admin.getByRole('region', { name: `Change “${ROUND.title}”` });
    await edit.getByLabel('Closes on').fill('2026-12-19');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await admin.getByRole('status').filter({ hasText: 'saved' }).waitFor();
    await card(admin).getByText('19 December 2026').waitFor();
    expect(await sidewaysOverflow(admin)).toBeLessThanOrEqual(0);
    await shot(admin, 'admin-rounds');

    // A join code for Alpha High in the draft round, with its link and QR code.
    await card(admin).getByRole('link', { name: 'Join codes' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Join codes' }).waitFor();
    await admin.getByLabel('Setting').selectOption({ label: 'Alpha High School' });
    await admin.getByRole('button', { name: 'Make join code' }).click();
    await admin.getByRole('status').filter({ hasText: 'New code for Alpha High School' }).waitFor();
    const codeCard = admin.locator('.code-card');
    await expect.poll(() => codeCard.count()).toBe(1);
    const code = (await codeCard.getAttribute('data-code'))!;
    expect(code).toMatch(/^[2-9A-Z]{9}$/);
    const link = `${world.server.url}/j/${code}`;
    expect(await codeCard.getByRole('link', { name: link }).count()).toBe(1);
    expect(await codeCard.getByRole('img', { name: `QR code for Alpha High School: opens ${link}` }).getAttribute('data-qr-text')).toBe(link);
    await expectNoViolations(admin, 'join codes');
    expect(await sidewaysOverflow(admin)).toBeLessThanOrEqual(0);
    await shot(admin, 'admin-join-codes');

    // Not open yet: the pupil is told so, and nothing can be sent.
    let pupil = await pupilOpens(code);
    await pupil.getByRole('heading', { level: 1, name: 'This survey is closed' }).waitFor();
    expect(await pupil.locator('main').innerText()).toContain('not open at the moment');
    expect((await postResponse(code)).status).toBe(409);
    await pupil.context().close();

    // Open: the survey version is frozen and the pupil sees the first question.
    await admin.goto(`${world.server.url}/admin/rounds`);
    await takeStep(admin, 'Open', 'Opening freezes the survey version; pupils can then answer', 'Open the round');
    await admin.getByRole('status').filter({ hasText: `“${ROUND.title}” is now open.` }).waitFor();
    await expect.poll(() => card(admin).getByRole('button').allInnerTexts()).toEqual(['Close']);
    expect(await card(admin).getByRole('link', { name: `Change “${ROUND.title}”` }).count()).toBe(0);

    // Open, it can be given more time; its name and opening day stay.
    await card(admin).getByRole('link', { name: `Change when “${ROUND.title}” closes` }).click();
    const extend = admin.getByRole('region', { name: `Change when “${ROUND.title}” closes` });
    expect(await extend.getByLabel('Name', { exact: true }).count()).toBe(0);
    await extend.getByLabel('Closes on').fill('2027-01-08');
    await extend.getByRole('button', { name: 'Save the closing day' }).click();
    await admin.getByRole('status').filter({ hasText: 'saved' }).waitFor();
    await card(admin).locator('.meta').getByText('8 January 2027').waitFor();
    await expectNoViolations(admin, 'rounds after extending');
    const audit = await adminApi(world, 'GET', '/admin/audit?day=2026-11-20');
    expect(audit.body.entries).toContainEqual(expect.objectContaining({ action: 'PATCH /api/admin/waves/:waveId', status: 200, target: expect.objectContaining({ waveId: ROUND.id, closesOn: '2027-01-08' }) }));
    pupil = await pupilOpens(code);
    await atQuestion(pupil, 1);
    await pupil.context().close();

    // Publishing an open round is refused, saying what the next step is.
    const early = await adminApi(world, 'POST', `/admin/waves/${ROUND.id}/publish`);
    expect(early.status).toBe(409);
    expect(early.body.detail).toContain(`"${ROUND.title}" is open, so it cannot publish now. The next step is to close it.`);

    // A page left open elsewhere still offers Close after the round has closed: the refusal is shown in the API's words.
    const stale = await signedIn(world);
    await stale.goto(`${world.server.url}/admin/rounds`);
    await card(stale).getByRole('button', { name: `Close “${ROUND.title}”` }).waitFor();

    await takeStep(admin, 'Close', 'Closing stops new answers', 'Close the round');
    await admin.getByRole('status').filter({ hasText: `“${ROUND.title}” is now closed.` }).waitFor();

    await takeStep(stale, 'Close', 'Closing stops new answers', 'Close the round');
    const refusal = stale.getByRole('alert');
    await refusal.getByText(`"${ROUND.title}" is closed, so it cannot close now. The next step is to publish it.`).waitFor();
    await expect.poll(() => stale.evaluate(() => document.activeElement?.classList.contains('refusal'))).toBe(true);
    await expectNoViolations(stale, 'rounds with a refusal');
    await shot(stale, 'admin-round-refused');
    await stale.context().close();

    // Closed: the pupil is told, and an answer sent anyway is refused.
    pupil = await pupilOpens(code);
    await pupil.getByRole('heading', { level: 1, name: 'This survey is closed' }).waitFor();
    await pupil.context().close();
    const late = await postResponse(code);
    expect(late.status).toBe(409);
    expect(((await late.json()) as { code: string }).code).toBe('wave.closed');

    // Published: the last step, with nothing after it.
    await takeStep(admin, 'Publish', 'Publishing marks the results as ready to share back with pupils', 'Publish the round');
    await admin.getByRole('status').filter({ hasText: `“${ROUND.title}” is now published.` }).waitFor();
    await expect.poll(() => card(admin).getByRole('button').count()).toBe(0);
    const after = await adminApi(world, 'POST', `/admin/waves/${ROUND.id}/open`);
    expect(after.status).toBe(409);
    expect(after.body.detail).toContain('It has been published; that is the last step.');
    await admin.context().close();
  }, 120_000);
});
