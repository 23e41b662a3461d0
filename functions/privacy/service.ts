import { appointmentErasure, type AppointmentStore } from '../appointments/index.js';
import type { CompanyRecord } from '../companies/index.js';
import type { CompanyStore } from '../companies/index.js';
import { companyConversations, contactErasure, type ContactStore } from '../contacts/index.js';
import { emptyWorkspace, followErasure } from '../followups/index.js';
import { diagnosticPosition, type DiagnosticStore } from '../diagnostics/index.js';
import { notePosition, type FollowupStore } from '../followups/index.js';
import type { IndicatorStore } from '../indicators/index.js';
import type { NotificationStore } from '../notifications/index.js';
import { reviewErasure, type ProviderStore } from '../providers/index.js';
import { requireRole, type Viewer } from '../shared/auth.js';
import { AppError, notFound } from '../shared/errors.js';
import { ERASURE_PAGE, everyPage } from '../shared/company-erasure.js';
import { retryWithBackoff, StaleRead } from '../shared/retry.js';
import type { TransactPart } from '../shared/transactions.js';
import type { SubsidyApplicationRecord } from '../subsidies/index.js';
import {
  applicationPosition,
  SubsidyListStore,
  type SubsidyStore,
  WriteRejected,
} from '../subsidies/index.js';
import { isWithdrawable, withdrawOnAccountDeletion } from '../subsidies/index.js';
import { testimonialErasure, type TestimonialStore } from '../testimonials/index.js';
import {
  applicationErasure,
  checkConfirmation,
  ERASED_COMPANY_NAME,
  ERASED_TEXT,
  erasedCompany,
  erasedMeetingNote,
  erasedTrail,
  erasureHistoryEntry,
  receiptOf,
} from './erasure.js';
import type { AccountDeletionReceipt, CompanyData, PersonalDataExportRecord } from './records.js';
import type { PrivacyStore } from './store.js';

