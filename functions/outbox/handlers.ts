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
};
