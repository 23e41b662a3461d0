import { notificationHandler } from '../notifications/index.js';
import { OUTBOX_KINDS } from '../shared/outbox.js';
import { consumerHandlers } from './consumer-handlers.js';
import type { OutboxHandler } from './consumer.js';

/** One handler per kind of outbox item (shared/outbox.ts `OUTBOX_KINDS`), each idempotent: every kind, locally. */
export const outboxHandlers: Readonly<Record<string, OutboxHandler>> = {
  ...consumerHandlers,
  // Idempotent per notification and account (functions/notifications/). On AWS the notifier function has its own
  // event source mapping for this kind (infra/notifications.ts); locally and in tests it runs here, the same code.
  [OUTBOX_KINDS.notification]: notificationHandler(),
};
