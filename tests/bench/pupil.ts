/**
 * The pupil's first question on a phone: bytes downloaded until it is on screen, and time until
 * it is on screen on a throttled phone profile. `benchPupil()` returns the lines to print.
 *
 * "First question visible": the Element Timing `renderTime` of the first question's legend
 * (`elementtiming="question"`), i.e. the first frame painted with its text, measured from the
 * navigation start of `/j/CODE`. The introduction shares that first screen, so no tap is needed
 * and none is counted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { startDynamoLocal } from '../../functions/local/dynamo-local';
import { startLocalServer } from '../../functions/local/server';
import { createDocumentClient } from '../../functions/store/client';
import { ensureTable } from '../../functions/store/create-table';
import { dynamoStore } from '../../functions/store/dynamo-store';
import { codes, seedCity, TODAY } from '../support/fixtures';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PHONE = { width: 390, height: 844 };
/** Alpha High: the secondary survey (the longer one) and a named safeguarding lead. */
const CODE = codes['open-wave']!['alpha-high']!;
const RUNS = 5;
const BYTES_LIMIT = 15_000;
const TIME_LIMIT_MS = 500;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const gz = (body: Buffer) => gzipSync(body, { level: 9 }).length;

declare global {
  interface Window {
    firstQuestion?: number;
  }
}

/** Records when the first question's legend is first painted, before any of the page's own scripts run. */
async function watchFirstQuestion(page: Page) {
  await page.addInitScript(() => {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number; loadTime: number })[]) {
        if (entry.identifier === 'question' && window.firstQuestion === undefined) window.firstQuestion = entry.renderTime || entry.loadTime;
      }
    }).observe({ type: 'element', buffered: true });
  });
}

const firstQuestion = async (page: Page) => {
  await page.waitForFunction(() => window.firstQuestion !== undefined, undefined, { timeout: 30_000 });
  return page.evaluate(() => ({ at: window.firstQuestion!, origin: performance.timeOrigin }));
};

type Kind = 'HTML' | 'JS' | 'CSS' | 'strings' | 'survey' | 'other';
const kindOf = (path: string, type: string): Kind =>
  type === 'document'
    ? 'HTML'
    : path.startsWith('/api/join/')
      ? 'survey'
      : path.startsWith('/assets/text-')
        ? 'strings'
        : path.endsWith('.js')
          ? 'JS'
          : path.endsWith('.css')
            ? 'CSS'
            : 'other';

/** Every response body requested before the first question was painted, gzipped one by one. */
async function measureBytes(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
  const page = await context.newPage();
  await watchFirstQuestion(page);
  const seen: Promise<{ path: string; kind: Kind; started: number; raw: number; gzip: number }>[] = [];
  page.on('response', (res) => {
    const req = res.request();
    const path = new URL(res.url()).pathname;
    const started = req.timing().startTime;
    const kind = kindOf(path, req.resourceType());
    seen.push(
      res.body().then(
        (body) => ({ path, kind, started, raw: body.length, gzip: gz(body) }),
        () => ({ path, kind, started, raw: 0, gzip: 0 }),
      ),
    );
  });
  await page.goto(`${url}/j/${CODE}`);
  const { at, origin } = await firstQuestion(page);
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(seen);
  await context.close();
  const counted = all.filter((r) => r.started <= origin + at);
  const sum = (kind?: Kind) => counted.filter((r) => !kind || r.kind === kind).reduce((n, r) => n + r.gzip, 0);
  return { counted, later: all.filter((r) => r.started > origin + at), sum };
}

/**
 * What the deployed site could do, for comparison only (not the measure above): a front that
 * gzips the static files as CloudFront does (the API stays uncompressed: it is not cached), and
 * on `/j/:code` adds a `Link` header so the browser asks for the survey alongside the page
 * instead of after boot.js. A stand-in for a CloudFront Function; the local server does neither.
 */
