import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeQr } from '../../web/src/staff/admin/qr';
import { signedIn } from './admin-world';
import { ARTIFACTS, PHONE, startWorld, type World } from './support/pupil';
import { readQr, readQrFromPdf } from './you-said-qr-reader';
import { SAID, seedYouSaid, WE } from './you-said-world';

/**
 * "You said, we did" for a classroom wall: one A4 sheet with each item's key text and a QR code
 * that opens the page, printed to PDF and read back; and the join-code poster says where it is.
 */
let world: World;
beforeAll(async () => {
  world = await startWorld();
  await seedYouSaid(world);
}, 120_000);
afterAll(() => world?.close());

const A4 = { width: 794, height: 1123 };

async function pdfOf(page: Page, name: string) {
  const buf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync(join(ARTIFACTS, `${name}.pdf`), buf);
  const doc = await getDocument({ data: new Uint8Array(buf) }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    for (const item of (await (await doc.getPage(i)).getTextContent()).items) if ('str' in item) text += `${item.str}${item.hasEOL ? ' ' : ''}`;
    text += ' ';
  }
  const pages = doc.numPages;
  const size = (await doc.getPage(1)).view;
  await doc.destroy();
  return { buf, pages, size, text: text.replace(/\s+/g, ' ') };
}

describe('the QR code reader these tests use', () => {
  it('reads back what the encoder writes, at the sizes a page address needs', () => {
    for (const text of ['http://127.0.0.1:41234/you-said/alpha-high', 'https://heard.example.gov.uk/you-said', 'x'.repeat(150)]) {
      expect(readQr(encodeQr(text, { ecc: 'M' }).modules)).toBe(text);
    }
  });
});

describe('the A4 board', () => {
  for (const [path, where, said] of [
    ['/you-said/alpha-high/board', 'Alpha High School', [SAID.library, SAID.belong, SAID.buses]],
    ['/you-said/board', 'Across the city', [SAID.belong, SAID.buses]],
  ] as const) {
    it(`prints on one A4 page with the key text and a QR code that opens the page (${path})`, async () => {
      const context = await world.browser.newContext({ viewport: A4, locale: 'en-GB' });
      const page = await context.newPage();
      await page.goto(`${world.server.url}${path}`);
      const board = page.getByTestId('wall-board');
      await board.getByRole('heading', { level: 1, name: 'You said, we did' }).waitFor();
      const url = `${world.server.url}${path.replace(/\/board$/, '')}`;
      expect(await board.getByRole('img', { name: `QR code: opens ${url}` }).getAttribute('data-qr-text')).toBe(url);

      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
      await page.screenshot({ path: join(ARTIFACTS, `you-said-board${path.includes('alpha') ? '-alpha' : '-city'}.png`) });
      const pdf = await pdfOf(page, `you-said-board${path.includes('alpha') ? '-alpha' : '-city'}`);
      expect(pdf.pages).toBe(1);
      // A4 portrait, in points.
      expect([Math.round(pdf.size[2]!), Math.round(pdf.size[3]!)]).toEqual([595, 842]);
      for (const words of ['You said, we did', where, ...said, WE.quiet.slice(0, 30), 'Doing it', "We can't do this", 'Scan the code to read more.']) {
        if (path === '/you-said/board' && words === WE.quiet.slice(0, 30)) continue;
        expect(pdf.text).toContain(words);
      }
      expect(await readQrFromPdf(new Uint8Array(pdf.buf))).toBe(url);
      await context.close();
    }, 60_000);
  }

  it('is linked from the page, and reads on a phone before printing', async () => {
    const context = await world.browser.newContext({ viewport: PHONE, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${world.server.url}/you-said/alpha-high`);
    await page.getByRole('link', { name: 'Print this for a classroom wall' }).click();
    await page.waitForURL('**/you-said/alpha-high/board');
    await page.getByTestId('wall-board').getByText(SAID.library).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, 'you-said-board-phone.png'), fullPage: true });
    await context.close();
  });
});

describe('the join-code poster', () => {
  it("tells pupils where to read what was done: the setting's public page", async () => {
    const page = await signedIn(world);
    await page.goto(`${world.server.url}/admin/codes?wave=open-wave`);
    await page.getByRole('link', { name: 'Print a poster for Alpha High School' }).click();
    const poster = page.getByTestId('poster');
    await poster.getByRole('heading', { level: 1, name: 'Alpha High School' }).waitFor();
    expect(await poster.innerText()).toContain(`${world.server.url}/you-said/alpha-high`);
    await page.context().close();
  });
});
