/** The front door of the reminder sweep (shared/reminders.ts is what the domains write). */
export { SWEEP_LOOKBACK_DAYS, sweepReminders, sweptDays, type SweepDeps, type SweepReport } from './sweep.js';
