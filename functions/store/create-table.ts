import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { TABLE_SCHEMA } from './table-schema';

/** Creates the table from the shared schema if it is missing (DynamoDB Local and tests; CDK does it in AWS). */
export async function ensureTable(client: DynamoDBClient, tableName: string = TABLE_SCHEMA.localTableName): Promise<'created' | 'exists'> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return 'exists';
  } catch (err) {
    if (!(err instanceof ResourceNotFoundException)) throw err;
  }
  const { partitionKey, sortKey, timeToLiveAttribute } = TABLE_SCHEMA;
  // A create whose reply timed out is retried by the SDK and then finds the table it made: not an error.
  const create = new CreateTableCommand({
    TableName: tableName,
    BillingMode: TABLE_SCHEMA.billing,
    AttributeDefinitions: [
      { AttributeName: partitionKey.name, AttributeType: partitionKey.type },
      { AttributeName: sortKey.name, AttributeType: sortKey.type },
    ],
    KeySchema: [
      { AttributeName: partitionKey.name, KeyType: 'HASH' },
      { AttributeName: sortKey.name, KeyType: 'RANGE' },
    ],
  });
  await client.send(create).catch((err: unknown) => {
    if (!(err instanceof ResourceInUseException)) throw err;
  });
  await client
    .send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: timeToLiveAttribute, Enabled: true },
      }),
    )
    .catch((err: unknown) => {
      // Likewise a TTL update retried after its reply was lost.
      if (!(err instanceof Error && /already enabled/i.test(err.message))) throw err;
    });
  return 'created';
}
