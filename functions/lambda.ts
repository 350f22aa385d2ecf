import { handle } from 'hono/aws-lambda';
import { createApp } from './app';
import { createTokenVerifier, refuseAllTokens } from './auth/verifier';
import { loadConfig } from './config';
import { createDocumentClient } from './store/client';
import { dynamoStore } from './store/dynamo-store';

// Built once per Lambda instance and reused across invocations.
const config = loadConfig(process.env);
const db = createDocumentClient({ region: config.region, ...(config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint } : {}) });

export const app = createApp({
  store: dynamoStore(db, config.tableName),
  verify: config.auth ? createTokenVerifier(config.auth) : refuseAllTokens,
  retentionDays: config.retentionDays,
  threshold: config.threshold,
  now: () => new Date(),
});

export const handler = handle(app);
