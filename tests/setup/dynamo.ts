import type { TestProject } from 'vitest/node';
import { startDynamoLocal, type DynamoLocal } from '../../functions/local/dynamo-local';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    webRoot: string;
  }
}

let dynamo: DynamoLocal | undefined;

/** One in-memory DynamoDB Local on a free 127.0.0.1 port for the whole project run; each test file makes its own table. */
export async function setup(project: TestProject) {
  dynamo = await startDynamoLocal({ port: 0 });
  project.provide('dynamoEndpoint', dynamo.endpoint);
}

export async function teardown() {
  await dynamo?.stop();
}
