import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { currentRequestTally } from './dynamo.js';
import { batchGet, type Projection } from './reads.js';
import { retryWithBackoff } from './retry.js';
import { recordOf, type Key } from './table.js';

const BATCH_GET_LIMIT = 100;
const MAX_ATTEMPTS = 8;

type Item = Record<string, unknown>;
type Waiter = { keys: string[]; resolve: (items: Item[]) => void; reject: (error: unknown) => void };
type PendingBatch = { keys: Map<string, Key>; waiters: Waiter[]; projection?: Projection };

const keyString = (k: { PK?: unknown; SK?: unknown }) => `${String(k.PK)}\u0000${String(k.SK)}`;

/** Reads not yet sent, per request (its tally) or per client outside a request, and per table. */
const pendingBatches = new WeakMap<object, Map<string, PendingBatch>>();

/**
 * Reads many items by key: chunks of 100, unprocessed keys retried with backoff. Order of the result is not the keys'.
 *
 * The reads asked in the same turn of the event loop by one request are sent together: the DataLoaders of a GraphQL
 * level (a page's companies, programmes, standings) each call this in the same tick, and share one BatchGetItem
 * instead of sending one each.
 */
export function batchGetItems<T>(
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: Key[],
  /** Only these attributes (PK and SK among them); merged only with reads of the same projection. */
  projection?: Projection,
): Promise<T[]> {
  if (keys.length === 0) return Promise.resolve([]);
  const scope: object = currentRequestTally() ?? client;
  let tables = pendingBatches.get(scope);
  if (!tables) pendingBatches.set(scope, (tables = new Map()));
  // Reads of the same projection only (its expression and what its placeholders name).
  const batchKey = projection
    ? [tableName, projection.expression, ...Object.entries(projection.names).flat()].join('\u0000')
    : tableName;
  let batch = tables.get(batchKey);
  if (!batch) {
    const created: PendingBatch = { keys: new Map(), waiters: [], ...(projection ? { projection } : {}) };
    tables.set(batchKey, created);
    batch = created;
    // After the current tick: DataLoaders dispatch their batches in process.nextTick, all before this runs.
    setImmediate(() => {
      tables.delete(batchKey);
      void send(client, tableName, created);
    });
  }
  for (const key of keys) batch.keys.set(keyString(key), key);
  const pending = batch;
  return new Promise<T[]>((resolve, reject) =>
    pending.waiters.push({ keys: keys.map(keyString), resolve: resolve as (items: Item[]) => void, reject }),
  );
}

async function send(client: DynamoDBDocumentClient, tableName: string, batch: PendingBatch): Promise<void> {
  try {
    const unique = [...batch.keys.values()];
    const chunks: Key[][] = [];
    for (let i = 0; i < unique.length; i += BATCH_GET_LIMIT)
      chunks.push(unique.slice(i, i + BATCH_GET_LIMIT));
    const found = new Map<string, Item>();
    for (const items of await Promise.all(
      chunks.map((chunk) => getChunk<Item>(client, tableName, chunk, batch.projection)),
    ))
      for (const item of items) found.set(keyString(item), item);
    for (const waiter of batch.waiters)
      waiter.resolve([...new Set(waiter.keys)].flatMap((k) => (found.has(k) ? [found.get(k)!] : [])));
  } catch (error) {
    for (const waiter of batch.waiters) waiter.reject(error);
  }
}

/** Some keys or items of a batch were left unprocessed (throttling): sent again with the shared retry policy. */
class Unprocessed extends Error {}

const untilProcessed = (what: string, step: () => Promise<number>): Promise<void> =>
  retryWithBackoff(
    async () => {
      const left = await step();
      if (left > 0) throw new Unprocessed(`${what}: ${left} still unprocessed`);
    },
    { attempts: MAX_ATTEMPTS, retryOn: (error) => error instanceof Unprocessed, exhausted: (last) => last },
  );

async function getChunk<T>(
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: Key[],
  projection?: Projection,
): Promise<T[]> {
  const items: T[] = [];
  let pending: Key[] = keys;
  await untilProcessed('BatchGetItem keys', async () => {
    const answer = await batchGet(client, tableName, pending, projection);
    items.push(...(answer.items as T[]));
    pending = answer.unprocessed;
    return pending.length;
  });
  return items;
}

const BATCH_WRITE_LIMIT = 25;

/** Records by key (batchGetItems, each without its table and index keys). */
export async function batchGetRecords<T>(
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: Key[],
): Promise<T[]> {
  return (await batchGetItems<Item>(client, tableName, keys)).map((item) => recordOf<T>(item));
}

/** Puts many items without conditions (bulk loads: demo and benchmark data), unprocessed items retried. */
export async function batchPutItems(
  client: DynamoDBDocumentClient,
  tableName: string,
  items: Record<string, unknown>[],
): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH_WRITE_LIMIT) {
    let pending = items.slice(i, i + BATCH_WRITE_LIMIT).map((Item) => ({ PutRequest: { Item } }));
    await untilProcessed('BatchWriteItem items', async () => {
      const answer = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      pending = (answer.UnprocessedItems?.[tableName] ?? []) as typeof pending;
      return pending.length;
    });
  }
}

/** Deletes many items by key without conditions (an account's own notifications on deletion), unprocessed retried. */
export async function batchDeleteItems(
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: Record<string, unknown>[],
): Promise<void> {
  for (let i = 0; i < keys.length; i += BATCH_WRITE_LIMIT) {
    let pending = keys.slice(i, i + BATCH_WRITE_LIMIT).map((Key) => ({ DeleteRequest: { Key } }));
    await untilProcessed('BatchWriteItem items', async () => {
      const answer = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      pending = (answer.UnprocessedItems?.[tableName] ?? []) as typeof pending;
      return pending.length;
    });
  }
}
