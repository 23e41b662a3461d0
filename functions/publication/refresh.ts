import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { publishPeerAggregates } from '../diagnostics/index.js';
import { DiagnosticStore } from '../diagnostics/index.js';
import { publishPriceHistograms } from '../prices/index.js';
import { PriceStore } from '../prices/index.js';
import type { Clock } from '../shared/clock.js';
import { logger } from '../shared/logger.js';

/**
 * Refreshes every published aggregate (issue #11): run by an EventBridge schedule on AWS (infra/schedules.ts), by a
 * timer in the local server (scripts/local/publication.ts), and by tests with their own clock.
 */
export async function refreshPublishedAggregates(deps: {
  db: DynamoDBDocumentClient;
  tableName: string;
  clock: Clock;
}): Promise<{
  peerGroups: { groups: number; published: number };
  prices: { histograms: number; published: number };
}> {
  const now = deps.clock();
  const [peerGroups, prices] = await Promise.all([
    publishPeerAggregates({ diagnosticStore: new DiagnosticStore(deps.db, deps.tableName), now }),
    publishPriceHistograms({ priceStore: new PriceStore(deps.db, deps.tableName), now }),
  ]);
  // Counts only: which groups moved is no one's business in the logs.
  logger.info('published aggregates refreshed', { peerGroups, prices });
  return { peerGroups, prices };
}
