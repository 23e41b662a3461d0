import type { ContactDeadlineState } from '../generated/resolvers-types.js';
import type { ContactRequestRecord } from './records.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** The CCI service norm: a first answer within 48 hours; reminders at day 9 and 21; abandoned at day 45. */
export const LATE_AFTER_MS = 48 * HOUR;
export const FIRST_REMINDER_MS = 9 * DAY;
export const SECOND_REMINDER_MS = 21 * DAY;
export const ABANDONED_MS = 45 * DAY;

export type Deadline = {
  state: ContactDeadlineState;
  /** Start of the wait, when the request is waiting for an answer. */
  waitingSince: string | null;
  lateAt: string | null;
  firstReminderAt: string | null;
  secondReminderAt: string | null;
  abandonedAt: string | null;
};

/**
 * Where a request stands against its deadlines, from its timestamps and the clock (no job writes it). Only a
 * request waiting for the connecteur (PENDING) has deadlines; each boundary is reached at its exact instant.
 */
export function deadlineOf(
  request: Pick<ContactRequestRecord, 'status' | 'pendingSince'>,
  now: Date,
): Deadline {
  if (request.status !== 'PENDING') {
    return {
      state: 'ANSWERED',
      waitingSince: null,
      lateAt: null,
      firstReminderAt: null,
      secondReminderAt: null,
      abandonedAt: null,
    };
  }
  const since = Date.parse(request.pendingSince);
  const elapsed = now.getTime() - since;
  const at = (ms: number) => new Date(since + ms).toISOString();
  const state: ContactDeadlineState =
    elapsed >= ABANDONED_MS
      ? 'ABANDONED'
      : elapsed >= SECOND_REMINDER_MS
        ? 'SECOND_REMINDER_DUE'
        : elapsed >= FIRST_REMINDER_MS
          ? 'FIRST_REMINDER_DUE'
          : elapsed >= LATE_AFTER_MS
            ? 'LATE'
            : 'ON_TIME';
  return {
    state,
    waitingSince: request.pendingSince,
    lateAt: at(LATE_AFTER_MS),
    firstReminderAt: at(FIRST_REMINDER_MS),
    secondReminderAt: at(SECOND_REMINDER_MS),
    abandonedAt: at(ABANDONED_MS),
  };
}

/** A need waits as long as its longest-waiting pending request; answered once any request left PENDING for good. */
export function needDeadline(
  requests: readonly Pick<ContactRequestRecord, 'status' | 'pendingSince'>[],
  rolledUpStatus: ContactRequestRecord['status'],
  now: Date,
): Deadline {
  const waiting = requests
    .filter((r) => r.status === 'PENDING')
    .sort((a, b) => a.pendingSince.localeCompare(b.pendingSince));
  return deadlineOf(
    rolledUpStatus === 'PENDING' && waiting[0] ? waiting[0] : { status: rolledUpStatus, pendingSince: '' },
    now,
  );
}
