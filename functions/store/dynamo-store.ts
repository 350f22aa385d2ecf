import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { catalogStore } from './dynamo/catalog';
import { codeStore } from './dynamo/codes';
import { guessStore } from './dynamo/guesses';
import { respondStore } from './dynamo/respond';
import { responseStore } from './dynamo/responses';
import { table } from './dynamo/table';
import { tallyStore } from './dynamo/tallies';
import { keys } from './keys';
import type { Store } from './types';

/** The Store on DynamoDB: one table, keys from keys.ts, split by what each part looks after. */
export function dynamoStore(db: DynamoDBDocumentClient, tableName: string): Store {
  const t = table(db, tableName);
  return { ping: async () => void (await t.get(keys.health)), ...catalogStore(t), ...codeStore(t), ...responseStore(t), ...tallyStore(t), ...guessStore(t), ...respondStore(t) };
}
