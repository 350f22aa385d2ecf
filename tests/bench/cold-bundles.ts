import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { build } from 'vite';
import { ApiFunction } from '../../infra/constructs/api-function';
import { DEFAULT_WEB_ASSET_PATH } from '../../infra/constructs/web-hosting';
import { buildHeard } from '../infra/build-app';

/** A function's bundle as the CDK built it: its folder in the cloud assembly, and its environment in the template. */
export type Bundle = { name: string; dir: string; file: string; environment: Record<string, unknown> };

function bundleOf(app: App, stack: Stack, fn: ApiFunction, name: string): Bundle {
  const template = Template.fromStack(stack).toJSON().Resources as Record<string, { Properties: Record<string, any> }>;
  const id = stack.resolve((fn.function.node.defaultChild as unknown as { logicalId: string }).logicalId) as string;
  const props = template[id]!.Properties;
  const dir = join(app.outdir, `asset.${String(props.Code.S3Key).replace(/\.zip$/, '')}`);
  return { name, dir, file: join(dir, 'index.mjs'), environment: props.Environment?.Variables ?? {} };
}

/** The web build the pupils' function ships (its index.html): the one in web/dist, or a fresh one. */
async function webBuild(): Promise<string> {
  if (existsSync(join(DEFAULT_WEB_ASSET_PATH, 'index.html'))) return DEFAULT_WEB_ASSET_PATH;
  const outDir = mkdtempSync(join(tmpdir(), 'heard-cold-web-'));
  await build({ configFile: join(import.meta.dirname, '../../web/vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  return outDir;
}

/**
 * Synthesises Heard as `cdk synth` does, bundling both functions with the CDK's own esbuild
 * options (infra/constructs/api-function.ts), and the bare yardstick (cold-bare.ts) through the
 * same construct, so all three are built alike. The bundles land in the assemblies' temporary
 * folders, outside the repo, so nothing can be found in its node_modules when they load.
 */
export async function buildBundles(): Promise<{ pupil: Bundle; staff: Bundle; bare: Bundle }> {
  const heard = buildHeard(await webBuild(), {}, { bundle: true });
  heard.app.synth();
  const bareApp = new App();
  const bareStack = new Stack(bareApp, 'Bare', { env: { region: 'eu-west-2' } });
  const bare = new ApiFunction(bareStack, 'Bare', { entry: 'tests/bench/cold-bare.ts', description: 'bare Hono and DynamoDB', environment: { TABLE_NAME: 'the bench table' }, sourceMaps: false });
  bareApp.synth();
  const bundles = {
    pupil: bundleOf(heard.app, heard.appStack, heard.appStack.api.pupil, 'pupil'),
    staff: bundleOf(heard.app, heard.appStack, heard.appStack.api.staff, 'staff'),
    bare: bundleOf(bareApp, bareStack, bare, 'bare Hono + DynamoDB'),
  };
  for (const b of Object.values(bundles)) if (!existsSync(b.file)) throw new Error(`no bundle at ${b.file}`);
  readFileSync(join(bundles.pupil.dir, 'index.html')); // the page survey links are drawn in
  return bundles;
}
