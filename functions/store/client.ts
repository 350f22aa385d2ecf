import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export type DynamoOptions = { region: string; endpoint?: string };

/**
 * How long a storage call may take before it is abandoned and tried again, and how many times:
 * a pupil's send must come back well inside the function's 10 s (and the phone's patience),
 * so a stuck call fails fast into a 503 the app retries, rather than hanging.
 */
export const STORAGE_DEADLINES = { connectionTimeout: 1_000, requestTimeout: 1_500, maxAttempts: 3 } as const;

/** One document client per process. Against DynamoDB Local the credentials are placeholders it ignores. */
export function createDocumentClient({ region, endpoint }: DynamoOptions): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region,
    maxAttempts: STORAGE_DEADLINES.maxAttempts,
    requestHandler: { connectionTimeout: STORAGE_DEADLINES.connectionTimeout, requestTimeout: STORAGE_DEADLINES.requestTimeout, throwOnRequestTimeout: true },
    ...(endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}
