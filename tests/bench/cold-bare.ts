/**
 * The yardstick for `npm run bench -- cold`: the least a Lambda function answering from DynamoDB
 * with Hono can be. One route, one GetItem, bundled exactly as Heard's functions are.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

const endpoint = process.env.DYNAMODB_ENDPOINT;
const db = DynamoDBDocumentClient.from(new DynamoDBClient({ region: process.env.AWS_REGION, ...(endpoint ? { endpoint } : {}) }));
const app = new Hono().get('/api/health', async (c) => {
  await db.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: { pk: 'HEALTH', sk: 'HEALTH' } }));
  return c.json({ status: 'ok' });
});

export const handler = handle(app);
