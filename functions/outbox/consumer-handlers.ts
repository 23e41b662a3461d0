import { PriceStore, recordPriceObservations, type ObservationChange } from '../prices/index.js';
import { OUTBOX_KINDS } from '../shared/outbox.js';
import type { OutboxHandler } from './consumer.js';

/**
 * The kinds the outbox consumer function runs on AWS (infra/outbox.ts filters notifications out of its stream): its
 * Lambda entry (handler.ts) imports this map only, so its bundle carries no notifier (React Email, SES, MIME).
 */
export const consumerHandlers: Readonly<Record<string, OutboxHandler>> = {
  // Idempotent per file and source: the observations replace what the file reported before.
  [OUTBOX_KINDS.priceObservations]: (payload, { db, tableName, now }) =>
    recordPriceObservations(
      { db, now, priceStore: new PriceStore(db, tableName) },
      payload as ObservationChange,
    ),
};
