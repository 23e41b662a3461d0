import type {
  EligibilityRule,
  PricePlacement,
  SubsidyAction,
  SubsidyApplicationStatus,
} from '../../generated/graphql';

/** Statuses of a chèque numérique application, as the applicant and the region read them. */
export const subsidyStatusLabels: Record<SubsidyApplicationStatus, string> = {
  DRAFT: 'Brouillon',
  SUBMITTED: 'Déposé',
  CORRECTION_REQUESTED: 'Correction demandée',
  UNDER_REVIEW: 'En instruction',
  ACCEPTED: 'Accepté',
  REJECTED: 'Refusé',
  CLOSED: 'Classé sans suite',
  PAID: 'Payé',
};

/** In the order a file goes through them. */
export const SUBSIDY_STATUSES = Object.keys(subsidyStatusLabels) as SubsidyApplicationStatus[];

export const subsidyActionLabels: Record<SubsidyAction, string> = {
  CREATE: 'Création du brouillon',
  UPDATE: 'Modification',
  SUBMIT: 'Dépôt',
  ATTEST: 'Attestation du tiers de confiance',
  START_REVIEW: 'Début de l’instruction',
  REQUEST_CORRECTION: 'Demande de correction',
  ACCEPT: 'Acceptation',
  REJECT: 'Refus',
  CLOSE_WITHOUT_FOLLOW_UP: 'Classement sans suite',
  REOPEN: 'Réouverture',
  RECORD_PAYMENT: 'Paiement',
  CORRECT_PAYMENT: 'Correction du paiement',
  WITHDRAW_ATTESTATION: 'Retrait de l’attestation',
  WITHDRAW: 'Retrait (compte de l’entreprise supprimé)',
};

export const eligibilityRuleLabels: Record<EligibilityRule, string> = {
  CALL_WINDOW: 'Période de l’appel',
  REGION: 'Région',
  EMPLOYEES: 'Effectif',
  ANNUAL_REVENUE: 'Chiffre d’affaires',
  INDEPENDENCE: 'Indépendance',
  SECTOR: 'Secteur d’activité',
  EXPENSE_THEMES: 'Thèmes des dépenses',
  LOCAL_PROVIDERS: 'Prestataires de la région',
  INVESTMENT_FLOOR: 'Investissement minimal',
  COMPANY_CAP: 'Plafond par entreprise',
  AID_FLOOR: 'Aide minimale',
  ATTESTATION: 'Attestation du tiers de confiance',
  MANAGING_BODY_CAP: 'Plafond de l’organisme sur plusieurs appels',
  QUESTION: 'Question du programme',
};

export const pricePlacementLabels: Record<PricePlacement, string> = {
  BELOW_RANGE: 'Sous la fourchette habituelle',
  WITHIN_RANGE: 'Dans la fourchette habituelle',
  ABOVE_RANGE: 'Au-dessus de la fourchette habituelle',
  NO_REFERENCE: 'Pas de référence publiée',
};
