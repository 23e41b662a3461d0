import { workerDynamoEndpoint } from './dynamo-endpoint.js';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import type { NotificationEvent } from '../../functions/shared/notifications.js';
import { OUTBOX_KINDS, OUTBOX_PREFIX } from '../../functions/shared/outbox.js';
import { DUE_PREFIX, type DueReminder } from '../../functions/shared/reminders.js';
import { sweepReminders } from '../../functions/reminders/index.js';
import { testDb } from './api.js';

/**
 * Test support only (a Scan of the whole table): the notifications and reminders written, as the notifier and the
 * sweep would find them. Other test files write to the same table at the same time, so every read keeps only the
 * items that mention one of the test's own ids (`about`: company, connecteur, file, review… ids). The Scan goes
 * through a client of its own, outside the tally that proves no request path scans (no-scan.ts).
 */
let inspector: DynamoDBDocumentClient | undefined;
const inspect = () =>
  (inspector ??= DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: workerDynamoEndpoint(),
      region: 'eu-west-3',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
  ));

async function scanItems(prefix: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await inspect().send(
      new ScanCommand({
        TableName: inject('tableName'),
        FilterExpression: 'begins_with(PK, :prefix)',
        ExpressionAttributeValues: { ':prefix': prefix },
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

const mentions = (value: unknown, about: readonly string[]) => {
  const text = JSON.stringify(value);
  return about.some((id) => text.includes(id));
};

/** Every notification in the outbox that mentions one of `about`. */
export async function notificationsAbout(about: readonly string[]): Promise<NotificationEvent[]> {
  const items = await scanItems(`${OUTBOX_PREFIX}NOTIFY#`);
  return items
    .filter((i) => i.kind === OUTBOX_KINDS.notification)
    .map((i) => i.payload as NotificationEvent)
    .filter((e) => mentions(e, about));
}

/** Every reminder still due (not sent yet) that mentions one of `about`. */
export async function remindersAbout(about: readonly string[]): Promise<DueReminder[]> {
  return (await scanItems(DUE_PREFIX)).map((i) => i as DueReminder).filter((r) => mentions(r, about));
}

/**
 * Remembers the notifications about these ids now; `news()` then answers those written since, as
 * `{ recipient, category, link }` rows (what the matrix specifies), sorted.
 */
export async function watchNotifications(about: readonly string[]) {
  const before = new Set((await notificationsAbout(about)).map((e) => e.id));
  return {
    events: async () => (await notificationsAbout(about)).filter((e) => !before.has(e.id)),
    news: async () => rowsOf((await notificationsAbout(about)).filter((e) => !before.has(e.id))),
  };
}

export type Row = { to: string; category: string; link: string };

/** The matrix's view of notifications: who (kind:id), which category, which page. */
export const rowsOf = (events: readonly NotificationEvent[]): Row[] =>
  events
    .map((e) => ({
      to: [
        e.recipient.kind,
        ...Object.entries(e.recipient)
          .filter(([k]) => k !== 'kind')
          .map(([, v]) => v),
      ].join(':'),
      category: e.category,
      link: e.link,
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** Runs the reminder sweep at this instant, against the test table. */
export const sweepAt = (at: Date | string) =>
  sweepReminders({ db: testDb(), tableName: inject('tableName'), clock: () => new Date(at) });
