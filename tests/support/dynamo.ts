import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { createDocumentClient } from '../../functions/store/client';
import { ensureTable } from '../../functions/store/create-table';
import { dynamoStore } from '../../functions/store/dynamo-store';

/** A fresh, uniquely named table on the run's DynamoDB Local, built from the shared table schema. */
export async function freshTable() {
  const endpoint = inject('dynamoEndpoint');
  const tableName = `heard-test-${crypto.randomUUID().slice(0, 8)}`;
  const db = createDocumentClient({ region: 'eu-west-2', endpoint });
  await ensureTable(db as unknown as DynamoDBClient, tableName);
  const store = dynamoStore(db, tableName);
  return {
    endpoint,
    tableName,
    db,
    store,
    drop: async () => {
      await db.send(new DeleteTableCommand({ TableName: tableName }));
    },
  };
}
