/**
 * The front door of the outbox consumer: the stream handler and its registered handlers (shared/outbox.ts writes the
 * items).
 */
export {
  consumeOutbox,
  insertedOutboxItem,
  type OutboxConsumerDeps,
  type OutboxContext,
  type OutboxHandler,
} from './consumer.js';
export { outboxHandlers } from './handlers.js';
export { redeliverOutbox, streamEventOfItems } from './redeliver.js';
