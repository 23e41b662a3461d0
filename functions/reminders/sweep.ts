import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../shared/clock.js';
import { notificationPart } from '../shared/notifications.js';
import { queryPages } from '../shared/query.js';
import { DUE_PREFIX, dueKey, type DueReminder } from '../shared/reminders.js';
import type { TransactPart } from '../shared/transactions.js';

/** How far back the sweep looks: a reminder missed while the schedule was down is still sent within this window. */
export const SWEEP_LOOKBACK_DAYS = 7;

export type SweepDeps = { db: DynamoDBDocumentClient; tableName: string; clock: Clock };
/** sent; obsolete (its cause moved on); alreadyDone (another sweep sent it); deferred (a concurrent write: next run). */
export type SweepReport = { sent: number; obsolete: number; alreadyDone: number; deferred: number };

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The day partitions to read at `now`: today and the lookback days before it (UTC days of the due instant). */
export function sweptDays(now: Date): string[] {
  const days: string[] = [];
  for (let back = SWEEP_LOOKBACK_DAYS; back >= 0; back--)
    days.push(utcDay(now.getTime() - back * 86_400_000));
  return days;
}

/**
 * Sends every reminder due at `clock()`: one Query per day partition (no Scan), then for each item one transaction
 * that deletes it (it must still exist: a concurrent sweep sent it already), checks its guard and writes its
 * notifications to the outbox. A failed guard means the cause moved on: the item is deleted, nothing is sent.
 */
export async function sweepReminders(deps: SweepDeps): Promise<SweepReport> {
  const now = deps.clock();
  const report: SweepReport = { sent: 0, obsolete: 0, alreadyDone: 0, deferred: 0 };
  for (const day of sweptDays(now)) {
    const pages = queryPages(deps.db, {
      TableName: deps.tableName,
      KeyConditionExpression: 'PK = :pk AND SK < :upTo',
      // "<dueAt>#<id>" sorts before "<now>$" exactly when dueAt <= now ('$' follows '#').
      ExpressionAttributeValues: { ':pk': `${DUE_PREFIX}${day}`, ':upTo': `${now.toISOString()}$` },
    });
    for await (const page of pages) {
      for (const item of page.Items ?? []) report[await fire(deps, item as DueReminder, now)] += 1;
    }
  }
  return report;
}

async function fire(deps: SweepDeps, reminder: DueReminder, now: Date): Promise<keyof SweepReport> {
  const where = { tableName: deps.tableName, at: now.toISOString() };
  const key = dueKey(reminder);
  const items: TransactPart['item'][] = [
    { Delete: { TableName: deps.tableName, Key: key, ConditionExpression: 'attribute_exists(PK)' } },
  ];
  if (reminder.guard)
    items.push({
      ConditionCheck: {
        TableName: deps.tableName,
        Key: reminder.guard.key,
        ConditionExpression: reminder.guard.condition,
        ...(reminder.guard.names ? { ExpressionAttributeNames: reminder.guard.names } : {}),
        ...(reminder.guard.values ? { ExpressionAttributeValues: reminder.guard.values } : {}),
      },
    });
  items.push(...reminder.events.map((e) => notificationPart(e, where).item));
  try {
    await deps.db.send(new TransactWriteCommand({ TransactItems: items }));
    return 'sent';
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reasons = error.CancellationReasons ?? [];
    if (reasons[0]?.Code === 'ConditionalCheckFailed') return 'alreadyDone';
    // Another sweep (or the cause's own write) touched the same items at that instant: the item stays for next run.
    if (reasons.some((r) => r.Code === 'TransactionConflict')) return 'deferred';
    if (reasons[1]?.Code !== 'ConditionalCheckFailed') throw error;
    await deps.db.send(new DeleteCommand({ TableName: deps.tableName, Key: key }));
    return 'obsolete';
  }
}