/** What the personal-data use cases need: the caller and the stores of every domain holding a company's data. */
export type PrivacyDeps = {
  viewer: Viewer;
  now: Date;
  companyStore: CompanyStore;
  subsidyStore: SubsidyStore;
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

const PAGE = ERASURE_PAGE;
/** A transaction holds at most 100 items. */
const TRANSACTION_ITEMS = 100;
const ATTEMPTS = 12;

async function applicationsOf(deps: PrivacyDeps, companyId: string): Promise<SubsidyApplicationRecord[]> {
  const { partitions } = SubsidyListStore.partitionsFor({ kind: 'company', companyId }, undefined);
  const all: SubsidyApplicationRecord[] = [];
  let before: string | undefined;
  for (;;) {
    const page = await deps.subsidyStore.lists.listApplications({ partitions, limit: PAGE, before });
    all.push(...page.records);
    const last = page.records.at(-1);
    if (!page.hasNextPage || !last) return all;
    before = applicationPosition(last);
  }
}

/** Everything the domains hold about a company, through their indexes (a few Queries per kind, no Scan). */
export async function companyData(deps: PrivacyDeps, company: CompanyRecord): Promise<CompanyData> {
  const id = company.id;
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
    applicationsOf(deps, id),
    everyPage((after) => deps.diagnosticStore.ofCompany(id, PAGE, after), diagnosticPosition),
    contactErasure(deps).collect(id),
    followErasure(deps, company).collect(id),
    appointmentErasure(deps).collect(id),
    reviewErasure(deps.providerStore).collect(id),
    testimonialErasure(deps.testimonialStore).collect(id),
    deps.providerStore.engagements.ofCompany(id),
    deps.providerStore.recommendations.forCompany(id),
  ]);
  const [contactRequests, meetingNotes] = await Promise.all([
    deps.contactStore.requests(contactNeeds.flatMap((n) => n.requestIds)),
    Promise.all(
      follows.map((f) =>
        everyPage((after) => deps.followupStore.notes(id, f.connecteurId, false, PAGE, after), notePosition),
      ),
    ).then((lists) => lists.flat()),
  ]);
  return {
    company,
    workspace,
    subsidyApplications,
    diagnostics,
    contactNeeds,
    contactRequests,
    follows: follows.sort((a, b) => b.proposedAt.localeCompare(a.proposedAt)),
    meetingNotes,
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
    contactConversations: await companyConversations(
      deps.contactStore,
      data.contactNeeds,
      data.contactRequests,
    ),
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
const isCollision = (error: unknown) =>
  error instanceof StaleRead ||
  error instanceof WriteRejected ||
  error instanceof MembershipGone ||
  (error instanceof AppError && error.extensions.code === 'CONFLICT');

/** Runs a step again on a collision (attempt 2 on reads afresh), after a random growing wait. */
const retrying = (step: (attempt: number) => Promise<void>): Promise<void> =>
  retryWithBackoff(step, { attempts: ATTEMPTS, retryOn: isCollision });

/** Unconditional-in-effect rewrites (each writes the same values when run again), 100 items per transaction. */
async function commitInChunks(deps: PrivacyDeps, parts: TransactPart[]): Promise<void> {
  for (let i = 0; i < parts.length; i += TRANSACTION_ITEMS)
    await deps.privacyStore.commit(parts.slice(i, i + TRANSACTION_ITEMS));
}

/** Each step reads the record again after a collision and skips what is already erased: steps can run twice. */
async function eraseCompanyData(deps: PrivacyDeps, data: CompanyData): Promise<void> {
  const at = deps.now.toISOString();
  const { company } = data;

  // Subsidy files, one at a time: a draft is deleted; a file still in the workflow, or granted and not paid, is
  // withdrawn through the workflow's WITHDRAW transition (one transaction: status, history, ledger; a grant goes
  // back to the envelope); then the trail, then the file itself under its version (its `erasedAt` marks it done).
  for (const gathered of data.subsidyApplications) {
    await retrying(async (attempt) => {
      let file = attempt === 1 ? gathered : await deps.subsidyStore.getApplication(gathered.id, true);
      if (!file) return;
      if (file.status === 'DRAFT') {
        await deps.subsidyStore.erasure.deleteDraft({
          draft: file,
          trail: await deps.subsidyStore.erasure.fileTrail(file.id),
        });
        return;
      }
      if (isWithdrawable(file)) file = await withdrawOnAccountDeletion(deps.subsidyStore, file, at);
      const changes = applicationErasure(file, at);
      if (!changes) return;
      await deps.subsidyStore.erasure.rewriteTrail(
        file.id,
        erasedTrail(await deps.subsidyStore.erasure.fileTrail(file.id)),
      );
      await deps.subsidyStore.erasure.eraseFile(file, changes, erasureHistoryEntry(file, at));
    });
  }

  await commitInChunks(deps, [
    ...data.diagnostics
      .filter((d) => d.submittedBySub !== undefined)
      .map((d) => deps.diagnosticStore.forgetSubmitterPart(d.id)),
    ...data.contactNeeds
      .filter((n) => n.text !== ERASED_TEXT || n.authorSub !== undefined)
      .map((n) => deps.contactStore.needErasurePart(n.id, ERASED_TEXT)),
    ...data.meetingNotes.flatMap((n) => {
      const erased = erasedMeetingNote(n);
      return erased ? [deps.followupStore.noteRewritePart(erased)] : [];
    }),
    ...data.providerEngagements
      .filter(
        (e) =>
          e.companyName !== ERASED_COMPANY_NAME ||
          e.description !== ERASED_TEXT ||
          e.declaredBySub !== undefined,
      )
      .map((e) =>
        deps.providerStore.engagements.erasurePart(e, {
          companyName: ERASED_COMPANY_NAME,
          description: ERASED_TEXT,
        }),
      ),
    ...data.providerRecommendations
      .filter((r) => r.note !== undefined)
      .map((r) => deps.providerStore.recommendations.erasurePart(r)),
  ]);

  // Each domain erases its own records through its workflow, its counters in the same transactions: open contact
  // requests close, follows end (and the consent to be contacted is withdrawn), upcoming appointments are cancelled
  // by the company, reviews and testimonials take their ERASE.
  await contactErasure(deps).erase(company.id, deps.now);
  await followErasure(deps, company).erase(company.id, deps.now);
  await appointmentErasure(deps).erase(company.id, deps.now);
  await reviewErasure(deps.providerStore).erase(company.id, deps.now);
  await testimonialErasure(deps.testimonialStore).erase(company.id, deps.now);
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
      await eraseCompanyData(deps, data);
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
