import type { AppointmentRecord } from '../appointments/index.js';
import type { CompanyRecord } from '../companies/index.js';
import type { ContactConversationRecord, ContactNeedRecord } from '../contacts/index.js';
import type { DiagnosticRecord } from '../diagnostics/index.js';
import type { CompanyWorkspaceRecord, FollowRecord } from '../followups/index.js';
import type { AccountDeletion } from '../generated/resolvers-types.js';
import type { EngagementRecord, RecommendationRecord, ReviewRecord } from '../providers/index.js';
import type { SubsidyApplicationRecord } from '../subsidies/index.js';
import type { TestimonialRecord } from '../testimonials/index.js';

/** Everything the domains hold about one company, read through their own access patterns (none is a Scan). */
export type CompanyData = {
  company: CompanyRecord;
  workspace: CompanyWorkspaceRecord | undefined;
  subsidyApplications: SubsidyApplicationRecord[];
  diagnostics: DiagnosticRecord[];
  contactNeeds: ContactNeedRecord[];
  follows: FollowRecord[];
  appointments: AppointmentRecord[];
  reviews: ReviewRecord[];
  testimonials: TestimonialRecord[];
  providerEngagements: EngagementRecord[];
  providerRecommendations: RecommendationRecord[];
};

/** What `exportMyData` answers; each list resolves through its domain's GraphQL type. */
export type PersonalDataExportRecord = {
  generatedAt: string;
  company: CompanyRecord | null;
  contactConsent: CompanyWorkspaceRecord | null;
  subsidyApplications: SubsidyApplicationRecord[];
  diagnostics: DiagnosticRecord[];
  contactNeeds: ContactNeedRecord[];
  contactConversations: ContactConversationRecord[];
  follows: FollowRecord[];
  appointments: AppointmentRecord[];
  reviews: ReviewRecord[];
  testimonials: TestimonialRecord[];
  providerEngagements: EngagementRecord[];
  providerRecommendations: RecommendationRecord[];
};

/** The receipt of a deletion (item `ERASED#<hash of the subject>` / `RECEIPT`): no company id, no personal field. */
export type AccountDeletionReceipt = Required<Omit<AccountDeletion, '__typename'>>;
