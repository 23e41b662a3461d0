/**
 * The front door of the companies domain: what other domains may import from it; the rest is its own (README, "Layout").
 */
export type { CompanyRecord, MembershipRecord } from './records.js';
export { requireViewerCompany, viewerCompany } from './service.js';
export type { CompanyStore } from './store.js';
export { centsSchema, sirenSchema } from './inputs.js';
export { companyById } from './lookup.js';
export { identityView } from './views.js';
export { companyMemberSubs, membersIndexEntry } from './members.js';
export { erasedCompany } from './erasure.js';
