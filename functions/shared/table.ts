import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
  UpdateTableCommand,
  type CreateTableCommandInput,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * The single table: generic key names; each GSI serves the access patterns listed in docs/data-model.md.
 * The CDK stack declares the same keys and indexes (test/infra checks they agree).
 */
export const GLOBAL_SECONDARY_INDEXES = ['GSI1', 'GSI2', 'GSI3'] as const;
export type IndexName = (typeof GLOBAL_SECONDARY_INDEXES)[number];

export type Key = { PK: string; SK: string };

export function tableDefinition(tableName: string): CreateTableCommandInput {
  const attributes = ['PK', 'SK', ...GLOBAL_SECONDARY_INDEXES.flatMap((i) => [`${i}PK`, `${i}SK`])];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: attributes.map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: 'PK', KeyType: 'HASH' },
      { AttributeName: 'SK', KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: GLOBAL_SECONDARY_INDEXES.map((IndexName) => ({
      IndexName,
      KeySchema: [
        { AttributeName: `${IndexName}PK`, KeyType: 'HASH' },
        { AttributeName: `${IndexName}SK`, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
    // The outbox's consumer reads inserted items from the stream (shared/outbox.ts), as on AWS.
    StreamSpecification: TABLE_STREAM,
  };
}

/** The table's stream: new images, for the outbox consumer (infra/outbox.ts declares the same on AWS). */
export const TABLE_STREAM = { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } as const;

/**
 * Creates the table when it does not exist, with its stream; a table created before the stream existed gets one
 * (local development and tests; CDK owns it on AWS).
 */
export async function ensureTable(
  client: DynamoDBDocumentClient,
  tableName: string,
): Promise<'created' | 'existed'> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (!Table?.StreamSpecification?.StreamEnabled) {
      await client.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification: TABLE_STREAM }));
    }
    return 'existed';
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  await client.send(new CreateTableCommand(tableDefinition(tableName)));
  return 'created';
}

const KEY_ATTRIBUTES = [
  'PK',
  'SK',
  ...GLOBAL_SECONDARY_INDEXES.flatMap((index) => [`${index}PK`, `${index}SK`]),
];

/** The stored record inside an item: the item minus its table and index keys (and any `extra` index-only attributes). */
export function recordOf<T>(item: Record<string, unknown>, extra: readonly string[] = []): T {
  const record = { ...item };
  for (const key of [...KEY_ATTRIBUTES, ...extra]) delete record[key];
  return record as T;
}