async function cloudFrontLike(upstream: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const path = req.url ?? '/';
    const up = await fetch(upstream + path);
    const body = Buffer.from(await up.arrayBuffer());
    const headers: Record<string, string> = {};
    up.headers.forEach((value, name) => {
      if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name)) headers[name] = value;
    });
    const code = /^\/j\/([^/?]+)/.exec(path)?.[1];
    if (code) headers.link = `</api/join/${code}?lang=en>; rel=preload; as=fetch; crossorigin`;
    const compress = !path.startsWith('/api/') && /text|javascript|json/.test(up.headers.get('content-type') ?? '');
    if (compress) headers['content-encoding'] = 'gzip';
    res.writeHead(up.status, headers).end(compress ? gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** One cold load (new context, empty cache) on the throttled phone profile. */
async function timeOnce(browser: Browser, url: string): Promise<number> {
  const context: BrowserContext = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
  const page = await context.newPage();
  await watchFirstQuestion(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
  await page.goto(`${url}/j/${CODE}`);
  const { at } = await firstQuestion(page);
  await context.close();
  return at;
}

export async function benchPupil(): Promise<string[]> {
  const root = join(import.meta.dirname, '..', '..');
  const webRoot = mkdtempSync(join(tmpdir(), 'heard-bench-web-'));
  const dynamo = await startDynamoLocal({ port: 0 });
  try {
    await build({ configFile: join(root, 'web', 'vite.config.ts'), logLevel: 'error', build: { outDir: webRoot, emptyOutDir: true } });
    const db = createDocumentClient({ region: 'eu-west-2', endpoint: dynamo.endpoint });
    await ensureTable(db as never, 'heard-bench-pupil');
    const store = dynamoStore(db, 'heard-bench-pupil');
    await seedCity(store);
    const server = await startLocalServer({ store, port: 0, webRoot, now: () => TODAY });
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    try {
      const bytes = await measureBytes(browser, server.url);
      // One load first, not counted, so DynamoDB Local and the server are warm as they would be in use.
      await timeOnce(browser, server.url);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push(await timeOnce(browser, server.url));
      const front = await cloudFrontLike(server.url);
      const frontTimes: number[] = [];
      try {
        await timeOnce(browser, front.url);
        for (let i = 0; i < RUNS; i++) frontTimes.push(await timeOnce(browser, front.url));
      } finally {
        await front.close();
      }

      const total = bytes.sum();
      const raw = bytes.counted.reduce((n, r) => n + r.raw, 0);
      const ms = median(times);
      return [
        `pupil: first question visible = the first paint of the first question's legend (Element Timing renderTime), from navigation start of /j/${CODE};`,
        '       the introduction is on the same screen as question 1, so no tap is involved.',
        `pupil: bytes until the first question is visible (each response body gzipped alone, level 9; the local server sends them uncompressed): ` +
          `${total.toLocaleString('en-GB')} (limit ${BYTES_LIMIT.toLocaleString('en-GB')}) ${total <= BYTES_LIMIT ? 'OK' : 'OVER'}`,
        `       HTML ${bytes.sum('HTML')} + JS ${bytes.sum('JS')} + CSS ${bytes.sum('CSS')} + English strings ${bytes.sum('strings')} + survey ${bytes.sum('survey')}` +
          (bytes.sum('other') ? ` + other ${bytes.sum('other')}` : '') +
          ` = ${total}; ${raw.toLocaleString('en-GB')} bytes uncompressed`,
        `       files: ${bytes.counted.map((r) => `${r.path.replace(/-[\w-]{8}(\.\w+)$/, '$1')} ${r.gzip}`).join(', ')}`,
        `       loaded after it (not counted): ${bytes.later.map((r) => r.path.replace(/-[\w-]{8}(\.\w+)$/, '$1')).join(', ') || 'nothing'}`,
        `pupil: time to first question, Chromium ${PHONE.width}x${PHONE.height}, 4x CPU slowdown, 150 ms round trip, 1.6 Mbps down / 750 kbps up, cold cache: ` +
          `median of ${RUNS} ${Math.round(ms)} ms (limit ${TIME_LIMIT_MS}) ${ms <= TIME_LIMIT_MS ? 'OK' : 'OVER'}; runs ${times.map((t) => Math.round(t)).join(', ')} ms`,
        `       for comparison, the same behind a CloudFront-like front (static files gzipped, a Link preload header for the survey on /j/:code): ` +
          `median ${Math.round(median(frontTimes))} ms; runs ${frontTimes.map((t) => Math.round(t)).join(', ')} ms`,
      ];
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await dynamo.stop();
    rmSync(webRoot, { recursive: true, force: true });
  }
}
