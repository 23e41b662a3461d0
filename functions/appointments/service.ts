import type DataLoader from 'dataloader';
import type { ConnecteurRecord } from '../connecteurs/index.js';
import { connecteurIdOf } from '../shared/caller.js';
import { requirePmeCompany, type ViewerCompany } from '../shared/caller.js';
import type { IndicatorStore } from '../indicators/index.js';
import { requireRole, type Viewer } from '../shared/auth.js';
import { conflict, forbidden, notFound } from '../shared/errors.js';
import { newId } from '../shared/identifiers.js';
import {
  connectionOf,
  cursorScope,
  pageSize,
  type Connection,
  type CursorCodec,
  type Page,
} from '../shared/pagination.js';
import { parseInput } from '../shared/validation.js';
import {
  attendanceInput,
  bookAppointmentInput,
  cancelAppointmentInput,
  publishSlotsInput,
} from './inputs.js';
import { cancellation } from './erasure.js';
import { bookedNotices, cancelledNotices } from './notices.js';
import type { AppointmentRecord, SlotRecord } from './records.js';
import {
  attendanceCounterChanges,
  bookingCounterChanges,
  cancellationCounterChanges,
  checkAttendance,
  checkCancellable,
  checkSlots,
  MAX_SLOT_HOURS,
} from './rules.js';
import { appointmentPosition, slotPosition, type AppointmentStore } from './store.js';

export type AppointmentDeps = {
  viewer: Viewer;
  now: Date;
  cursors: CursorCodec;
  viewerCompany: ViewerCompany;
  appointmentStore: AppointmentStore;
  indicatorStore: IndicatorStore;
  connecteurLoader: DataLoader<string, ConnecteurRecord | undefined>;
  appointmentLoader: DataLoader<string, AppointmentRecord | undefined>;
};

const HOUR = 3600_000;

export async function publishAppointmentSlots(
  deps: AppointmentDeps,
  rawArgs: unknown,
): Promise<SlotRecord[]> {
  const viewer = requireRole(deps.viewer, 'CONNECTEUR');
  const connecteurId = connecteurIdOf(viewer.sub);
  if (!(await deps.connecteurLoader.load(connecteurId)))
    throw notFound('Profil de connecteur (inscrivez-vous d’abord avec registerConnecteur)');
  const { slots } = parseInput(publishSlotsInput, rawArgs);
  const starts = slots.map((s) => s.startsAt).sort();
  const ends = slots.map((s) => s.endsAt).sort();
  const existing = await deps.appointmentStore.slotsBetween(
    connecteurId,
    new Date(Date.parse(starts[0]!) - MAX_SLOT_HOURS * HOUR).toISOString(),
    ends.at(-1)!,
  );
  checkSlots(slots, existing, deps.now);
  const at = deps.now.toISOString();
  const records: SlotRecord[] = slots
    .map((s) => ({
      id: newId(),
      connecteurId,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      status: 'OPEN' as const,
      createdAt: at,
    }))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  await deps.appointmentStore.commit(deps.appointmentStore.slotParts(records));
  return records;
}

export async function bookAppointment(deps: AppointmentDeps, rawArgs: unknown): Promise<AppointmentRecord> {
  const viewer = requireRole(deps.viewer, 'PME');
  const company = await requirePmeCompany(deps);
  const args = parseInput(bookAppointmentInput, rawArgs);
  const slot = await deps.appointmentStore.slot(args.slotId);
  if (!slot) throw notFound('Créneau');
  if (slot.status !== 'OPEN') throw conflict('Ce créneau est déjà réservé.');
  if (Date.parse(slot.startsAt) <= deps.now.getTime()) throw conflict('Ce créneau est passé.');
  const appointment: AppointmentRecord = {
    id: newId(),
    slotId: slot.id,
    connecteurId: slot.connecteurId,
    companyId: company.id,
    regionCode: company.regionCode,
    bookedBySub: viewer.sub,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    ...(args.topic ? { topic: args.topic } : {}),
    status: 'BOOKED',
    createdAt: deps.now.toISOString(),
    version: 1,
  };
  await deps.appointmentStore.commit([
    ...deps.appointmentStore.bookingParts(slot, appointment, deps.now.toISOString()),
    ...deps.indicatorStore.parts(bookingCounterChanges(appointment)),
    ...deps.appointmentStore.noticeParts(
      bookedNotices(appointment, deps.appointmentStore.stillBookedGuard(appointment), deps.now),
      appointment.createdAt,
    ),
  ]);
  return appointment;
}

