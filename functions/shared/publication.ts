import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchPutItems } from './batch.js';
import { queryAll } from './query.js';

type Item = Record<string, unknown>;

/**
 * Public aggregates are read from published copies only (k-anonymity, docs/security.md): a sparse GSI2 registry
 * lists the running items, another their published copies, each keyed by the group in `GSI2SK`.
 */
export type PublicationRegistries = { raw: string; published: string };

/** Every running item, and the revision and contributor count of each published copy (two Queries, no Scan). */
export async function readRegistries(
  db: DynamoDBDocumentClient,
  tableName: string,
  registries: PublicationRegistries,
  /** The attribute holding a published copy's number of contributors. */
  contributorsAttribute: string,
): Promise<{ raw: Map<string, Item>; published: Map<string, { revision: number; contributors: number }> }> {
  const registry = (pk: string, projection?: string) =>
    queryAll(db, {
      TableName: tableName,
      IndexName: 'GSI2',
      KeyConditionExpression: 'GSI2PK = :pk',
      ExpressionAttributeValues: { ':pk': pk },
      ...(projection ? { ProjectionExpression: projection } : {}),
    });
  const [raw, published] = await Promise.all([
    registry(registries.raw),
    registry(registries.published, `GSI2SK, rev, ${contributorsAttribute}`),
  ]);
  return {
    raw: new Map(raw.map((item) => [String(item.GSI2SK), item])),
    published: new Map(
      published.map((item) => [
        String(item.GSI2SK),
        { revision: Number(item.rev ?? 0), contributors: Number(item[contributorsAttribute] ?? 0) },
      ]),
    ),
  };
}

/** Replaces the published copies of these running items, each under the key `publishedKey` gives it. */
export async function publishCopies(
  db: DynamoDBDocumentClient,
  tableName: string,
  registries: PublicationRegistries,
  raw: Item[],
  publishedKey: (item: Item) => { PK: string; SK: string },
  at: Date,
): Promise<void> {
  await batchPutItems(
    db,
    tableName,
    raw.map((item) => ({
      ...item,
      ...publishedKey(item),
      GSI2PK: registries.published,
      publishedAt: at.toISOString(),
    })),
  );
}
