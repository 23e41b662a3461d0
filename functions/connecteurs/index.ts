/**
 * The front door of the connecteurs domain: what other domains may import from it; the rest is its own (README, "Layout").
 */
export type { ConnecteurRecord } from './records.js';
export type { ConnecteurStore } from './store.js';
export type { AttestationWithdrawalCause } from './attestation-guard.js';
export { validLabel } from './label.js';
export { planSearch } from './search.js';
export { connecteurOwnerSubs } from './owners.js';
