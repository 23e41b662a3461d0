import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { refreshPublishedAggregates } from '../../functions/publication/refresh.js';
import type { Clock } from '../../functions/shared/clock.js';
import { PUBLICATION_INTERVAL_MINUTES } from '../../functions/shared/disclosure.js';
import { logger } from '../../functions/shared/logger.js';

/**
 * The local stand-in for the EventBridge schedule (infra/schedules.ts): refreshes the published aggregates once at
 * start, then every interval. Returns the function that stops it.
 */
export function startPublicationTimer(
  deps: { db: DynamoDBDocumentClient; tableName: string; clock: Clock },
  intervalMs = PUBLICATION_INTERVAL_MINUTES * 60_000,
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const refresh = () => {
    running = refreshPublishedAggregates(deps).catch((error: Error) =>
      logger.error('published aggregates refresh failed', { error: error.message }),
    );
  };
  refresh();
  const timer = setInterval(refresh, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
