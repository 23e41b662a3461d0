import {
  GetCommand,
  QueryCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
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
    const page = await db.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey }));
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
