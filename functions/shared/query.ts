import { GetCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Page } from './pagination.js';
import { query } from './reads.js';
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

/**
 * The one page helper of the stores' lists (keyset pagination): asks for one more item than `limit` (the extra one
 * says whether a next page exists), from `startKey` (the index key of the position the cursor named). With a filter
 * the key cannot express, reads `readAhead` times as many per request and reads on until the page is full, the list
 * exhausted, or `maxEvaluated` entries were read.
 */
export async function queryPage<T>(
  db: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey' | 'Limit'>,
  page: { limit: number; startKey?: Item | undefined; readAhead?: number; maxEvaluated?: number },
  map: (item: Item) => T = (item) => recordOf<T>(item),
): Promise<Page<T>> {
  const { limit, readAhead = 1, maxEvaluated = Infinity } = page;
  const found: T[] = [];
  let startKey = page.startKey;
  let evaluated = 0;
  do {
    const answer = await query(db, {
      ...input,
      ExclusiveStartKey: startKey,
      Limit: Math.min(1000, (limit + 1) * readAhead),
    });
    for (const item of answer.Items ?? []) {
      found.push(map(item));
      if (found.length > limit) break;
    }
    startKey = answer.LastEvaluatedKey;
    evaluated += answer.ScannedCount ?? 0;
  } while (found.length <= limit && startKey && evaluated < maxEvaluated);
  return { records: found.slice(0, limit), hasNextPage: found.length > limit };
}

/** One item by key, without its table and index keys. */
export async function getRecord<T>(
  db: DynamoDBDocumentClient,
  tableName: string,
  key: { PK: string; SK: string },
  consistent: boolean,
): Promise<T | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: key, ConsistentRead: consistent }),
  );
  return Item ? recordOf<T>(Item) : undefined;
}
