import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';

let webRoot: string | undefined;

/** One production build of the web app, into a temporary folder, for the browser tests. */
export async function setup(project: TestProject) {
  const root = join(import.meta.dirname, '..', '..');
  webRoot = mkdtempSync(join(tmpdir(), 'heard-web-'));
  await build({ configFile: join(root, 'web', 'vite.config.ts'), logLevel: 'error', build: { outDir: webRoot, emptyOutDir: true } });
  project.provide('webRoot', webRoot);
}

export async function teardown() {
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
}
