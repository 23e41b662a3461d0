import type {
  Clientele,
  ContactDeadlineState,
  ContactRequestStatus,
  MaturityLevel,
  PeerScope,
  SizeBand,
} from '../../../generated/graphql';

/** A contact request's status, as the company reads it. */
export const contactStatusLabels: Record<ContactRequestStatus, string> = {
  PENDING: 'En attente de réponse',
  TAKEN_IN_CHARGE: 'Prise en charge',
  DONE_HELP_PROPOSED: 'Terminée : aide proposée',
  DONE_NO_HELP: 'Terminée : pas d’aide possible',
  DONE_UNREACHABLE: 'Terminée : entreprise injoignable',
  NOT_FOR_ME: 'Déclinée par le connecteur',
};

export const contactStatusSeverity: Record<ContactRequestStatus, 'new' | 'info' | 'success' | 'warning'> = {
  PENDING: 'new',
  TAKEN_IN_CHARGE: 'info',
  DONE_HELP_PROPOSED: 'success',
  DONE_NO_HELP: 'info',
  DONE_UNREACHABLE: 'warning',
  NOT_FOR_ME: 'info',
};

export const CLOSED_CONTACT_STATUSES: readonly ContactRequestStatus[] = [
  'DONE_HELP_PROPOSED',
  'DONE_NO_HELP',
  'DONE_UNREACHABLE',
  'NOT_FOR_ME',
];

/** Where the wait for a first answer stands (48 hours, reminders at day 9 and 21, abandoned at day 45). */
export const deadlineLabels: Record<ContactDeadlineState, string> = {
  ON_TIME: 'Réponse attendue sous 48 heures',
  LATE: 'Réponse en retard (plus de 48 heures)',
  FIRST_REMINDER_DUE: 'Sans réponse depuis 9 jours : le connecteur est relancé',
  SECOND_REMINDER_DUE: 'Sans réponse depuis 21 jours : seconde relance',
  ABANDONED: 'Sans réponse depuis 45 jours : demande abandonnée',
  ANSWERED: 'Le connecteur a répondu',
};

export const sizeBandLabels: Record<SizeBand, string> = {
  SOLO: 'Sans salarié',
  MICRO: '1 à 9 salariés',
  SMALL: '10 à 49 salariés',
  MEDIUM: '50 à 249 salariés',
};

export const SIZE_BANDS = Object.keys(sizeBandLabels) as SizeBand[];

/** The size band of a headcount (schema: SOLO 0, MICRO 1–9, SMALL 10–49, MEDIUM 50–249). */
export const sizeBandOf = (employees: number): SizeBand =>
  employees === 0 ? 'SOLO' : employees < 10 ? 'MICRO' : employees < 50 ? 'SMALL' : 'MEDIUM';

export const clienteleLabels: Record<Clientele, string> = {
  B2C: 'Des particuliers',
  B2B: 'Des professionnels',
  BOTH: 'Les deux',
};

export const CLIENTELES = Object.keys(clienteleLabels) as Clientele[];

export const maturitySeverity: Record<MaturityLevel, 'info' | 'new' | 'success'> = {
  RELUCTANT: 'new',
  POTENTIAL: 'info',
  DYNAMIC: 'info',
  MATURE: 'success',
};

export const peerScopeOrder: readonly PeerScope[] = [
  'SAME_PROFILE',
  'SECTOR',
  'SIZE_BAND',
  'REGION',
  'NATIONAL',
];
