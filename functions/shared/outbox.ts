import type { TransactPart } from './transactions.js';

/**
 * The outbox: what must happen after a commit (price observations; the notifications next) is an item written in the
 * SAME transaction as the change that causes it, then consumed from the table's stream by functions/outbox/ (on AWS
 * a Lambda event source mapping, locally scripts/local/stream-consumer.ts), retried until done, deleted once done.
 * docs/data-model.md, "Outbox".
 */
export const OUTBOX_PREFIX = 'OUTBOX#';
export const OUTBOX_SK = 'OUTBOX';

/** The kinds of outbox items; each has one registered handler (functions/outbox/handlers.ts). */
export const OUTBOX_KINDS = {
  /** Figures for the price referential: an ObservationChange of the prices domain. */
  priceObservations: 'PRICE_OBSERVATIONS',
  /** Someone to tell: a NotificationEvent (shared/notifications.ts), delivered by functions/notifications/. */
  notification: 'NOTIFICATION',
} as const;

export type OutboxItem = { id: string; kind: string; payload: unknown; createdAt: string };

export const outboxKey = (id: string) => ({ PK: `${OUTBOX_PREFIX}${id}`, SK: OUTBOX_SK });

/**
 * The transaction part that writes one outbox item. `id` is deterministic per cause (e.g. the file, its new version
 * and what is reported): a transaction sent again writes the same item, never a second one. No guard: the cause's
 * own guards (the file's version) decide whether the transaction commits.
 */
export function outboxPut(
  kind: string,
  payload: unknown,
  id: string,
  where: { tableName: string; at: string },
): TransactPart {
  const item: OutboxItem = { id, kind, payload, createdAt: where.at };
  return { item: { Put: { TableName: where.tableName, Item: { ...outboxKey(id), ...item } } } };
}
