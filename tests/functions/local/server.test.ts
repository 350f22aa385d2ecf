import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, surveyPreload, type LocalServer } from '../../../functions/local/server';
import { joinPath } from '../../../web/src/paths';
import { normaliseCode } from '../../../shared/join-code';
import type { LanguageCode } from '../../../shared/i18n/languages';
import { ACCEPT_LANGUAGE_CASES } from '../../support/accept-language';
import { freshTable } from '../../support/dynamo';
import { seedCity, TODAY } from '../../support/fixtures';

/**
 * The local server serves the web build as CloudFront does in AWS (infra/constructs/web-hosting.ts):
 * gzipped, with the survey preloaded on a survey link, under a CSP that allows the page's own
 * inline blocks by hash; and the API as the function sends it.
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
    expect(await api.json()).toEqual({ status: 'ok' });
    expect(api.headers.get('content-encoding')).toBeNull();
    const survey = await get('/api/join/AAA222BBB');
    expect(survey.headers.get('content-encoding')).toBe('gzip');
    expect((await survey.json()).survey.id).toBe('belonging-secondary');
  });

  it('asks the browser to preload a survey link\'s survey, at the URL boot.ts fetches', async () => {
    const res = await get('/j/aaa-222-bbb');
    expect(res.headers.get('link')).toBe(`<${joinPath('AAA222BBB', 'en')}>; rel=preload; as=fetch; crossorigin`);
    for (const code of ['AAA222BBB', 'abcd-efgh-jkmn', 'AAA%20222%20BBB', '%E0%A4%A']) {
      let decoded = code;
      try {
        decoded = decodeURIComponent(code);
      } catch {
        // boot.ts normalises the raw segment when it cannot be decoded
      }
      expect(surveyPreload(`/j/${code}`), code).toBe(`<${joinPath(normaliseCode(decoded), 'en')}>; rel=preload; as=fetch; crossorigin`);
      expect(surveyPreload(`/j/${code}/`), code).toBe(surveyPreload(`/j/${code}`));
    }
    for (const path of ['/', '/reports', '/j/AAA222BBB/more', '/j/---', '/assets/later-abc123.js']) expect(surveyPreload(path), path).toBeUndefined();
    expect((await get('/')).headers.get('link')).toBeNull();
  });

  it('preloads the survey in the language the app will open in: the first of the browser\'s languages Heard offers', async () => {
    for (const [header, lang] of ACCEPT_LANGUAGE_CASES) {
      expect(surveyPreload('/j/AAA222BBB', header), String(header)).toBe(`<${joinPath('AAA222BBB', lang as LanguageCode)}>; rel=preload; as=fetch; crossorigin`);
    }
    const res = await fetch(`${server.url}/j/AAA222BBB`, { headers: { 'accept-language': 'ur-PK,ur;q=0.9,en;q=0.8' } });
    expect(res.headers.get('link')).toBe(`<${joinPath('AAA222BBB', 'ur')}>; rel=preload; as=fetch; crossorigin`);
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
