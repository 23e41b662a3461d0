/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActionItemInput = {
  dueOn?: string | null | undefined;
  theme: Theme;
  title: string;
};

export type ActionItemStatus =
  | 'DONE'
  | 'DROPPED'
  | 'IN_PROGRESS'
  | 'TODO';

/** Fields left out are unchanged; `dueOn: null` removes the due day. */
export type ActionItemUpdateInput = {
  dueOn?: string | null | undefined;
  status?: ActionItemStatus | null | undefined;
  title?: string | null | undefined;
};

export type AddProviderOfferInput = {
  description: string;
  priceFromCents: number;
  priceToCents: number;
  theme: Theme;
};

export type AppointmentSlotInput = {
  endsAt: string;
  startsAt: string;
};

export type AppointmentSlotStatus =
  | 'BOOKED'
  | 'OPEN';

export type AppointmentStatus =
  | 'BOOKED'
  | 'CANCELLED';

export type Attendance =
  | 'EXCUSED'
  | 'NO_SHOW'
  | 'SEEN';

/** Where the trusted third party's attestation of a file stands. */
export type AttestationStatus =
  | 'NOT_ATTESTED'
  /** Given, but the connecteur's label has expired or been revoked, or it declared a capital link with a funded provider. */
  | 'NO_LONGER_STANDING'
  /** Given by a connecteur labelled now, with no capital link with a provider the file funds. */
  | 'STANDING'
  /** Withdrawn: the project changed, a capital link was declared or the label revoked (it may be given again). */
  | 'WITHDRAWN';

export type Clientele =
  | 'B2B'
  | 'B2C'
  | 'BOTH';

export type CompanyFactsInput = {
  clientele: Clientele;
  /** INSEE code of the commune. */
  communeCode: string;
  /** NAF rév. 2 sub-class, e.g. 47.71Z. */
  nafCode: string;
  sizeBand: SizeBand;
};

/**
 * Every field narrows the result (AND). The place is the most precise of communeCode (based in the commune),
 * departementCode (based in or serving the département) and regionCode (based in or serving a département of the region).
 */
export type ConnecteurFilter = {
  acceptsNewPmes?: boolean | null | undefined;
  communeCode?: string | null | undefined;
  departementCode?: string | null | undefined;
  /** Only connecteurs whose label is valid now. */
  labelledOnly?: boolean | null | undefined;
  regionCode?: string | null | undefined;
  /** Case- and accent-insensitive match on the name. */
  text?: string | null | undefined;
  /** Any of these themes. */
  themes?: Array<Theme> | null | undefined;
  tier?: ConnecteurTier | null | undefined;
};

export type ConnecteurKind =
  | 'PERSON'
  | 'STRUCTURE';

export type ConnecteurTier =
  /** Holds a label that is valid now. */
  | 'LABELLED'
  /** Signed the charter. */
  | 'VOLUNTEER';

export type ContactActor =
  | 'CONNECTEUR'
  | 'PME';

/** Where a request waiting for its connecteur stands: late after 48 hours, reminders due at day 9 and 21, abandoned at day 45. ANSWERED once it left PENDING. */
export type ContactDeadlineState =
  | 'ABANDONED'
  | 'ANSWERED'
  | 'FIRST_REMINDER_DUE'
  | 'LATE'
  | 'ON_TIME'
  | 'SECOND_REMINDER_DUE';

export type ContactFeedbackInput = {
  comment?: string | null | undefined;
  contacted: boolean;
  useful?: boolean | null | undefined;
};

/** A request's status; a need's status is the roll-up of its requests (the most useful outcome wins). */
export type ContactRequestStatus =
  | 'DONE_HELP_PROPOSED'
  | 'DONE_NO_HELP'
  | 'DONE_UNREACHABLE'
  | 'NOT_FOR_ME'
  | 'PENDING'
  | 'TAKEN_IN_CHARGE';

export type CreateSubsidyApplicationInput = {
  /** Answers to the programme's questions. */
  answers?: Array<SubsidyQuestionAnswerInput> | null | undefined;
  expenses: Array<SubsidyExpenseInput>;
  programId: string | number;
  projectSummary: string;
  /** The labelled connecteur chosen to attest the project (it may then read the file). */
  trustedThirdPartyId?: string | number | null | undefined;
};

export type DiagnosticAnswerInput = {
  choiceIds: Array<string | number>;
  questionId: string | number;
};

/** The eligibility rules a programme's data defines, in the order they are checked. */
export type EligibilityRule =
  | 'AID_FLOOR'
  | 'ANNUAL_REVENUE'
  | 'ATTESTATION'
  | 'CALL_WINDOW'
  | 'COMPANY_CAP'
  | 'EMPLOYEES'
  | 'EXPENSE_THEMES'
  | 'INDEPENDENCE'
  | 'INVESTMENT_FLOOR'
  | 'LOCAL_PROVIDERS'
  /** Most aid per company over every call of the programme's managing body in its region (a ledger across calls). */
  | 'MANAGING_BODY_CAP'
  /** One of the programme's own questions (its id in `questionId`). */
  | 'QUESTION'
  | 'REGION'
  | 'SECTOR';

export type EngagementStatus =
  | 'CONFIRMED'
  /** Declared by the PME, waiting for the provider. */
  | 'DECLARED';

/** `regionCode`: events of the region and national ones. `from` defaults to now (upcoming events), `to` to no limit. */
export type EventFilter = {
  from?: string | null | undefined;
  regionCode?: string | null | undefined;
  /** Any of these themes. */
  themes?: Array<Theme> | null | undefined;
  to?: string | null | undefined;
};

export type EventKind =
  | 'BREAKFAST'
  | 'CONFERENCE'
  | 'FAIR'
  | 'OTHER'
  | 'WEBINAR'
  | 'WORKSHOP';

/** A connecteur proposes to follow a company; the company consents (ACTIVE), declines, or later revokes its consent. */
export type FollowStatus =
  | 'ACTIVE'
  | 'DECLINED'
  | 'PROPOSED'
  | 'REVOKED';

/** The follow-up contact due 6 months after a diagnostic and its action plan: due soon in the 30 days before, done once a meeting is noted from then on. */
export type FollowUpContactStatus =
  | 'DONE'
  | 'DUE_SOON'
  | 'OVERDUE'
  | 'UPCOMING';

export type LabelRequestStatus =
  | 'GRANTED'
  | 'PENDING'
  | 'REJECTED'
  | 'REVOKED';

/** The four segments of France Num's barometer (réfractaires, potentiels, dynamiques, matures); see `MaturityLevelInfo` for their friendly names. */
export type MaturityLevel =
  | 'DYNAMIC'
  | 'MATURE'
  | 'POTENTIAL'
  | 'RELUCTANT';

/** The six themes of the maturity self-diagnostic. */
export type MaturityTheme =
  | 'CUSTOMER_RELATIONSHIP'
  | 'MANAGEMENT_TOOLS'
  | 'ONLINE_SALES'
  | 'ONLINE_VISIBILITY'
  | 'SECURITY'
  | 'SKILLS';

export type MeetingNoteInput = {
  meetingOn: string;
  shared: boolean;
  text: string;
};

export type ModerationDecision =
  | 'PUBLISH'
  | 'REJECT';

/** `regionCode`: news of the region and national ones. */
export type NewsFilter = {
  regionCode?: string | null | undefined;
  themes?: Array<Theme> | null | undefined;
};

export type OpenSubsidyProgramInput = {
  aidCeilingCents: number;
  aidFloorCents: number;
  aidRateBasisPoints: number;
  /** Default false. */
  attestationRequired?: boolean | null | undefined;
  closesAt: string;
  description?: string | null | undefined;
  /** Default: the themes of the 2021 chèque France Num. */
  eligibleThemes?: Array<Theme> | null | undefined;
  envelopeCents: number;
  /** Default: the digital sector (58.2, 61, 62, 63.1, 95.1). */
  excludedNafPrefixes?: Array<string> | null | undefined;
  /** Default true. */
  independenceRequired?: boolean | null | undefined;
  investmentCeilingCents: number;
  investmentFloorCents: number;
  /** Default false. */
  localProvidersOnly?: boolean | null | undefined;
  managingBody: string;
  /** Default: no cap across the managing body's calls. */
  managingBodyCapCents?: number | null | undefined;
  /** Default 3. */
  managingBodyCapYears?: number | null | undefined;
  /** Default: no ceiling. */
  maxAnnualRevenueCents?: number | null | undefined;
  /** Default 49 (fewer than 50 employees). */
  maxEmployees?: number | null | undefined;
  name: string;
  opensAt: string;
  /** Default: no cap. */
  perCompanyCapCents?: number | null | undefined;
  /** Default 3. */
  perCompanyCapYears?: number | null | undefined;
  /** Default: none. */
  questions?: Array<SubsidyProgramQuestionInput> | null | undefined;
  regionCode: string;
};

/** Groups a result is compared with: same NAF section, same size band, same region, all three at once, and the whole country (the national referential). */
export type PeerScope =
  | 'NATIONAL'
  | 'REGION'
  | 'SAME_PROFILE'
  | 'SECTOR'
  | 'SIZE_BAND';

export type PricePlacement =
  /** Above the high quartile. */
  | 'ABOVE_RANGE'
  /** Below the low quartile. */
  | 'BELOW_RANGE'
  /** No published range to compare with. */
  | 'NO_REFERENCE'
  /** Between the low and high quartiles. */
  | 'WITHIN_RANGE';

/**
 * Every field narrows the result (AND).
 * `regionCode`: serves the region. `departementCode`: based in the département. `localTo`: a commune code (based in
 * the commune's département) or a region code (based in the region).
 */
export type ProviderFilter = {
  departementCode?: string | null | undefined;
  localTo?: string | null | undefined;
  /** Average of the published reviews, from 1 to 5; unrated providers are left out. */
  minRating?: number | null | undefined;
  regionCode?: string | null | undefined;
  /** Case- and accent-insensitive match on the name. */
  text?: string | null | undefined;
  /** Any of these themes among the provider's offers. */
  themes?: Array<Theme> | null | undefined;
};

export type RegisterCompanyInput = {
  annualRevenueCents: number;
  /** INSEE code of the commune of the head office; département and region are derived from it. */
  communeCode: string;
  employees: number;
  independent: boolean;
  nafCode: string;
  name: string;
  /** Optional: the SIREN is taken from the SIRET of the caller's token; when given, it must be the same (else FORBIDDEN). */
  siren?: string | null | undefined;
};

export type RegisterConnecteurInput = {
  acceptsNewPmes: boolean;
  /** INSEE code of the commune; département and region are derived from it. */
  communeCode: string;
  /** INSEE codes of the départements served (the home département is always served). */
  departementsServed: Array<string>;
  displayName: string;
  email: string;
  kind: ConnecteurKind;
  /** Signing the collective charter is mandatory: it makes the connecteur a volunteer. */
  signCharter: boolean;
  structureType: StructureType;
  themes: Array<Theme>;
  website?: string | null | undefined;
};

export type RegisterProviderInput = {
  /** INSEE code of the commune; département and region are derived from it. */
  communeCode: string;
  name: string;
  regionsServed: Array<string>;
  /** 14 digits with a valid Luhn key. */
  siret: string;
  startup: boolean;
  website?: string | null | undefined;
};

export type ReviewAuthorKind =
  | 'CONNECTEUR'
  | 'PME';

export type ReviewStatus =
  /** Waiting for a moderator. */
  | 'PENDING'
  | 'PUBLISHED'
  | 'REJECTED';

/** Roles carried by the caller's token. */
export type Role =
  | 'CONNECTEUR'
  | 'MODERATOR'
  | 'PME'
  | 'PROVIDER'
  | 'REGION_AGENT';

export type SendContactRequestInput = {
  /** 1 to 5 connecteurs, each accepting new PMEs. */
  connecteurIds: Array<string | number>;
  need: string;
  themes?: Array<Theme> | null | undefined;
};

/** Headcount bands: SOLO (no employee), MICRO (1–9), SMALL (10–49), MEDIUM (50–249). */
export type SizeBand =
  | 'MEDIUM'
  | 'MICRO'
  | 'SMALL'
  | 'SOLO';

export type StructureType =
  | 'ACCOUNTANT'
  | 'ASSOCIATION'
  | 'CCI'
  | 'CMA'
  | 'CONSULTING_FIRM'
  | 'ENTREPRENEURS_NETWORK'
  | 'FREELANCE'
  | 'OTHER'
  | 'PROFESSIONAL_BODY'
  | 'PUBLIC_BODY'
  | 'STUDENT_OR_APPRENTICE'
  | 'TIERS_LIEU';

/** Every question of the current version answered exactly once. */
export type SubmitDiagnosticInput = {
  answers: Array<DiagnosticAnswerInput>;
  companyFacts: CompanyFactsInput;
};

/** What happened to an application (one history entry each). */
export type SubsidyAction =
  | 'ACCEPT'
  | 'ATTEST'
  | 'CLOSE_WITHOUT_FOLLOW_UP'
  /** An agent corrected a paid file (wrong invoice recorded, or money recovered after a control); reason mandatory. */
  | 'CORRECT_PAYMENT'
  | 'CREATE'
  | 'RECORD_PAYMENT'
  | 'REJECT'
  | 'REOPEN'
  | 'REQUEST_CORRECTION'
  | 'START_REVIEW'
  | 'SUBMIT'
  | 'UPDATE'
  /** Withdrawn (closed without follow-up) because the applicant's company deleted its account. */
  | 'WITHDRAW'
  /** The trusted third party's attestation withdrawn: a capital link declared or its label revoked. */
  | 'WITHDRAW_ATTESTATION';

