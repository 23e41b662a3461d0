import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { batchGetItems } from '../shared/batch.js';
import { outboxKey } from '../shared/outbox.js';
import { consumeOutbox, type OutboxConsumerDeps } from './consumer.js';

type Image = NonNullable<NonNullable<DynamoDBRecord['dynamodb']>['NewImage']>;

/** The stream event announcing these stored items' insertion, as Lambda delivers it (sequence numbers 1, 2, …). */
export function streamEventOfItems(items: readonly Record<string, unknown>[]): DynamoDBStreamEvent {
  return {
    Records: items.map((item, i) => ({
      eventName: 'INSERT',
      eventSource: 'aws:dynamodb',
      dynamodb: {
        Keys: marshall({ PK: item.PK, SK: item.SK }) as Image,
        NewImage: marshall(item, { removeUndefinedValues: true }) as Image,
        SequenceNumber: String(i + 1).padStart(21, '0'),
        StreamViewType: 'NEW_IMAGE',
      },
    })),
  };
}

/**
 * Delivers the outbox items of these ids that are still stored, through the same consumer as the stream: for the
 * demo's seeding (no stream poller runs then) and to redrive items whose records went to the failure queue.
 */
export async function redeliverOutbox(
  deps: OutboxConsumerDeps,
  ids: readonly string[],
): Promise<DynamoDBBatchResponse> {
  const items = await batchGetItems<Record<string, unknown>>(deps.db, deps.tableName, ids.map(outboxKey));
  return consumeOutbox(deps, streamEventOfItems(items));
}
