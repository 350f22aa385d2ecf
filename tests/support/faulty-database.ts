import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { tableAccounts } from '../../functions/accounts/table-accounts';
import { createApp } from '../../functions/app';
import { refuseAllTokens } from '../../functions/auth/verifier';
import { createDocumentClient } from '../../functions/store/client';
import { ensureTable } from '../../functions/store/create-table';
import { dynamoStore } from '../../functions/store/dynamo-store';
import { seedCity, TODAY } from './fixtures';

/** The real app on a DynamoDB Local of the test's own (one it can kill), over a fresh table holding the fixture city. */
export async function appOn(endpoint: string) {
  const db = createDocumentClient({ region: 'eu-west-2', endpoint });
  const tableName = `heard-kill-${crypto.randomUUID().slice(0, 8)}`;
  await ensureTable(db as never, tableName);
  const store = dynamoStore(db, tableName);
  await seedCity(store);
  const app = createApp({ store, verify: refuseAllTokens, retentionDays: 400, threshold: 10, now: () => TODAY, codePepper: 'kill-pepper-0123456789abcdef012345', accounts: tableAccounts(store) });
  return { db, tableName, store, app };
}

/** Every item, page by page. */
export async function scanAll(db: DynamoDBDocumentClient, tableName: string) {
  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey, ConsistentRead: true }));
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}

/** Submission markers stored, by submissionId. */
export const markersIn = (items: Record<string, unknown>[]) =>
  new Set(items.filter((i) => String(i.pk).startsWith('SUBMISSION#')).map((i) => String(i.pk).slice('SUBMISSION#'.length)));
