import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { handle } from 'hono/aws-lambda';
import { createApp } from './app';
import { createTokenVerifier, refuseAllTokens } from './auth/verifier';
import { loadConfig } from './config';
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

export const app = createApp({
  codePepper: await codePepper(),
  store: dynamoStore(db, config.tableName),
  verify: config.auth ? createTokenVerifier(config.auth) : refuseAllTokens,
  retentionDays: config.retentionDays,
  threshold: config.threshold,
  now: () => new Date(),
});

export const handler = handle(app);
