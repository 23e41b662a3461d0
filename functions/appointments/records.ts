import type { Attendance } from '../generated/resolvers-types.js';

/** A time a connecteur offers (item `SLOT#<id>` / `SLOT`). */
export type SlotRecord = {
  id: string;
  connecteurId: string;
  startsAt: string;
  endsAt: string;
  status: 'OPEN' | 'BOOKED';
  /** The appointment holding it while BOOKED. */
  appointmentId?: string;
  createdAt: string;
};

/** A PME's booking of a slot (item `APPT#<id>` / `APPT`). */
export type AppointmentRecord = {
  id: string;
  slotId: string;
  connecteurId: string;
  companyId: string;
  /** The company's region: appointments are counted there. */
  regionCode: string;
  bookedBySub: string;
  startsAt: string;
  endsAt: string;
  topic?: string;
  status: 'BOOKED' | 'CANCELLED';
  cancelledAt?: string;
  cancelledBy?: 'PME' | 'CONNECTEUR';
  cancellationReason?: string;
  attendance?: Attendance;
  attendanceRecordedAt?: string;
  createdAt: string;
  version: number;
};
