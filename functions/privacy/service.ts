import { appointmentErasure, type AppointmentStore } from '../appointments/index.js';
import type { CompanyRecord } from '../companies/index.js';
import { erasedCompany, type CompanyStore } from '../companies/index.js';
import { companyConversations, contactErasure, type ContactStore } from '../contacts/index.js';
import { diagnosticErasure, type DiagnosticStore } from '../diagnostics/index.js';
import { emptyWorkspace, followErasure, type FollowupStore } from '../followups/index.js';
import type { IndicatorStore } from '../indicators/index.js';
import type { NotificationStore } from '../notifications/index.js';
import {
  engagementErasure,
  recommendationErasure,
  reviewErasure,
  type ProviderStore,
} from '../providers/index.js';
import { requireRole, type Viewer } from '../shared/auth.js';
import { isCollision as isStale } from '../shared/company-erasure.js';
import type { DocumentStorage } from '../shared/document-storage.js';
import { notFound } from '../shared/errors.js';
import { retryWithBackoff } from '../shared/retry.js';
import { subsidyErasure, type SubsidyStore } from '../subsidies/index.js';
import { testimonialErasure, type TestimonialStore } from '../testimonials/index.js';
import { checkConfirmation, receiptOf } from './erasure.js';
import type { AccountDeletionReceipt, CompanyData, PersonalDataExportRecord } from './records.js';
import type { PrivacyStore } from './store.js';

/** What the personal-data use cases need: the caller and the stores of every domain holding a company's data. */
export type PrivacyDeps = {
  viewer: Viewer;
  now: Date;
  companyStore: CompanyStore;
  subsidyStore: SubsidyStore;
  documentStorage: DocumentStorage;
  diagnosticStore: DiagnosticStore;
  contactStore: ContactStore;
  followupStore: FollowupStore;
  appointmentStore: AppointmentStore;
  indicatorStore: IndicatorStore;
  providerStore: ProviderStore;
  testimonialStore: TestimonialStore;
  privacyStore: PrivacyStore;
  notificationStore: NotificationStore;
};

const ATTEMPTS = 12;

/**
 * The domains holding a company's data, each erasing its own records through its own workflow and counters (the
 * `…Erasure` of its front door): privacy coordinates them, in this order, and writes nothing of theirs.
 */
function erasures(deps: PrivacyDeps, company: CompanyRecord) {
  return {
    subsidyApplications: subsidyErasure(deps),
    diagnostics: diagnosticErasure(deps.diagnosticStore),
    contactNeeds: contactErasure(deps),
    follows: followErasure(deps, company),
    appointments: appointmentErasure(deps),
    reviews: reviewErasure(deps.providerStore),
    testimonials: testimonialErasure(deps.testimonialStore),
    providerEngagements: engagementErasure(deps.providerStore),
    providerRecommendations: recommendationErasure(deps.providerStore),
  };
}

/** Everything the domains hold about a company, through their indexes (a few Queries per kind, no Scan). */
export async function companyData(deps: PrivacyDeps, company: CompanyRecord): Promise<CompanyData> {
  const id = company.id;
  const e = erasures(deps, company);
  const [
    workspace,
    subsidyApplications,
    diagnostics,
    contactNeeds,
    follows,
    appointments,
    reviews,
    testimonials,
    providerEngagements,
    providerRecommendations,
  ] = await Promise.all([
    deps.followupStore.workspace(id),
    e.subsidyApplications.collect(id),
    e.diagnostics.collect(id),
    e.contactNeeds.collect(id),
    e.follows.collect(id),
    e.appointments.collect(id),
    e.reviews.collect(id),
    e.testimonials.collect(id),
    e.providerEngagements.collect(id),
    e.providerRecommendations.collect(id),
  ]);
  return {
    company,
    workspace,
    subsidyApplications,
    diagnostics,
    contactNeeds,
    follows: follows.sort((a, b) => b.proposedAt.localeCompare(a.proposedAt)),
    appointments,
    reviews,
    testimonials,
    providerEngagements,
    providerRecommendations,
  };
}

/**
 * The caller's company, read strongly; undefined before registerCompany and after deleteMyAccount (its own, or
 * another member's: an erased company is nobody's, its kept files are the region's).
 */
