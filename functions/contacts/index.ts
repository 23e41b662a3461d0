/**
 * The front door of the contacts domain: what other domains may import from it; the rest is its own (README, "Layout").
 */
export type { ContactNeedRecord, ContactRequestRecord } from './records.js';
export { needPosition, type ContactStore } from './store.js';
export { requestCounterChanges } from './counting.js';
export { contactErasure, erasedContactRequest } from './erasure.js';
export { companyConversations, type ContactConversationRecord } from './export.js';
