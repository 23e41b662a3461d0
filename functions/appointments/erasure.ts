import type { IndicatorStore } from '../indicators/index.js';
import { ERASURE_PAGE, eraseEach, everyPage, type CompanyErasure } from '../shared/company-erasure.js';
import type { AppointmentRecord } from './records.js';
import { cancellationCounterChanges } from './rules.js';
import { appointmentPosition, type AppointmentStore } from './store.js';

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

/**
 * A company's appointments, for its account deletion: upcoming ones are cancelled by the company (the slot opens
 * again, the counters move in the same transaction); every one loses its texts and booker.
 */
export function appointmentErasure(deps: {
  appointmentStore: AppointmentStore;
  indicatorStore: IndicatorStore;
}): CompanyErasure<AppointmentRecord> {
  const { appointmentStore, indicatorStore } = deps;
  const collect = (companyId: string) =>
    everyPage(
      (after) =>
        appointmentStore.appointmentsOf({ companyId }, { from: EARLIEST, order: 'ASC' }, ERASURE_PAGE, after),
      appointmentPosition,
    );
  return {
    collect,
    async erase(companyId, at) {
      await eraseEach(await collect(companyId), async (gathered, attempt) => {
        const appointment = attempt === 1 ? gathered : await appointmentStore.appointment(gathered.id);
        const next = appointment && erasedAppointment(appointment, at);
        if (!appointment || !next) return;
        await appointmentStore.commit([
          appointmentStore.appointmentPart(appointment, next),
          ...(cancelsAppointment(appointment, next)
            ? [
                appointmentStore.releasePart(appointment),
                ...indicatorStore.parts(cancellationCounterChanges(appointment)),
              ]
            : []),
        ]);
      });
    },
  };
}

/** Before any ISO-8601 instant (a key condition cannot compare with an empty string). */
const EARLIEST = '0';
