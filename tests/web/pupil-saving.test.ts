import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appReady, ALPHA, ALPHA_LAST, alphaResponses, atQuestion, phone, shot, skipTo, startWorld, stored, type World } from './support/pupil';

/**
 * Nothing lost on a flaky network, nothing left behind on a shared classroom device: answers
 * kept on the device as the pupil goes, a send while offline queued and sent once when the
 * connection returns, and everything forgotten after sending or Start again.
 */
let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world?.close());

async function answerFirstTwo(page: Page) {
  await page.goto(`${world.server.url}/j/${ALPHA}`);
  await page.getByRole('radio', { name: 'Year 10' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: 'Disagree', exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await atQuestion(page, 3);
}

/** Waits until the service worker is in charge and the page, the app and this survey are in its cache. */
const offlineReady = (page: Page) =>
  page.waitForFunction(
    async () => {
      if (!navigator.serviceWorker.controller) return false;
      const cache = await caches.open('heard-pupil-v1');
      const urls = (await cache.keys()).map((r) => new URL(r.url).pathname);
      return ['/', '/api/join/'].every((p) => urls.some((u) => u === p || (p !== '/' && u.startsWith(p)))) && urls.some((u) => u.includes('/text-en-rest-'));
    },
    undefined,
    { timeout: 20_000 },
  );

const noAnswersOnScreen = async (page: Page) => expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);

describe('answers kept on the device', () => {
  it('after a reload offers the kept answers without showing any, and resumes at the same question once the pupil says they were theirs', async () => {
    const { context, page } = await phone(world);
    await answerFirstTwo(page);
    expect((await stored(page)).local).toEqual([`heard:draft:${ALPHA}`]);
    expect((await stored(page)).session).toEqual([]);
    // Only what the server would receive, plus the step and when it is forgotten: no name.
    const draft = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), `heard:draft:${ALPHA}`))!);
    expect(Object.keys(draft).sort()).toEqual(['answers', 'comments', 'id', 'sid', 'step', 'until']);
    expect(draft.answers).toEqual({ year: 10, belong: 1 });
    // Forgotten 45 minutes after the last answer.
    expect(draft.until - Date.now()).toBeGreaterThan(44 * 60_000);
    expect(draft.until - Date.now()).toBeLessThanOrEqual(45 * 60_000);

    await page.reload();
    await atQuestion(page, 1);
    const offer = page.getByRole('group', { name: 'Someone started this survey on this device a little while ago. Was it you?' });
    await offer.waitFor();
    await noAnswersOnScreen(page);
    await offer.getByRole('button', { name: 'Yes, carry on where I was' }).click();
    await atQuestion(page, 3);
    await page.getByText('We kept the answers you gave before. You can carry on.').waitFor();
    await page.getByRole('button', { name: 'Back' }).click();
    await atQuestion(page, 2);
    expect(await page.getByRole('radio', { name: 'Disagree', exact: true }).isChecked()).toBe(true);
    // The notice is for the moment of coming back only.
    expect(await page.getByText('We kept the answers').count()).toBe(0);
    await context.close();
  });

  it('forgets answers 45 minutes after the last one', async () => {
    const { context, page } = await phone(world);
    await answerFirstTwo(page);
    await page.evaluate((k) => {
      const d = JSON.parse(localStorage.getItem(k)!);
      localStorage.setItem(k, JSON.stringify({ ...d, until: Date.now() - 1 }));
    }, `heard:draft:${ALPHA}`);
    await page.reload();
    await atQuestion(page, 1);
    await noAnswersOnScreen(page);
    expect(await page.getByRole('group', { name: /Was it you\?/ }).count()).toBe(0);
    await context.close();
  });

  it('shows the next pupil on the same tablet none of the answers the last one left, and forgets them when they start afresh', async () => {
    const { context, page } = await phone(world);
    await answerFirstTwo(page);
    // The first pupil walks away without sending; the next one opens the same link.
    const next = await context.newPage();
    await next.goto(`${world.server.url}/j/${ALPHA}`);
    await atQuestion(next, 1);
    const offer = next.getByRole('group', { name: /Was it you\?/ });
    await offer.waitFor();
    await noAnswersOnScreen(next);
    await offer.getByRole('button', { name: 'No, start afresh' }).click();
    expect(await offer.count()).toBe(0);
    expect((await stored(next)).local).toEqual([]);
    await next.getByRole('radio', { name: 'Year 8' }).check();
    await next.getByRole('button', { name: 'Next' }).click();
    await atQuestion(next, 2);
    await noAnswersOnScreen(next);
    await context.close();
  });

  it('lets the kept answers go when the next pupil simply starts answering', async () => {
    const { context, page } = await phone(world);
    await answerFirstTwo(page);
    const next = await context.newPage();
    await next.goto(`${world.server.url}/j/${ALPHA}`);
    await next.getByRole('group', { name: /Was it you\?/ }).waitFor();
    await next.getByRole('radio', { name: 'Year 7' }).check();
    await next.getByRole('button', { name: 'Next' }).click();
    await atQuestion(next, 2);
    expect(await next.getByRole('group', { name: /Was it you\?/ }).count()).toBe(0);
    await noAnswersOnScreen(next);
    const kept = JSON.parse((await next.evaluate((k) => localStorage.getItem(k), `heard:draft:${ALPHA}`))!);
    expect(kept.answers).toEqual({ year: 7 });
    await context.close();
  });
});

