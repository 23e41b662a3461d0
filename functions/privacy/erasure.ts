import { badUserInput } from '../shared/errors.js';
import type { AccountDeletionReceipt, CompanyData } from './records.js';

// The account deletion's own rules: its confirmation and its receipt. What each domain erases is its own (the
// `…Erasure` of its front door, docs/security.md, "Personal data").

/** The phrase `deleteMyAccount` requires, exactly. */
export const DELETION_CONFIRMATION = 'SUPPRIMER MON COMPTE';

export function checkConfirmation(confirmation: unknown): void {
  if (confirmation !== DELETION_CONFIRMATION)
    throw badUserInput(`Pour confirmer, écrivez exactement « ${DELETION_CONFIRMATION} ».`, [
      { path: ['confirmation'], message: `« ${DELETION_CONFIRMATION} » attendu.` },
    ]);
}

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