/** The caller's side of an appointment: its connecteur, or its company; anyone else is FORBIDDEN. */
async function sideOf(deps: AppointmentDeps, a: AppointmentRecord): Promise<'CONNECTEUR' | 'PME'> {
  const viewer = requireRole(deps.viewer, 'CONNECTEUR', 'PME');
  if (viewer.role === 'CONNECTEUR' && connecteurIdOf(viewer.sub) === a.connecteurId) return 'CONNECTEUR';
  if (viewer.role === 'PME' && (await deps.viewerCompany())?.id === a.companyId) return 'PME';
  throw forbidden('Ce rendez-vous ne vous concerne pas.');
}

async function loadAppointment(deps: AppointmentDeps, id: string): Promise<AppointmentRecord> {
  const appointment = await deps.appointmentLoader.load(id);
  if (!appointment) throw notFound('Rendez-vous');
  return appointment;
}

export async function cancelAppointment(deps: AppointmentDeps, rawArgs: unknown): Promise<AppointmentRecord> {
  const args = parseInput(cancelAppointmentInput, rawArgs);
  const appointment = await loadAppointment(deps, args.id);
  const side = await sideOf(deps, appointment);
  checkCancellable(appointment, deps.now);
  const next: AppointmentRecord = {
    ...appointment,
    ...cancellation(side, deps.now),
    ...(args.reason ? { cancellationReason: args.reason } : {}),
    version: appointment.version + 1,
  };
  await deps.appointmentStore.commit([
    deps.appointmentStore.appointmentPart(appointment, next),
    deps.appointmentStore.releasePart(appointment),
    deps.appointmentStore.guardReleasePart(appointment),
    ...deps.indicatorStore.parts(cancellationCounterChanges(appointment)),
    ...deps.appointmentStore.noticeParts(cancelledNotices(next), deps.now.toISOString()),
  ]);
  return next;
}

export async function recordAttendance(deps: AppointmentDeps, rawArgs: unknown): Promise<AppointmentRecord> {
  requireRole(deps.viewer, 'CONNECTEUR');
  const args = parseInput(attendanceInput, rawArgs);
  const appointment = await loadAppointment(deps, args.appointmentId);
  if ((await sideOf(deps, appointment)) !== 'CONNECTEUR') throw forbidden();
  checkAttendance(appointment, deps.now);
  if (appointment.attendance === args.attendance) return appointment;
  const next: AppointmentRecord = {
    ...appointment,
    attendance: args.attendance,
    attendanceRecordedAt: deps.now.toISOString(),
    version: appointment.version + 1,
  };
  await deps.appointmentStore.commit([
    deps.appointmentStore.appointmentPart(appointment, next),
    ...deps.indicatorStore.parts(
      attendanceCounterChanges(appointment.attendance, args.attendance, appointment),
    ),
  ]);
  return next;
}

function slotConnection(deps: AppointmentDeps, scope: string, page: Page<SlotRecord>) {
  return connectionOf(deps.cursors, scope, page, slotPosition);
}

export async function appointmentSlots(
  deps: AppointmentDeps,
  connecteurId: string,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<SlotRecord>> {
  requireRole(deps.viewer, 'PME', 'CONNECTEUR', 'REGION_AGENT', 'MODERATOR', 'PROVIDER');
  const limit = pageSize(first);
  const scope = cursorScope('appointmentSlots', connecteurId);
  const page = await deps.appointmentStore.slotsOf(
    connecteurId,
    true,
    deps.now.toISOString(),
    limit,
    after ? deps.cursors.decode(scope, after) : undefined,
  );
  return slotConnection(deps, scope, page);
}

export async function mySlots(
  deps: AppointmentDeps,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<SlotRecord>> {
  const viewer = requireRole(deps.viewer, 'CONNECTEUR');
  const connecteurId = connecteurIdOf(viewer.sub);
  const limit = pageSize(first);
  const scope = cursorScope('mySlots', connecteurId);
  const page = await deps.appointmentStore.slotsOf(
    connecteurId,
    false,
    deps.now.toISOString(),
    limit,
    after ? deps.cursors.decode(scope, after) : undefined,
  );
  return slotConnection(deps, scope, page);
}

export async function myAppointments(
  deps: AppointmentDeps,
  upcoming: boolean,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<AppointmentRecord>> {
  const viewer = requireRole(deps.viewer, 'CONNECTEUR', 'PME');
  const owner =
    viewer.role === 'CONNECTEUR'
      ? { connecteurId: connecteurIdOf(viewer.sub) }
      : { companyId: (await requirePmeCompany(deps)).id };
  const limit = pageSize(first);
  const scope = cursorScope('myAppointments', { owner, upcoming });
  const now = deps.now.toISOString();
  const page = await deps.appointmentStore.appointmentsOf(
    owner,
    upcoming ? { from: now, order: 'ASC' } : { until: now, order: 'DESC' },
    limit,
    after ? deps.cursors.decode(scope, after) : undefined,
  );
  return connectionOf(deps.cursors, scope, page, appointmentPosition);
}
