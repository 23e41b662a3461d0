/**
 * The front door of the subsidies domain: what other domains may import from it; the rest is its own (README, "Layout").
 */
export type {
  HistoryEntryRecord,
  NoteRecord,
  SubsidyApplicationRecord,
  SubsidyProgramRecord,
} from './records.js';
export { SubsidyStore, WriteRejected, applicationPosition, type FileTrail } from './store.js';
export { evaluateEligibility } from './eligibility.js';
export { isWithdrawable, withdrawOnAccountDeletion } from './withdrawal.js';
