/**
 * The front door of the providers domain: what other domains may import from it; the rest is its own (README, "Layout").
 */
export type { EngagementRecord, RecommendationRecord, ReviewRecord } from './records.js';
export { reviewAuthorKey } from './service.js';
export { reviewPosition, type ProviderStore } from './store.js';
export type { MarketplacePeers } from './peers.js';
export { engagementErasure, recommendationErasure, reviewErasure } from './erasure.js';
export { providerOwnerSubs } from './owners.js';
