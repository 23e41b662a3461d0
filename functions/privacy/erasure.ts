import type { CompanyRecord } from '../companies/index.js';
import type { MeetingNoteRecord } from '../followups/index.js';
import { ERASED_COMPANY_NAME, ERASED_TEXT } from '../shared/erased.js';
import { badUserInput } from '../shared/errors.js';
import type { HistoryEntryRecord, NoteRecord, SubsidyApplicationRecord } from '../subsidies/index.js';
import type { FileTrail } from '../subsidies/index.js';
import type { AccountDeletionReceipt, CompanyData } from './records.js';

export { ERASED_COMPANY_NAME, ERASED_TEXT };

// What a deletion leaves in place of personal data. Pure rules: each returns the erased record, or undefined when
// the record holds nothing left to erase (so a deletion resumed after a failure rewrites only what it had not done).

/** The phrase `deleteMyAccount` requires, exactly. */
export const DELETION_CONFIRMATION = 'SUPPRIMER MON COMPTE';
export const ERASURE_HISTORY_REASON =
  'Données personnelles effacées à la demande de l’entreprise (RGPD) : montants, programme, statut et décisions conservés.';

export function checkConfirmation(confirmation: unknown): void {
  if (confirmation !== DELETION_CONFIRMATION)
    throw badUserInput(`Pour confirmer, écrivez exactement « ${DELETION_CONFIRMATION} ».`, [
      { path: ['confirmation'], message: `« ${DELETION_CONFIRMATION} » attendu.` },
    ]);
}

/**
 * The record without some fields. Their types call them required because every write sets them; the ones erased
 * here (subjects of past writers, free texts) are written and never read back, so their absence is safe.
 */
function without<T extends object>(record: T, ...fields: (keyof T & string)[]): T {
  return Object.fromEntries(
    Object.entries(record).filter(([name]) => !(fields as string[]).includes(name)),
  ) as T;
}

const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

/** The company item kept for its files: no name, no SIREN, no creator; its facts stay for the kept files' rules. */
export function erasedCompany(company: CompanyRecord, at: string): CompanyRecord & { erasedAt: string } {
  return {
    ...without(company, 'createdBySub'),
    name: ERASED_COMPANY_NAME,
    siren: '',
    erasedAt: at,
    updatedAt: at,
    version: company.version + 1,
  };
}

/**
 * A subsidy file's own attributes to rewrite: the texts the applicant wrote and the company's identity go, the
 * money, programme, status, provider and dates stay. Undefined once erased (the file carries `erasedAt`).
 */
export function applicationErasure(
  a: SubsidyApplicationRecord & { erasedAt?: string },
  at: string,
): { set: Record<string, unknown>; remove: string[] } | undefined {
  if (a.erasedAt) return undefined;
  return {
    set: {
      projectSummary: ERASED_TEXT,
      expenses: a.expenses.map((e) => ({ ...e, description: ERASED_TEXT })),
      ...(a.companySnapshot
        ? { companySnapshot: { ...a.companySnapshot, name: ERASED_COMPANY_NAME, siren: '' } }
        : {}),
      ...(a.followUp ? { followUp: without(a.followUp, 'answeredBySub', 'comment') } : {}),
      // The declaration on honour stays (its text version and date), not who ticked it.
      ...(a.declaration ? { declaration: without(a.declaration, 'acceptedBySub') } : {}),
      erasedAt: at,
    },
    remove: ['createdBySub'],
  };
}

/** The history entry of the erasure: an update with no actor subject, at the file's next version. */
export function erasureHistoryEntry(a: SubsidyApplicationRecord, at: string): HistoryEntryRecord {
  return without(
    {
      applicationId: a.id,
      version: a.version + 1,
      at,
      actorSub: '',
      actorRole: 'PME',
      action: 'UPDATE',
      reason: ERASURE_HISTORY_REASON,
      fromStatus: a.status,
      toStatus: a.status,
    },
    'actorSub',
  );
}

/**
 * A file's trail entries to rewrite: the applicant's subject and words leave its history (the agents' entries, and
 * so the decisions and their reasons, stay whole); every message and annotation body is erased, since either side
 * may name the applicant; submission records lose the subject.
 */
export function erasedTrail(trail: FileTrail): FileTrail {
  const history = trail.history.flatMap((h) => {
    if (h.actorRole !== 'PME') return [];
    const next = without(h, 'actorSub', 'reason');
    return same(next, h) ? [] : [next];
  });
  const eraseNote = (n: NoteRecord) => {
    const next = { ...(n.authorRole === 'PME' ? without(n, 'authorSub') : n), body: ERASED_TEXT };
    return same(next, n) ? [] : [next];
  };
  return {
    history,
    messages: trail.messages.flatMap(eraseNote),
    annotations: trail.annotations.flatMap(eraseNote),
    submissions: trail.submissions.filter((s) => s.sub !== undefined),
  };
}

export const erasedMeetingNote = (n: MeetingNoteRecord): MeetingNoteRecord | undefined =>
  n.text === ERASED_TEXT ? undefined : { ...n, text: ERASED_TEXT };

/** The receipt's counts: the records of each kind the deletion covers (the same whichever concurrent call wins). */
export function receiptOf(data: CompanyData, deletedAt: string): AccountDeletionReceipt {
  return {
    deletedAt,
    // Drafts are deleted, not kept.
    subsidyApplicationsAnonymized: data.subsidyApplications.filter((a) => a.status !== 'DRAFT').length,
    diagnosticsDetached: data.diagnostics.length,
    contactNeedsErased: data.contactNeeds.length,
    followsEnded: data.follows.length,
    appointmentsErased: data.appointments.length,
    reviewsAnonymized: data.reviews.length,
    testimonialsWithdrawn: data.testimonials.length,
    providerEngagementsErased: data.providerEngagements.length,
    providerRecommendationsErased: data.providerRecommendations.length,
  };
}
