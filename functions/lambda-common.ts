import type { Hono } from 'hono';
import { handle, type LambdaContext, type LambdaEvent } from 'hono/aws-lambda';
import { loadConfig } from './config';
import { createLog, type Log } from './log/logger';
import { requestLog } from './log/request-log';
import { createDocumentClient } from './store/client';
import { dynamoStore } from './store/dynamo-store';

/**
 * What both Lambda functions build once per instance, before their first request: the
 * configuration (parsed from the environment, failing loudly), the structured log and the table.
 */
export function lambdaInstance(service: string) {
  const config = loadConfig(process.env);
  const log = createLog(service, config.logLevel);
  const db = createDocumentClient({ region: config.region, ...(config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint } : {}) });
  return { config, log, store: dynamoStore(db, config.tableName), requestLog: requestLog(log) };
}

/** The Lambda handler for an app: each invocation's context (request id, cold start) goes on its log lines. */
export function lambdaHandler(app: Hono, log: Log) {
  const serve = handle(app);
  return (event: LambdaEvent, context: LambdaContext) => {
    log.addContext(context);
    return serve(event, context);
  };
}
