/**
 * The front door of the appointments domain: what other domains may import from it; the rest is its own (README, "Layout").
 */
export type { AppointmentRecord } from './records.js';
export { appointmentPosition, type AppointmentStore } from './store.js';
export { cancellationCounterChanges } from './rules.js';
export { cancelsAppointment, erasedAppointment } from './erasure.js';
export { appointmentErasure } from './erasure.js';
