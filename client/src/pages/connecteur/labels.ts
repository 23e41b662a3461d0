import type {
  ActionItemStatus,
  Attendance,
  ContactDeadlineState,
  ContactRequestStatus,
  FollowUpContactStatus,
  LabelRequestStatus,
} from '../../../generated/graphql';

export const contactStatusLabels: Record<ContactRequestStatus, string> = {
  PENDING: 'En attente de réponse',
  TAKEN_IN_CHARGE: 'Prise en charge',
  DONE_HELP_PROPOSED: 'Clôturée : aide proposée',
  DONE_NO_HELP: 'Clôturée : pas d’aide possible',
  DONE_UNREACHABLE: 'Clôturée : entreprise injoignable',
  NOT_FOR_ME: 'Déclinée : pas pour moi',
};

type Severity = 'success' | 'warning' | 'error' | 'info' | 'new';

/**
 * The badge of a request's deadline (computed by the API at read time): none while on time or once answered;
 * late after 48 hours, then the reminders, then abandoned.
 */
export const deadlineBadges: Record<ContactDeadlineState, { text: string; severity: Severity } | null> = {
  ON_TIME: null,
  ANSWERED: null,
  LATE: { text: 'En retard (plus de 48 h)', severity: 'warning' },
  FIRST_REMINDER_DUE: { text: 'Première relance', severity: 'warning' },
  SECOND_REMINDER_DUE: { text: 'Seconde relance', severity: 'error' },
  ABANDONED: { text: 'Abandonnée (45 jours sans réponse)', severity: 'error' },
};

export const contactStatusSeverity: Record<ContactRequestStatus, Severity> = {
  PENDING: 'new',
  TAKEN_IN_CHARGE: 'info',
  DONE_HELP_PROPOSED: 'success',
  DONE_NO_HELP: 'info',
  DONE_UNREACHABLE: 'info',
  NOT_FOR_ME: 'info',
};

/**
 * The answers a connecteur may give from each status (the API's workflow: functions/contacts/workflow.ts),
 * with the button's text. Going back to PENDING reopens a closed request.
 */
export const answersFrom: Record<ContactRequestStatus, { to: ContactRequestStatus; text: string }[]> = {
  PENDING: [
    { to: 'TAKEN_IN_CHARGE', text: 'Prendre en charge' },
    { to: 'NOT_FOR_ME', text: 'Pas pour moi' },
  ],
  TAKEN_IN_CHARGE: [
    { to: 'DONE_HELP_PROPOSED', text: 'Clôturer : aide proposée' },
    { to: 'DONE_NO_HELP', text: 'Clôturer : pas d’aide possible' },
    { to: 'DONE_UNREACHABLE', text: 'Clôturer : entreprise injoignable' },
    { to: 'NOT_FOR_ME', text: 'Pas pour moi' },
  ],
  DONE_HELP_PROPOSED: [{ to: 'PENDING', text: 'Rouvrir la demande' }],
  DONE_NO_HELP: [{ to: 'PENDING', text: 'Rouvrir la demande' }],
  DONE_UNREACHABLE: [{ to: 'PENDING', text: 'Rouvrir la demande' }],
  NOT_FOR_ME: [{ to: 'PENDING', text: 'Rouvrir la demande' }],
};

export const followUpContactLabels: Record<FollowUpContactStatus, { text: string; severity: Severity }> = {
  UPCOMING: { text: 'Point de suivi à venir', severity: 'info' },
  DUE_SOON: { text: 'Point de suivi bientôt dû', severity: 'warning' },
  OVERDUE: { text: 'Point de suivi en retard', severity: 'error' },
  DONE: { text: 'Point de suivi fait', severity: 'success' },
};

export const actionItemStatusLabels: Record<ActionItemStatus, string> = {
  TODO: 'À faire',
  IN_PROGRESS: 'En cours',
  DONE: 'Fait',
  DROPPED: 'Abandonné',
};

export const ACTION_ITEM_STATUSES = Object.keys(actionItemStatusLabels) as ActionItemStatus[];

export const attendanceLabels: Record<Attendance, string> = {
  SEEN: 'Entreprise reçue',
  NO_SHOW: 'Absente sans prévenir',
  EXCUSED: 'Absente excusée',
};

export const labelRequestStatusLabels: Record<LabelRequestStatus, string> = {
  PENDING: 'En attente de décision',
  GRANTED: 'Accordé',
  REJECTED: 'Refusé',
  REVOKED: 'Retiré',
};

/** "0,42" → "42 %"; null (nothing to measure yet) → "—". */
export const formatRate = (rate: number | null | undefined): string =>
  rate == null ? '—' : `${Math.round(rate * 100)} %`;
