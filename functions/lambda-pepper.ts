import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { createMiddleware } from 'hono/factory';
import { normaliseCode, ONCE_CODE_LENGTH } from '../shared/join-code';
import type { Config } from './config';
import { Problem } from './http/problem';
import { describeError, type Log } from './log/logger';
import { STORAGE_DEADLINES } from './store/client';
import type { Store } from './store/types';

/** The code pepper of a Lambda instance: read once, cached, and waited for only where it is needed. */
export interface CodePepper {
  /** Resolves with the pepper once it is here; after a failed read, the next call reads again. */
  ready(): Promise<string>;
  /** Whether it has arrived. */
  arrived(): boolean;
  /** The pepper, or until it has arrived an empty stand-in (which `guardOnceCodes` never lets reach the table). */
  value(): string;
}

const notYet = () =>
  new Problem(503, 'secret.unavailable', 'Busy for a moment', 'Nothing was saved. Please try again in a few seconds.', undefined, { 'retry-after': '2' });

/**
 * Starts reading the pepper at once, without waiting: it is needed only to hash single-use
 * codes, so a survey link's page never waits for Secrets Manager unless its code is one. The
 * value given in the environment (local runs) or none at all (no single-use codes) is there at once.
 */
export function readCodePepper(config: Config, log: Log): CodePepper {
  const source = config.codePepper ?? { value: '' };
  if ('value' in source) return { ready: async () => source.value, arrived: () => true, value: () => source.value };
  const client = new SecretsManagerClient({
    region: config.region,
    ...(config.secretsEndpoint ? { endpoint: config.secretsEndpoint } : {}),
    // As for the table: a stuck read fails fast and is tried again by the next request that needs it.
    maxAttempts: STORAGE_DEADLINES.maxAttempts,
    requestHandler: { connectionTimeout: STORAGE_DEADLINES.connectionTimeout, requestTimeout: STORAGE_DEADLINES.requestTimeout, throwOnRequestTimeout: true },
  });
  let value: string | undefined;
  let reading: Promise<string> | undefined;
  const read = () =>
    (reading ??= client.send(new GetSecretValueCommand({ SecretId: source.secretArn })).then(
      (secret) => {
        if (!secret.SecretString) throw new Error('the code pepper secret has no string value');
        value = secret.SecretString;
        return value;
      },
      (err: unknown) => {
        reading = undefined;
        log.error('code pepper not read', { error: describeError(err) });
        throw err;
      },
    ));
  // Begun now, so it has long arrived by the time anyone sends answers; a failure is logged and retried.
  read().catch(() => {});
  return { ready: read, arrived: () => value !== undefined, value: () => value ?? '' };
}

/**
 * The store, except that a single-use code is never looked up before the pepper has arrived: its
 * hash would be made with the stand-in and find nothing, and a pupil would be told their code
 * does not exist. They are told to try again in a moment instead (503). The hash is made and
 * looked up in one step (functions/domain/join.ts), so "arrived now" means "hashed with it".
 */
export const guardOnceCodes = (store: Store, pepper: CodePepper): Store => ({
  ...store,
  findOnceCode: (hash) => (pepper.arrived() ? store.findOnceCode(hash) : Promise.reject(notYet())),
});

/** `/api/join/CODE` or `/j/CODE` with a single-use (12-character) code in it. */
function opensSingleUseCode(path: string): boolean {
  const code = /^\/(?:api\/join|j)\/([^/]+)\/?$/.exec(path)?.[1];
  if (!code) return false;
  try {
    return normaliseCode(decodeURIComponent(code)).length === ONCE_CODE_LENGTH;
  } catch {
    return false;
  }
}

/**
 * Before opening a single-use code (a survey link or the app's own look-up), waits for the pepper
 * if it is not here yet; nothing else waits. Answers sent with a single-use code do not wait
 * either: they come minutes after the page, by when the pepper has long arrived, and in the
 * moment after a start when it has not, `guardOnceCodes` answers 503 and the phone sends again.
 * If the read fails, the request goes on, and `guardOnceCodes` refuses it the same way.
 */
export const waitForPepper = (pepper: CodePepper) =>
  createMiddleware(async (c, next) => {
    if (!pepper.arrived() && opensSingleUseCode(c.req.path)) await pepper.ready().catch(() => undefined);
    await next();
  });
