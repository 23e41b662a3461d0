import * as z from 'zod';
import { isoDateTime, text } from '../shared/validation.js';
import { MAX_SLOTS_PER_CALL } from './rules.js';
import { lazySchema } from '../shared/lazy-schema.js';

const id = lazySchema(() => z.string().trim().min(1).max(64));
/** Instants are stored in UTC, so they sort as strings. */
const instant = lazySchema(() => isoDateTime.transform((s) => new Date(s).toISOString()));

export const publishSlotsInput = lazySchema(() =>
  z.object({
    slots: z
      .array(z.object({ startsAt: instant, endsAt: instant }))
      .min(1, 'Au moins un créneau.')
      .max(MAX_SLOTS_PER_CALL, `Au plus ${MAX_SLOTS_PER_CALL} créneaux à la fois.`),
  }),
);

export const bookAppointmentInput = lazySchema(() =>
  z.object({ slotId: id, topic: text('Objet', 500).nullish() }),
);
export const cancelAppointmentInput = lazySchema(() =>
  z.object({ id, reason: text('Motif', 1000).nullish() }),
);
export const attendanceInput = lazySchema(() =>
  z.object({
    appointmentId: id,
    attendance: z.enum(['SEEN', 'EXCUSED', 'NO_SHOW']),
  }),
);
