import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { HeardAppStack } from './app-stack';
import { DEFAULT_WEB_ASSET_PATH } from './constructs/web-hosting';
import { HeardDataStack } from './data-stack';

const app = new App();

/** Deployment settings come from CDK context, e.g. `npx cdk deploy --all -c heard:authIssuer=https://…`. */
function setting(key: string): string | undefined {
  const value: unknown = app.node.tryGetContext(`heard:${key}`);
  return value === undefined || value === null || value === '' ? undefined : String(value);
}
const retentionDays = setting('retentionDays');

// Checked before anything is built, so the message is not lost under a bundling log and a stack trace.
const webAssetPath = path.resolve(setting('webAssetPath') ?? DEFAULT_WEB_ASSET_PATH);
if (!existsSync(path.join(webAssetPath, 'index.html'))) {
  console.error(
    `\nHeard: no web build at ${webAssetPath}.\n` +
      'Run `npm run build` first (or pass -c heard:webAssetPath=<dir with index.html>).\n',
  );
  process.exit(1);
}

// Pupils' data stays in London unless a deployment says otherwise. Not CDK_DEFAULT_REGION: the CLI
// always fills that in (us-east-1 when nothing is configured), which would quietly move the data.
// A concrete region, and the account only if the CLI knows it, keeps synth free of lookups.
const env = {
  account: process.env.CDK_DEFAULT_ACCOUNT,
  region: setting('region') ?? 'eu-west-2',
};

const data = new HeardDataStack(app, 'Heard-Data', {
  env,
  description: 'Heard: survey data (stateful; retained and deletion-protected)',
});

new HeardAppStack(app, 'Heard-App', {
  env,
  description: 'Heard: API and web hosting (stateless)',
  table: data.table,
  webAssetPath,
  retentionDays: retentionDays === undefined ? undefined : Number(retentionDays),
  authIssuer: setting('authIssuer'),
  authAudience: setting('authAudience'),
  authJwksUri: setting('authJwksUri'),
  connectSources: setting('connectSources')?.split(/[\s,]+/).filter(Boolean),
  domainName: setting('domainName'),
  certificateArn: setting('certificateArn'),
});

// cdk-nag 3 is a policy-validation plugin: any unacknowledged finding fails synth.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
