import type { Attendance } from '../generated/resolvers-types.js';
import { badUserInput, conflict } from '../shared/errors.js';
import { forConnecteur, regionAndNation, type CounterChange } from '../indicators/index.js';
import type { AppointmentRecord } from './records.js';

export const MAX_SLOTS_PER_CALL = 50;
export const MIN_SLOT_MINUTES = 15;
export const MAX_SLOT_HOURS = 8;
/** Slots are published at most this far ahead. */
export const MAX_DAYS_AHEAD = 366;

const MINUTE = 60_000;

export type SlotInput = { startsAt: string; endsAt: string };

/** Slots must be in the future, of a sensible length, and not overlap each other or `existing` ones. */
export function checkSlots(slots: SlotInput[], existing: SlotInput[], now: Date): void {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const sorted = slots.map((s, i) => ({ ...s, i, start: Date.parse(s.startsAt), end: Date.parse(s.endsAt) }));
  for (const s of sorted) {
    const minutes = (s.end - s.start) / MINUTE;
    if (s.start <= now.getTime())
      problems.push({ path: ['slots', s.i, 'startsAt'], message: 'Créneau passé.' });
    else if (s.start > now.getTime() + MAX_DAYS_AHEAD * 1440 * MINUTE)
      problems.push({
        path: ['slots', s.i, 'startsAt'],
        message: `Au plus ${MAX_DAYS_AHEAD} jours à l’avance.`,
      });
    if (minutes < MIN_SLOT_MINUTES || minutes > MAX_SLOT_HOURS * 60)
      problems.push({
        path: ['slots', s.i, 'endsAt'],
        message: `Un créneau dure de ${MIN_SLOT_MINUTES} minutes à ${MAX_SLOT_HOURS} heures.`,
      });
  }
  const others = existing.map((s) => ({ start: Date.parse(s.startsAt), end: Date.parse(s.endsAt) }));
  sorted.forEach((s, index) => {
    const overlaps = (o: { start: number; end: number }) => o.start < s.end && s.start < o.end;
    if (sorted.slice(0, index).some(overlaps) || others.some(overlaps))
      problems.push({ path: ['slots', s.i], message: 'Ce créneau en chevauche un autre.' });
  });
  if (problems.length) throw badUserInput(`slots : ${problems[0]!.message}`, problems);
}

/** Either side may cancel a booked appointment until it starts. */
export function checkCancellable(a: AppointmentRecord, now: Date): void {
  if (a.status === 'CANCELLED') throw conflict('Ce rendez-vous est déjà annulé.');
  if (Date.parse(a.startsAt) <= now.getTime())
    throw conflict('Ce rendez-vous a commencé : le connecteur indique maintenant s’il a eu lieu.');
}

/** Attendance is recorded (or corrected) by the connecteur once the appointment has started. */
export function checkAttendance(a: AppointmentRecord, now: Date): void {
  if (a.status === 'CANCELLED') throw conflict('Ce rendez-vous a été annulé.');
  if (Date.parse(a.startsAt) > now.getTime()) throw conflict('Le rendez-vous n’a pas encore eu lieu.');
}

const ATTENDANCE_COUNTERS: Record<Attendance, string> = {
  SEEN: 'appointmentsHeld',
  EXCUSED: 'appointmentsExcused',
  NO_SHOW: 'appointmentsNoShow',
};

export function bookingCounterChanges(a: AppointmentRecord): CounterChange[] {
  return [
    ...regionAndNation(a.regionCode, { appointmentsBooked: 1 }),
    forConnecteur(a.connecteurId, { appointmentsBooked: 1 }),
  ];
}

export function cancellationCounterChanges(a: AppointmentRecord): CounterChange[] {
  return [
    ...regionAndNation(a.regionCode, { appointmentsBooked: -1, appointmentsCancelled: 1 }),
    forConnecteur(a.connecteurId, { appointmentsBooked: -1 }),
  ];
}

/** Moving an appointment's attendance moves one unit between counters (a correction undoes the previous one). */
export function attendanceCounterChanges(
  previous: Attendance | undefined,
  next: Attendance,
  a: AppointmentRecord,
): CounterChange[] {
  const add: Record<string, number> = {};
  if (previous) add[ATTENDANCE_COUNTERS[previous]] = -1;
  add[ATTENDANCE_COUNTERS[next]] = (add[ATTENDANCE_COUNTERS[next]] ?? 0) + 1;
  return [
    ...regionAndNation(a.regionCode, add),
    forConnecteur(a.connecteurId, {
      appointmentsHeld: (next === 'SEEN' ? 1 : 0) - (previous === 'SEEN' ? 1 : 0),
    }),
  ];
}
