/**
 * Errors that mean the database could not answer in time (throttled, overloaded, unreachable,
 * a transaction still in conflict after the store's retries), as opposed to a fault in Heard:
 * the request may work in a moment, so it is a 503 with Retry-After, never a 500.
 */
const BUSY = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TransactionConflictException',
  'TransactionInProgressException',
  'LimitExceededException',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
]);
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_SOCKET']);

type SdkLike = { name?: string; code?: string; $fault?: string; $retryable?: unknown; cause?: unknown; CancellationReasons?: { Code?: string }[] };

export function isStorageUnavailable(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as SdkLike;
  if (e.name && BUSY.has(e.name)) return true;
  if (e.code && NETWORK.has(e.code)) return true;
  if (e.name === 'TransactionCanceledException') return (e.CancellationReasons ?? []).some((r) => r.Code === 'TransactionConflict' || r.Code === 'ThrottlingError');
  if ('$metadata' in e && (e.$fault === 'server' || e.$retryable)) return true;
  return e.cause !== undefined && e.cause !== err && isStorageUnavailable(e.cause);
}
