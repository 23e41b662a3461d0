import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { sweepReminders } from '../../functions/reminders/index.js';
import type { Clock } from '../../functions/shared/clock.js';
import { logger } from '../../functions/shared/logger.js';

/** Locally the sweep runs every minute (on AWS every 15 minutes: infra/reminders.ts). */
export const LOCAL_SWEEP_INTERVAL_MS = 60_000;

/**
 * The local stand-in for the EventBridge schedule of the reminder sweep: sweeps once at start, then every minute;
 * a run still going when the next is due is not doubled. Returns the function that stops it.
 */
export function startReminderTimer(
  deps: { db: DynamoDBDocumentClient; tableName: string; clock: Clock },
  intervalMs = LOCAL_SWEEP_INTERVAL_MS,
): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  const sweep = () => {
    if (running) return;
    running = sweepReminders(deps)
      .then((report) => {
        if (report.sent || report.obsolete) logger.info('reminders swept', report);
      })
      .catch((error: Error) => logger.error('reminder sweep failed', { error: error.message }))
      .finally(() => (running = undefined));
  };
  sweep();
  const timer = setInterval(sweep, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
