import type { TestProject } from 'vitest/node';
import { createDocumentClient } from '../../functions/shared/dynamo.js';
import { ensureTable } from '../../functions/shared/table.js';
import { startDynamoDbLocal } from '../../scripts/local/dynamodb-local.js';

export const TEST_TABLE = 'croissance-connectee-test';

/**
 * DynamoDB Local (in memory) for the run: one per test worker of the API's project, so that two files at once do
 * not queue on one database's locks (test/support/dynamo-endpoint.ts picks the worker's); one for the browser's
 * platform. Every test isolates itself with fresh ids.
 */
export default async function setup(project: TestProject) {
  const count = project.name === 'server' ? SERVER_WORKERS : 1;
  const instances = await Promise.all(Array.from({ length: count }, () => startDynamoDbLocal()));
  for (const dynamo of instances) {
    const db = createDocumentClient({ dynamoEndpoint: dynamo.endpoint, awsRegion: 'eu-west-3' });
    await ensureTable(db, TEST_TABLE);
    db.destroy();
  }
  project.provide(
    'dynamoEndpoints',
    instances.map((d) => d.endpoint),
  );
  project.provide('dynamoEndpoint', instances[0]!.endpoint);
  project.provide('tableName', TEST_TABLE);
  return () => Promise.all(instances.map((d) => d.stop()));
}

/** The API's test files run two at a time (vitest.config.ts `maxWorkers`), each worker on its own database. */
export const SERVER_WORKERS = 2;

declare module 'vitest' {
  export interface ProvidedContext {
    /** The DynamoDB Local of each worker (index = VITEST_POOL_ID − 1). */
    dynamoEndpoints: string[];
    /** The first one: the browser's platform. */
    dynamoEndpoint: string;
    tableName: string;
  }
}