async function callerCompany(deps: PrivacyDeps, sub: string): Promise<CompanyRecord | undefined> {
  const membership = await deps.companyStore.membership(sub);
  if (!membership) return undefined;
  const company = await deps.companyStore.get(membership.companyId, true);
  if (!company) throw new Error(`membership of a missing company ${membership.companyId}`);
  return company.erasedAt ? undefined : company;
}

/**
 * Role PME: everything held about the caller's company. Without a company (never registered, or deleted) the export
 * is empty: the user no longer maps to any data.
 */
export async function exportMyData(deps: PrivacyDeps): Promise<PersonalDataExportRecord> {
  const viewer = requireRole(deps.viewer, 'PME');
  const generatedAt = deps.now.toISOString();
  const company = await callerCompany(deps, viewer.sub);
  if (!company)
    return {
      generatedAt,
      company: null,
      contactConsent: null,
      subsidyApplications: [],
      diagnostics: [],
      contactNeeds: [],
      contactConversations: [],
      follows: [],
      appointments: [],
      reviews: [],
      testimonials: [],
      providerEngagements: [],
      providerRecommendations: [],
    };
  const data = await companyData(deps, company);
  return {
    generatedAt,
    company,
    contactConsent: data.workspace ?? emptyWorkspace(company),
    subsidyApplications: data.subsidyApplications,
    diagnostics: data.diagnostics,
    contactNeeds: data.contactNeeds,
    contactConversations: await companyConversations(deps.contactStore, data.contactNeeds),
    follows: data.follows,
    appointments: data.appointments,
    reviews: data.reviews,
    testimonials: data.testimonials,
    providerEngagements: data.providerEngagements,
    providerRecommendations: data.providerRecommendations,
  };
}

/** The membership was removed by a concurrent deletion between our read and our last write. */
class MembershipGone extends Error {}

/** Another writer changed the record between our read and our write: read again and retry. */
const isCollision = (error: unknown) => isStale(error) || error instanceof MembershipGone;

/**
 * Each domain erases its own records (each step reads again after a collision and skips what is already erased:
 * steps can run twice): subsidy files are deleted (drafts), withdrawn through their workflow and pseudonymised with
 * their documents; diagnostics are detached; needs' texts erased and open contact requests closed; meeting notes
 * erased and follows ended (the consent to be contacted withdrawn); upcoming appointments cancelled by the company;
 * reviews and testimonials take their ERASE; engagements and baskets lose the company's words.
 */
async function eraseCompanyData(deps: PrivacyDeps, company: CompanyRecord): Promise<void> {
  for (const erasure of Object.values(erasures(deps, company))) await erasure.erase(company.id, deps.now);
}

/**
 * Role PME: deletes the caller's account (see schema/privacy.graphql). Every step is idempotent; the last one
 * erases the company item and removes the membership in one transaction, with the receipt. Of concurrent calls one
 * commits it and the others answer its receipt; once the membership is gone, a call writes nothing.
 */
export async function deleteMyAccount(
  deps: PrivacyDeps,
  confirmation: unknown,
): Promise<AccountDeletionReceipt> {
  const viewer = requireRole(deps.viewer, 'PME');
  checkConfirmation(confirmation);
  // Every step is idempotent: a collision anywhere reads everything again.
  return retryWithBackoff(
    async () => {
      const company = await callerCompany(deps, viewer.sub);
      if (!company) {
        const receipt = await deps.privacyStore.receipt(viewer.sub);
        if (!receipt) throw notFound('Entreprise rattachée à votre compte');
        // A deletion asked again finishes what a failure may have left: the account's notifications.
        await deps.notificationStore.eraseAccount(viewer.sub);
        return receipt;
      }
      const data = await companyData(deps, company);
      await eraseCompanyData(deps, company);
      const receipt = receiptOf(data, deps.now.toISOString());
      await deps.privacyStore.commit([
        ...deps.companyStore.erasureParts(
          company,
          erasedCompany(company, receipt.deletedAt),
          viewer.sub,
          () => new MembershipGone(),
        ),
        deps.privacyStore.receiptPart(viewer.sub, receipt),
      ]);
      await deps.notificationStore.eraseAccount(viewer.sub);
      return receipt;
    },
    { attempts: ATTEMPTS, retryOn: isCollision },
  );
}