describe('sending with no connection', () => {
  it('queues the answers, keeps them through a reload while offline, and sends them once when the connection returns', async () => {
    const before = await alphaResponses(world);
    const { context, page } = await phone(world);
    await answerFirstTwo(page);
    await offlineReady(page);

    await context.setOffline(true);
    await skipTo(page, ALPHA_LAST);
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByText('You are offline. Your answers are saved on this device and will send by themselves when you are back online.').waitFor();
    await shot(page, 'en-offline-saved');
    // The pupil's draft is gone; what waits is the submission itself, exactly as it will be sent.
    expect((await stored(page)).local).toEqual(['heard:outbox']);
    const [queued] = JSON.parse((await page.evaluate(() => localStorage.getItem('heard:outbox')))!);
    expect(Object.keys(queued).sort()).toEqual(['answers', 'comments', 'joinCode', 'language', 'submissionId', 'until']);

    // Still offline, for the service worker too: it brings the page back from its cache, and the
    // page says the answers are waiting.
    const [worker] = context.serviceWorkers();
    expect(await worker!.evaluate(() => fetch('/api/health').then(() => 'online', () => 'offline'))).toBe('offline');
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await appReady(page);
    await page.locator('[role=status] .notice').getByText('Your answers are saved on this device').waitFor();
    await noAnswersOnScreen(page);
    expect(await alphaResponses(world)).toBe(before);

    const sent = page.waitForResponse((r) => r.url().endsWith('/api/responses') && r.status() === 201);
    await context.setOffline(false); // the browser says "online"; the outbox sends at once
    await sent;
    await page.waitForFunction(() => localStorage.getItem('heard:outbox') === null);
    expect(await alphaResponses(world)).toBe(before + 1);
    expect(await world.table.store.hasSubmission(queued.submissionId)).toBe(true);
    await context.close();
  }, 90_000);
});

describe('a shared classroom device', () => {
  async function sendAll(page: Page) {
    await skipTo(page, ALPHA_LAST);
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByRole('heading', { name: 'Thank you. Your answers have been sent.' }).waitFor();
  }

  it('after sending, forgets the answers: nothing stored, Back and reload show no answers', async () => {
    const { context, page } = await phone(world);
    await answerFirstTwo(page);
    await sendAll(page);
    expect(await stored(page)).toEqual({ local: [], session: [] });

    await page.goBack();
    await page.goBack();
    await noAnswersOnScreen(page);
    await page.reload();
    await atQuestion(page, 1);
    await noAnswersOnScreen(page);
    expect(await page.getByText('We kept the answers').count()).toBe(0);
    expect(await stored(page)).toEqual({ local: [], session: [] });
    await context.close();
  }, 60_000);

  it('Start again asks first, then forgets: nothing stored, Back shows no answers', async () => {
    const { context, page } = await phone(world);
    await answerFirstTwo(page);
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('button', { name: 'Start again' }).click();
    await atQuestion(page, 3); // said no: nothing changes

    page.once('dialog', (d) => {
      expect(d.message()).toBe('Start again? This clears the answers on this device.');
      void d.accept();
    });
    await page.getByRole('button', { name: 'Start again' }).click();
    await atQuestion(page, 1);
    await noAnswersOnScreen(page);
    expect(await stored(page)).toEqual({ local: [], session: [] });
    await page.goBack();
    await noAnswersOnScreen(page);
    await page.goBack();
    await noAnswersOnScreen(page);
    await context.close();
  });

  it('coming back to a page the browser kept in memory shows what storage says now, not the old answers', async () => {
    const { context, page } = await phone(world);
    await answerFirstTwo(page);
    // As if the answers were sent or cleared elsewhere, then the pupil came Back to this page from the cache.
    await page.evaluate(() => {
      localStorage.clear();
      dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    });
    await atQuestion(page, 1);
    await noAnswersOnScreen(page);
    await context.close();
  });
});

describe('a survey with nothing answered', () => {
  it('is never sent: Send says to answer at least one question, or leave', async () => {
    const { context, page } = await phone(world);
    const posted: string[] = [];
    page.on('request', (r) => r.method() === 'POST' && posted.push(new URL(r.url()).pathname));
    await page.goto(`${world.server.url}/j/${ALPHA}`);
    await skipTo(page, ALPHA_LAST);
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.getByRole('heading', { name: 'Ready to send?' }).waitFor();
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByRole('alert').getByText('You have not answered anything yet. Answer at least one question, or leave the survey.').waitFor();
    expect(posted).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('a class code', () => {
  it('does not ask the year group the code already gives', async () => {
    const { context, page } = await phone(world);
    // A class code: Year 9 at Alpha High, so the year group comes with the survey.
    await world.table.store.putJoinCode({ code: 'TTT444VVV', waveId: 'open-wave', settingId: 'alpha-high', yearGroup: '9' });
    await page.goto(`${world.server.url}/j/TTT444VVV`);
    await page.getByRole('group', { name: 'I feel I belong at my school.' }).waitFor();
    expect(await page.locator('progress').getAttribute('max')).toBe(String(ALPHA_LAST - 1));
    expect(await page.getByText('What year are you in?').count()).toBe(0);
    await context.close();
  });
});
