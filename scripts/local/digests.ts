import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { digestRunner } from '../../functions/notifications/index.js';
import type { Clock } from '../../functions/shared/clock.js';
import { logger } from '../../functions/shared/logger.js';
import { parisDay, parisOffsetMinutes } from '../../functions/shared/paris-time.js';

/** The hour of the day, Paris time, the digests go out (AWS: the notifier's daily schedule, infra/notifications.ts). */
export const DIGEST_PARIS_HOUR = 8;

/**
 * The local stand-in for the daily schedule of the digests: checks every minute, and once the Paris clock passed
 * DIGEST_PARIS_HOUR on a day it has not sent yet, sends them. Returns the function that stops it.
 */
export function startDigestTimer(
  deps: { db: DynamoDBDocumentClient; tableName: string; clock: Clock },
  intervalMs = 60_000,
): () => Promise<void> {
  const run = digestRunner();
  let lastDay: string | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    const now = deps.clock();
    const hour = new Date(now.getTime() + parisOffsetMinutes(now) * 60_000).getUTCHours();
    const day = parisDay(now);
    if (hour < DIGEST_PARIS_HOUR || day === lastDay) return;
    lastDay = day;
    running = run({ db: deps.db, tableName: deps.tableName, now }).catch((error: Error) =>
      logger.error('digests not sent', { error: error.message }),
    );
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
