import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import { startDynamoLocal, type DynamoLocal } from '../../functions/local/dynamo-local';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    webRoot: string;
  }
}

let dynamo: DynamoLocal | undefined;
let webRoot: string | undefined;

/** One in-memory DynamoDB Local on a free 127.0.0.1 port, and one web build, for the whole run. */
export async function setup(project: TestProject) {
  const root = join(import.meta.dirname, '..', '..');
  webRoot = mkdtempSync(join(tmpdir(), 'heard-web-'));
  const [started, built] = await Promise.allSettled([
    startDynamoLocal({ port: 0 }),
    build({ configFile: join(root, 'web', 'vite.config.ts'), logLevel: 'error', build: { outDir: webRoot, emptyOutDir: true } }),
  ]);
  if (started.status === 'fulfilled') dynamo = started.value;
  const failed = [started, built].find((r) => r.status === 'rejected');
  if (failed) {
    await teardown(); // never leave a JVM behind
    throw failed.reason;
  }
  dynamo = (started as PromiseFulfilledResult<DynamoLocal>).value;
  project.provide('dynamoEndpoint', dynamo.endpoint);
  project.provide('webRoot', webRoot);
}

export async function teardown() {
  await dynamo?.stop();
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
}
