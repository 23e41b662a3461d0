import { OUTBOX_KINDS } from '../shared/outbox.js';
import type { ExpenseRecord, SubsidyApplicationRecord } from './records.js';

/** An outbox item a transition writes in its own transaction (shared/outbox.ts). */
export type OutboxEffect = { kind: string; payload: unknown; id: string };

/** The outbox item's id: one per file, version and source, so a transaction sent again writes it once. */
export const priceReportId = (applicationId: string, version: number, source: 'QUOTES' | 'INVOICES') =>
  `subsidy-prices-${applicationId}-v${version}-${source}`;

/**
 * Feeds the price referential once the transition commits: an outbox item of the transition's transaction, consumed
 * by functions/outbox/ with the prices domain's `recordPriceObservations` (idempotent per file and source, so a
 * redelivery counts once). Statistics never fail a decision; a failed delivery is retried, then parked (DLQ).
 */
export function priceReport(
  app: SubsidyApplicationRecord,
  source: 'QUOTES' | 'INVOICES',
  observations: readonly { theme: ExpenseRecord['theme']; amountCents: number }[],
): OutboxEffect {
  return {
    kind: OUTBOX_KINDS.priceObservations,
    id: priceReportId(app.id, app.version, source),
    payload: {
      source,
      sourceId: app.id,
      regionCode: app.regionCode,
      observations: observations
        .filter((o) => o.amountCents > 0)
        .map((o) => ({ theme: o.theme, amountCents: o.amountCents })),
    },
  };
}
