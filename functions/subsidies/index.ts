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
export { evaluateEligibility } from './eligibility.js';
export { subsidyErasure } from './erasure.js';
export { localProvidersRule } from './provider-rule.js';
