import { BatchGetCommand, BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Key } from './table.js';

const BATCH_GET_LIMIT = 100;
const MAX_ATTEMPTS = 8;

/** Reads many items by key: chunks of 100, unprocessed keys retried with backoff. Order of the result is not the keys'. */
export async function batchGetItems<T>(
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: Key[],
): Promise<T[]> {
  const unique = [...new Map(keys.map((k) => [`${k.PK}\u0000${k.SK}`, k])).values()];
  const chunks: Key[][] = [];
  for (let i = 0; i < unique.length; i += BATCH_GET_LIMIT) chunks.push(unique.slice(i, i + BATCH_GET_LIMIT));
  const results = await Promise.all(chunks.map((chunk) => getChunk<T>(client, tableName, chunk)));
  return results.flat();
}

async function getChunk<T>(client: DynamoDBDocumentClient, tableName: string, keys: Key[]): Promise<T[]> {
  const items: T[] = [];
  let pending: Key[] = keys;
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt >= MAX_ATTEMPTS) throw new Error(`BatchGetItem: ${pending.length} keys still unprocessed`);
    if (attempt > 0) await new Promise((r) => setTimeout(r, 2 ** attempt * 10));
    const answer = await client.send(
      new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending } } }),
    );
    items.push(...((answer.Responses?.[tableName] ?? []) as T[]));
    pending = (answer.UnprocessedKeys?.[tableName]?.Keys ?? []) as Key[];
  }
  return items;
}

const BATCH_WRITE_LIMIT = 25;

/** Puts many items without conditions (bulk loads: demo and benchmark data), unprocessed items retried. */
export async function batchPutItems(
  client: DynamoDBDocumentClient,
  tableName: string,
  items: Record<string, unknown>[],
): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH_WRITE_LIMIT) {
    let pending = items.slice(i, i + BATCH_WRITE_LIMIT).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= MAX_ATTEMPTS)
        throw new Error(`BatchWriteItem: ${pending.length} items still unprocessed`);
      if (attempt > 0) await new Promise((r) => setTimeout(r, 2 ** attempt * 10));
      const answer = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      pending = (answer.UnprocessedItems?.[tableName] ?? []) as typeof pending;
    }
  }
}
