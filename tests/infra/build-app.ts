import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { composeHeard } from '../../infra/heard';
import { heardSettings, type HeardSettings } from '../../infra/settings';

/** The inline blocks of the stand-in index.html, whose hashes the CSP must allow. */
export const FAKE_INLINE = { script: '(function(){"use strict";console.log("heard")\n})()', style: 'body{margin:0}' };

/** A stand-in web build, so infra tests never depend on `web/dist` having been built. */
export function fakeWebBuild(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'heard-infra-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><title>Heard</title><script>${FAKE_INLINE.script}</script><style data-href="/assets/index-abc123.css">${FAKE_INLINE.style}</style>` +
      '<script type="module" src="/assets/later-abc123.js"></script>',
  );
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("heard");');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export type AppStackOptions = HeardSettings;

// The feature flags from cdk.json, so tests synthesise what `cdk synth` does.
const CDK_CONTEXT = (JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context?: Record<string, unknown>;
}).context;

/**
 * The same composition as infra/app.ts (infra/heard.ts), minus the cdk-nag plugin (the nag test adds it itself):
 * settings come from `context` (`heard:*` keys, read as app.ts reads them), then `options`.
 * `bundle: false` skips esbuild, for tests that only look at settings; `account` synthesises as
 * `cdk deploy` does, with a concrete account (ARNs then carry it as written).
 */
export function buildHeard(
  webAssetPath: string,
  options: AppStackOptions = {},
  {
    bundle = true,
    context = {},
    account,
  }: { bundle?: boolean; context?: Record<string, string>; account?: string } = {},
) {
  const app = new App({ context: { ...CDK_CONTEXT, ...context, ...(bundle ? {} : { 'aws:cdk:bundling-stacks': [] }) } });
  // `cdk synth` alone leaves the account unknown; `cdk deploy` hands the app a concrete one.
  const settings = { ...heardSettings(app.node), ...options };
  return { app, ...composeHeard(app, { account, region: 'eu-west-2', webAssetPath, settings }) };
}
