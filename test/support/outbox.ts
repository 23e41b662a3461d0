import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { inject } from 'vitest';
import {
  consumeOutbox,
  outboxHandlers,
  streamEventOfItems,
  type OutboxHandler,
} from '../../functions/outbox/index.js';
import { outboxKey } from '../../functions/shared/outbox.js';
import { testDb } from './api.js';

/** The outbox item of this id as stored now, or undefined. */
export async function outboxItem(
  id: string,
  tableName = inject('tableName'),
): Promise<Record<string, unknown> | undefined> {
  const { Item } = await testDb().send(
    new GetCommand({ TableName: tableName, Key: outboxKey(id), ConsistentRead: true }),
  );
  return Item;
}

/** The stream event that announces these stored items' insertion, as Lambda delivers it. */
export async function streamEventOf(ids: readonly string[]): Promise<DynamoDBStreamEvent> {
  const items: Record<string, unknown>[] = [];
  for (const id of ids) {
    const item = await outboxItem(id);
    if (!item) throw new Error(`no outbox item ${id}`);
    items.push(item);
  }
  return streamEventOfItems(items);
}

/** Feeds a stream event to the outbox consumer, with the registered handlers unless told otherwise. */
export const consume = (
  event: DynamoDBStreamEvent,
  handlers: Readonly<Record<string, OutboxHandler>> = outboxHandlers,
) =>
  consumeOutbox({ db: testDb(), tableName: inject('tableName'), handlers, clock: () => new Date() }, event);

/** Delivers these outbox items now, as the stream consumer would. */
export async function deliverOutbox(ids: readonly string[]) {
  return consume(await streamEventOf(ids));
}
