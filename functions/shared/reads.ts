import {
  BatchGetItemCommand,
  QueryCommand as LowLevelQueryCommand,
  type AttributeValue,
  type BatchGetItemCommandOutput,
  type QueryCommandOutput as LowLevelQueryOutput,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient, QueryCommandInput, QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { unmarshallItem } from './unmarshall.js';

/**
 * The reads of the request path that return many items (a list's Query, a GraphQL level's BatchGetItem), sent as the
 * low-level commands through the same client (same middleware: tally, retries, signing, timeouts), the values and
 * items converted by util-dynamodb directly.
 *
 * The document client converts the same way, but through a generic walk of the input and of the whole answer
 * (lib-dynamodb's `processObj`: `Object.entries`, `reduce` and a copy per level), which cost about 0.4 ms of CPU
 * and a tenth of the allocations for a BatchGetItem of 50 connecteur profiles (docs/performance.md). The options are
 * the document client's (createDocumentClient: `removeUndefinedValues`; numbers as JavaScript numbers).
 */
type Item = Record<string, unknown>;
type LowLevelItem = Record<string, AttributeValue>;
type Send = (command: unknown) => Promise<unknown>;

const MARSHALL_OPTIONS = { removeUndefinedValues: true } as const;

const sendOf = (db: DynamoDBDocumentClient): Send => db.send.bind(db) as unknown as Send;
const toItem = (item: LowLevelItem): Item => unmarshallItem(item);

/** A Query with the document client's input and output shapes. */
export async function query(
  db: DynamoDBDocumentClient,
  input: QueryCommandInput,
): Promise<QueryCommandOutput> {
  const { ExpressionAttributeValues, ExclusiveStartKey, ...rest } = input;
  const answer = (await sendOf(db)(
    new LowLevelQueryCommand({
      ...rest,
      ...(ExpressionAttributeValues
        ? { ExpressionAttributeValues: marshall(ExpressionAttributeValues, MARSHALL_OPTIONS) }
        : {}),
      ...(ExclusiveStartKey ? { ExclusiveStartKey: marshall(ExclusiveStartKey, MARSHALL_OPTIONS) } : {}),
    }),
  )) as LowLevelQueryOutput;
  const { Items, LastEvaluatedKey, ...output } = answer;
  return {
    ...output,
    ...(Items ? { Items: Items.map(toItem) } : {}),
    ...(LastEvaluatedKey ? { LastEvaluatedKey: toItem(LastEvaluatedKey) } : {}),
  };
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
  const answer = (await sendOf(db)(
    new BatchGetItemCommand({
      RequestItems: {
        [tableName]: {
          Keys: keys.map((k) => ({ PK: { S: k.PK }, SK: { S: k.SK } })),
          ...(projection
            ? {
                ProjectionExpression: projection.expression,
                // DynamoDB refuses an empty map.
                ...(Object.keys(projection.names).length
                  ? { ExpressionAttributeNames: projection.names }
                  : {}),
              }
            : {}),
        },
      },
    }),
  )) as BatchGetItemCommandOutput;
  return {
    items: (answer.Responses?.[tableName] ?? []).map(toItem),
    unprocessed: (answer.UnprocessedKeys?.[tableName]?.Keys ?? []).map((k) => ({
      PK: k.PK?.S ?? '',
      SK: k.SK?.S ?? '',
    })),
  };
}
