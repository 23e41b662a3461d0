import type { TestProject } from 'vitest/node';
import { createDocumentClient } from '../../functions/shared/dynamo.js';
import { ensureTable } from '../../functions/shared/table.js';
import { startDynamoDbLocal } from '../../scripts/local/dynamodb-local.js';

export const TEST_TABLE = 'croissance-connectee-test';

/** One DynamoDB Local (in memory) for the whole run; every test isolates itself with fresh ids. */
export default async function setup(project: TestProject) {
  const dynamo = await startDynamoDbLocal();
  const db = createDocumentClient({ dynamoEndpoint: dynamo.endpoint, awsRegion: 'eu-west-3' });
  await ensureTable(db, TEST_TABLE);
  db.destroy();
  project.provide('dynamoEndpoint', dynamo.endpoint);
  project.provide('tableName', TEST_TABLE);
  return () => dynamo.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    tableName: string;
  }
}
