/**
 * The front door of the followups domain: what other domains may import from it; the rest is its own (README, "Layout").
 */
export type {
  CompanyWorkspaceRecord,
  FollowRecord,
  LatestDiagnosticSummary,
  MeetingNoteRecord,
} from './records.js';
export { notePosition, type FollowupStore } from './store.js';
export { emptyWorkspace } from './workspace.js';
export { activeFollowerParts, endedFollow, followErasure } from './erasure.js';
