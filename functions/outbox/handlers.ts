import { notificationHandler } from '../notifications/index.js';
import { PriceStore, recordPriceObservations, type ObservationChange } from '../prices/index.js';
import { OUTBOX_KINDS } from '../shared/outbox.js';
import type { OutboxHandler } from './consumer.js';

/** One handler per kind of outbox item (shared/outbox.ts `OUTBOX_KINDS`), each idempotent. */
export const outboxHandlers: Readonly<Record<string, OutboxHandler>> = {
  // Idempotent per file and source: the observations replace what the file reported before.
  [OUTBOX_KINDS.priceObservations]: (payload, { db, tableName, now }) =>
    recordPriceObservations(
      { db, now, priceStore: new PriceStore(db, tableName) },
      payload as ObservationChange,
    ),
  // Idempotent per notification and account (functions/notifications/). On AWS the notifier function has its own
  // event source mapping for this kind (infra/notifications.ts); locally and in tests it runs here, the same code.
  [OUTBOX_KINDS.notification]: notificationHandler(),
};
