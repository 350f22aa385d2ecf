import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoViolations, openAdminPage, shot, sidewaysOverflow, signedIn, startAdminWorld, type AdminWorld } from './admin-world';
import { asUser, seedRespondCity } from './support/respond-data';

/**
 * "Listen and respond" in a real Chromium on a phone, against the real API on DynamoDB Local:
 * the youth council drafts a finding from the city report, discusses and agrees it, puts it to
 * a vote; the council answers it and publishes; the youth council says it is not enough yet and
 * sends it back, and the council sees that.
 */
let world: AdminWorld;
let youth: Page;
let admin: Page;
beforeAll(async () => {
  world = await startAdminWorld();
  await seedRespondCity(world.table.store);
}, 120_000);
afterAll(() => world?.close());

const FINDING = 'Secondary pupils want more done about bullying in the corridors.';
const card = (page: Page, text = FINDING) => page.locator('li.finding').filter({ has: page.getByRole('heading', { level: 3, name: text }) });

describe('the youth council’s findings', () => {
  it('drafts a finding quoting a figure the city report shows, cannot pick a hidden one, adds a note and agrees it', async () => {
    youth = await signedIn(world, 'youth', 'City report');
    youth.setDefaultTimeout(10_000);
    await youth.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: 'Findings and responses' }).click();
    await youth.getByRole('heading', { level: 1, name: 'Findings and responses' }).waitFor();
    // The newest closed round is chosen; Summer is listed too, each with its findings counted.
    const rounds = youth.getByRole('navigation', { name: 'Rounds with results' });
    await expect.poll(() => rounds.getByRole('link').allInnerTexts()).toEqual(['Autumn survey', 'Summer survey']);
    expect(await rounds.getByRole('link', { name: 'Autumn survey' }).getAttribute('aria-current')).toBe('page');
    await youth.getByText('There are no findings from this round yet.').waitFor();
    const form = youth.locator('#new-finding');
    await form.getByLabel('Survey', { exact: true }).waitFor();
    await expectNoViolations(youth, 'respond: empty round');

    // The character count follows the typing.
    await form.getByLabel('Your finding').fill(FINDING);
    await form.getByText(`${FINDING.length} of 160 characters`).waitFor();

    // Central has 4 secondary pupils: its figures are hidden and cannot be chosen, and the page says why.
    await form.getByLabel('City or locality').selectOption('central');
    const centralBelonging = form.getByRole('radio', { name: /^Belonging \(theme\)/ });
    expect(await centralBelonging.isDisabled()).toBe(true);
    expect(await form.getByRole('group', { name: 'A theme' }).innerText()).toContain('That figure is not shown in the report');
    expect(await form.getByRole('radio').count()).toBe(6); // themes only: questions are for the whole city
    expect(await form.getByRole('radio', { disabled: false }).count()).toBe(0);
    await expectNoViolations(youth, 'respond: hidden figures');
    await shot(youth, 'respond-hidden-figures');

    // The city's Belonging is shown, with its figure beside it.
    await form.getByLabel('City or locality').selectOption('city');
    const belonging = form.getByRole('radio', { name: /^Belonging \(theme\)/ });
    const figure = (await form.locator('label.choice', { hasText: 'Belonging (theme)' }).locator('.hint').innerText()).trim();
    expect(figure).toMatch(/^\d+% of 30 pupils chose the top two answers$/);
    await belonging.check();
    await form.getByLabel('A comment topic (optional)').selectOption('bullying');
    await expect.poll(() => form.getByTestId('quoting').innerText()).toMatch(new RegExp(`You are quoting Belonging, City: ${figure}, with \\d+ comments? about bullying`));
    await form.getByRole('button', { name: 'Save draft finding' }).click();
    await form.getByRole('status').filter({ hasText: 'Draft finding saved' }).waitFor();
    await rounds.getByText('closed 18 December 2026: 1 finding, 0 agreed').waitFor();
    const mine = card(youth);
    await mine.waitFor();
    expect(await mine.innerText()).toContain(`Evidence: Belonging, City: ${figure}`);
    expect(await mine.getByText('Draft', { exact: true }).count()).toBe(1);
    // The form is ready for the next one.
    expect(await form.getByLabel('Your finding').inputValue()).toBe('');

    // Members discuss it.
    await mine.getByLabel('Add a note').fill('Bullying also came up at our last meeting with Year 8.');
    await mine.getByRole('button', { name: 'Add note' }).click();
    await mine.getByText('Bullying also came up at our last meeting with Year 8.').waitFor();
    expect(await mine.locator('.notes .meta').innerText()).toMatch(/^youth, /);

    // And agree it: it can no longer be withdrawn or noted from here.
    await mine.getByRole('button', { name: `Agree “${FINDING}”` }).click();
    await mine.getByText('Agreed', { exact: true }).waitFor();
    expect(await mine.getByRole('button', { name: /Withdraw/ }).count()).toBe(0);
    await mine.getByText('The council has not published an answer yet.').waitFor();
    expect(await sidewaysOverflow(youth)).toBeLessThanOrEqual(0);
    await expectNoViolations(youth, 'respond: agreed finding');
    await shot(youth, 'respond-agreed');
  }, 90_000);

  it('withdraws a draft after asking', async () => {
    const made = await asUser(world.server.url, 'youth', 'POST', '/respond/findings', {
      text: 'Pupils in the South feel less safe.',
      evidence: { waveId: 'open-wave', audience: 'secondary', scope: 'city', kind: 'theme', id: 'safe' },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    await youth.reload();
    const draft = card(youth, 'Pupils in the South feel less safe.');
    await draft.getByRole('button', { name: 'Withdraw “Pupils in the South feel less safe.”' }).click();
    const dialog = youth.getByRole('dialog', { name: 'Withdraw this draft finding?' });
    await expectNoViolations(youth, 'respond: withdraw dialog');
    await dialog.getByRole('button', { name: 'Withdraw it' }).click();
    await youth.getByRole('status').filter({ hasText: 'The draft finding was withdrawn.' }).waitFor();
    await expect.poll(() => draft.count()).toBe(0);
  }, 90_000);

  it('changes a draft’s words, figure and translations in place, with the Arabic box right to left', async () => {
    const before = 'Pupils want more clubs.';
    const after = 'Pupils want more clubs after school, and free ones.';
    const made = await asUser(world.server.url, 'youth', 'POST', '/respond/findings', {
      text: before,
      evidence: { waveId: 'open-wave', audience: 'secondary', scope: 'city', kind: 'theme', id: 'safe' },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const id = made.body.finding.id as string;
    await youth.reload();
    await card(youth, before).getByRole('button', { name: `Change “${before}”` }).click();
    const edit = youth.getByRole('region', { name: `Change “${before}”` });
    const words = edit.getByLabel('Your finding', { exact: true });
    expect(await words.inputValue()).toBe(before);
    // It starts from the figure it quotes.
    expect(await edit.getByRole('radio', { name: /^Safe \(theme\)/ }).isChecked()).toBe(true);
    await words.fill(after);
    await edit.getByRole('radio', { name: /^Belonging \(theme\)/ }).check();
    await edit.getByText('Translations of “Your finding” (optional)').click();
    const arabic = edit.getByLabel('Arabic (العربية)');
    expect([await arabic.getAttribute('lang'), await arabic.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    await arabic.fill('يريد التلاميذ المزيد من النوادي بعد المدرسة.');
    // A translation that names someone is refused on its own box, and nothing changes.
    await edit.getByLabel('Polish (Polski)').fill('Napisz do jamie.smith@example.com');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.getByRole('link', { name: /Your finding in Polish/ }).waitFor();
    expect((await asUser(world.server.url, 'youth', 'GET', '/respond/findings?wave=open-wave')).body.findings.find((f: { id: string }) => f.id === id).text).toBe(before);
    await expectNoViolations(youth, 'respond: change a draft');
    await edit.getByLabel('Polish (Polski)').fill('');
    await edit.getByRole('button', { name: 'Save changes' }).click();

    const changed = card(youth, after);
    await changed.getByText('Translated into Arabic (drafts until checked).').waitFor();
    expect(await changed.innerText()).toContain('Evidence: Belonging, City');
    // Focus goes back to the card's Change button.
    await expect.poll(() => youth.evaluate(() => document.activeElement?.textContent)).toBe(`Change “${after}”`);
    const stored = (await asUser(world.server.url, 'youth', 'GET', '/respond/findings?wave=open-wave')).body.findings.find((f: { id: string }) => f.id === id);
    expect(stored.translations).toEqual({ ar: 'يريد التلاميذ المزيد من النوادي بعد المدرسة.' });
    expect(stored.evidence.id).toBe('belonging');
    expect((await asUser(world.server.url, 'youth', 'DELETE', `/respond/findings/${id}`)).status).toBe(204);
  }, 90_000);

  it('puts agreed findings to the pupils’ vote in the next round, and a member ranks them with buttons', async () => {
    const second = 'Pupils want more clubs after school.';
    const made = await asUser(world.server.url, 'youth', 'POST', '/respond/findings', {
      text: second,
      evidence: { waveId: 'open-wave', audience: 'secondary', scope: 'city', kind: 'theme', id: 'happy' },
    });
    expect((await asUser(world.server.url, 'youth', 'POST', `/respond/findings/${made.body.finding.id}/agree`)).status).toBe(200);
    await youth.reload();
    const vote = youth.getByRole('region', { name: 'Pupils’ vote in Spring survey' });
    await vote.getByText('Nothing is on the ballot yet.').waitFor();
    await vote.getByRole('checkbox', { name: FINDING }).check();
    await vote.getByRole('checkbox', { name: second }).check();
    await vote.getByRole('button', { name: 'Put to the vote' }).click();
    await vote.getByRole('status').filter({ hasText: 'The vote is set' }).waitFor();
    await expect.poll(() => vote.getByTestId('ballot').getByRole('listitem').allInnerTexts()).toEqual([FINDING, second]);
    await vote.getByText('The vote is counted once Spring survey has results.').waitFor();

    // Ranking without dragging: the second finding moves up, and focus stays with it.
    await vote.getByRole('button', { name: `Move down “${FINDING}”` }).waitFor();
    await vote.getByRole('button', { name: `Move up “${second}”` }).click();
    await expect.poll(() => vote.locator('.rank-list .rank-text').allInnerTexts()).toEqual([second, FINDING]);
    await expect.poll(() => youth.evaluate(() => document.activeElement?.textContent)).toBe(`Move down “${second}”`);
    await vote.getByText(`“${second}” is now 1 of 2.`).waitFor();
    await vote.getByRole('button', { name: 'Save my order' }).click();
    await vote.getByRole('status').filter({ hasText: 'Your order is saved.' }).waitFor();
    await expect.poll(() => vote.getByTestId('combined-ranking').getByRole('listitem').allInnerTexts()).toEqual([`2 points: ${second}`, `1 point: ${FINDING}`]);
    expect(await sidewaysOverflow(youth)).toBeLessThanOrEqual(0);
    await expectNoViolations(youth, 'respond: vote and ranking');
    await shot(youth, 'respond-vote');

    // Once the round opens the ballot is fixed, and a vote with fewer than 10 answers shows nothing.
    const spring = (await world.table.store.getWave('spring-wave'))!;
    await world.table.store.putWave({ ...spring, status: 'open' });
    await youth.reload();
    await vote.getByTestId('vote-result').getByText('Fewer than 10 pupils answered, so the result is not shown to protect their privacy.').waitFor();
    await vote.getByText('Spring survey has opened, so its ballot can no longer change.').waitFor();
    expect(await vote.getByRole('button', { name: 'Put to the vote' }).count()).toBe(0);
    await world.table.store.putWave(spring);
  }, 90_000);
  it('shows an earlier round’s finding measured again in the round after, with the reports’ caution', async () => {
    const text = 'Belonging is low across the city.';
    const made = await asUser(world.server.url, 'youth', 'POST', '/respond/findings', {
      text,
      evidence: { waveId: 'closed-wave', audience: 'secondary', scope: 'city', kind: 'theme', id: 'belonging' },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const then = Math.round(made.body.finding.evidence.figure.favourable);
    await youth.getByRole('navigation', { name: 'Rounds with results' }).getByRole('link', { name: 'Summer survey' }).click();
    await youth.getByRole('heading', { level: 2, name: 'Findings from Summer survey' }).waitFor();
    const change = card(youth, text).getByTestId('change');
    await expect.poll(() => change.innerText()).toMatch(
      new RegExp(`^Measured again in Autumn survey: then ${then}%, now \\d+% of 30 pupils\\. (Clearly (up|down)\\.|About the same: a change this small could be chance\\.)$`),
    );
    await expectNoViolations(youth, 'respond: measured again');
    await change.scrollIntoViewIfNeeded();
    await shot(youth, 'respond-measured-again', false);
    await youth.getByRole('navigation', { name: 'Rounds with results' }).getByRole('link', { name: 'Autumn survey' }).click();
    await youth.getByRole('heading', { level: 2, name: 'Findings from Autumn survey' }).waitFor();
  }, 60_000);
});

describe('the council’s answer and the youth council’s verdict', () => {
  it('says a reason is needed for “We can’t do this”, places refusals on their fields, and publishes a proper answer', async () => {
    admin = await signedIn(world);
    admin.setDefaultTimeout(10_000);
    await admin.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: 'Council admin' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Survey rounds' }).waitFor();
    await openAdminPage(admin, 'Answers to findings', 'Answers to findings');
    const item = admin.locator(`li.card`).filter({ has: admin.getByRole('heading', { level: 3, name: FINDING }) });
    await item.getByText('Not answered yet.').waitFor();
    await expectNoViolations(admin, 'answers: list');
    await item.getByRole('link', { name: `Answer “${FINDING}”` }).click();
    const panel = admin.getByRole('region', { name: `Answer: “${FINDING}”` });
    await panel.waitFor();

    await panel.getByLabel('We will').fill('We will work with the transport authority to reconsider the accessibility arrangements of the interchange.');
    // Reading ease is a warning as they type, never a block.
    await panel.getByText('Easier to read?').waitFor();
    await panel.getByLabel('Who is responsible').fill('Youth Service');
    await panel.getByLabel('Due by').fill('2027-03-31');
    await panel.getByRole('radio', { name: /^We can't do this/ }).check();
    await panel.getByLabel('Why we can’t do this').waitFor();
    await panel.getByRole('button', { name: 'Save answer' }).click();
    const summary = panel.getByRole('alert');
    await summary.getByRole('link', { name: 'Why we can’t do this: Say why it cannot be done: pupils deserve a reason.' }).waitFor();
    expect(await panel.getByLabel('Why we can’t do this').getAttribute('aria-invalid')).toBe('true');
    expect(await panel.locator('#answer-reason-error').innerText()).toContain('Say why it cannot be done');
    await expectNoViolations(admin, 'answers: reason needed');
    await shot(admin, 'answers-reason-needed');

    // A person named as responsible: the API refuses it, and says so on that field.
    await panel.getByRole('radio', { name: /^Doing it/ }).check();
    expect(await panel.getByLabel('Why we can’t do this').count()).toBe(0);
    await panel.getByLabel('Who is responsible').fill('Mr Smith');
    await panel.getByRole('button', { name: 'Save answer' }).click();
    await panel.getByRole('alert').getByRole('link', { name: /^Who is responsible: Take out a person's name/ }).waitFor();
    expect(await panel.getByLabel('Who is responsible').getAttribute('aria-invalid')).toBe('true');

    await panel.getByLabel('Who is responsible').fill('Youth Service');
    await panel.getByRole('button', { name: 'Save answer' }).click();
    // Saved, with the server's reading-ease warnings shown after.
    await panel.getByTestId('server-warnings').getByText('We will', { exact: true }).waitFor();
    await panel.getByTestId('publish-state').getByText('Not published yet: pupils cannot see it.').waitFor();
    await panel.getByRole('button', { name: 'Publish', exact: true }).click();
    await panel.getByRole('status').filter({ hasText: 'Published. Pupils can now see it' }).waitFor();
    await panel.getByTestId('publish-state').getByText('Published on 20 November 2026.').waitFor();

    // A dated update written ahead.
    await panel.getByLabel('Update').fill('We met the bus company.');
    await panel.getByLabel('Show it from').fill('2027-01-15');
    await panel.getByRole('button', { name: 'Add update' }).click();
    await panel.getByText('Scheduled: pupils see it from 15 January 2027').waitFor();
    expect(await sidewaysOverflow(admin)).toBeLessThanOrEqual(0);
    await expectNoViolations(admin, 'answers: published');
    await shot(admin, 'answers-published');
  }, 90_000);

  it('the youth council reads the answer, says “Not enough yet” and sends it back; the council sees it and publishes a change', async () => {
    await youth.reload();
    const mine = card(youth);
    await mine.getByText('Doing it', { exact: true }).waitFor();
    expect(await mine.innerText()).toContain('Youth Service');
    await mine.getByRole('radio', { name: 'Not enough yet' }).check();
    await mine.getByLabel('Your comment').fill('Buses are not the problem: corridors are.');
    await mine.getByRole('checkbox', { name: 'Send it back to the council to do better' }).check();
    await mine.getByRole('button', { name: 'Save verdict' }).click();
    await mine.getByRole('status').filter({ hasText: 'Verdict saved and sent back to the council.' }).waitFor();
    await mine.getByTestId('verdict').getByText('Sent back:').waitFor();
    await expectNoViolations(youth, 'respond: verdict');
    await shot(youth, 'respond-verdict');

    await admin.goto(`${world.server.url}/admin/answers`);
    const sentBack = admin.getByTestId('sent-back-summary');
    await sentBack.getByRole('link', { name: FINDING }).waitFor();
    const item = admin.locator('li.card').filter({ has: admin.getByRole('heading', { level: 3, name: FINDING }) });
    expect(await item.getByTestId('verdict').innerText()).toMatch(/Youth council’s verdict: Not enough yet[\s\S]*Sent back[\s\S]*Buses are not the problem: corridors are\./);
    await expectNoViolations(admin, 'answers: sent back');
    await shot(admin, 'answers-sent-back');

    await sentBack.getByRole('link', { name: FINDING }).click();
    const panel = admin.getByRole('region', { name: `Answer: “${FINDING}”` });
    await panel.getByTestId('verdict').waitFor();
    await panel.getByLabel('We will').fill('We will put staff in the corridors at break. Pupils can report bullying on a card.');
    await panel.getByRole('button', { name: 'Save answer' }).click();
    await panel.getByTestId('publish-state').getByText(/changes that are not published yet/).waitFor();
    await panel.getByRole('button', { name: 'Publish the changes' }).click();
    await panel.getByRole('status').filter({ hasText: 'Published. Pupils will see “updated on 20 November 2026”, and what it said before.' }).waitFor();

    // The council reads the youth council's workspace, and cannot write in it.
    await admin.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: 'Findings and responses' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Findings and responses' }).waitFor();
    await card(admin).getByTestId('verdict').waitFor();
    expect(await admin.getByRole('button', { name: /Save draft finding|Save verdict|Add note|Put to the vote/ }).count()).toBe(0);
    await expectNoViolations(admin, 'respond: read by the council');

    // Every step is in the audit log, in words.
    await admin.goto(`${world.server.url}/admin/audit?day=2026-11-20`);
    const log = admin.locator('table.audit');
    for (const words of ['Drafted a finding', 'Added a note to a finding', 'Agreed a finding', "Set the pupils' vote for a round", 'Ranked the findings on a vote', 'Saved an answer to a finding', 'Published an answer', "Gave a verdict on the council's answer"]) {
      await log.getByRole('cell', { name: new RegExp(`^${words}`) }).first().waitFor();
    }
  }, 90_000);
});
