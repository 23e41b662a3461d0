import type { Resolvers } from '../generated/resolvers-types.js';
import { companyById } from '../companies/index.js';
import * as appointments from './service.js';

const connecteurOf = async (
  record: { connecteurId: string },
  ctx: Parameters<typeof appointments.mySlots>[0],
) => {
  const connecteur = await ctx.connecteurLoader.load(record.connecteurId);
  if (!connecteur) throw new Error(`connecteur ${record.connecteurId} is missing`);
  return connecteur;
};

export const appointmentResolvers: Resolvers = {
  Query: {
    appointmentSlots: (_, args, ctx) =>
      appointments.appointmentSlots(ctx, args.connecteurId, args.first, args.after),
    mySlots: (_, args, ctx) => appointments.mySlots(ctx, args.first, args.after),
    myAppointments: (_, args, ctx) =>
      appointments.myAppointments(ctx, args.upcoming ?? true, args.first, args.after),
  },
  Mutation: {
    publishAppointmentSlots: (_, args, ctx) => appointments.publishAppointmentSlots(ctx, args),
    bookAppointment: (_, args, ctx) => appointments.bookAppointment(ctx, args),
    cancelAppointment: (_, args, ctx) => appointments.cancelAppointment(ctx, args),
    recordAttendance: (_, args, ctx) => appointments.recordAttendance(ctx, args),
  },
  AppointmentSlot: {
    connecteur: (s, _, ctx) => connecteurOf(s, ctx),
  },
  Appointment: {
    connecteur: (a, _, ctx) => connecteurOf(a, ctx),
    company: (a, _, ctx) => companyById(ctx, a.companyId),
    topic: (a) => a.topic ?? null,
    cancelledAt: (a) => a.cancelledAt ?? null,
    cancelledBy: (a) => a.cancelledBy ?? null,
    cancellationReason: (a) => a.cancellationReason ?? null,
    attendance: (a) => a.attendance ?? null,
  },
};
