import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { TODAY } from '../support/fixtures';
import { apiToken, PHONE } from './support/report-data';
import { ARTIFACTS, type World as AdminWorld } from './support/world';

/**
 * The council's console in a real Chromium on a phone-sized screen, against the real API on
 * DynamoDB Local: the browser tests' world (support/world.ts) under the names the admin tests use.
 */
export { startWorld as startAdminWorld, type World as AdminWorld } from './support/world';
export { apiToken, ARTIFACTS, PHONE, TODAY };

/** A fresh phone, signed in through the local form. */
export async function signedIn(world: AdminWorld, username = 'admin', heading = 'Reports'): Promise<Page> {
  const context = await world.browser.newContext({ viewport: PHONE, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${world.server.url}/signin`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill('demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  return page;
}

/** Goes to an admin page by its menu and waits for its heading. */
export async function openAdminPage(page: Page, link: string, heading: string) {
  await page.getByRole('navigation', { name: 'Council admin' }).getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoViolations(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Nothing wider than the phone's screen, except inside a table that scrolls on its own. */
export const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

export const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });

/** The API directly, as the admin: for refusals the page would never offer. */
export async function adminApi(world: AdminWorld, method: string, path: string, body?: unknown) {
  const token = await apiToken(world.server.url, 'admin');
  const res = await fetch(`${world.server.url}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { detail?: string } };
}
