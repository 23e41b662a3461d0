import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { logger } from '../shared/logger.js';
import { OUTBOX_PREFIX, outboxKey, type OutboxItem } from '../shared/outbox.js';

/** What a handler of one kind of outbox item is given: the table, and the instant of the delivery. */
export type OutboxContext = { db: DynamoDBDocumentClient; tableName: string; now: Date };

/** Does what an outbox item asks; throws to be retried. Must be idempotent: an item may be delivered twice. */
export type OutboxHandler = (payload: unknown, context: OutboxContext) => Promise<void>;

export type OutboxConsumerDeps = {
  db: DynamoDBDocumentClient;
  tableName: string;
  handlers: Readonly<Record<string, OutboxHandler>>;
  clock: () => Date;
};

/** The outbox item a stream record inserted, or undefined for any other record (the filter lets only these in). */
export function insertedOutboxItem(record: DynamoDBRecord): OutboxItem | undefined {
  const image = record.dynamodb?.NewImage;
  if (record.eventName !== 'INSERT' || !image?.PK?.S?.startsWith(OUTBOX_PREFIX)) return undefined;
  const item = unmarshall(image as Parameters<typeof unmarshall>[0]);
  return {
    id: String(item.id),
    kind: String(item.kind),
    payload: item.payload,
    createdAt: String(item.createdAt),
  };
}

/** Runs one item's handler unless the item is gone (done by an earlier delivery), then deletes it. */
async function deliver(deps: OutboxConsumerDeps, item: OutboxItem): Promise<void> {
  const key = outboxKey(item.id);
  const current = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: key, ConsistentRead: true }),
  );
  if (!current.Item) return;
  const handler = deps.handlers[item.kind];
  if (!handler) throw new Error(`no handler for outbox kind ${item.kind}`);
  await handler(item.payload, { db: deps.db, tableName: deps.tableName, now: deps.clock() });
  try {
    await deps.db.send(
      new DeleteCommand({
        TableName: deps.tableName,
        Key: key,
        ConditionExpression: 'attribute_exists(PK)',
      }),
    );
  } catch (error) {
    // Deleted by a concurrent delivery of the same item: done either way.
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

/**
 * The stream handler of the outbox (AWS: the Lambda's event source mapping; locally: scripts/local/stream-consumer.ts).
 * Keeps the INSERTs of outbox items, runs each through the handler registered for its kind, deletes it once done,
 * and answers the records that failed in `batchItemFailures` so that they (and only the work not yet done) are
 * delivered again. A batch delivered twice has one effect: a deleted item is skipped, and handlers are idempotent.
 */
export async function consumeOutbox(
  deps: OutboxConsumerDeps,
  event: DynamoDBStreamEvent,
): Promise<DynamoDBBatchResponse> {
  const batchItemFailures: DynamoDBBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    const item = insertedOutboxItem(record);
    if (!item) continue;
    try {
      await deliver(deps, item);
    } catch (error) {
      logger.warn('outbox item not delivered', {
        kind: item.kind,
        id: item.id,
        error: error instanceof Error ? error.message : String(error),
      });
      batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? item.id });
    }
  }
  return { batchItemFailures };
}
