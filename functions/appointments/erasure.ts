import type { AppointmentRecord } from './records.js';

/** A cancellation by either side, as `cancelAppointment` and an account deletion write it. */
export const cancellation = (by: 'PME' | 'CONNECTEUR', at: Date) => ({
  status: 'CANCELLED' as const,
  cancelledAt: at.toISOString(),
  cancelledBy: by,
});

/**
 * An appointment of a company deleting its account: cancelled by the company if still to come (the same move as
 * `cancelAppointment`); its texts and booker erased. Undefined when nothing is left to do.
 */
export function erasedAppointment(a: AppointmentRecord, now: Date): AppointmentRecord | undefined {
  const upcoming = a.status === 'BOOKED' && Date.parse(a.startsAt) > now.getTime();
  const { bookedBySub: _booker, topic: _topic, cancellationReason: _reason, ...kept } = a;
  // The booker's subject is required by the type because every booking sets it; erased, it is never read back.
  const next = { ...kept, ...(upcoming ? cancellation('PME', now) : {}) } as AppointmentRecord;
  return JSON.stringify(next) === JSON.stringify(a) ? undefined : { ...next, version: a.version + 1 };
}

/** Whether an erasure cancelled the appointment (its slot opens again and the counters move). */
export const cancelsAppointment = (before: AppointmentRecord, after: AppointmentRecord) =>
  before.status === 'BOOKED' && after.status === 'CANCELLED';
