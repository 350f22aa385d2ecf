import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../../functions/local/server';
import { ACCEPT_LANGUAGE_CASES } from '../../support/accept-language';
import { freshTable } from '../../support/dynamo';
import { seedCity, TODAY } from '../../support/fixtures';

/**
 * The local server serves the web build as CloudFront does in AWS (infra/constructs/web-hosting.ts):
 * gzipped, under a CSP that allows the page's own inline blocks by hash; and the API and the
 * survey links' pages as the function sends them.
 */
const webRoot = mkdtempSync(join(tmpdir(), 'heard-local-web-'));
const page = (script: string, style: string) =>
  `<!doctype html><html><head><title>Heard</title><script>${script}</script><style>${style}</style></head><body><div id="root"></div><noscript>${'Heard needs JavaScript. '.repeat(50)}</noscript></body></html>`;
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

let server: LocalServer;
let drop: () => Promise<void>;
beforeAll(async () => {
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), page('console.log("one")', 'body{margin:0}'));
  writeFileSync(join(webRoot, 'assets', 'later-abc123.js'), `export const words = ${JSON.stringify('a pupil '.repeat(400))};\n`);
  const table = await freshTable();
  drop = table.drop;
  await seedCity(table.store);
  server = await startLocalServer({ store: table.store, port: 0, webRoot, now: () => TODAY });
});
afterAll(async () => {
  await server?.close();
  await drop?.();
  rmSync(webRoot, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${server.url}${path}`, { headers: { 'accept-encoding': 'gzip' } });

describe('the local server', () => {
  it('sends the web app gzipped, as CloudFront does, and the API as the function sends it (large JSON gzipped, small not)', async () => {
    for (const path of ['/j/AAA222BBB', '/', '/assets/later-abc123.js']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-encoding'), path).toBe('gzip');
      expect(res.headers.get('vary'), path).toMatch(/accept-encoding/i);
    }
    expect(await (await get('/assets/later-abc123.js')).text()).toContain('a pupil a pupil');
    const api = await get('/api/health');
    expect(await api.json()).toEqual({ status: 'ok', database: { status: 'ok', ms: expect.any(Number) } });
    expect(api.headers.get('content-encoding')).toBeNull();
    const survey = await get('/api/join/AAA222BBB');
    expect(survey.headers.get('content-encoding')).toBe('gzip');
    expect((await survey.json()).survey.id).toBe('belonging-secondary');
  });

  it('draws a survey link\'s first screen on the server, in the language the app will open in', async () => {
    for (const [header, lang] of ACCEPT_LANGUAGE_CASES) {
      const res = await fetch(`${server.url}/j/aaa-222-bbb`, { headers: header === undefined ? {} : { 'accept-language': header } });
      const html = await res.text();
      expect(html, String(header)).toMatch(new RegExp(`^<!doctype html><html lang="${lang}" dir="(ltr|rtl)"`));
      expect(html, String(header)).toContain(`"code":"AAA222BBB","lang":"${lang}"`);
      expect(html, String(header)).toContain('<legend><h2 elementtiming="question">');
    }
    // Any other page, and a code that opens nothing, get the page as built.
    expect(await (await get('/')).text()).toBe(page('console.log("one")', 'body{margin:0}'));
    const unknown = await get('/j/ZZZ999ZZZ');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe(page('console.log("one")', 'body{margin:0}'));
  });

  it('allows exactly the page\'s inline script and style in its CSP, and follows a rebuild', async () => {
    const directive = async (name: string) =>
      (await get('/j/AAA222BBB')).headers.get('content-security-policy')!.split('; ').find((d) => d.startsWith(`${name} `));
    expect(await directive('script-src')).toBe(`script-src 'self' ${hash('console.log("one")')}`);
    expect(await directive('style-src')).toBe(`style-src 'self' ${hash('body{margin:0}')}`);
    writeFileSync(join(webRoot, 'index.html'), page('console.log("two")', 'body{margin:1px}'));
    utimesSync(join(webRoot, 'index.html'), new Date(), new Date(Date.now() + 5000));
    expect(await directive('script-src')).toBe(`script-src 'self' ${hash('console.log("two")')}`);
    expect(await (await get('/j/AAA222BBB')).text()).toContain('console.log("two")');
    expect((await get('/assets/later-abc123.js')).headers.get('content-security-policy')).toContain(hash('console.log("two")'));
  });
});
