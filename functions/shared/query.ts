import type { DynamoDBDocumentClient, QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Page } from './pagination.js';
import { getItem, query } from './reads.js';
import { recordOf } from './table.js';

type Item = Record<string, unknown>;

/**
 * Every page of a Query, following LastEvaluatedKey. For partitions small by design (a company's follows, a scope's
 * price histograms) or read in full on purpose (an export); lists shown to users page with a signed cursor instead.
 */
export async function* queryPages(
  db: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey'>,
) {
  let startKey: Item | undefined;
  do {
    const page = await query(db, { ...input, ExclusiveStartKey: startKey });
    yield page;
    startKey = page.LastEvaluatedKey;
  } while (startKey);
}

/** Every item a Query matches (see queryPages). */
export async function queryAll(
  db: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey'>,
): Promise<Item[]> {
  const items: Item[] = [];
  for await (const page of queryPages(db, input)) items.push(...(page.Items ?? []));
  return items;
}

/** Every record a Query matches (queryAll, each without its table and index keys). */
export async function queryRecords<T>(
  db: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey'>,
): Promise<T[]> {
  return (await queryAll(db, input)).map((item) => recordOf<T>(item));
}

/**
 * The one page helper of the stores' lists (keyset pagination): asks for one more item than `limit` (the extra one
 * says whether a next page exists), from `startKey` (the index key of the position the cursor named). With a filter
 * the key cannot express, reads `readAhead` times as many per request and reads on until the page is full, the list
 * exhausted, or `maxEvaluated` entries or `maxReads` requests were read; stopped that way before the page filled,
 * `stoppedAt` is the key where the reading stopped (a list may resume there). `skip` leaves out the one item a
 * position given as an inclusive key condition (`BETWEEN`) names, and reads one more per request for it.
 */
export async function queryPage<T>(
  db: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey' | 'Limit'>,
  page: {
    limit: number;
    startKey?: Item | undefined;
    readAhead?: number;
    maxEvaluated?: number;
    maxReads?: number;
    skip?: (item: Item) => boolean;
  },
  map: (item: Item) => T = (item) => recordOf<T>(item),
): Promise<Page<T> & { stoppedAt?: Item }> {
  const { limit, readAhead = 1, maxEvaluated = Infinity, maxReads = Infinity, skip } = page;
  const found: T[] = [];
  let startKey = page.startKey;
  let evaluated = 0;
  let reads = 0;
  do {
    reads += 1;
    const answer = await query(db, {
      ...input,
      ExclusiveStartKey: startKey,
      Limit: Math.min(1000, (limit + 1) * readAhead + (skip ? 1 : 0)),
    });
    for (const item of answer.Items ?? []) {
      if (skip?.(item)) continue;
      found.push(map(item));
      if (found.length > limit) break;
    }
    startKey = answer.LastEvaluatedKey;
    evaluated += answer.ScannedCount ?? 0;
  } while (found.length <= limit && startKey && evaluated < maxEvaluated && reads < maxReads);
  return {
    records: found.slice(0, limit),
    hasNextPage: found.length > limit,
    ...(found.length <= limit && startKey ? { stoppedAt: startKey } : {}),
  };
}

/** One item by key, without its table and index keys. */
export async function getRecord<T>(
  db: DynamoDBDocumentClient,
  tableName: string,
  key: { PK: string; SK: string },
  consistent: boolean,
): Promise<T | undefined> {
  const item = await getItem(db, tableName, key, consistent);
  return item ? recordOf<T>(item) : undefined;
}

/**
 * One page over several partitions read from the same position (each a `queryPage` of `limit`), merged in the
 * list's order: a moderator's regions. A next page exists when more than `limit` were found or a partition has more.
 */
export function mergedPage<T>(pages: Page<T>[], limit: number, order: (a: T, b: T) => number): Page<T> {
  const records = pages.flatMap((p) => p.records).sort(order);
  return {
    records: records.slice(0, limit),
    hasNextPage: records.length > limit || pages.some((p) => p.hasNextPage),
  };
}
