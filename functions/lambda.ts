import { existsSync, readFileSync } from 'node:fs';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { handle } from 'hono/aws-lambda';
import { cognitoAccounts } from './accounts/cognito-accounts';
import type { Accounts } from './accounts/types';
import { Problem } from './http/problem';
import { createApp } from './app';
import { createTokenVerifier, refuseAllTokens } from './auth/verifier';
import { loadConfig } from './config';
import { checkTemplate } from './pupil-page/page';
import { createDocumentClient } from './store/client';
import { dynamoStore } from './store/dynamo-store';

// Built once per Lambda instance and reused across invocations.
const config = loadConfig(process.env);
const db = createDocumentClient({ region: config.region, ...(config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint } : {}) });

// Fetched once per Lambda instance, before the first request is served.
async function codePepper(): Promise<string> {
  const source = config.codePepper;
  if (!source) return '';
  if ('value' in source) return source.value;
  const secret = await new SecretsManagerClient({ region: config.region }).send(new GetSecretValueCommand({ SecretId: source.secretArn }));
  return secret.SecretString ?? '';
}

// The web build's page, bundled next to this file (infra/constructs/api.ts). Without it survey
// links get a 404, but the API itself still works.
function pupilPageTemplate(): string | undefined {
  const file = new URL('./index.html', import.meta.url);
  if (!existsSync(file)) {
    console.error(`pupil page: no ${file.pathname} next to the handler, so /j/:code is not served`);
    return undefined;
  }
  try {
    return checkTemplate(readFileSync(file, 'utf8'));
  } catch (err) {
    console.error('pupil page: the bundled index.html is not the web build\'s page, so /j/:code is not served', err);
    return undefined;
  }
}
const template = pupilPageTemplate();

const noAccounts: Accounts = {
  list: async () => [],
  save: async () => {
    throw new Problem(503, 'accounts.not_configured', 'Accounts are not set up', 'This deployment has no user pool; add accounts in your identity provider.');
  },
  disable: async () => false,
  enable: async () => false,
};

export const app = createApp({
  accounts: config.userPoolId ? cognitoAccounts(new CognitoIdentityProviderClient({ region: config.region }), config.userPoolId) : noAccounts,
  codePepper: await codePepper(),
  store: dynamoStore(db, config.tableName),
  verify: config.auth ? createTokenVerifier(config.auth) : refuseAllTokens,
  retentionDays: config.retentionDays,
  threshold: config.threshold,
  now: () => new Date(),
  ...(config.edgeProof ? { edgeProof: config.edgeProof } : {}),
  pupilPage: template === undefined ? undefined : () => template,
});

export const handler = handle(app);
