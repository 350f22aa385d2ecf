import { createHash } from 'node:crypto';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiToken, expectNoViolations, PHONE, shot, startAdminWorld, type AdminWorld } from './admin-world';

/**
 * Signing in as a deployment in AWS does: `/config.json` names Cognito's hosted page, which is
 * stubbed here (authorize redirects straight back; the token endpoint returns an ID token the
 * local identity provider issued, so the API accepts it). The page's CSP gets the hosted page's
 * origin in connect-src, as CloudFront's does.
 */
let world: AdminWorld;
beforeAll(async () => {
  world = await startAdminWorld();
});
afterAll(() => world?.close());

const HOSTED = 'https://heard-test.auth.eu-west-2.amazoncognito.com';
const b64url = (buf: Buffer) => buf.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/**
 * The stubbed hosted page sends the browser back as a new navigation, not a 302: Playwright
 * routes only the first URL of a redirect, and the page it lands on needs its CSP adjusted.
 */
const goTo = (to: string) => `<!doctype html><title>Hosted sign-in</title><meta http-equiv="refresh" content="0;url=${to}">`;

type Seen = { authorize?: URL; token?: URLSearchParams; logout?: URL };

async function asInAws(page: Page, idToken: string, state?: (sent: string) => string): Promise<Seen> {
  const url = world.server.url;
  const seen: Seen = {};
  await page.route(
    (u) => u.origin === url,
    async (route: Route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const res = await route.fetch();
      const headers = { ...res.headers() };
      delete headers['content-encoding'];
      delete headers['content-length'];
      headers['content-security-policy'] = headers['content-security-policy']!.replace("connect-src 'self'", `connect-src 'self' ${HOSTED}`);
      await route.fulfill({ status: res.status(), headers, body: await res.body() });
    },
  );
  await page.route(`${url}/config.json`, (route) =>
    route.fulfill({
      json: { auth: { kind: 'cognito', domain: HOSTED, clientId: 'client123', redirectUri: `${url}/signin/callback`, logoutUri: `${url}/signin` } },
    }),
  );
  await page.route(`${HOSTED}/oauth2/authorize?**`, (route) => {
    seen.authorize = new URL(route.request().url());
    const sent = seen.authorize.searchParams.get('state')!;
    return route.fulfill({ contentType: 'text/html', body: goTo(`${url}/signin/callback?code=x&state=${state ? state(sent) : sent}`) });
  });
  await page.route(`${HOSTED}/oauth2/token`, (route) => {
    seen.token = new URLSearchParams(route.request().postData() ?? '');
    return route.fulfill({
      headers: { 'access-control-allow-origin': url },
      json: { id_token: idToken, access_token: 'not-used', refresh_token: 'not-used', token_type: 'Bearer', expires_in: 3600 },
    });
  });
  await page.route(`${HOSTED}/logout?**`, (route) => {
    seen.logout = new URL(route.request().url());
    return route.fulfill({ contentType: 'text/html', body: goTo(`${url}/signin`) });
  });
  return seen;
}

const storage = (page: Page) => page.evaluate(() => ({ token: sessionStorage.getItem('heard.token'), pending: sessionStorage.getItem('heard.signin') }));

describe('signing in with Cognito', () => {
  it('goes to the hosted page with PKCE, swaps the code for the ID token, lands on the reports, and signs out there too', async () => {
    const context = await world.browser.newContext({ viewport: PHONE, locale: 'en-GB' });
    const page = await context.newPage();
    const idToken = await apiToken(world.server.url, 'admin');
    const seen = await asInAws(page, idToken);

    await page.goto(`${world.server.url}/signin`);
    const button = page.getByRole('button', { name: 'Sign in' });
    await button.waitFor();
    expect(await page.getByLabel('Password').count()).toBe(0);
    await expectNoViolations(page, 'hosted sign-in');
    await shot(page, 'admin-signin-cognito');
    await button.click();

    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/reports');
    const q = seen.authorize!.searchParams;
    expect(Object.fromEntries([...q].filter(([k]) => k !== 'code_challenge' && k !== 'state'))).toEqual({
      response_type: 'code',
      client_id: 'client123',
      redirect_uri: `${world.server.url}/signin/callback`,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    });
    expect(seen.authorize!.search).toContain('scope=openid+email+profile');
    // The verifier sent to the token endpoint is the one the challenge was made from.
    const verifier = seen.token!.get('code_verifier')!;
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(q.get('code_challenge')).toBe(b64url(createHash('sha256').update(verifier).digest()));
    expect(Object.fromEntries([...seen.token!].filter(([k]) => k !== 'code_verifier'))).toEqual({
      grant_type: 'authorization_code',
      client_id: 'client123',
      code: 'x',
      redirect_uri: `${world.server.url}/signin/callback`,
    });
    expect(await storage(page)).toEqual({ token: idToken, pending: null });
    // The token works: the council's pages load with it.
    await page.getByRole('link', { name: 'Council admin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Survey rounds' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${world.server.url}/signin`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(Object.fromEntries(seen.logout!.searchParams)).toEqual({ client_id: 'client123', logout_uri: `${world.server.url}/signin` });
    expect(`${seen.logout!.origin}${seen.logout!.pathname}`).toBe(`${HOSTED}/logout`);
    expect((await storage(page)).token).toBeNull();
    await context.close();
  }, 60_000);

  it('refuses a reply whose state is not the one it sent, and a callback nobody started', async () => {
    const context = await world.browser.newContext({ viewport: PHONE, locale: 'en-GB' });
    const page = await context.newPage();
    const seen = await asInAws(page, await apiToken(world.server.url, 'admin'), (sent) => `${sent}x`);
    await page.goto(`${world.server.url}/signin?next=/reports/city`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in again' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('This sign-in did not start on this page, so Heard did not use it.');
    expect(seen.token).toBeUndefined();
    expect(await storage(page)).toEqual({ token: null, pending: null });
    expect(new URL(page.url()).search).toBe(''); // the code is not left in the address
    await expectNoViolations(page, 'callback refused');
    await shot(page, 'admin-signin-refused');

    // Arriving again with a code (a replay, or a link from elsewhere): nothing is pending, so nothing happens.
    await page.goto(`${world.server.url}/signin/callback?code=x&state=anything`);
    await page.getByRole('heading', { level: 1, name: 'Sign in again' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('already been used');
    expect(seen.token).toBeUndefined();
    await context.close();
  }, 60_000);
});