/**
 * Every field narrows the result. An agent sees its region's submitted files, a PME its company's, a moderator every
 * region's (or one, with regionCode).
 */
export type SubsidyApplicationFilter = {
  programId?: string | number | null | undefined;
  /** Moderators only: one region. */
  regionCode?: string | null | undefined;
  /**
   * A company: 9 digits are its SIREN (exact), anything else a part of its name as submitted (case and accents
   * ignored). Drafts are never in a region's lists; an erased file's company has no name nor SIREN left to match.
   */
  search?: string | null | undefined;
  status?: SubsidyApplicationStatus | null | undefined;
  /** Only files changed at or after this instant. */
  updatedSince?: string | null | undefined;
};

/**
 * Order of a list of files. UPDATED_AT_DESC (the default) pages by keyset over the partition; the others read the
 * queue's partition once (at most 2,000 files: narrow by status or programme beyond) and sort it.
 */
export type SubsidyApplicationOrder =
  | 'AMOUNT_ASC'
  /** Project amount (investmentCents), largest first. */
  | 'AMOUNT_DESC'
  /** First submission, oldest first (the order files are processed in). */
  | 'SUBMITTED_AT_ASC'
  /** First submission, newest first. */
  | 'SUBMITTED_AT_DESC'
  | 'UPDATED_AT_DESC';

/** Where a chèque numérique application stands (the workflow of démarches-simplifiées). */
export type SubsidyApplicationStatus =
  /** Aid granted: committed against the programme's envelope. */
  | 'ACCEPTED'
  /** Closed without follow-up. */
  | 'CLOSED'
  /** Sent back to the applicant by the region; submitting again answers it. */
  | 'CORRECTION_REQUESTED'
  | 'DRAFT'
  /** Paid after the invoice proved the work was done. */
  | 'PAID'
  | 'REJECTED'
  /** Submitted; the applicant may still correct it until the review starts. */
  | 'SUBMITTED'
  | 'UNDER_REVIEW';

export type SubsidyDecision =
  | 'ACCEPT'
  | 'CLOSE_WITHOUT_FOLLOW_UP'
  | 'REJECT';

export type SubsidyExpenseInput = {
  amountCents: number;
  description: string;
  providerCommuneCode?: string | null | undefined;
  providerName: string;
  /** SIREN of the provider (Luhn key checked). */
  providerSiren: string;
  theme: Theme;
};

export type SubsidyProgramQuestionInput = {
  acceptedChoices?: Array<string> | null | undefined;
  choices?: Array<string> | null | undefined;
  id: string | number;
  kind: SubsidyQuestionKind;
  label: string;
  max?: number | null | undefined;
  min?: number | null | undefined;
  /** Default true. */
  required?: boolean | null | undefined;
  requiredAnswer?: boolean | null | undefined;
  unit?: string | null | undefined;
};

export type SubsidyQuestionAnswerInput = {
  choice?: string | null | undefined;
  number?: number | null | undefined;
  questionId: string | number;
  yes?: boolean | null | undefined;
};

export type SubsidyQuestionKind =
  | 'CHOICE'
  | 'NUMBER'
  | 'YES_NO';

/** Every field narrows the result (AND); `themes` matches any of them. */
export type TestimonialFilter = {
  awardedOnly?: boolean | null | undefined;
  departementCode?: string | null | undefined;
  format?: TestimonialFormat | null | undefined;
  maturityLevel?: MaturityLevel | null | undefined;
  /** NAF section letter, A to U. */
  nafSection?: string | null | undefined;
  regionCode?: string | null | undefined;
  sizeBand?: SizeBand | null | undefined;
  themes?: Array<Theme> | null | undefined;
};

export type TestimonialFormat =
  /** A written case. */
  | 'ARTICLE'
  /** An audio interview. */
  | 'AUDIO'
  /** A short video, 60 seconds at most. */
  | 'VIDEO';

export type TestimonialStatus =
  /** Written by a connecteur, waiting for the company's agreement. */
  | 'AWAITING_AGREEMENT'
  /** Waiting for a moderator. */
  | 'PENDING'
  | 'PUBLISHED'
  | 'REJECTED'
  /** Withdrawn by the company. */
  | 'WITHDRAWN';

/** Expertise themes of connecteurs; they include every expense theme of the chèque numérique. */
export type Theme =
  | 'BOOKING'
  | 'CONTENT'
  | 'CUSTOMER_RELATIONSHIP'
  | 'ECOMMERCE_WEBSITE'
  | 'EMAILING'
  | 'EXPORT'
  | 'HOSTING_SECURITY'
  | 'MARKETPLACE'
  | 'ONLINE_PAYMENT'
  | 'ONLINE_VISIBILITY'
  | 'POINT_OF_SALE'
  | 'STOCK_ORDERS_DELIVERY'
  | 'STRATEGY'
  | 'TRAINING';

/** Fields left out are unchanged; the SIREN never changes. */
export type UpdateCompanyInput = {
  annualRevenueCents?: number | null | undefined;
  communeCode?: string | null | undefined;
  employees?: number | null | undefined;
  independent?: boolean | null | undefined;
  nafCode?: string | null | undefined;
  name?: string | null | undefined;
};

/** Fields left out are unchanged; `website: null` removes it. */
export type UpdateProviderInput = {
  communeCode?: string | null | undefined;
  name?: string | null | undefined;
  regionsServed?: Array<string> | null | undefined;
  startup?: boolean | null | undefined;
  website?: string | null | undefined;
};

/** Fields left out are unchanged. Changing the project, the expenses or the trusted third party withdraws the attestation. */
export type UpdateSubsidyApplicationInput = {
  /** Replaces every answer. */
  answers?: Array<SubsidyQuestionAnswerInput> | null | undefined;
  expenses?: Array<SubsidyExpenseInput> | null | undefined;
  projectSummary?: string | null | undefined;
  trustedThirdPartyId?: string | number | null | undefined;
};

/** Fields left out are unchanged; `maxAnnualRevenueCents` and `perCompanyCapCents` set to null remove the limit. */
export type UpdateSubsidyProgramInput = {
  aidCeilingCents?: number | null | undefined;
  aidFloorCents?: number | null | undefined;
  aidRateBasisPoints?: number | null | undefined;
  attestationRequired?: boolean | null | undefined;
  closesAt?: string | null | undefined;
  /** Null removes it. */
  description?: string | null | undefined;
  eligibleThemes?: Array<Theme> | null | undefined;
  envelopeCents?: number | null | undefined;
  excludedNafPrefixes?: Array<string> | null | undefined;
  independenceRequired?: boolean | null | undefined;
  investmentCeilingCents?: number | null | undefined;
  investmentFloorCents?: number | null | undefined;
  localProvidersOnly?: boolean | null | undefined;
  managingBody?: string | null | undefined;
  /** Null removes the cap. */
  managingBodyCapCents?: number | null | undefined;
  managingBodyCapYears?: number | null | undefined;
  maxAnnualRevenueCents?: number | null | undefined;
  maxEmployees?: number | null | undefined;
  name?: string | null | undefined;
  opensAt?: string | null | undefined;
  perCompanyCapCents?: number | null | undefined;
  perCompanyCapYears?: number | null | undefined;
  /** Replaces every question ([] removes them). */
  questions?: Array<SubsidyProgramQuestionInput> | null | undefined;
};

export type ConnecteurAddActionItemMutationVariables = Exact<{
  companyId: string | number;
  input: ActionItemInput;
}>;


export type ConnecteurAddActionItemMutation = { addActionItem: { id: string } };

export type ConnecteurUpdateActionItemMutationVariables = Exact<{
  companyId: string | number;
  itemId: string | number;
  input: ActionItemUpdateInput;
}>;


export type ConnecteurUpdateActionItemMutation = { updateActionItem: { id: string, status: ActionItemStatus } };

export type ConnecteurAppointmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnecteurAppointmentsQuery = { mySlots: { edges: Array<{ node: { id: string, startsAt: string, endsAt: string, status: AppointmentSlotStatus } }> }, upcoming: { edges: Array<{ node: { id: string, startsAt: string, endsAt: string, topic: string | null, status: AppointmentStatus, attendance: Attendance | null, cancelledBy: ContactActor | null, cancellationReason: string | null, company: { id: string, name: string } } }> }, past: { edges: Array<{ node: { id: string, startsAt: string, endsAt: string, topic: string | null, status: AppointmentStatus, attendance: Attendance | null, cancelledBy: ContactActor | null, cancellationReason: string | null, company: { id: string, name: string } } }> } };

export type ConnecteurAppointmentFieldsFragment = { id: string, startsAt: string, endsAt: string, topic: string | null, status: AppointmentStatus, attendance: Attendance | null, cancelledBy: ContactActor | null, cancellationReason: string | null, company: { id: string, name: string } };

export type ConnecteurPublishSlotsMutationVariables = Exact<{
  slots: Array<AppointmentSlotInput> | AppointmentSlotInput;
}>;


export type ConnecteurPublishSlotsMutation = { publishAppointmentSlots: Array<{ id: string }> };

export type ConnecteurRecordAttendanceMutationVariables = Exact<{
  appointmentId: string | number;
  attendance: Attendance;
}>;


export type ConnecteurRecordAttendanceMutation = { recordAttendance: { id: string, attendance: Attendance | null } };

export type ConnecteurCancelAppointmentMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type ConnecteurCancelAppointmentMutation = { cancelAppointment: { id: string, status: AppointmentStatus } };

export type ConnecteurAttestationFileQueryVariables = Exact<{
  id: string | number;
}>;


export type ConnecteurAttestationFileQuery = { myConnecteurProfile: { id: string, isLabelled: boolean, capitalLinks: Array<string> } | null, subsidyApplication: { id: string, status: SubsidyApplicationStatus, projectSummary: string, investmentCents: number, aidCents: number, attestedAt: string | null, company: { id: string, name: string, siren: string }, program: { id: string, name: string, regionName: string }, expenses: Array<{ theme: Theme, description: string, amountCents: number, providerSiren: string, providerName: string }>, trustedThirdParty: { id: string, displayName: string } | null, attestedBy: { id: string, displayName: string } | null } | null };

export type ConnecteurAttestApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type ConnecteurAttestApplicationMutation = { attestSubsidyApplication: { id: string, attestedAt: string | null } };

export type ConnecteurFilesToAttestQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConnecteurFilesToAttestQuery = { applicationsToAttest: { edges: Array<{ node: { id: string, status: SubsidyApplicationStatus, investmentCents: number, updatedAt: string, attestedAt: string | null, company: { id: string, name: string }, program: { id: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConnecteurHomeProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnecteurHomeProfileQuery = { myConnecteurProfile: { id: string, displayName: string, isLabelled: boolean, labelValidUntil: string | null, hasPendingLabelRequest: boolean } | null };

export type ConnecteurDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnecteurDashboardQuery = { connecteurDashboard: { followedCompanies: number, requestsReceived: number, pendingRequests: number, lateRequests: number, medianFirstAnswerHours: number | null, takeUpRate: number | null, responseRate: number | null, appointmentsBooked: number, appointmentsHeld: number } };

export type ConnecteurOwnProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnecteurOwnProfileQuery = { myConnecteurProfile: { id: string, displayName: string, kind: ConnecteurKind, structureType: StructureType, communeCode: string, departementCode: string, departementsServed: Array<string>, themes: Array<Theme>, acceptsNewPmes: boolean, email: string | null, website: string | null, charterSignedAt: string, isLabelled: boolean, labelValidUntil: string | null, labelWave: string | null, hasPendingLabelRequest: boolean, capitalLinks: Array<string>, labelHistory: Array<{ id: string, status: LabelRequestStatus, requestedAt: string, decidedAt: string | null, validUntil: string | null, wave: string | null, reason: string | null }> } | null };

export type ConnecteurRequestLabelMutationVariables = Exact<{ [key: string]: never; }>;


export type ConnecteurRequestLabelMutation = { requestLabel: { id: string, hasPendingLabelRequest: boolean } };

export type ConnecteurDeclareCapitalLinkMutationVariables = Exact<{
  providerSiren: string;
}>;


export type ConnecteurDeclareCapitalLinkMutation = { declareCapitalLink: { id: string, capitalLinks: Array<string> } };

export type ConnecteurRemoveCapitalLinkMutationVariables = Exact<{
  providerSiren: string;
}>;


export type ConnecteurRemoveCapitalLinkMutation = { removeCapitalLink: { id: string, capitalLinks: Array<string> } };

export type ConnecteurContactInboxQueryVariables = Exact<{
  statuses?: Array<ContactRequestStatus> | ContactRequestStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConnecteurContactInboxQuery = { contactInbox: { edges: Array<{ node: { id: string, status: ContactRequestStatus, createdAt: string, updatedAt: string, deadline: { state: ContactDeadlineState, waitingSince: string | null }, need: { id: string, need: string, themes: Array<Theme>, departementCode: string, company: { id: string, name: string } } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConnecteurAnswerContactRequestMutationVariables = Exact<{
  id: string | number;
  status: ContactRequestStatus;
  message?: string | null | undefined;
}>;


export type ConnecteurAnswerContactRequestMutation = { answerContactRequest: { id: string, status: ContactRequestStatus, createdAt: string, updatedAt: string, deadline: { state: ContactDeadlineState, waitingSince: string | null }, need: { id: string, need: string, themes: Array<Theme>, departementCode: string, company: { id: string, name: string } } } };

export type ConnecteurContactRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type ConnecteurContactRequestQuery = { contactRequest: { id: string, status: ContactRequestStatus, createdAt: string, firstAnsweredAt: string | null, deadline: { state: ContactDeadlineState, waitingSince: string | null, lateAt: string | null, firstReminderAt: string | null, secondReminderAt: string | null, abandonedAt: string | null }, history: Array<{ at: string, by: ContactActor, from: ContactRequestStatus | null, to: ContactRequestStatus, message: string | null }>, feedback: { contacted: boolean, useful: boolean | null, comment: string | null, givenAt: string } | null, need: { id: string, need: string, themes: Array<Theme>, departementCode: string, createdAt: string, company: { id: string, name: string, siren: string, nafLabel: string, employees: number, communeCode: string } } } | null };

export type ConnecteurAnswerWithMessageMutationVariables = Exact<{
  id: string | number;
  status: ContactRequestStatus;
  message?: string | null | undefined;
}>;


export type ConnecteurAnswerWithMessageMutation = { answerContactRequest: { id: string, status: ContactRequestStatus } };

export type ConnecteurFollowedCompaniesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConnecteurFollowedCompaniesQuery = { myFollowedCompanies: { edges: Array<{ node: { id: string, companyId: string, followedSince: string, company: { id: string, name: string, departementCode: string }, latestMaturity: { overallScore: number, levelName: string, diagnosedAt: string } | null, due: { overdueActionItems: number, nextActionDueOn: string | null, followUpContact: { dueOn: string, status: FollowUpContactStatus } | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConnecteurLeadsQueryVariables = Exact<{
  departementCode?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConnecteurLeadsQuery = { leads: { edges: Array<{ node: { companyId: string, departementCode: string, company: { id: string, name: string, nafLabel: string, employees: number }, latestMaturity: { overallScore: number, levelName: string, diagnosedAt: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConnecteurProposeFollowMutationVariables = Exact<{
  companyId: string | number;
  message?: string | null | undefined;
}>;


export type ConnecteurProposeFollowMutation = { proposeFollow: { id: string, companyId: string, status: FollowStatus, proposedAt: string } };

export type ConnecteurFollowedCompanyQueryVariables = Exact<{
  companyId: string | number;
}>;


export type ConnecteurFollowedCompanyQuery = { followedCompany: { id: string, companyId: string, followedSince: string, company: { id: string, name: string, siren: string, nafLabel: string, employees: number, communeCode: string, departementCode: string, regionCode: string }, due: { overdueActionItems: number, nextActionDueOn: string | null, followUpContact: { dueOn: string, status: FollowUpContactStatus } | null }, diagnostics: { edges: Array<{ node: { id: string, submittedAt: string, overallScore: number, levelInfo: { name: string } } }> }, actionPlan: Array<{ id: string, theme: Theme, title: string, status: ActionItemStatus, dueOn: string | null }>, meetingNotes: { edges: Array<{ node: { id: string, meetingOn: string, text: string, shared: boolean } }> } } };

export type ConnecteurAddMeetingNoteMutationVariables = Exact<{
  companyId: string | number;
  input: MeetingNoteInput;
}>;


export type ConnecteurAddMeetingNoteMutation = { addMeetingNote: { id: string } };

export type ConnecteurRecommendationsQueryVariables = Exact<{
  companyId: string | number;
}>;


export type ConnecteurRecommendationsQuery = { providerRecommendations: Array<{ note: string | null, recommendedAt: string, providers: Array<{ id: string, name: string }> }> };

export type ConnecteurProviderChoicesQueryVariables = Exact<{
  filter?: ProviderFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ConnecteurProviderChoicesQuery = { providers: { edges: Array<{ node: { id: string, name: string, communeCode: string, rating: { average: number | null, count: number } } }> } };

export type ConnecteurRecommendProvidersMutationVariables = Exact<{
  companyId: string | number;
  providerIds: Array<string | number> | string | number;
  note?: string | null | undefined;
}>;


export type ConnecteurRecommendProvidersMutation = { recommendProviders: { recommendedAt: string } };

export type ConnecteurRegisterMutationVariables = Exact<{
  input: RegisterConnecteurInput;
}>;


export type ConnecteurRegisterMutation = { registerConnecteur: { id: string } };

export type ModeratorLabelRequestsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ModeratorLabelRequestsQuery = { pendingLabelRequests: { edges: Array<{ node: { id: string, displayName: string, structureType: StructureType, departementCode: string, themes: Array<Theme>, isLabelled: boolean, labelValidUntil: string | null, labelHistory: Array<{ id: string, status: LabelRequestStatus, requestedAt: string, validUntil: string | null, reason: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ModeratorGrantLabelMutationVariables = Exact<{
  connecteurId: string | number;
  validUntil: string;
  wave?: string | null | undefined;
}>;


export type ModeratorGrantLabelMutation = { grantLabel: { id: string, isLabelled: boolean, labelValidUntil: string | null, labelWave: string | null, hasPendingLabelRequest: boolean } };

export type ModeratorRejectLabelRequestMutationVariables = Exact<{
  connecteurId: string | number;
  reason: string;
}>;


export type ModeratorRejectLabelRequestMutation = { rejectLabelRequest: { id: string, hasPendingLabelRequest: boolean } };

export type ModeratorLabelledConnecteursQueryVariables = Exact<{
  text?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ModeratorLabelledConnecteursQuery = { connecteurs: { edges: Array<{ node: { id: string, displayName: string, departementCode: string, labelValidUntil: string | null, labelWave: string | null } }> } };

export type ModeratorRevokeLabelMutationVariables = Exact<{
  connecteurId: string | number;
  reason: string;
}>;


export type ModeratorRevokeLabelMutation = { revokeLabel: { id: string, isLabelled: boolean } };

export type ModeratorReviewQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ModeratorReviewQueueQuery = { moderationQueue: { edges: Array<{ node: { id: string, rating: number, comment: string, authorKind: ReviewAuthorKind, authorName: string, submittedAt: string, provider: { id: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ModeratorModerateReviewMutationVariables = Exact<{
  reviewId: string | number;
  decision: ModerationDecision;
  reason?: string | null | undefined;
}>;


export type ModeratorModerateReviewMutation = { moderateReview: { id: string, status: ReviewStatus } };

export type ModeratorTestimonialQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ModeratorTestimonialQueueQuery = { testimonialModerationQueue: { edges: Array<{ node: { id: string, companyName: string, title: string, story: string, format: TestimonialFormat, mediaUrl: string | null, durationSeconds: number | null, themes: Array<Theme>, nafCode: string, nafSection: string, sizeBand: SizeBand, communeCode: string, departementCode: string, maturityLevel: MaturityLevel, award: string | null, status: TestimonialStatus, submittedAt: string, connecteur: { id: string, displayName: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ModeratorModerateTestimonialMutationVariables = Exact<{
  id: string | number;
  decision: ModerationDecision;
  reason?: string | null | undefined;
}>;


export type ModeratorModerateTestimonialMutation = { moderateTestimonial: { id: string, status: TestimonialStatus } };

export type PmeProgramApplicationsQueryVariables = Exact<{
  programId: string | number;
}>;


export type PmeProgramApplicationsQuery = { subsidyApplications: { edges: Array<{ node: { id: string, status: SubsidyApplicationStatus, grantedAidCents: number | null, paidCents: number | null, decidedAt: string | null } }> } };

export type PmeTrustedThirdPartiesQueryVariables = Exact<{
  departementCode: string;
}>;


export type PmeTrustedThirdPartiesQuery = { connecteurs: { edges: Array<{ node: { id: string, displayName: string } }> } };

export type PmeCreateApplicationMutationVariables = Exact<{
  input: CreateSubsidyApplicationInput;
}>;


export type PmeCreateApplicationMutation = { createSubsidyApplication: { id: string } };

export type PmeUpdateApplicationMutationVariables = Exact<{
  id: string | number;
  input: UpdateSubsidyApplicationInput;
  expectedVersion: number;
}>;


export type PmeUpdateApplicationMutation = { updateSubsidyApplication: { id: string, version: number } };

export type PmeSubmitApplicationMutationVariables = Exact<{
  id: string | number;
  idempotencyKey: string;
}>;


export type PmeSubmitApplicationMutation = { submitSubsidyApplication: { id: string, status: SubsidyApplicationStatus } };

export type PmeNewApplicationQueryVariables = Exact<{
  programId: string | number;
}>;


export type PmeNewApplicationQuery = { subsidyProgram: { id: string, name: string, managingBody: string, description: string | null, regionCode: string, regionName: string, opensAt: string, closesAt: string, isOpen: boolean, envelopeCents: number, aidRateBasisPoints: number, investmentFloorCents: number, investmentCeilingCents: number, aidFloorCents: number, aidCeilingCents: number, maxEmployees: number, maxAnnualRevenueCents: number | null, independenceRequired: boolean, excludedNafPrefixes: Array<string>, eligibleThemes: Array<Theme>, localProvidersOnly: boolean, perCompanyCapCents: number | null, perCompanyCapYears: number, attestationRequired: boolean, questions: Array<{ id: string, label: string, kind: SubsidyQuestionKind, required: boolean, requiredAnswer: boolean | null, min: number | null, max: number | null, unit: string | null, choices: Array<string> | null, acceptedChoices: Array<string> | null }> } | null, myCompany: { id: string, nafCode: string, employees: number, annualRevenueCents: number | null, independent: boolean, regionCode: string, departementCode: string } | null };

export type PmeApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type PmeApplicationQuery = { subsidyApplication: { id: string, status: SubsidyApplicationStatus, version: number, projectSummary: string, investmentCents: number, aidCents: number, grantedAidCents: number | null, paidCents: number | null, eligible: boolean, attestedAt: string | null, attestationStatus: AttestationStatus, attestationStatusSince: string | null, attestationStatusReason: string | null, submittedAt: string | null, decidedAt: string | null, eligibility: Array<{ rule: EligibilityRule, passed: boolean, message: string }>, expenses: Array<{ theme: Theme, description: string, amountCents: number, providerSiren: string, providerName: string, providerCommuneCode: string | null }>, answers: Array<{ questionId: string, yes: boolean | null, number: number | null, choice: string | null }>, expensePricePositions: Array<{ placement: PricePlacement }>, trustedThirdParty: { id: string, displayName: string } | null, attestedBy: { id: string, displayName: string } | null, history: Array<{ version: number, at: string, actorRole: Role, action: SubsidyAction, reason: string | null, fromStatus: SubsidyApplicationStatus | null, toStatus: SubsidyApplicationStatus }>, messages: Array<{ at: string, authorRole: Role, body: string }> | null, company: { id: string, nafCode: string, employees: number, annualRevenueCents: number | null, independent: boolean, regionCode: string, departementCode: string }, program: { id: string, name: string, managingBody: string, description: string | null, regionCode: string, regionName: string, opensAt: string, closesAt: string, isOpen: boolean, envelopeCents: number, aidRateBasisPoints: number, investmentFloorCents: number, investmentCeilingCents: number, aidFloorCents: number, aidCeilingCents: number, maxEmployees: number, maxAnnualRevenueCents: number | null, independenceRequired: boolean, excludedNafPrefixes: Array<string>, eligibleThemes: Array<Theme>, localProvidersOnly: boolean, perCompanyCapCents: number | null, perCompanyCapYears: number, attestationRequired: boolean, questions: Array<{ id: string, label: string, kind: SubsidyQuestionKind, required: boolean, requiredAnswer: boolean | null, min: number | null, max: number | null, unit: string | null, choices: Array<string> | null, acceptedChoices: Array<string> | null }> } } | null };

export type PmeSendSubsidyMessageMutationVariables = Exact<{
  id: string | number;
  body: string;
}>;


export type PmeSendSubsidyMessageMutation = { sendSubsidyMessage: { at: string } };

export type PmeUpdateCompanyMutationVariables = Exact<{
  input: UpdateCompanyInput;
  expectedVersion: number;
}>;


export type PmeUpdateCompanyMutation = { updateCompany: { id: string, version: number } };

export type PmeCompanyQueryVariables = Exact<{ [key: string]: never; }>;


export type PmeCompanyQuery = { viewer: { siret: string | null }, myCompany: { id: string, siren: string, name: string, nafCode: string, nafLabel: string, employees: number, annualRevenueCents: number | null, independent: boolean, communeCode: string, departementCode: string, regionCode: string, createdAt: string, version: number } | null };

export type PmeJoinCompanyMutationVariables = Exact<{ [key: string]: never; }>;


export type PmeJoinCompanyMutation = { joinMyCompany: { id: string, name: string } };

export type PmeRegisterCompanyMutationVariables = Exact<{
  input: RegisterCompanyInput;
}>;


export type PmeRegisterCompanyMutation = { registerCompany: { id: string, name: string } };

export type PmeContactNeedQueryVariables = Exact<{
  id: string | number;
}>;


export type PmeContactNeedQuery = { contactNeed: { id: string, status: ContactRequestStatus, need: string, themes: Array<Theme>, createdAt: string, requests: Array<{ id: string, status: ContactRequestStatus, createdAt: string, firstAnsweredAt: string | null, connecteur: { id: string, displayName: string, email: string | null }, deadline: { state: ContactDeadlineState, lateAt: string | null, firstReminderAt: string | null, secondReminderAt: string | null, abandonedAt: string | null }, history: Array<{ at: string, by: ContactActor, from: ContactRequestStatus | null, to: ContactRequestStatus, message: string | null }>, feedback: { contacted: boolean, useful: boolean | null, comment: string | null, givenAt: string } | null }> } | null };

export type PmeReopenContactRequestMutationVariables = Exact<{
  id: string | number;
  message?: string | null | undefined;
}>;


export type PmeReopenContactRequestMutation = { reopenContactRequest: { id: string, status: ContactRequestStatus } };

export type PmeGiveContactFeedbackMutationVariables = Exact<{
  requestId: string | number;
  input: ContactFeedbackInput;
}>;


export type PmeGiveContactFeedbackMutation = { giveContactFeedback: { id: string } };

export type PmeContactNeedsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PmeContactNeedsQuery = { myContactNeeds: { edges: Array<{ node: { id: string, status: ContactRequestStatus, need: string, createdAt: string, deadline: { state: ContactDeadlineState }, requests: Array<{ id: string, connecteur: { id: string, displayName: string } }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PmeContactConnecteurQueryVariables = Exact<{
  id: string | number;
}>;


export type PmeContactConnecteurQuery = { connecteur: { id: string, displayName: string, departementCode: string, themes: Array<Theme>, acceptsNewPmes: boolean, isLabelled: boolean } | null };

export type PmeSendContactRequestMutationVariables = Exact<{
  input: SendContactRequestInput;
}>;


export type PmeSendContactRequestMutation = { sendContactRequest: { id: string } };

export type PmeDiagnosticQuestionnaireQueryVariables = Exact<{ [key: string]: never; }>;


export type PmeDiagnosticQuestionnaireQuery = { diagnosticQuestionnaire: { version: string, estimatedMinutes: number, themes: Array<{ theme: MaturityTheme, name: string }>, questions: Array<{ id: string, theme: MaturityTheme, text: string, multiple: boolean, choices: Array<{ id: string, text: string, exclusive: boolean }> }> }, myCompany: { id: string, nafCode: string, employees: number, communeCode: string } | null, myDiagnostics: { edges: Array<{ node: { id: string, submittedAt: string, overallScore: number, levelInfo: { name: string } } }> } };

export type PmeSubmitDiagnosticMutationVariables = Exact<{
  input: SubmitDiagnosticInput;
}>;


export type PmeSubmitDiagnosticMutation = { submitDiagnostic: { id: string } };

export type PmeDiagnosticResultQueryVariables = Exact<{
  id: string | number;
}>;


export type PmeDiagnosticResultQuery = { diagnosticResult: { id: string, submittedAt: string, overallScore: number, level: MaturityLevel, levelInfo: { name: string, description: string }, nextLevel: { name: string, minScore: number } | null, themeScores: Array<{ theme: MaturityTheme, name: string, score: number }>, peers: Array<{ scope: PeerScope, label: string, peerCount: number, averageScore: number | null, shareBelow: number | null, themeAverages: Array<{ theme: MaturityTheme, average: number | null }> }>, recommendations: { focusThemes: Array<MaturityTheme>, advice: Array<{ theme: MaturityTheme, title: string, text: string }>, connecteurs: Array<{ id: string, displayName: string, departementCode: string, themes: Array<Theme> }>, programmes: Array<{ expenseTheme: Theme, typicalInvestmentCents: number, expectedAidCents: number, assumptions: Array<string>, program: { id: string, name: string, managingBody: string, isOpen: boolean } }>, testimonials: Array<{ id: string, companyName: string, title: string, story: string, award: string | null }> } } | null };

export type PmePricePositionQueryVariables = Exact<{
  theme: Theme;
  regionCode?: string | null | undefined;
  amountCents: number;
}>;


export type PmePricePositionQuery = { pricePosition: { placement: PricePlacement, range: { lowCents: number, medianCents: number, highCents: number, observations: number, regionCode: string | null } | null } };

export type PmeProviderDirectoryQueryVariables = Exact<{
  filter?: ProviderFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type PmeProviderDirectoryQuery = { providers: { edges: Array<{ node: { id: string, siren: string, name: string, communeCode: string, departementCode: string, regionCode: string, rating: { average: number | null, count: number }, offers: Array<{ id: string, theme: Theme, priceFromCents: number, priceToCents: number }> } }> } };

export type PmeExportMyDataQueryVariables = Exact<{ [key: string]: never; }>;


export type PmeExportMyDataQuery = { exportMyData: { generatedAt: string, company: { id: string, siren: string, name: string, nafCode: string, nafLabel: string, employees: number, annualRevenueCents: number | null, independent: boolean, communeCode: string, departementCode: string, regionCode: string, createdAt: string, updatedAt: string } | null, contactConsent: { consented: boolean, changedAt: string | null, departementCode: string | null } | null, subsidyApplications: Array<{ id: string, status: SubsidyApplicationStatus, projectSummary: string, investmentCents: number, aidCents: number, grantedAidCents: number | null, paidCents: number | null, invoiceCents: number | null, expenses: Array<{ theme: Theme, description: string, amountCents: number, providerSiren: string, providerName: string }>, program: { id: string, name: string } }>, diagnostics: Array<{ id: string, submittedAt: string, overallScore: number, level: MaturityLevel, companyFacts: { sizeBand: SizeBand, nafCode: string, clientele: Clientele, communeCode: string }, answers: Array<{ questionId: string, choiceIds: Array<string> }> }>, contactNeeds: Array<{ id: string, status: ContactRequestStatus, need: string, themes: Array<Theme>, departementCode: string, createdAt: string }>, follows: Array<{ id: string, status: FollowStatus, proposedAt: string, proposalMessage: string | null, acceptedAt: string | null, revokedAt: string | null, connecteur: { id: string, displayName: string } }>, appointments: Array<{ id: string, startsAt: string, endsAt: string, topic: string | null, status: AppointmentStatus, cancelledAt: string | null, cancellationReason: string | null, attendance: Attendance | null }>, reviews: Array<{ id: string, rating: number, comment: string, authorKind: ReviewAuthorKind, authorName: string, status: ReviewStatus, submittedAt: string, publishedAt: string | null }>, testimonials: Array<{ id: string, companyName: string, title: string, story: string, status: TestimonialStatus }>, providerEngagements: Array<{ id: string, description: string, status: EngagementStatus, declaredAt: string, confirmedAt: string | null }>, providerRecommendations: Array<{ note: string | null, recommendedAt: string, providers: Array<{ id: string, name: string }> }> } };

export type PmeDeleteMyAccountMutationVariables = Exact<{
  confirmation: string;
}>;


export type PmeDeleteMyAccountMutation = { deleteMyAccount: { deletedAt: string, subsidyApplicationsAnonymized: number, diagnosticsDetached: number, contactNeedsErased: number, followsEnded: number, appointmentsErased: number, reviewsAnonymized: number } };

export type PmeSubsidyHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type PmeSubsidyHomeQuery = { myCompany: { id: string, regionCode: string } | null, subsidyApplications: { edges: Array<{ node: { id: string, status: SubsidyApplicationStatus, updatedAt: string, aidCents: number, investmentCents: number, program: { id: string, name: string } } }> } };

export type PmeRegionProgramsQueryVariables = Exact<{
  regionCode: string;
}>;


export type PmeRegionProgramsQuery = { subsidyPrograms: Array<{ id: string, name: string, managingBody: string, opensAt: string, closesAt: string, isOpen: boolean, aidRateBasisPoints: number, investmentFloorCents: number, investmentCeilingCents: number, aidFloorCents: number, aidCeilingCents: number }> };

export type ProviderMyEntryQueryVariables = Exact<{ [key: string]: never; }>;


export type ProviderMyEntryQuery = { myProvider: { id: string, siret: string, name: string, communeCode: string, departementCode: string, regionCode: string, regionsServed: Array<string>, website: string | null, startup: boolean, offers: Array<{ id: string, theme: Theme, description: string, priceFromCents: number, priceToCents: number }>, rating: { average: number | null, count: number } } | null };

export type ProviderRegisterMutationVariables = Exact<{
  input: RegisterProviderInput;
}>;


export type ProviderRegisterMutation = { registerProvider: { id: string } };

export type ProviderUpdateMutationVariables = Exact<{
  input: UpdateProviderInput;
}>;


export type ProviderUpdateMutation = { updateProvider: { id: string } };

export type ProviderAddOfferMutationVariables = Exact<{
  input: AddProviderOfferInput;
}>;


export type ProviderAddOfferMutation = { addProviderOffer: { id: string } };

export type ProviderRemoveOfferMutationVariables = Exact<{
  offerId: string | number;
}>;


export type ProviderRemoveOfferMutation = { removeProviderOffer: { id: string } };

export type ProviderMyReviewsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProviderMyReviewsQuery = { myProvider: { id: string, name: string, reviews: { edges: Array<{ node: { id: string, rating: number, comment: string, authorKind: ReviewAuthorKind, authorName: string, publishedAt: string | null, reply: { text: string, repliedAt: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type ProviderReplyToReviewMutationVariables = Exact<{
  reviewId: string | number;
  text: string;
}>;


export type ProviderReplyToReviewMutation = { replyToReview: { id: string, reply: { text: string, repliedAt: string } | null } };

export type ConnecteurDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ConnecteurDetailQuery = { connecteur: { id: string, displayName: string, kind: ConnecteurKind, structureType: StructureType, communeCode: string, departementCode: string, regionCode: string, departementsServed: Array<string>, themes: Array<Theme>, acceptsNewPmes: boolean, website: string | null, email: string | null, isLabelled: boolean, labelValidUntil: string | null, labelWave: string | null } | null };

export type ConnecteurSearchQueryVariables = Exact<{
  filter?: ConnecteurFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConnecteurSearchQuery = { connecteurs: { edges: Array<{ node: { id: string, displayName: string, structureType: StructureType, departementCode: string, themes: Array<Theme>, isLabelled: boolean, labelValidUntil: string | null, acceptsNewPmes: boolean } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PublicEventsQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicEventsQuery = { events: { edges: Array<{ node: { id: string, kind: EventKind, title: string, description: string | null, startsAt: string, endsAt: string | null, placeName: string | null, departementCode: string | null, regionCode: string | null, online: boolean, themes: Array<Theme>, link: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PublicNewsQueryVariables = Exact<{
  filter?: NewsFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicNewsQuery = { news: { edges: Array<{ node: { id: string, title: string, body: string, link: string | null, regionCode: string | null, themes: Array<Theme>, publishedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PublicPriceReferentialsQueryVariables = Exact<{
  regionCode?: string | null | undefined;
}>;


export type PublicPriceReferentialsQuery = { priceReferentials: Array<{ theme: Theme, overall: { lowCents: number, medianCents: number, highCents: number, observations: number } | null, offers: { lowCents: number, medianCents: number, highCents: number, observations: number } | null, quotes: { lowCents: number, medianCents: number, highCents: number, observations: number } | null, invoices: { lowCents: number, medianCents: number, highCents: number, observations: number } | null }> };

export type PublicPriceRangeFragment = { lowCents: number, medianCents: number, highCents: number, observations: number };

export type PublicProviderDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicProviderDetailQuery = { provider: { id: string, name: string, siret: string, communeCode: string, departementCode: string, regionCode: string, regionsServed: Array<string>, startup: boolean, website: string | null, offers: Array<{ id: string, theme: Theme, description: string, priceFromCents: number, priceToCents: number }>, rating: { average: number | null, count: number } } | null };

export type PublicProviderReviewsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicProviderReviewsQuery = { provider: { id: string, reviews: { edges: Array<{ node: { id: string, rating: number, comment: string, authorKind: ReviewAuthorKind, authorName: string, publishedAt: string | null, reply: { text: string, repliedAt: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type PublicReviewProviderMutationVariables = Exact<{
  providerId: string | number;
  rating: number;
  comment: string;
}>;


export type PublicReviewProviderMutation = { reviewProvider: { id: string, status: ReviewStatus } };

export type PublicProvidersQueryVariables = Exact<{
  filter?: ProviderFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicProvidersQuery = { providers: { edges: Array<{ node: { id: string, name: string, communeCode: string, departementCode: string, startup: boolean, offers: Array<{ id: string, theme: Theme }>, rating: { average: number | null, count: number }, latestReviews: Array<{ id: string, rating: number, comment: string, authorKind: ReviewAuthorKind, authorName: string, publishedAt: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PublicTestimonialsQueryVariables = Exact<{
  filter?: TestimonialFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicTestimonialsQuery = { testimonials: { edges: Array<{ node: { id: string, companyName: string, title: string, story: string, format: TestimonialFormat, mediaUrl: string | null, durationSeconds: number | null, themes: Array<Theme>, nafSection: string, sizeBand: SizeBand, departementCode: string, maturityLevel: MaturityLevel, award: string | null, connecteur: { id: string, displayName: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PublicTestimonialMapQueryVariables = Exact<{
  filter?: TestimonialFilter | null | undefined;
}>;


export type PublicTestimonialMapQuery = { testimonialMap: Array<{ departementCode: string, count: number }> };

export type AgentStartReviewMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type AgentStartReviewMutation = { startSubsidyReview: { id: string, status: SubsidyApplicationStatus, version: number } };

export type AgentRequestCorrectionMutationVariables = Exact<{
  id: string | number;
  message: string;
  expectedVersion: number;
}>;


export type AgentRequestCorrectionMutation = { requestSubsidyCorrection: { id: string, status: SubsidyApplicationStatus, version: number } };

export type AgentDecideMutationVariables = Exact<{
  id: string | number;
  decision: SubsidyDecision;
  reason?: string | null | undefined;
  expectedVersion: number;
}>;


export type AgentDecideMutation = { decideSubsidyApplication: { id: string, status: SubsidyApplicationStatus, version: number } };

export type AgentReopenMutationVariables = Exact<{
  id: string | number;
  reason: string;
  expectedVersion: number;
}>;


export type AgentReopenMutation = { reopenSubsidyApplication: { id: string, status: SubsidyApplicationStatus, version: number } };

export type AgentRecordPaymentMutationVariables = Exact<{
  id: string | number;
  invoiceCents: number;
  expectedVersion: number;
}>;


export type AgentRecordPaymentMutation = { recordSubsidyPayment: { id: string, status: SubsidyApplicationStatus, version: number } };

export type AgentProgramRulesQueryVariables = Exact<{
  id: string | number;
}>;


export type AgentProgramRulesQuery = { subsidyProgram: { id: string, regionCode: string, name: string, managingBody: string, opensAt: string, closesAt: string, envelopeCents: number, aidRateBasisPoints: number, investmentFloorCents: number, investmentCeilingCents: number, aidFloorCents: number, aidCeilingCents: number, localProvidersOnly: boolean, attestationRequired: boolean, version: number, questions: Array<{ id: string, label: string, kind: SubsidyQuestionKind, required: boolean, requiredAnswer: boolean | null, min: number | null, max: number | null, unit: string | null, choices: Array<string> | null, acceptedChoices: Array<string> | null }> } | null };

export type AgentOpenProgramMutationVariables = Exact<{
  input: OpenSubsidyProgramInput;
}>;


export type AgentOpenProgramMutation = { openSubsidyProgram: { id: string } };

export type AgentUpdateProgramMutationVariables = Exact<{
  id: string | number;
  input: UpdateSubsidyProgramInput;
  expectedVersion: number;
}>;


export type AgentUpdateProgramMutation = { updateSubsidyProgram: { id: string, version: number } };

export type AgentApplicationFileQueryVariables = Exact<{
  id: string | number;
}>;


export type AgentApplicationFileQuery = { subsidyApplication: { id: string, status: SubsidyApplicationStatus, version: number, projectSummary: string, investmentCents: number, aidCents: number, grantedAidCents: number | null, invoiceCents: number | null, paidCents: number | null, eligible: boolean, submittedAt: string | null, decidedAt: string | null, paidAt: string | null, updatedAt: string, attestedAt: string | null, company: { id: string, name: string, siren: string, nafCode: string, nafLabel: string, employees: number, annualRevenueCents: number | null, independent: boolean, communeCode: string, departementCode: string }, program: { id: string, name: string, aidRateBasisPoints: number }, eligibility: Array<{ rule: EligibilityRule, passed: boolean, message: string }>, expenses: Array<{ theme: Theme, description: string, amountCents: number, providerSiren: string, providerName: string, providerCommuneCode: string | null }>, expensePricePositions: Array<{ placement: PricePlacement, range: { lowCents: number, medianCents: number, highCents: number, observations: number, regionCode: string | null } | null }>, trustedThirdParty: { id: string, displayName: string } | null, attestedBy: { id: string, displayName: string } | null, history: Array<{ version: number, at: string, actorRole: Role, actorSub: string | null, action: SubsidyAction, reason: string | null, fromStatus: SubsidyApplicationStatus | null, toStatus: SubsidyApplicationStatus }>, messages: Array<{ at: string, authorRole: Role, body: string }> | null, annotations: Array<{ at: string, authorSub: string, body: string }> | null, followUp: { answeredAt: string, revenueChangePercent: number, employeesChange: number, benefit: boolean, satisfaction: number, comment: string | null } | null } | null };

export type AgentSendMessageMutationVariables = Exact<{
  id: string | number;
  body: string;
}>;


export type AgentSendMessageMutation = { sendSubsidyMessage: { at: string } };

export type AgentAnnotateMutationVariables = Exact<{
  id: string | number;
  body: string;
}>;


export type AgentAnnotateMutation = { annotateSubsidyApplication: { at: string } };

export type AgentProgramDashboardQueryVariables = Exact<{
  id: string | number;
}>;


export type AgentProgramDashboardQuery = { subsidyProgram: { id: string, name: string, managingBody: string, description: string | null, opensAt: string, closesAt: string, isOpen: boolean, envelopeCents: number, aidRateBasisPoints: number, investmentFloorCents: number, investmentCeilingCents: number, aidFloorCents: number, aidCeilingCents: number, maxEmployees: number, eligibleThemes: Array<Theme>, localProvidersOnly: boolean, attestationRequired: boolean, dashboard: { envelopeCents: number, committedCents: number, paidCents: number, inProgressCents: number, remainingCents: number, applicantCompanies: number, fundedCompanies: number, countsByStatus: Array<{ status: SubsidyApplicationStatus, count: number }>, followUp: { responses: number, benefitCount: number, averageRevenueChangePercent: number | null, averageEmployeesChange: number | null, averageSatisfaction: number | null } } | null } | null };

export type AgentProgramExportQueryVariables = Exact<{
  programId: string | number;
}>;


export type AgentProgramExportQuery = { subsidyProgramExport: string };

export type AgentRegionProgramsQueryVariables = Exact<{
  regionCode: string;
}>;


export type AgentRegionProgramsQuery = { subsidyPrograms: Array<{ id: string, name: string, managingBody: string, opensAt: string, closesAt: string, isOpen: boolean, envelopeCents: number, aidRateBasisPoints: number, aidFloorCents: number, aidCeilingCents: number, investmentFloorCents: number, investmentCeilingCents: number, dashboard: { remainingCents: number } | null }> };

export type AgentApplicationQueueQueryVariables = Exact<{
  filter?: SubsidyApplicationFilter | null | undefined;
  orderBy?: SubsidyApplicationOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AgentApplicationQueueQuery = { subsidyApplications: { edges: Array<{ node: { id: string, status: SubsidyApplicationStatus, investmentCents: number, aidCents: number, submittedAt: string | null, updatedAt: string, company: { id: string, name: string, siren: string }, program: { id: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ConnecteurAppointmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConnecteurAppointmentFields on Appointment {
  id
  startsAt
  endsAt
  topic
  status
  attendance
  cancelledBy
  cancellationReason
  company {
    id
    name
  }
}
    `, {"fragmentName":"ConnecteurAppointmentFields"}) as unknown as TypedDocumentString<ConnecteurAppointmentFieldsFragment, unknown>;
export const PublicPriceRangeFragmentDoc = new TypedDocumentString(`
    fragment PublicPriceRange on PriceRange {
  lowCents
  medianCents
  highCents
  observations
}
    `, {"fragmentName":"PublicPriceRange"}) as unknown as TypedDocumentString<PublicPriceRangeFragment, unknown>;
export const ConnecteurAddActionItemDocument = new TypedDocumentString(`
    mutation ConnecteurAddActionItem($companyId: ID!, $input: ActionItemInput!) {
  addActionItem(companyId: $companyId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConnecteurAddActionItemMutation, ConnecteurAddActionItemMutationVariables>;
export const ConnecteurUpdateActionItemDocument = new TypedDocumentString(`
    mutation ConnecteurUpdateActionItem($companyId: ID!, $itemId: ID!, $input: ActionItemUpdateInput!) {
  updateActionItem(companyId: $companyId, itemId: $itemId, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConnecteurUpdateActionItemMutation, ConnecteurUpdateActionItemMutationVariables>;
export const ConnecteurAppointmentsDocument = new TypedDocumentString(`
    query ConnecteurAppointments {
  mySlots(first: 50) {
    edges {
      node {
        id
        startsAt
        endsAt
        status
      }
    }
  }
  upcoming: myAppointments(upcoming: true, first: 50) {
    edges {
      node {
        ...ConnecteurAppointmentFields
      }
    }
  }
  past: myAppointments(upcoming: false, first: 50) {
    edges {
      node {
        ...ConnecteurAppointmentFields
      }
    }
  }
}
    fragment ConnecteurAppointmentFields on Appointment {
  id
  startsAt
  endsAt
  topic
  status
  attendance
  cancelledBy
  cancellationReason
  company {
    id
    name
  }
}`) as unknown as TypedDocumentString<ConnecteurAppointmentsQuery, ConnecteurAppointmentsQueryVariables>;
export const ConnecteurPublishSlotsDocument = new TypedDocumentString(`
    mutation ConnecteurPublishSlots($slots: [AppointmentSlotInput!]!) {
  publishAppointmentSlots(slots: $slots) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConnecteurPublishSlotsMutation, ConnecteurPublishSlotsMutationVariables>;
export const ConnecteurRecordAttendanceDocument = new TypedDocumentString(`
    mutation ConnecteurRecordAttendance($appointmentId: ID!, $attendance: Attendance!) {
  recordAttendance(appointmentId: $appointmentId, attendance: $attendance) {
    id
    attendance
  }
}
    `) as unknown as TypedDocumentString<ConnecteurRecordAttendanceMutation, ConnecteurRecordAttendanceMutationVariables>;
export const ConnecteurCancelAppointmentDocument = new TypedDocumentString(`
    mutation ConnecteurCancelAppointment($id: ID!, $reason: String) {
  cancelAppointment(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConnecteurCancelAppointmentMutation, ConnecteurCancelAppointmentMutationVariables>;
export const ConnecteurAttestationFileDocument = new TypedDocumentString(`
    query ConnecteurAttestationFile($id: ID!) {
  myConnecteurProfile {
    id
    isLabelled
    capitalLinks
  }
  subsidyApplication(id: $id) {
    id
    status
    projectSummary
    investmentCents
    aidCents
    company {
      id
      name
      siren
    }
    program {
      id
      name
      regionName
    }
    expenses {
      theme
      description
      amountCents
      providerSiren
      providerName
    }
    trustedThirdParty {
      id
      displayName
    }
    attestedBy {
      id
      displayName
    }
    attestedAt
  }
}
    `) as unknown as TypedDocumentString<ConnecteurAttestationFileQuery, ConnecteurAttestationFileQueryVariables>;
export const ConnecteurAttestApplicationDocument = new TypedDocumentString(`
    mutation ConnecteurAttestApplication($id: ID!) {
  attestSubsidyApplication(id: $id) {
    id
    attestedAt
  }
}
    `) as unknown as TypedDocumentString<ConnecteurAttestApplicationMutation, ConnecteurAttestApplicationMutationVariables>;
export const ConnecteurFilesToAttestDocument = new TypedDocumentString(`
    query ConnecteurFilesToAttest($after: String) {
  applicationsToAttest(first: 20, after: $after) {
    edges {
      node {
        id
        status
        investmentCents
        updatedAt
        attestedAt
        company {
          id
          name
        }
        program {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConnecteurFilesToAttestQuery, ConnecteurFilesToAttestQueryVariables>;
export const ConnecteurHomeProfileDocument = new TypedDocumentString(`
    query ConnecteurHomeProfile {
  myConnecteurProfile {
    id
    displayName
    isLabelled
    labelValidUntil
    hasPendingLabelRequest
  }
}
    `) as unknown as TypedDocumentString<ConnecteurHomeProfileQuery, ConnecteurHomeProfileQueryVariables>;
export const ConnecteurDashboardDocument = new TypedDocumentString(`
    query ConnecteurDashboard {
  connecteurDashboard {
    followedCompanies
    requestsReceived
    pendingRequests
    lateRequests
    medianFirstAnswerHours
    takeUpRate
    responseRate
    appointmentsBooked
    appointmentsHeld
  }
}
    `) as unknown as TypedDocumentString<ConnecteurDashboardQuery, ConnecteurDashboardQueryVariables>;
export const ConnecteurOwnProfileDocument = new TypedDocumentString(`
    query ConnecteurOwnProfile {
  myConnecteurProfile {
    id
    displayName
    kind
    structureType
    communeCode
    departementCode
    departementsServed
    themes
    acceptsNewPmes
    email
    website
    charterSignedAt
    isLabelled
    labelValidUntil
    labelWave
    hasPendingLabelRequest
    labelHistory {
      id
      status
      requestedAt
      decidedAt
      validUntil
      wave
      reason
    }
    capitalLinks
  }
}
    `) as unknown as TypedDocumentString<ConnecteurOwnProfileQuery, ConnecteurOwnProfileQueryVariables>;
export const ConnecteurRequestLabelDocument = new TypedDocumentString(`
    mutation ConnecteurRequestLabel {
  requestLabel {
    id
    hasPendingLabelRequest
  }
}
    `) as unknown as TypedDocumentString<ConnecteurRequestLabelMutation, ConnecteurRequestLabelMutationVariables>;
export const ConnecteurDeclareCapitalLinkDocument = new TypedDocumentString(`
    mutation ConnecteurDeclareCapitalLink($providerSiren: String!) {
  declareCapitalLink(providerSiren: $providerSiren) {
    id
    capitalLinks
  }
}
    `) as unknown as TypedDocumentString<ConnecteurDeclareCapitalLinkMutation, ConnecteurDeclareCapitalLinkMutationVariables>;
export const ConnecteurRemoveCapitalLinkDocument = new TypedDocumentString(`
    mutation ConnecteurRemoveCapitalLink($providerSiren: String!) {
  removeCapitalLink(providerSiren: $providerSiren) {
    id
    capitalLinks
  }
}
    `) as unknown as TypedDocumentString<ConnecteurRemoveCapitalLinkMutation, ConnecteurRemoveCapitalLinkMutationVariables>;
export const ConnecteurContactInboxDocument = new TypedDocumentString(`
    query ConnecteurContactInbox($statuses: [ContactRequestStatus!], $first: Int, $after: String) {
  contactInbox(statuses: $statuses, first: $first, after: $after) {
    edges {
      node {
        id
        status
        createdAt
        updatedAt
        deadline {
          state
          waitingSince
        }
        need {
          id
          need
          themes
          departementCode
          company {
            id
            name
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConnecteurContactInboxQuery, ConnecteurContactInboxQueryVariables>;
export const ConnecteurAnswerContactRequestDocument = new TypedDocumentString(`
    mutation ConnecteurAnswerContactRequest($id: ID!, $status: ContactRequestStatus!, $message: String) {
  answerContactRequest(id: $id, status: $status, message: $message) {
    id
    status
    createdAt
    updatedAt
    deadline {
      state
      waitingSince
    }
    need {
      id
      need
      themes
      departementCode
      company {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConnecteurAnswerContactRequestMutation, ConnecteurAnswerContactRequestMutationVariables>;
export const ConnecteurContactRequestDocument = new TypedDocumentString(`
    query ConnecteurContactRequest($id: ID!) {
  contactRequest(id: $id) {
    id
    status
    createdAt
    firstAnsweredAt
    deadline {
      state
      waitingSince
      lateAt
      firstReminderAt
      secondReminderAt
      abandonedAt
    }
    history {
      at
      by
      from
      to
      message
    }
    feedback {
      contacted
      useful
      comment
      givenAt
    }
    need {
      id
      need
      themes
      departementCode
      createdAt
      company {
        id
        name
        siren
        nafLabel
        employees
        communeCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConnecteurContactRequestQuery, ConnecteurContactRequestQueryVariables>;
export const ConnecteurAnswerWithMessageDocument = new TypedDocumentString(`
    mutation ConnecteurAnswerWithMessage($id: ID!, $status: ContactRequestStatus!, $message: String) {
  answerContactRequest(id: $id, status: $status, message: $message) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConnecteurAnswerWithMessageMutation, ConnecteurAnswerWithMessageMutationVariables>;
export const ConnecteurFollowedCompaniesDocument = new TypedDocumentString(`
    query ConnecteurFollowedCompanies($first: Int, $after: String) {
  myFollowedCompanies(first: $first, after: $after) {
    edges {
      node {
        id
        companyId
        company {
          id
          name
          departementCode
        }
        followedSince
        latestMaturity {
          overallScore
          levelName
          diagnosedAt
        }
        due {
          followUpContact {
            dueOn
            status
          }
          overdueActionItems
          nextActionDueOn
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConnecteurFollowedCompaniesQuery, ConnecteurFollowedCompaniesQueryVariables>;
export const ConnecteurLeadsDocument = new TypedDocumentString(`
    query ConnecteurLeads($departementCode: String, $first: Int, $after: String) {
  leads(departementCode: $departementCode, first: $first, after: $after) {
    edges {
      node {
        companyId
        company {
          id
          name
          nafLabel
          employees
        }
        departementCode
        latestMaturity {
          overallScore
          levelName
          diagnosedAt
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConnecteurLeadsQuery, ConnecteurLeadsQueryVariables>;
export const ConnecteurProposeFollowDocument = new TypedDocumentString(`
    mutation ConnecteurProposeFollow($companyId: ID!, $message: String) {
  proposeFollow(companyId: $companyId, message: $message) {
    id
    companyId
    status
    proposedAt
  }
}
    `) as unknown as TypedDocumentString<ConnecteurProposeFollowMutation, ConnecteurProposeFollowMutationVariables>;
export const ConnecteurFollowedCompanyDocument = new TypedDocumentString(`
    query ConnecteurFollowedCompany($companyId: ID!) {
  followedCompany(companyId: $companyId) {
    id
    companyId
    followedSince
    company {
      id
      name
      siren
      nafLabel
      employees
      communeCode
      departementCode
      regionCode
    }
    due {
      followUpContact {
        dueOn
        status
      }
      overdueActionItems
      nextActionDueOn
    }
    diagnostics(first: 24) {
      edges {
        node {
          id
          submittedAt
          overallScore
          levelInfo {
            name
          }
        }
      }
    }
    actionPlan {
      id
      theme
      title
      status
      dueOn
    }
    meetingNotes(first: 50) {
      edges {
        node {
          id
          meetingOn
          text
          shared
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConnecteurFollowedCompanyQuery, ConnecteurFollowedCompanyQueryVariables>;
export const ConnecteurAddMeetingNoteDocument = new TypedDocumentString(`
    mutation ConnecteurAddMeetingNote($companyId: ID!, $input: MeetingNoteInput!) {
  addMeetingNote(companyId: $companyId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConnecteurAddMeetingNoteMutation, ConnecteurAddMeetingNoteMutationVariables>;
export const ConnecteurRecommendationsDocument = new TypedDocumentString(`
    query ConnecteurRecommendations($companyId: ID!) {
  providerRecommendations(companyId: $companyId) {
    note
    recommendedAt
    providers {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConnecteurRecommendationsQuery, ConnecteurRecommendationsQueryVariables>;
export const ConnecteurProviderChoicesDocument = new TypedDocumentString(`
    query ConnecteurProviderChoices($filter: ProviderFilter, $first: Int) {
  providers(filter: $filter, first: $first) {
    edges {
      node {
        id
        name
        communeCode
        rating {
          average
          count
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConnecteurProviderChoicesQuery, ConnecteurProviderChoicesQueryVariables>;
export const ConnecteurRecommendProvidersDocument = new TypedDocumentString(`
    mutation ConnecteurRecommendProviders($companyId: ID!, $providerIds: [ID!]!, $note: String) {
  recommendProviders(
    companyId: $companyId
    providerIds: $providerIds
    note: $note
  ) {
    recommendedAt
  }
}
    `) as unknown as TypedDocumentString<ConnecteurRecommendProvidersMutation, ConnecteurRecommendProvidersMutationVariables>;
export const ConnecteurRegisterDocument = new TypedDocumentString(`
    mutation ConnecteurRegister($input: RegisterConnecteurInput!) {
  registerConnecteur(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConnecteurRegisterMutation, ConnecteurRegisterMutationVariables>;
export const ModeratorLabelRequestsDocument = new TypedDocumentString(`
    query ModeratorLabelRequests($first: Int, $after: String) {
  pendingLabelRequests(first: $first, after: $after) {
    edges {
      node {
        id
        displayName
        structureType
        departementCode
        themes
        isLabelled
        labelValidUntil
        labelHistory {
          id
          status
          requestedAt
          validUntil
          reason
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ModeratorLabelRequestsQuery, ModeratorLabelRequestsQueryVariables>;
export const ModeratorGrantLabelDocument = new TypedDocumentString(`
    mutation ModeratorGrantLabel($connecteurId: ID!, $validUntil: Date!, $wave: String) {
  grantLabel(connecteurId: $connecteurId, validUntil: $validUntil, wave: $wave) {
    id
    isLabelled
    labelValidUntil
    labelWave
    hasPendingLabelRequest
  }
}
    `) as unknown as TypedDocumentString<ModeratorGrantLabelMutation, ModeratorGrantLabelMutationVariables>;
export const ModeratorRejectLabelRequestDocument = new TypedDocumentString(`
    mutation ModeratorRejectLabelRequest($connecteurId: ID!, $reason: String!) {
  rejectLabelRequest(connecteurId: $connecteurId, reason: $reason) {
    id
    hasPendingLabelRequest
  }
}
    `) as unknown as TypedDocumentString<ModeratorRejectLabelRequestMutation, ModeratorRejectLabelRequestMutationVariables>;
export const ModeratorLabelledConnecteursDocument = new TypedDocumentString(`
    query ModeratorLabelledConnecteurs($text: String, $first: Int) {
  connecteurs(filter: {labelledOnly: true, text: $text}, first: $first) {
    edges {
      node {
        id
        displayName
        departementCode
        labelValidUntil
        labelWave
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModeratorLabelledConnecteursQuery, ModeratorLabelledConnecteursQueryVariables>;
export const ModeratorRevokeLabelDocument = new TypedDocumentString(`
    mutation ModeratorRevokeLabel($connecteurId: ID!, $reason: String!) {
  revokeLabel(connecteurId: $connecteurId, reason: $reason) {
    id
    isLabelled
  }
}
    `) as unknown as TypedDocumentString<ModeratorRevokeLabelMutation, ModeratorRevokeLabelMutationVariables>;
export const ModeratorReviewQueueDocument = new TypedDocumentString(`
    query ModeratorReviewQueue($first: Int, $after: String) {
  moderationQueue(first: $first, after: $after) {
    edges {
      node {
        id
        rating
        comment
        authorKind
        authorName
        submittedAt
        provider {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ModeratorReviewQueueQuery, ModeratorReviewQueueQueryVariables>;
export const ModeratorModerateReviewDocument = new TypedDocumentString(`
    mutation ModeratorModerateReview($reviewId: ID!, $decision: ModerationDecision!, $reason: String) {
  moderateReview(reviewId: $reviewId, decision: $decision, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ModeratorModerateReviewMutation, ModeratorModerateReviewMutationVariables>;
export const ModeratorTestimonialQueueDocument = new TypedDocumentString(`
    query ModeratorTestimonialQueue($first: Int, $after: String) {
  testimonialModerationQueue(first: $first, after: $after) {
    edges {
      node {
        id
        companyName
        title
        story
        format
        mediaUrl
        durationSeconds
        themes
        nafCode
        nafSection
        sizeBand
        communeCode
        departementCode
        maturityLevel
        award
        status
        submittedAt
        connecteur {
          id
          displayName
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ModeratorTestimonialQueueQuery, ModeratorTestimonialQueueQueryVariables>;
export const ModeratorModerateTestimonialDocument = new TypedDocumentString(`
    mutation ModeratorModerateTestimonial($id: ID!, $decision: ModerationDecision!, $reason: String) {
  moderateTestimonial(id: $id, decision: $decision, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ModeratorModerateTestimonialMutation, ModeratorModerateTestimonialMutationVariables>;
export const PmeProgramApplicationsDocument = new TypedDocumentString(`
    query PmeProgramApplications($programId: ID!) {
  subsidyApplications(filter: {programId: $programId}, first: 100) {
    edges {
      node {
        id
        status
        grantedAidCents
        paidCents
        decidedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PmeProgramApplicationsQuery, PmeProgramApplicationsQueryVariables>;
export const PmeTrustedThirdPartiesDocument = new TypedDocumentString(`
    query PmeTrustedThirdParties($departementCode: String!) {
  connecteurs(
    filter: {departementCode: $departementCode, labelledOnly: true}
    first: 100
  ) {
    edges {
      node {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PmeTrustedThirdPartiesQuery, PmeTrustedThirdPartiesQueryVariables>;
export const PmeCreateApplicationDocument = new TypedDocumentString(`
    mutation PmeCreateApplication($input: CreateSubsidyApplicationInput!) {
  createSubsidyApplication(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PmeCreateApplicationMutation, PmeCreateApplicationMutationVariables>;
export const PmeUpdateApplicationDocument = new TypedDocumentString(`
    mutation PmeUpdateApplication($id: ID!, $input: UpdateSubsidyApplicationInput!, $expectedVersion: Int!) {
  updateSubsidyApplication(
    id: $id
    input: $input
    expectedVersion: $expectedVersion
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PmeUpdateApplicationMutation, PmeUpdateApplicationMutationVariables>;
export const PmeSubmitApplicationDocument = new TypedDocumentString(`
    mutation PmeSubmitApplication($id: ID!, $idempotencyKey: String!) {
  submitSubsidyApplication(id: $id, idempotencyKey: $idempotencyKey) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PmeSubmitApplicationMutation, PmeSubmitApplicationMutationVariables>;
export const PmeNewApplicationDocument = new TypedDocumentString(`
    query PmeNewApplication($programId: ID!) {
  subsidyProgram(id: $programId) {
    id
    name
    managingBody
    description
    regionCode
    regionName
    opensAt
    closesAt
    isOpen
    envelopeCents
    aidRateBasisPoints
    investmentFloorCents
    investmentCeilingCents
    aidFloorCents
    aidCeilingCents
    maxEmployees
    maxAnnualRevenueCents
    independenceRequired
    excludedNafPrefixes
    eligibleThemes
    localProvidersOnly
    perCompanyCapCents
    perCompanyCapYears
    attestationRequired
    questions {
      id
      label
      kind
      required
      requiredAnswer
      min
      max
      unit
      choices
      acceptedChoices
    }
  }
  myCompany {
    id
    nafCode
    employees
    annualRevenueCents
    independent
    regionCode
    departementCode
  }
}
    `) as unknown as TypedDocumentString<PmeNewApplicationQuery, PmeNewApplicationQueryVariables>;
export const PmeApplicationDocument = new TypedDocumentString(`
    query PmeApplication($id: ID!) {
  subsidyApplication(id: $id) {
    id
    status
    version
    projectSummary
    investmentCents
    aidCents
    grantedAidCents
    paidCents
    eligible
    eligibility {
      rule
      passed
      message
    }
    expenses {
      theme
      description
      amountCents
      providerSiren
      providerName
      providerCommuneCode
    }
    answers {
      questionId
      yes
      number
      choice
    }
    expensePricePositions {
      placement
    }
    trustedThirdParty {
      id
      displayName
    }
    attestedBy {
      id
      displayName
    }
    attestedAt
    attestationStatus
    attestationStatusSince
    attestationStatusReason
    submittedAt
    decidedAt
    history {
      version
      at
      actorRole
      action
      reason
      fromStatus
      toStatus
    }
    messages {
      at
      authorRole
      body
    }
    company {
      id
      nafCode
      employees
      annualRevenueCents
      independent
      regionCode
      departementCode
    }
    program {
      id
      name
      managingBody
      description
      regionCode
      regionName
      opensAt
      closesAt
      isOpen
      envelopeCents
      aidRateBasisPoints
      investmentFloorCents
      investmentCeilingCents
      aidFloorCents
      aidCeilingCents
      maxEmployees
      maxAnnualRevenueCents
      independenceRequired
      excludedNafPrefixes
      eligibleThemes
      localProvidersOnly
      perCompanyCapCents
      perCompanyCapYears
      attestationRequired
      questions {
        id
        label
        kind
        required
        requiredAnswer
        min
        max
        unit
        choices
        acceptedChoices
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PmeApplicationQuery, PmeApplicationQueryVariables>;
export const PmeSendSubsidyMessageDocument = new TypedDocumentString(`
    mutation PmeSendSubsidyMessage($id: ID!, $body: String!) {
  sendSubsidyMessage(id: $id, body: $body) {
    at
  }
}
    `) as unknown as TypedDocumentString<PmeSendSubsidyMessageMutation, PmeSendSubsidyMessageMutationVariables>;
export const PmeUpdateCompanyDocument = new TypedDocumentString(`
    mutation PmeUpdateCompany($input: UpdateCompanyInput!, $expectedVersion: Int!) {
  updateCompany(input: $input, expectedVersion: $expectedVersion) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PmeUpdateCompanyMutation, PmeUpdateCompanyMutationVariables>;
export const PmeCompanyDocument = new TypedDocumentString(`
    query PmeCompany {
  viewer {
    siret
  }
  myCompany {
    id
    siren
    name
    nafCode
    nafLabel
    employees
    annualRevenueCents
    independent
    communeCode
    departementCode
    regionCode
    createdAt
    version
  }
}
    `) as unknown as TypedDocumentString<PmeCompanyQuery, PmeCompanyQueryVariables>;
export const PmeJoinCompanyDocument = new TypedDocumentString(`
    mutation PmeJoinCompany {
  joinMyCompany {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<PmeJoinCompanyMutation, PmeJoinCompanyMutationVariables>;
export const PmeRegisterCompanyDocument = new TypedDocumentString(`
    mutation PmeRegisterCompany($input: RegisterCompanyInput!) {
  registerCompany(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<PmeRegisterCompanyMutation, PmeRegisterCompanyMutationVariables>;
export const PmeContactNeedDocument = new TypedDocumentString(`
    query PmeContactNeed($id: ID!) {
  contactNeed(id: $id) {
    id
    status
    need
    themes
    createdAt
    requests {
      id
      status
      createdAt
      firstAnsweredAt
      connecteur {
        id
        displayName
        email
      }
      deadline {
        state
        lateAt
        firstReminderAt
        secondReminderAt
        abandonedAt
      }
      history {
        at
        by
        from
        to
        message
      }
      feedback {
        contacted
        useful
        comment
        givenAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PmeContactNeedQuery, PmeContactNeedQueryVariables>;
export const PmeReopenContactRequestDocument = new TypedDocumentString(`
    mutation PmeReopenContactRequest($id: ID!, $message: String) {
  reopenContactRequest(id: $id, message: $message) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PmeReopenContactRequestMutation, PmeReopenContactRequestMutationVariables>;
export const PmeGiveContactFeedbackDocument = new TypedDocumentString(`
    mutation PmeGiveContactFeedback($requestId: ID!, $input: ContactFeedbackInput!) {
  giveContactFeedback(requestId: $requestId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PmeGiveContactFeedbackMutation, PmeGiveContactFeedbackMutationVariables>;
export const PmeContactNeedsDocument = new TypedDocumentString(`
    query PmeContactNeeds($first: Int, $after: String) {
  myContactNeeds(first: $first, after: $after) {
    edges {
      node {
        id
        status
        need
        createdAt
        deadline {
          state
        }
        requests {
          id
          connecteur {
            id
            displayName
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PmeContactNeedsQuery, PmeContactNeedsQueryVariables>;
export const PmeContactConnecteurDocument = new TypedDocumentString(`
    query PmeContactConnecteur($id: ID!) {
  connecteur(id: $id) {
    id
    displayName
    departementCode
    themes
    acceptsNewPmes
    isLabelled
  }
}
    `) as unknown as TypedDocumentString<PmeContactConnecteurQuery, PmeContactConnecteurQueryVariables>;
export const PmeSendContactRequestDocument = new TypedDocumentString(`
    mutation PmeSendContactRequest($input: SendContactRequestInput!) {
  sendContactRequest(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PmeSendContactRequestMutation, PmeSendContactRequestMutationVariables>;
export const PmeDiagnosticQuestionnaireDocument = new TypedDocumentString(`
    query PmeDiagnosticQuestionnaire {
  diagnosticQuestionnaire {
    version
    estimatedMinutes
    themes {
      theme
      name
    }
    questions {
      id
      theme
      text
      multiple
      choices {
        id
        text
        exclusive
      }
    }
  }
  myCompany {
    id
    nafCode
    employees
    communeCode
  }
  myDiagnostics(first: 10) {
    edges {
      node {
        id
        submittedAt
        overallScore
        levelInfo {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PmeDiagnosticQuestionnaireQuery, PmeDiagnosticQuestionnaireQueryVariables>;
export const PmeSubmitDiagnosticDocument = new TypedDocumentString(`
    mutation PmeSubmitDiagnostic($input: SubmitDiagnosticInput!) {
  submitDiagnostic(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PmeSubmitDiagnosticMutation, PmeSubmitDiagnosticMutationVariables>;
export const PmeDiagnosticResultDocument = new TypedDocumentString(`
    query PmeDiagnosticResult($id: ID!) {
  diagnosticResult(id: $id) {
    id
    submittedAt
    overallScore
    level
    levelInfo {
      name
      description
    }
    nextLevel {
      name
      minScore
    }
    themeScores {
      theme
      name
      score
    }
    peers {
      scope
      label
      peerCount
      averageScore
      shareBelow
      themeAverages {
        theme
        average
      }
    }
    recommendations {
      focusThemes
      advice {
        theme
        title
        text
      }
      connecteurs {
        id
        displayName
        departementCode
        themes
      }
      programmes {
        program {
          id
          name
          managingBody
          isOpen
        }
        expenseTheme
        typicalInvestmentCents
        expectedAidCents
        assumptions
      }
      testimonials {
        id
        companyName
        title
        story
        award
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PmeDiagnosticResultQuery, PmeDiagnosticResultQueryVariables>;
export const PmePricePositionDocument = new TypedDocumentString(`
    query PmePricePosition($theme: Theme!, $regionCode: String, $amountCents: Cents!) {
  pricePosition(theme: $theme, regionCode: $regionCode, amountCents: $amountCents) {
    placement
    range {
      lowCents
      medianCents
      highCents
      observations
      regionCode
    }
  }
}
    `) as unknown as TypedDocumentString<PmePricePositionQuery, PmePricePositionQueryVariables>;
export const PmeProviderDirectoryDocument = new TypedDocumentString(`
    query PmeProviderDirectory($filter: ProviderFilter, $first: Int) {
  providers(filter: $filter, first: $first) {
    edges {
      node {
        id
        siren
        name
        communeCode
        departementCode
        regionCode
        rating {
          average
          count
        }
        offers {
          id
          theme
          priceFromCents
          priceToCents
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PmeProviderDirectoryQuery, PmeProviderDirectoryQueryVariables>;
export const PmeExportMyDataDocument = new TypedDocumentString(`
    query PmeExportMyData {
  exportMyData {
    generatedAt
    company {
      id
      siren
      name
      nafCode
      nafLabel
      employees
      annualRevenueCents
      independent
      communeCode
      departementCode
      regionCode
      createdAt
      updatedAt
    }
    contactConsent {
      consented
      changedAt
      departementCode
    }
    subsidyApplications {
      id
      status
      projectSummary
      investmentCents
      aidCents
      grantedAidCents
      paidCents
      invoiceCents
      expenses {
        theme
        description
        amountCents
        providerSiren
        providerName
      }
      program {
        id
        name
      }
    }
    diagnostics {
      id
      submittedAt
      overallScore
      level
      companyFacts {
        sizeBand
        nafCode
        clientele
        communeCode
      }
      answers {
        questionId
        choiceIds
      }
    }
    contactNeeds {
      id
      status
      need
      themes
      departementCode
      createdAt
    }
    follows {
      id
      status
      proposedAt
      proposalMessage
      acceptedAt
      revokedAt
      connecteur {
        id
        displayName
      }
    }
    appointments {
      id
      startsAt
      endsAt
      topic
      status
      cancelledAt
      cancellationReason
      attendance
    }
    reviews {
      id
      rating
      comment
      authorKind
      authorName
      status
      submittedAt
      publishedAt
    }
    testimonials {
      id
      companyName
      title
      story
      status
    }
    providerEngagements {
      id
      description
      status
      declaredAt
      confirmedAt
    }
    providerRecommendations {
      note
      recommendedAt
      providers {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PmeExportMyDataQuery, PmeExportMyDataQueryVariables>;
export const PmeDeleteMyAccountDocument = new TypedDocumentString(`
    mutation PmeDeleteMyAccount($confirmation: String!) {
  deleteMyAccount(confirmation: $confirmation) {
    deletedAt
    subsidyApplicationsAnonymized
    diagnosticsDetached
    contactNeedsErased
    followsEnded
    appointmentsErased
    reviewsAnonymized
  }
}
    `) as unknown as TypedDocumentString<PmeDeleteMyAccountMutation, PmeDeleteMyAccountMutationVariables>;
export const PmeSubsidyHomeDocument = new TypedDocumentString(`
    query PmeSubsidyHome {
  myCompany {
    id
    regionCode
  }
  subsidyApplications(first: 50) {
    edges {
      node {
        id
        status
        updatedAt
        aidCents
        investmentCents
        program {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PmeSubsidyHomeQuery, PmeSubsidyHomeQueryVariables>;
export const PmeRegionProgramsDocument = new TypedDocumentString(`
    query PmeRegionPrograms($regionCode: String!) {
  subsidyPrograms(regionCode: $regionCode) {
    id
    name
    managingBody
    opensAt
    closesAt
    isOpen
    aidRateBasisPoints
    investmentFloorCents
    investmentCeilingCents
    aidFloorCents
    aidCeilingCents
  }
}
    `) as unknown as TypedDocumentString<PmeRegionProgramsQuery, PmeRegionProgramsQueryVariables>;
export const ProviderMyEntryDocument = new TypedDocumentString(`
    query ProviderMyEntry {
  myProvider {
    id
    siret
    name
    communeCode
    departementCode
    regionCode
    regionsServed
    website
    startup
    offers {
      id
      theme
      description
      priceFromCents
      priceToCents
    }
    rating {
      average
      count
    }
  }
}
    `) as unknown as TypedDocumentString<ProviderMyEntryQuery, ProviderMyEntryQueryVariables>;
export const ProviderRegisterDocument = new TypedDocumentString(`
    mutation ProviderRegister($input: RegisterProviderInput!) {
  registerProvider(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProviderRegisterMutation, ProviderRegisterMutationVariables>;
export const ProviderUpdateDocument = new TypedDocumentString(`
    mutation ProviderUpdate($input: UpdateProviderInput!) {
  updateProvider(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProviderUpdateMutation, ProviderUpdateMutationVariables>;
export const ProviderAddOfferDocument = new TypedDocumentString(`
    mutation ProviderAddOffer($input: AddProviderOfferInput!) {
  addProviderOffer(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProviderAddOfferMutation, ProviderAddOfferMutationVariables>;
export const ProviderRemoveOfferDocument = new TypedDocumentString(`
    mutation ProviderRemoveOffer($offerId: ID!) {
  removeProviderOffer(offerId: $offerId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProviderRemoveOfferMutation, ProviderRemoveOfferMutationVariables>;
export const ProviderMyReviewsDocument = new TypedDocumentString(`
    query ProviderMyReviews($first: Int, $after: String) {
  myProvider {
    id
    name
    reviews(first: $first, after: $after) {
      edges {
        node {
          id
          rating
          comment
          authorKind
          authorName
          publishedAt
          reply {
            text
            repliedAt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProviderMyReviewsQuery, ProviderMyReviewsQueryVariables>;
export const ProviderReplyToReviewDocument = new TypedDocumentString(`
    mutation ProviderReplyToReview($reviewId: ID!, $text: String!) {
  replyToReview(reviewId: $reviewId, text: $text) {
    id
    reply {
      text
      repliedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ProviderReplyToReviewMutation, ProviderReplyToReviewMutationVariables>;
export const ConnecteurDetailDocument = new TypedDocumentString(`
    query ConnecteurDetail($id: ID!) {
  connecteur(id: $id) {
    id
    displayName
    kind
    structureType
    communeCode
    departementCode
    regionCode
    departementsServed
    themes
    acceptsNewPmes
    website
    email
    isLabelled
    labelValidUntil
    labelWave
  }
}
    `) as unknown as TypedDocumentString<ConnecteurDetailQuery, ConnecteurDetailQueryVariables>;
export const ConnecteurSearchDocument = new TypedDocumentString(`
    query ConnecteurSearch($filter: ConnecteurFilter, $first: Int, $after: String) {
  connecteurs(filter: $filter, first: $first, after: $after) {
    edges {
      node {
        id
        displayName
        structureType
        departementCode
        themes
        isLabelled
        labelValidUntil
        acceptsNewPmes
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConnecteurSearchQuery, ConnecteurSearchQueryVariables>;
export const PublicEventsDocument = new TypedDocumentString(`
    query PublicEvents($filter: EventFilter, $first: Int, $after: String) {
  events(filter: $filter, first: $first, after: $after) {
    edges {
      node {
        id
        kind
        title
        description
        startsAt
        endsAt
        placeName
        departementCode
        regionCode
        online
        themes
        link
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PublicEventsQuery, PublicEventsQueryVariables>;
export const PublicNewsDocument = new TypedDocumentString(`
    query PublicNews($filter: NewsFilter, $first: Int, $after: String) {
  news(filter: $filter, first: $first, after: $after) {
    edges {
      node {
        id
        title
        body
        link
        regionCode
        themes
        publishedAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PublicNewsQuery, PublicNewsQueryVariables>;
export const PublicPriceReferentialsDocument = new TypedDocumentString(`
    query PublicPriceReferentials($regionCode: String) {
  priceReferentials(regionCode: $regionCode) {
    theme
    overall {
      ...PublicPriceRange
    }
    offers {
      ...PublicPriceRange
    }
    quotes {
      ...PublicPriceRange
    }
    invoices {
      ...PublicPriceRange
    }
  }
}
    fragment PublicPriceRange on PriceRange {
  lowCents
  medianCents
  highCents
  observations
}`) as unknown as TypedDocumentString<PublicPriceReferentialsQuery, PublicPriceReferentialsQueryVariables>;
export const PublicProviderDetailDocument = new TypedDocumentString(`
    query PublicProviderDetail($id: ID!) {
  provider(id: $id) {
    id
    name
    siret
    communeCode
    departementCode
    regionCode
    regionsServed
    startup
    website
    offers {
      id
      theme
      description
      priceFromCents
      priceToCents
    }
    rating {
      average
      count
    }
  }
}
    `) as unknown as TypedDocumentString<PublicProviderDetailQuery, PublicProviderDetailQueryVariables>;
export const PublicProviderReviewsDocument = new TypedDocumentString(`
    query PublicProviderReviews($id: ID!, $first: Int, $after: String) {
  provider(id: $id) {
    id
    reviews(first: $first, after: $after) {
      edges {
        node {
          id
          rating
          comment
          authorKind
          authorName
          publishedAt
          reply {
            text
            repliedAt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicProviderReviewsQuery, PublicProviderReviewsQueryVariables>;
export const PublicReviewProviderDocument = new TypedDocumentString(`
    mutation PublicReviewProvider($providerId: ID!, $rating: Int!, $comment: String!) {
  reviewProvider(providerId: $providerId, rating: $rating, comment: $comment) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PublicReviewProviderMutation, PublicReviewProviderMutationVariables>;
export const PublicProvidersDocument = new TypedDocumentString(`
    query PublicProviders($filter: ProviderFilter, $first: Int, $after: String) {
  providers(filter: $filter, first: $first, after: $after) {
    edges {
      node {
        id
        name
        communeCode
        departementCode
        startup
        offers {
          id
          theme
        }
        rating {
          average
          count
        }
        latestReviews {
          id
          rating
          comment
          authorKind
          authorName
          publishedAt
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PublicProvidersQuery, PublicProvidersQueryVariables>;
export const PublicTestimonialsDocument = new TypedDocumentString(`
    query PublicTestimonials($filter: TestimonialFilter, $first: Int, $after: String) {
  testimonials(filter: $filter, first: $first, after: $after) {
    edges {
      node {
        id
        companyName
        title
        story
        format
        mediaUrl
        durationSeconds
        themes
        nafSection
        sizeBand
        departementCode
        maturityLevel
        award
        connecteur {
          id
          displayName
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PublicTestimonialsQuery, PublicTestimonialsQueryVariables>;
export const PublicTestimonialMapDocument = new TypedDocumentString(`
    query PublicTestimonialMap($filter: TestimonialFilter) {
  testimonialMap(filter: $filter) {
    departementCode
    count
  }
}
    `) as unknown as TypedDocumentString<PublicTestimonialMapQuery, PublicTestimonialMapQueryVariables>;
export const AgentStartReviewDocument = new TypedDocumentString(`
    mutation AgentStartReview($id: ID!, $expectedVersion: Int!) {
  startSubsidyReview(id: $id, expectedVersion: $expectedVersion) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<AgentStartReviewMutation, AgentStartReviewMutationVariables>;
export const AgentRequestCorrectionDocument = new TypedDocumentString(`
    mutation AgentRequestCorrection($id: ID!, $message: String!, $expectedVersion: Int!) {
  requestSubsidyCorrection(
    id: $id
    message: $message
    expectedVersion: $expectedVersion
  ) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<AgentRequestCorrectionMutation, AgentRequestCorrectionMutationVariables>;
export const AgentDecideDocument = new TypedDocumentString(`
    mutation AgentDecide($id: ID!, $decision: SubsidyDecision!, $reason: String, $expectedVersion: Int!) {
  decideSubsidyApplication(
    id: $id
    decision: $decision
    reason: $reason
    expectedVersion: $expectedVersion
  ) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<AgentDecideMutation, AgentDecideMutationVariables>;
export const AgentReopenDocument = new TypedDocumentString(`
    mutation AgentReopen($id: ID!, $reason: String!, $expectedVersion: Int!) {
  reopenSubsidyApplication(
    id: $id
    reason: $reason
    expectedVersion: $expectedVersion
  ) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<AgentReopenMutation, AgentReopenMutationVariables>;
export const AgentRecordPaymentDocument = new TypedDocumentString(`
    mutation AgentRecordPayment($id: ID!, $invoiceCents: Cents!, $expectedVersion: Int!) {
  recordSubsidyPayment(
    id: $id
    invoiceCents: $invoiceCents
    expectedVersion: $expectedVersion
  ) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<AgentRecordPaymentMutation, AgentRecordPaymentMutationVariables>;
export const AgentProgramRulesDocument = new TypedDocumentString(`
    query AgentProgramRules($id: ID!) {
  subsidyProgram(id: $id) {
    id
    regionCode
    name
    managingBody
    opensAt
    closesAt
    envelopeCents
    aidRateBasisPoints
    investmentFloorCents
    investmentCeilingCents
    aidFloorCents
    aidCeilingCents
    localProvidersOnly
    attestationRequired
    questions {
      id
      label
      kind
      required
      requiredAnswer
      min
      max
      unit
      choices
      acceptedChoices
    }
    version
  }
}
    `) as unknown as TypedDocumentString<AgentProgramRulesQuery, AgentProgramRulesQueryVariables>;
export const AgentOpenProgramDocument = new TypedDocumentString(`
    mutation AgentOpenProgram($input: OpenSubsidyProgramInput!) {
  openSubsidyProgram(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AgentOpenProgramMutation, AgentOpenProgramMutationVariables>;
export const AgentUpdateProgramDocument = new TypedDocumentString(`
    mutation AgentUpdateProgram($id: ID!, $input: UpdateSubsidyProgramInput!, $expectedVersion: Int!) {
  updateSubsidyProgram(id: $id, input: $input, expectedVersion: $expectedVersion) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AgentUpdateProgramMutation, AgentUpdateProgramMutationVariables>;
export const AgentApplicationFileDocument = new TypedDocumentString(`
    query AgentApplicationFile($id: ID!) {
  subsidyApplication(id: $id) {
    id
    status
    version
    projectSummary
    investmentCents
    aidCents
    grantedAidCents
    invoiceCents
    paidCents
    eligible
    submittedAt
    decidedAt
    paidAt
    updatedAt
    company {
      id
      name
      siren
      nafCode
      nafLabel
      employees
      annualRevenueCents
      independent
      communeCode
      departementCode
    }
    program {
      id
      name
      aidRateBasisPoints
    }
    eligibility {
      rule
      passed
      message
    }
    expenses {
      theme
      description
      amountCents
      providerSiren
      providerName
      providerCommuneCode
    }
    expensePricePositions {
      placement
      range {
        lowCents
        medianCents
        highCents
        observations
        regionCode
      }
    }
    trustedThirdParty {
      id
      displayName
    }
    attestedBy {
      id
      displayName
    }
    attestedAt
    history {
      version
      at
      actorRole
      actorSub
      action
      reason
      fromStatus
      toStatus
    }
    messages {
      at
      authorRole
      body
    }
    annotations {
      at
      authorSub
      body
    }
    followUp {
      answeredAt
      revenueChangePercent
      employeesChange
      benefit
      satisfaction
      comment
    }
  }
}
    `) as unknown as TypedDocumentString<AgentApplicationFileQuery, AgentApplicationFileQueryVariables>;
export const AgentSendMessageDocument = new TypedDocumentString(`
    mutation AgentSendMessage($id: ID!, $body: String!) {
  sendSubsidyMessage(id: $id, body: $body) {
    at
  }
}
    `) as unknown as TypedDocumentString<AgentSendMessageMutation, AgentSendMessageMutationVariables>;
export const AgentAnnotateDocument = new TypedDocumentString(`
    mutation AgentAnnotate($id: ID!, $body: String!) {
  annotateSubsidyApplication(id: $id, body: $body) {
    at
  }
}
    `) as unknown as TypedDocumentString<AgentAnnotateMutation, AgentAnnotateMutationVariables>;
export const AgentProgramDashboardDocument = new TypedDocumentString(`
    query AgentProgramDashboard($id: ID!) {
  subsidyProgram(id: $id) {
    id
    name
    managingBody
    description
    opensAt
    closesAt
    isOpen
    envelopeCents
    aidRateBasisPoints
    investmentFloorCents
    investmentCeilingCents
    aidFloorCents
    aidCeilingCents
    maxEmployees
    eligibleThemes
    localProvidersOnly
    attestationRequired
    dashboard {
      envelopeCents
      committedCents
      paidCents
      inProgressCents
      remainingCents
      countsByStatus {
        status
        count
      }
      applicantCompanies
      fundedCompanies
      followUp {
        responses
        benefitCount
        averageRevenueChangePercent
        averageEmployeesChange
        averageSatisfaction
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgentProgramDashboardQuery, AgentProgramDashboardQueryVariables>;
export const AgentProgramExportDocument = new TypedDocumentString(`
    query AgentProgramExport($programId: ID!) {
  subsidyProgramExport(programId: $programId)
}
    `) as unknown as TypedDocumentString<AgentProgramExportQuery, AgentProgramExportQueryVariables>;
export const AgentRegionProgramsDocument = new TypedDocumentString(`
    query AgentRegionPrograms($regionCode: String!) {
  subsidyPrograms(regionCode: $regionCode) {
    id
    name
    managingBody
    opensAt
    closesAt
    isOpen
    envelopeCents
    aidRateBasisPoints
    aidFloorCents
    aidCeilingCents
    investmentFloorCents
    investmentCeilingCents
    dashboard {
      remainingCents
    }
  }
}
    `) as unknown as TypedDocumentString<AgentRegionProgramsQuery, AgentRegionProgramsQueryVariables>;
export const AgentApplicationQueueDocument = new TypedDocumentString(`
    query AgentApplicationQueue($filter: SubsidyApplicationFilter, $orderBy: SubsidyApplicationOrder, $first: Int, $after: String) {
  subsidyApplications(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
  ) {
    edges {
      node {
        id
        status
        company {
          id
          name
          siren
        }
        program {
          id
          name
        }
        investmentCents
        aidCents
        submittedAt
        updatedAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AgentApplicationQueueQuery, AgentApplicationQueueQueryVariables>;