import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { contentSecurityPolicy, inlineHashes } from '../../shared/content-security-policy';
import { createApp } from '../app';
import type { AppDeps } from '../app-deps';
import { createTokenVerifier } from '../auth/verifier';
import { onError, onNotFound } from '../http/errors';
import { checkTemplate } from '../pupil-page/page';
import type { Store } from '../store/types';
import { tableAccounts } from '../accounts/table-accounts';
import { createLocalIdentity, type LocalIdentity } from './identity';

export type LocalServerOptions = {
  store: Store;
  /** 0 picks a free port. The server listens on 127.0.0.1 only. */
  port: number;
  /** The built web app (web/dist); omit to serve the API alone. */
  webRoot?: string;
  retentionDays?: number;
  threshold?: number;
  now?: () => Date;
  /** Secret for single-use code hashes; a fresh random one when not given (tests). */
  codePepper?: string;
};

export type LocalServer = { url: string; identity: LocalIdentity; close: () => Promise<void> };

/**
 * The local entry: the same app as the Lambda, plus the local identity provider and the web build,
 * all on one port.
 */
export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const root = new Hono();
  let identity: LocalIdentity | undefined;
  // Listening comes first (the sign-in needs the port), so requests can arrive before the routes
  // are all added: they get "starting" until then, and never touch (and freeze) a half-built app.
  let ready = false;
  const starting = () => new Response('Heard is starting. Try again in a moment.', { status: 503, headers: { 'retry-after': '1' } });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: (req, env) => (ready ? root.fetch(req, env) : starting()), port: options.port, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://127.0.0.1:${port}`;

  identity = await createLocalIdentity({
    baseUrl: url,
    // Local accounts live in the table (the demo ones are seeded); disabled ones cannot sign in.
    accounts: async () =>
      (await options.store.listAccounts()).filter((a) => a.enabled).map((a) => ({ username: a.username, role: a.role, settings: a.settings })),
  });
  const deps: AppDeps = {
    store: options.store,
    verify: createTokenVerifier(identity),
    retentionDays: options.retentionDays ?? 400,
    threshold: options.threshold ?? 10,
    now: options.now ?? (() => new Date()),
    codePepper: options.codePepper ?? randomBytes(32).toString('hex'),
    accounts: tableAccounts(options.store),
  };
  root.route('/api/local-auth', identity.routes);
  // How the web app signs people in: in AWS this file names Cognito's hosted UI; here, the local form.
  root.get('/config.json', (c) => c.json({ auth: { kind: 'local' } }));
  const indexFile = options.webRoot && join(options.webRoot, 'index.html');
  if (indexFile && existsSync(indexFile)) {
    // Read when it changes, so a rebuild while the server runs is picked up rather than pointing at
    // deleted assets; the CSP allows exactly the inline blocks of the index.html being served.
    let page = { mtime: -1, html: '', csp: '' };
    const index = () => {
      const mtime = statSync(indexFile).mtimeMs;
      if (mtime !== page.mtime) {
        const html = checkTemplate(readFileSync(indexFile, 'utf8'));
        page = { mtime, html, csp: contentSecurityPolicy({ upgradeInsecureRequests: false, inline: inlineHashes(html) }) };
      }
      return page;
    };
    deps.pupilPage = () => index().html;
    const gzip = compress({ encoding: 'gzip' });
    root.use('*', async (c, next) => {
      if (c.req.path.startsWith('/api/')) return next();
      // CloudFront compresses the web app's files; the API's JSON and survey links' pages the function compresses itself.
      await gzip(c, next);
      c.header('content-security-policy', index().csp);
      c.header('referrer-policy', 'no-referrer');
      c.header('x-content-type-options', 'nosniff');
    });
    root.route('/', createApp(deps));
    root.use('*', serveStatic({ root: options.webRoot }));
    // The web app routes on the client: any other page path gets index.html.
    root.get('*', (c, next) => (c.req.path.startsWith('/api/') ? next() : c.html(index().html)));
  } else {
    root.route('/', createApp(deps));
  }
  root.onError(onError);
  root.notFound(onNotFound);
  ready = true;

  return {
    url,
    identity,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}

