/**
 * The front door of the subsidies domain: what other domains may import from it; the rest is its own (README, "Layout").
 */
export type {
  HistoryEntryRecord,
  NoteRecord,
  SubsidyApplicationRecord,
  SubsidyProgramRecord,
} from './records.js';
export { SubsidyStore } from './store.js';
export { SubsidyListStore } from './list-store.js';
export { WriteRejected } from './write-guards.js';
export { applicationPosition } from './keys.js';
export type { FileTrail } from './erasure-store.js';
export { evaluateEligibility } from './eligibility.js';
export { isWithdrawable, withdrawOnAccountDeletion } from './withdrawal.js';
export { localProvidersRule } from './provider-rule.js';
