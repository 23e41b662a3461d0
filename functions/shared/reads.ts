import type {
  AttributeValue,
  BatchGetItemOutput,
  GetItemOutput,
  QueryOutput as LowLevelQueryOutput,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient, QueryCommandInput, QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { readTransportOf } from './dynamo.js';
import { unmarshallItem } from './unmarshall.js';

/**
 * The reads of the request path (a list's Query, a GraphQL level's BatchGetItem, one item by key), sent as the
 * low-level commands by the client's read transport (read-transport.ts: DynamoDB's JSON protocol without the SDK's
 * middleware, the same tally, retries, signing and timeouts), the values and items converted directly.
 *
 * The document client converts the same way, but through a generic walk of the input and of the whole answer
 * (lib-dynamodb's `processObj`: `Object.entries`, `reduce` and a copy per level), which cost about 0.4 ms of CPU
 * and a tenth of the allocations for a BatchGetItem of 50 connecteur profiles (docs/performance.md). The options are
 * the document client's (createDocumentClient: `removeUndefinedValues`; numbers as JavaScript numbers).
 */
type Item = Record<string, unknown>;
type LowLevelItem = Record<string, AttributeValue>;

const MARSHALL_OPTIONS = { removeUndefinedValues: true } as const;

const toItem = (item: LowLevelItem): Item => unmarshallItem(item);

/** A Query with the document client's input and output shapes. */
export async function query(
  db: DynamoDBDocumentClient,
  input: QueryCommandInput,
): Promise<Omit<QueryCommandOutput, '$metadata'>> {
  const { ExpressionAttributeValues, ExclusiveStartKey, ...rest } = input;
  const answer = (await readTransportOf(db)('Query', {
    ...rest,
    ...(ExpressionAttributeValues
      ? { ExpressionAttributeValues: wireValues(ExpressionAttributeValues) }
      : {}),
    ...(ExclusiveStartKey ? { ExclusiveStartKey: wireValues(ExclusiveStartKey) } : {}),
  })) as LowLevelQueryOutput;
  const { Items, LastEvaluatedKey, ...output } = answer;
  return {
    ...output,
    ...(Items ? { Items: Items.map(toItem) } : {}),
    ...(LastEvaluatedKey ? { LastEvaluatedKey: toItem(LastEvaluatedKey) } : {}),
  };
}

/** One item by its string keys (GetItem), or undefined. */
export async function getItem(
  db: DynamoDBDocumentClient,
  tableName: string,
  key: { PK: string; SK: string },
  consistent: boolean,
): Promise<Item | undefined> {
  const { Item } = (await readTransportOf(db)('GetItem', {
    TableName: tableName,
    Key: { PK: { S: key.PK }, SK: { S: key.SK } },
    ConsistentRead: consistent,
  })) as GetItemOutput;
  return Item ? toItem(Item) : undefined;
}

/**
 * The attributes a read returns (the keys PK and SK must be among them): DynamoDB bills the whole item all the same,
 * but sends and the client converts only these.
 */
export type Projection = { expression: string; names: Record<string, string> };

/** One BatchGetItem of string keys on one table: the items found, and the keys DynamoDB left unprocessed. */
export async function batchGet(
  db: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly { PK: string; SK: string }[],
  projection?: Projection,
): Promise<{ items: Item[]; unprocessed: { PK: string; SK: string }[] }> {
  const answer = (await readTransportOf(db)('BatchGetItem', {
    RequestItems: {
      [tableName]: {
        Keys: keys.map((k) => ({ PK: { S: k.PK }, SK: { S: k.SK } })),
        ...(projection
          ? {
              ProjectionExpression: projection.expression,
              // DynamoDB refuses an empty map.
              ...(Object.keys(projection.names).length ? { ExpressionAttributeNames: projection.names } : {}),
            }
          : {}),
      },
    },
  })) as BatchGetItemOutput;
  return {
    items: (answer.Responses?.[tableName] ?? []).map(toItem),
    unprocessed: (answer.UnprocessedKeys?.[tableName]?.Keys ?? []).map((k) => ({
      PK: k.PK?.S ?? '',
      SK: k.SK?.S ?? '',
    })),
  };
}

/** Values as DynamoDB's JSON carries them: util-dynamodb's attribute values, with binaries in base64. */
const wireValues = (values: Item) => wireMap(marshall(values, MARSHALL_OPTIONS));

function wireMap(map: Record<string, AttributeValue>): Record<string, AttributeValue> {
  for (const name in map) map[name] = wireValue(map[name]!);
  return map;
}

function wireValue(value: AttributeValue): AttributeValue {
  const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64') as unknown as Uint8Array;
  if (value.B) return { B: base64(value.B) };
  if (value.BS) return { BS: value.BS.map(base64) };
  if (value.M) return { M: wireMap(value.M) };
  if (value.L) return { L: value.L.map(wireValue) };
  return value;
}
