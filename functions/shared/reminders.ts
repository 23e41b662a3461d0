import { notificationPart, type NotificationEvent } from './notifications.js';
import type { TransactPart } from './transactions.js';

/**
 * Time-driven notifications: the write that makes a deadline (a contact request waiting, a booked appointment, a
 * granted label, a payment) also writes, in the same transaction, one DUE item per boundary, holding the
 * notifications to send then and the guard that says whether they still apply (the request still PENDING since the
 * same instant, the appointment still BOOKED…). The sweep (functions/reminders/) queries the day partitions of the
 * due-date index, and for each item due sends its notifications and deletes it in one transaction, the guard checked
 * there: each reminder is sent once, whatever the number of runs, and never once its cause moved on.
 * docs/data-model.md, "Notifications: emission".
 */
export const DUE_PREFIX = 'DUE#';

/** A condition on the cause's own item, checked when the reminder fires (a ConditionCheck of the sweep). */
export type ReminderGuard = {
  key: { PK: string; SK: string };
  condition: string;
  names?: Record<string, string>;
  values?: Record<string, unknown>;
};

/** One boundary of one cause: `id` is deterministic (cause and boundary), and so are its notifications' ids. */
export type DueReminder = {
  id: string;
  dueAt: string;
  events: NotificationEvent[];
  guard?: ReminderGuard;
};

/** The due-date index: one partition per UTC day of the due instant, sorted by that instant. */
export const dueKey = (reminder: Pick<DueReminder, 'id' | 'dueAt'>) => ({
  PK: `${DUE_PREFIX}${reminder.dueAt.slice(0, 10)}`,
  SK: `${reminder.dueAt}#${reminder.id}`,
});

/** The transaction part that schedules a reminder with the change that makes its deadline. */
export function reminderPart(reminder: DueReminder, where: { tableName: string }): TransactPart {
  return {
    item: { Put: { TableName: where.tableName, Item: { ...dueKey(reminder), ...reminder } } },
  };
}

const MS_PER_DAY = 86_400_000;

/** An instant plus a duration, as the ISO string the due index sorts on. */
export const after = (at: string, ms: number): string => new Date(Date.parse(at) + ms).toISOString();
export const afterDays = (at: string, days: number): string => after(at, days * MS_PER_DAY);

/** What a change tells: notifications now, reminders later. */
export type Notices = { events?: readonly NotificationEvent[]; reminders?: readonly DueReminder[] };

/** The transaction parts of a change's notices (a store adds them to its transaction with its table name). */
export function noticeParts(notices: Notices, where: { tableName: string; at: string }): TransactPart[] {
  return [
    ...(notices.events ?? []).map((e) => notificationPart(e, where)),
    ...(notices.reminders ?? []).map((r) => reminderPart(r, where)),
  ];
}
