import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { DEFAULT_WEB_ASSET_PATH } from './constructs/web-hosting';
import { composeHeard } from './heard';
import { contextSetting, heardSettings } from './settings';

const app = new App();

/** Deployment settings come from CDK context, e.g. `npx cdk deploy --all -c heard:mfa=required`; see settings.ts. */
const setting = (key: string) => contextSetting(app.node, key);

// Checked before anything is built, so the message is not lost under a bundling log and a stack trace.
const webAssetPath = path.resolve(setting('webAssetPath') ?? DEFAULT_WEB_ASSET_PATH);
if (!existsSync(path.join(webAssetPath, 'index.html'))) {
  console.error(
    `\nHeard: no web build at ${webAssetPath}.\n` +
      'Run `npm run build` first (or pass -c heard:webAssetPath=<dir with index.html>).\n',
  );
  process.exit(1);
}

// Settings are checked up front too, for the same reason.
let settings: ReturnType<typeof heardSettings>;
try {
  settings = heardSettings(app.node);
} catch (err) {
  console.error(`\nHeard: ${(err as Error).message}\n`);
  process.exit(1);
}

// Pupils' data stays in London unless a deployment says otherwise. Not CDK_DEFAULT_REGION: the CLI
// always fills that in (us-east-1 when nothing is configured), which would quietly move the data.
// A concrete region, and the account only if the CLI knows it, keeps synth free of lookups.
// (Only the web ACL is in us-east-1, because CloudFront requires it: infra/edge-stack.ts.)
composeHeard(app, {
  account: process.env.CDK_DEFAULT_ACCOUNT,
  region: setting('region') ?? 'eu-west-2',
  webAssetPath,
  settings,
});

// cdk-nag 3 is a policy-validation plugin: any unacknowledged finding fails synth.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
