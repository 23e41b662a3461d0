/**
 * The front door of the diagnostics domain: what other domains may import from it; the rest is its own (README, "Layout").
 */
export type { DiagnosticRecord } from './records.js';
export { DiagnosticStore, diagnosticPosition } from './store.js';
export { publishPeerAggregates } from './publication.js';
export { diagnosticErasure } from './erasure.js';
