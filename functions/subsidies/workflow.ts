import type { Role, SubsidyAction } from '../generated/resolvers-types.js';
import { AppError, badUserInput, forbidden } from '../shared/errors.js';
import type { SubsidyStatus } from './records.js';

export type SubsidyEvent = Exclude<SubsidyAction, 'CREATE'>;

export type Transition = {
  event: SubsidyEvent;
  from: SubsidyStatus;
  to: SubsidyStatus;
  /** Who may fire it (the policy then checks which company or region). */
  roles: readonly Role[];
  /** A reason is mandatory (kept in the history). */
  reasonRequired: boolean;
};

const PME = ['PME'] as const;
/** Statuses a file is withdrawn from when its company deletes its account (drafts are deleted, the rest kept). */
export const WITHDRAWABLE_STATUSES: readonly SubsidyStatus[] = [
  'SUBMITTED',
  'CORRECTION_REQUESTED',
  'UNDER_REVIEW',
  'ACCEPTED',
];
const AGENT = ['REGION_AGENT'] as const;
const row = (
  event: SubsidyEvent,
  from: SubsidyStatus,
  to: SubsidyStatus,
  roles: readonly Role[],
  reasonRequired = false,
): Transition => ({ event, from, to, roles, reasonRequired });

/**
 * The application workflow, as data (démarches-simplifiées): the applicant edits and submits; the trusted third
 * party attests; the region's agent reviews, asks for corrections, decides, reopens and records the payment.
 * Anything not listed is refused.
 */
export const SUBSIDY_TRANSITIONS: readonly Transition[] = [
  row('UPDATE', 'DRAFT', 'DRAFT', PME),
  row('UPDATE', 'SUBMITTED', 'SUBMITTED', PME),
  row('UPDATE', 'CORRECTION_REQUESTED', 'CORRECTION_REQUESTED', PME),
  row('SUBMIT', 'DRAFT', 'SUBMITTED', PME),
  row('SUBMIT', 'CORRECTION_REQUESTED', 'SUBMITTED', PME),
  row('ATTEST', 'DRAFT', 'DRAFT', ['CONNECTEUR']),
  row('ATTEST', 'SUBMITTED', 'SUBMITTED', ['CONNECTEUR']),
  row('ATTEST', 'CORRECTION_REQUESTED', 'CORRECTION_REQUESTED', ['CONNECTEUR']),
  row('ATTEST', 'UNDER_REVIEW', 'UNDER_REVIEW', ['CONNECTEUR']),
  row('START_REVIEW', 'SUBMITTED', 'UNDER_REVIEW', AGENT),
  row('REQUEST_CORRECTION', 'SUBMITTED', 'CORRECTION_REQUESTED', AGENT, true),
  row('REQUEST_CORRECTION', 'UNDER_REVIEW', 'CORRECTION_REQUESTED', AGENT, true),
  row('ACCEPT', 'UNDER_REVIEW', 'ACCEPTED', AGENT),
  row('REJECT', 'UNDER_REVIEW', 'REJECTED', AGENT, true),
  row('CLOSE_WITHOUT_FOLLOW_UP', 'UNDER_REVIEW', 'CLOSED', AGENT, true),
  row('CLOSE_WITHOUT_FOLLOW_UP', 'CORRECTION_REQUESTED', 'CLOSED', AGENT, true),
  row('REOPEN', 'ACCEPTED', 'UNDER_REVIEW', AGENT, true),
  row('REOPEN', 'REJECTED', 'UNDER_REVIEW', AGENT, true),
  row('REOPEN', 'CLOSED', 'UNDER_REVIEW', AGENT, true),
  row('RECORD_PAYMENT', 'ACCEPTED', 'PAID', AGENT),
  row('CORRECT_PAYMENT', 'PAID', 'PAID', AGENT, true),
  // Fired by the act that undoes an attestation (a capital link declared, a label revoked), never by a mutation.
  ...(['DRAFT', 'SUBMITTED', 'CORRECTION_REQUESTED', 'UNDER_REVIEW'] as const).map((s) =>
    row('WITHDRAW_ATTESTATION', s, s, ['CONNECTEUR', 'MODERATOR'], true),
  ),
  // The applicant's company deletes its account (privacy): a file still in the workflow, or granted and not paid,
  // is withdrawn, closed without follow-up (an accepted one releases its commitment). No mutation fires it.
  ...WITHDRAWABLE_STATUSES.map((from) => row('WITHDRAW', from, 'CLOSED', PME, true)),
];

