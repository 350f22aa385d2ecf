import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import type { SettingReport } from '../../shared/report/schema';
import { recordResponses, settingReport, signIn } from './support/report-data';
import { ARTIFACTS, startWorld, type World } from './support/world';

/** A4 at 96 CSS pixels to the inch, for a screenshot the size of a printed page. */
const A4 = { width: 794, height: 1123 };

let world: World | undefined;
let server: LocalServer | undefined;
let browser: Browser | undefined;
let report: SettingReport;

beforeAll(async () => {
  world = await startWorld();
  ({ server, browser } = world);
  await recordResponses(server.url, world.table.store);
  report = (await settingReport(server.url, 'wave=open-wave')).body;
}, 120_000);

afterAll(() => world?.close());

/** The text of every page, with runs joined and white space collapsed, so a sentence that wraps still matches. */
async function pdfText(buf: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(buf) }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? ' ' : '');
    text += ' ';
  }
  await doc.destroy();
  return { pages: doc.numPages, text: text.replace(/\s+/g, ' ') };
}

describe('the printable report', () => {
  it('is reached from the dashboard and prints on a few A4 pages with the headline, themes and cautions', async () => {
    const context = await browser!.newContext({ viewport: A4 });
    const page = await context.newPage();
    await signIn(page, server!.url, 'staff-alpha-high', 'Alpha High School');
    await page.getByRole('link', { name: 'Print / save as PDF' }).click();
    await page.waitForURL('**/reports/settings/alpha-high/print?wave=open-wave');
    await page.getByRole('heading', { level: 1, name: 'Alpha High School' }).waitFor();
    await page.getByRole('heading', { name: 'By year group' }).waitFor();
    // No site navigation on the printed page.
    expect(await page.getByRole('navigation').count()).toBe(0);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print / save as PDF' }).isVisible()).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'print-page-1.png') });

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(ARTIFACTS, 'report.pdf'), pdf);
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(6);
    expect(text).toContain('Alpha High School');
    expect(text).toContain(report.wave.title);
    expect(text).toContain('Belonging');
    expect(text).toContain(report.cautions[0]!);
    expect(text).toContain('Fewer than 10 responses');
    expect(text).toContain('How to read this report');
    expect(text).toMatch(/Printed \d{1,2} \w+ \d{4}/);
    await context.close();
  }, 60_000);
});