export const STATUS_LABELS: Record<SubsidyStatus, string> = {
  DRAFT: 'brouillon',
  SUBMITTED: 'déposé',
  CORRECTION_REQUESTED: 'en attente de correction',
  UNDER_REVIEW: 'en instruction',
  ACCEPTED: 'accepté',
  REJECTED: 'refusé',
  CLOSED: 'classé sans suite',
  PAID: 'payé',
};

const EVENT_LABELS: Record<SubsidyEvent, string> = {
  UPDATE: 'modifier',
  SUBMIT: 'déposer',
  ATTEST: 'attester',
  START_REVIEW: 'mettre en instruction',
  REQUEST_CORRECTION: 'demander une correction sur',
  ACCEPT: 'accepter',
  REJECT: 'refuser',
  CLOSE_WITHOUT_FOLLOW_UP: 'classer sans suite',
  REOPEN: 'rouvrir',
  RECORD_PAYMENT: 'enregistrer le paiement de',
  CORRECT_PAYMENT: 'corriger le paiement de',
  WITHDRAW_ATTESTATION: 'retirer l’attestation d’',
  WITHDRAW: 'retirer',
};

/** Statuses an agent may see: everything but drafts. */
export const isSubmittedOnce = (status: SubsidyStatus) => status !== 'DRAFT';

/** Statuses where the applicant holds the file (it may edit it). */
export const EDITABLE_STATUSES: readonly SubsidyStatus[] = ['DRAFT', 'SUBMITTED', 'CORRECTION_REQUESTED'];

/** Before the decision (or reopened): where an attestation still matters and may be withdrawn. */
export const OPEN_STATUSES: readonly SubsidyStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'CORRECTION_REQUESTED',
  'UNDER_REVIEW',
];

/** Files holding aid: granted (committed) or paid. */
export const FUNDED_STATUSES: readonly SubsidyStatus[] = ['ACCEPTED', 'PAID'];

/** The events a role may fire on any status (the policy narrows by company or region). */
export const eventsOf = (role: Role): SubsidyEvent[] => [
  ...new Set(SUBSIDY_TRANSITIONS.filter((t) => t.roles.includes(role)).map((t) => t.event)),
];

/**
 * The transition an event makes from `current`, or why not: a role that never fires it is FORBIDDEN; an event not
 * allowed from the current status is BAD_USER_INPUT naming that status; a missing mandatory reason too.
 */
export function transitionFor(
  current: SubsidyStatus,
  event: SubsidyEvent,
  role: Role,
  reason?: string | null,
): Transition {
  const rows = SUBSIDY_TRANSITIONS.filter((t) => t.event === event);
  if (!rows.some((t) => t.roles.includes(role))) {
    throw forbidden(`Le rôle ${role} ne peut pas ${EVENT_LABELS[event]} un dossier.`);
  }
  const transition = rows.find((t) => t.from === current && t.roles.includes(role));
  if (!transition) {
    const allowed = rows.map((t) => STATUS_LABELS[t.from]).join(', ');
    throw new AppError(
      'BAD_USER_INPUT',
      `Impossible de ${EVENT_LABELS[event]} un dossier au statut ${current} (${STATUS_LABELS[current]}) : possible seulement au statut ${allowed}.`,
      { currentStatus: current, fields: [{ path: ['id'], message: `Statut actuel : ${current}.` }] },
    );
  }
  if (transition.reasonRequired && !reason?.trim()) {
    throw badUserInput('Un motif est obligatoire pour cette action.', [
      { path: ['reason'], message: 'Motif obligatoire.' },
    ]);
  }
  return transition;
}
