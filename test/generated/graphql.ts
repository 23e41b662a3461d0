/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActionItemStatus =
  | 'DONE'
  | 'DROPPED'
  | 'IN_PROGRESS'
  | 'TODO';

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

/** A name, and an e-mail address or a phone number (or both). */
export type ContactDetailsInput = {
  email?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
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
  /**
   * Chosen once per draft by the client (8 to 100 of A-Z a-z 0-9 - _): the same key from the same user for the same
   * company answers the draft the first call created, writing nothing more (a retry after a lost answer).
   */
  clientKey?: string | null | undefined;
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

/**
 * A physical event needs a commune (its region follows); an online event without a commune takes `regionCode`,
 * or is national when both are absent (moderators only).
 */
export type EventInput = {
  communeCode?: string | null | undefined;
  description?: string | null | undefined;
  endsAt?: string | null | undefined;
  kind: EventKind;
  link?: string | null | undefined;
  online: boolean;
  placeName?: string | null | undefined;
  regionCode?: string | null | undefined;
  startsAt: string;
  themes: Array<Theme>;
  title: string;
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

export type NewsInput = {
  body: string;
  link?: string | null | undefined;
  /** Absent: national (moderators only); a region agent may only use its own region. */
  regionCode?: string | null | undefined;
  themes: Array<Theme>;
  title: string;
};

/** What a person is told (functions/notifications/); the categories of functions/shared/notifications.ts. */
export type NotificationCategory =
  | 'APPOINTMENT'
  | 'CONTACT_MESSAGE'
  | 'CONTACT_REQUEST_ABANDONED'
  | 'CONTACT_REQUEST_ANSWERED'
  | 'CONTACT_REQUEST_RECEIVED'
  | 'CONTACT_REQUEST_REMINDER'
  | 'CONTACT_REQUEST_WAITING'
  | 'FOLLOW'
  | 'FOLLOW_UP_DUE'
  | 'LABEL_DECISION'
  | 'LABEL_EXPIRY'
  | 'MODERATION_PENDING'
  | 'REVIEW_DECISION'
  | 'REVIEW_PUBLISHED'
  | 'SUBSIDY_ATTESTATION_REQUESTED'
  | 'SUBSIDY_DECISION'
  | 'SUBSIDY_RECEIPT'
  | 'SUBSIDY_SUBMITTED'
  | 'SUBSIDY_SURVEY_DUE'
  | 'SUBSIDY_WAITING'
  | 'TESTIMONIAL_AGREEMENT';

export type NotificationCategoryPreferenceInput = {
  category: NotificationCategory;
  digest?: boolean | null | undefined;
  email: boolean;
};

export type NotificationPreferencesInput = {
  categories: Array<NotificationCategoryPreferenceInput>;
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

/** Where price observations come from; the referential keeps them apart. */
export type PriceSource =
  /** Invoices of paid applications. */
  | 'INVOICES'
  /** Providers' declared offers (middle of each offer's range). */
  | 'OFFERS'
  /** Expense amounts of submitted chèque numérique applications. */
  | 'QUOTES';

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
  /** Chosen once per need by the client: sending again with the same key answers the need the first send created. */
  clientKey?: string | null | undefined;
  /** 1 to 5 connecteurs, each accepting new PMEs. */
  connecteurIds: Array<string | number>;
  /** Shown to a connecteur once it takes the request in charge. */
  contact?: ContactDetailsInput | null | undefined;
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
  /**
   * Chosen once per diagnostic by the client (8 to 100 of A-Z a-z 0-9 - _): submitting again with the same key, from the
   * same user (or, anonymous, from the same client the same day), answers the result the first call stored and stores
   * nothing more (a retry after a lost answer).
   */
  clientKey?: string | null | undefined;
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

export type SubsidyDeclarationInput = {
  /** Must be true: the applicant ticked the declaration. */
  accepted: boolean;
  /** The version of the text shown (`SubsidyProgram.declaration.version`); CONFLICT when it is no longer the current one. */
  textVersion: string;
};

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

export type TestimonialInput = {
  award?: string | null | undefined;
  /** Chosen once per testimonial by the client: submitting again with the same key answers the first submission. */
  clientKey?: string | null | undefined;
  communeCode: string;
  /** A connecteur names a company it follows; a PME leaves it out (its own company). */
  companyId?: string | number | null | undefined;
  companyName: string;
  /** Required for a video (60 at most) or an audio. */
  durationSeconds?: number | null | undefined;
  format: TestimonialFormat;
  maturityLevel: MaturityLevel;
  /** Required for a video or an audio. */
  mediaUrl?: string | null | undefined;
  nafCode: string;
  sizeBand: SizeBand;
  story: string;
  /** One to three themes. */
  themes: Array<Theme>;
  title: string;
};

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

/** Fields left out are unchanged. */
export type UpdateConnecteurProfileInput = {
  acceptsNewPmes?: boolean | null | undefined;
  communeCode?: string | null | undefined;
  departementsServed?: Array<string> | null | undefined;
  displayName?: string | null | undefined;
  email?: string | null | undefined;
  kind?: ConnecteurKind | null | undefined;
  structureType?: StructureType | null | undefined;
  themes?: Array<Theme> | null | undefined;
  website?: string | null | undefined;
};

/** Fields left out are unchanged; `website: null` removes it. */
export type UpdateProviderInput = {
  communeCode?: string | null | undefined;
  name?: string | null | undefined;
  regionsServed?: Array<string> | null | undefined;
  startup?: boolean | null | undefined;
  website?: string | null | undefined;
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

export type AppointmentsPublishSlotsMutationVariables = Exact<{
  slots: Array<AppointmentSlotInput> | AppointmentSlotInput;
}>;


export type AppointmentsPublishSlotsMutation = { publishAppointmentSlots: Array<{ id: string, startsAt: string, endsAt: string, status: AppointmentSlotStatus, connecteur: { id: string } }> };

export type AppointmentsBookMutationVariables = Exact<{
  id: string | number;
  topic?: string | null | undefined;
}>;


export type AppointmentsBookMutation = { bookAppointment: { id: string, status: AppointmentStatus, startsAt: string, topic: string | null, connecteur: { id: string } } };

export type AppointmentsCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type AppointmentsCancelMutation = { cancelAppointment: { status: AppointmentStatus, cancelledBy: ContactActor | null, cancellationReason: string | null } };

export type AppointmentsRecordAttendanceMutationVariables = Exact<{
  id: string | number;
  a: Attendance;
}>;


export type AppointmentsRecordAttendanceMutation = { recordAttendance: { attendance: Attendance | null } };

export type AppointmentsOpenSlotsQueryVariables = Exact<{
  id: string | number;
}>;


export type AppointmentsOpenSlotsQuery = { appointmentSlots: { edges: Array<{ node: { id: string } }> } };

export type AppointmentsBookedAndDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type AppointmentsBookedAndDashboardQuery = { myAppointments: { edges: Array<{ node: { id: string, status: AppointmentStatus } }> }, connecteurDashboard: { appointmentsBooked: number } };

export type AppointmentsDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type AppointmentsDashboardQuery = { connecteurDashboard: { appointmentsHeld: number, appointmentsBooked: number } };

export type AppointmentsPastQueryVariables = Exact<{ [key: string]: never; }>;


export type AppointmentsPastQuery = { myAppointments: { edges: Array<{ node: { id: string, attendance: Attendance | null } }> } };

export type AppointmentsRegionIndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type AppointmentsRegionIndicatorsQuery = { programmeIndicators: Array<{ regionCode: string, regionName: string, diagnosticsDone: number, appointmentsBooked: number, contactRequests: number, requestsByStatus: Array<{ status: ContactRequestStatus, count: number }> }> };

export type AppointmentsAllIndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type AppointmentsAllIndicatorsQuery = { programmeIndicators: Array<{ regionCode: string }> };

export type AppointmentsUnknownRegionIndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type AppointmentsUnknownRegionIndicatorsQuery = { programmeIndicators: Array<{ regionCode: string }> };

export type AppointmentsConnecteurCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type AppointmentsConnecteurCountsQuery = { programmeIndicators: Array<{ connecteursDeclared: number, connecteursLabelled: number }> };

export type AppointmentsRequestLabelMutationVariables = Exact<{ [key: string]: never; }>;


export type AppointmentsRequestLabelMutation = { requestLabel: { id: string } };

export type AppointmentsGrantLabelMutationVariables = Exact<{
  id: string | number;
}>;


export type AppointmentsGrantLabelMutation = { grantLabel: { tier: ConnecteurTier } };

export type AppointmentsRevokeLabelMutationVariables = Exact<{
  id: string | number;
}>;


export type AppointmentsRevokeLabelMutation = { revokeLabel: { tier: ConnecteurTier } };

export type AppointmentsPublishSlotIdsMutationVariables = Exact<{
  slots: Array<AppointmentSlotInput> | AppointmentSlotInput;
}>;


export type AppointmentsPublishSlotIdsMutation = { publishAppointmentSlots: Array<{ id: string }> };

export type AppointmentsBookWithoutTopicMutationVariables = Exact<{
  id: string | number;
}>;


export type AppointmentsBookWithoutTopicMutation = { bookAppointment: { id: string, startsAt: string } };

export type AppointmentsCancelWithoutReasonMutationVariables = Exact<{
  id: string | number;
}>;


export type AppointmentsCancelWithoutReasonMutation = { cancelAppointment: { status: AppointmentStatus } };

export type AppointmentsUpcomingQueryVariables = Exact<{ [key: string]: never; }>;


export type AppointmentsUpcomingQuery = { myAppointments: { edges: Array<{ node: { id: string, status: AppointmentStatus } }> } };

export type TestCompanyFieldsFragment = { id: string, siren: string, name: string, nafCode: string, nafLabel: string, nafSection: string, employees: number, annualRevenueCents: number | null, independent: boolean, communeCode: string, departementCode: string, regionCode: string, version: number };

export type TestRegisterCompanyMutationVariables = Exact<{
  input: RegisterCompanyInput;
}>;


export type TestRegisterCompanyMutation = { registerCompany: { id: string, siren: string, name: string, nafCode: string, nafLabel: string, nafSection: string, employees: number, annualRevenueCents: number | null, independent: boolean, communeCode: string, departementCode: string, regionCode: string, version: number } };

export type TestUpdateCompanyMutationVariables = Exact<{
  input: UpdateCompanyInput;
  v: number;
}>;


export type TestUpdateCompanyMutation = { updateCompany: { id: string, siren: string, name: string, nafCode: string, nafLabel: string, nafSection: string, employees: number, annualRevenueCents: number | null, independent: boolean, communeCode: string, departementCode: string, regionCode: string, version: number } };

export type TestJoinMyCompanyMutationVariables = Exact<{ [key: string]: never; }>;


export type TestJoinMyCompanyMutation = { joinMyCompany: { id: string, siren: string, name: string, nafCode: string, nafLabel: string, nafSection: string, employees: number, annualRevenueCents: number | null, independent: boolean, communeCode: string, departementCode: string, regionCode: string, version: number } };

export type TestMyCompanyQueryVariables = Exact<{ [key: string]: never; }>;


export type TestMyCompanyQuery = { myCompany: { id: string, siren: string, name: string, nafCode: string, nafLabel: string, nafSection: string, employees: number, annualRevenueCents: number | null, independent: boolean, communeCode: string, departementCode: string, regionCode: string, version: number } | null };

export type ConnecteursFieldsFragment = { id: string, displayName: string, communeCode: string, departementCode: string, regionCode: string, departementsServed: Array<string>, themes: Array<Theme>, tier: ConnecteurTier, isLabelled: boolean, labelValidUntil: string | null, hasPendingLabelRequest: boolean, email: string | null, labelHistory: Array<{ status: LabelRequestStatus, validUntil: string | null, wave: string | null, reason: string | null, isValid: boolean }> };

export type ConnecteursRegisterMutationVariables = Exact<{
  input: RegisterConnecteurInput;
}>;


export type ConnecteursRegisterMutation = { registerConnecteur: { id: string, displayName: string, communeCode: string, departementCode: string, regionCode: string, departementsServed: Array<string>, themes: Array<Theme>, tier: ConnecteurTier, isLabelled: boolean, labelValidUntil: string | null, hasPendingLabelRequest: boolean, email: string | null, labelHistory: Array<{ status: LabelRequestStatus, validUntil: string | null, wave: string | null, reason: string | null, isValid: boolean }> } };

export type ConnecteursRegisterIdMutationVariables = Exact<{
  input: RegisterConnecteurInput;
}>;


export type ConnecteursRegisterIdMutation = { registerConnecteur: { id: string } };

export type ConnecteursRequestLabelMutationVariables = Exact<{ [key: string]: never; }>;


export type ConnecteursRequestLabelMutation = { requestLabel: { id: string, displayName: string, communeCode: string, departementCode: string, regionCode: string, departementsServed: Array<string>, themes: Array<Theme>, tier: ConnecteurTier, isLabelled: boolean, labelValidUntil: string | null, hasPendingLabelRequest: boolean, email: string | null, labelHistory: Array<{ status: LabelRequestStatus, validUntil: string | null, wave: string | null, reason: string | null, isValid: boolean }> } };

export type ConnecteursGrantLabelMutationVariables = Exact<{
  id: string | number;
  until: string;
}>;


export type ConnecteursGrantLabelMutation = { grantLabel: { id: string, displayName: string, communeCode: string, departementCode: string, regionCode: string, departementsServed: Array<string>, themes: Array<Theme>, tier: ConnecteurTier, isLabelled: boolean, labelValidUntil: string | null, hasPendingLabelRequest: boolean, email: string | null, labelHistory: Array<{ status: LabelRequestStatus, validUntil: string | null, wave: string | null, reason: string | null, isValid: boolean }> } };

export type ConnecteursSearchQueryVariables = Exact<{
  filter?: ConnecteurFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConnecteursSearchQuery = { connecteurs: { edges: Array<{ cursor: string, node: { id: string, displayName: string, tier: ConnecteurTier } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConnecteursUpdateProfileMutationVariables = Exact<{
  input: UpdateConnecteurProfileInput;
}>;


export type ConnecteursUpdateProfileMutation = { updateConnecteurProfile: { communeCode: string, departementCode: string, regionCode: string, departementsServed: Array<string>, acceptsNewPmes: boolean } };

export type ConnecteursEmailQueryVariables = Exact<{
  id: string | number;
}>;


export type ConnecteursEmailQuery = { connecteur: { email: string | null } | null };

export type ConnecteursRejectLabelRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type ConnecteursRejectLabelRequestMutation = { rejectLabelRequest: { id: string, displayName: string, communeCode: string, departementCode: string, regionCode: string, departementsServed: Array<string>, themes: Array<Theme>, tier: ConnecteurTier, isLabelled: boolean, labelValidUntil: string | null, hasPendingLabelRequest: boolean, email: string | null, labelHistory: Array<{ status: LabelRequestStatus, validUntil: string | null, wave: string | null, reason: string | null, isValid: boolean }> } };

export type ConnecteursRejectWithBlankReasonMutationVariables = Exact<{
  id: string | number;
}>;


export type ConnecteursRejectWithBlankReasonMutation = { rejectLabelRequest: { id: string } };

export type ConnecteursRevokeLabelMutationVariables = Exact<{
  id: string | number;
}>;


export type ConnecteursRevokeLabelMutation = { revokeLabel: { id: string, displayName: string, communeCode: string, departementCode: string, regionCode: string, departementsServed: Array<string>, themes: Array<Theme>, tier: ConnecteurTier, isLabelled: boolean, labelValidUntil: string | null, hasPendingLabelRequest: boolean, email: string | null, labelHistory: Array<{ status: LabelRequestStatus, validUntil: string | null, wave: string | null, reason: string | null, isValid: boolean }> } };

export type ConnecteursRevokeAgainMutationVariables = Exact<{
  id: string | number;
}>;


export type ConnecteursRevokeAgainMutation = { revokeLabel: { id: string } };

export type ConnecteursLabelReasonsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConnecteursLabelReasonsQuery = { connecteur: { labelHistory: Array<{ status: LabelRequestStatus, reason: string | null }> } | null };

export type ConnecteursRejectConcurrentlyMutationVariables = Exact<{
  id: string | number;
}>;


export type ConnecteursRejectConcurrentlyMutation = { rejectLabelRequest: { id: string } };

export type ConnecteursPendingLabelRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnecteursPendingLabelRequestsQuery = { pendingLabelRequests: { edges: Array<{ node: { id: string } }> } };

export type ConnecteursPendingLabelRequestsDefaultQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnecteursPendingLabelRequestsDefaultQuery = { pendingLabelRequests: { edges: Array<{ node: { id: string } }> } };

export type ConnecteursGateUpdateProfileMutationVariables = Exact<{ [key: string]: never; }>;


export type ConnecteursGateUpdateProfileMutation = { updateConnecteurProfile: { id: string } };

export type ConnecteursGateRequestLabelMutationVariables = Exact<{ [key: string]: never; }>;


export type ConnecteursGateRequestLabelMutation = { requestLabel: { id: string } };

export type ConnecteursGateGrantLabelMutationVariables = Exact<{ [key: string]: never; }>;


export type ConnecteursGateGrantLabelMutation = { grantLabel: { id: string } };

export type ConnecteursGateRejectLabelRequestMutationVariables = Exact<{ [key: string]: never; }>;


export type ConnecteursGateRejectLabelRequestMutation = { rejectLabelRequest: { id: string } };

export type ConnecteursGateRevokeLabelMutationVariables = Exact<{ [key: string]: never; }>;


export type ConnecteursGateRevokeLabelMutation = { revokeLabel: { id: string } };

export type ContactsNeedFieldsFragment = { id: string, status: ContactRequestStatus, need: string, themes: Array<Theme>, deadline: { state: ContactDeadlineState }, requests: Array<{ id: string, status: ContactRequestStatus, connecteur: { id: string }, deadline: { state: ContactDeadlineState } }> };

export type ContactsRequestFieldsFragment = { id: string, status: ContactRequestStatus, firstAnsweredAt: string | null, deadline: { state: ContactDeadlineState, lateAt: string | null }, history: Array<{ by: ContactActor, from: ContactRequestStatus | null, to: ContactRequestStatus, message: string | null }>, feedback: { contacted: boolean, useful: boolean | null, comment: string | null } | null };

export type ContactsSendNeedMutationVariables = Exact<{
  input: SendContactRequestInput;
}>;


export type ContactsSendNeedMutation = { sendContactRequest: { id: string, status: ContactRequestStatus, need: string, themes: Array<Theme>, deadline: { state: ContactDeadlineState }, requests: Array<{ id: string, status: ContactRequestStatus, connecteur: { id: string }, deadline: { state: ContactDeadlineState } }> } };

export type ContactsAnswerMutationVariables = Exact<{
  id: string | number;
  status: ContactRequestStatus;
  message?: string | null | undefined;
}>;


export type ContactsAnswerMutation = { answerContactRequest: { id: string, status: ContactRequestStatus, firstAnsweredAt: string | null, deadline: { state: ContactDeadlineState, lateAt: string | null }, history: Array<{ by: ContactActor, from: ContactRequestStatus | null, to: ContactRequestStatus, message: string | null }>, feedback: { contacted: boolean, useful: boolean | null, comment: string | null } | null } };

export type ContactsReopenMutationVariables = Exact<{
  id: string | number;
}>;


export type ContactsReopenMutation = { reopenContactRequest: { id: string, status: ContactRequestStatus, firstAnsweredAt: string | null, deadline: { state: ContactDeadlineState, lateAt: string | null }, history: Array<{ by: ContactActor, from: ContactRequestStatus | null, to: ContactRequestStatus, message: string | null }>, feedback: { contacted: boolean, useful: boolean | null, comment: string | null } | null } };

export type ContactsReadRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactsReadRequestQuery = { contactRequest: { id: string, status: ContactRequestStatus, firstAnsweredAt: string | null, deadline: { state: ContactDeadlineState, lateAt: string | null }, history: Array<{ by: ContactActor, from: ContactRequestStatus | null, to: ContactRequestStatus, message: string | null }>, feedback: { contacted: boolean, useful: boolean | null, comment: string | null } | null } | null };

export type ContactsReadNeedQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactsReadNeedQuery = { contactNeed: { id: string, status: ContactRequestStatus, need: string, themes: Array<Theme>, deadline: { state: ContactDeadlineState }, requests: Array<{ id: string, status: ContactRequestStatus, connecteur: { id: string }, deadline: { state: ContactDeadlineState } }> } | null };

export type ContactsNeedSeenByConnecteurQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactsNeedSeenByConnecteurQuery = { contactNeed: { company: { id: string }, requests: Array<{ id: string }> } | null };

export type ContactsMyNeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactsMyNeedsQuery = { myContactNeeds: { edges: Array<{ node: { id: string, status: ContactRequestStatus } }> } };

export type ContactsPendingInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactsPendingInboxQuery = { contactInbox: { edges: Array<{ node: { id: string, deadline: { state: ContactDeadlineState } } }> }, connecteurDashboard: { pendingRequests: number, lateRequests: number } };

export type ContactsDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactsDashboardQuery = { connecteurDashboard: { requestsReceived: number, pendingRequests: number, lateRequests: number, medianFirstAnswerHours: number | null, takeUpRate: number | null, responseRate: number | null } };

export type ContactsGiveFeedbackMutationVariables = Exact<{
  id: string | number;
}>;


export type ContactsGiveFeedbackMutation = { giveContactFeedback: { feedback: { contacted: boolean, useful: boolean | null, comment: string | null } | null } };

export type ContactsReadConversationQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactsReadConversationQuery = { contactRequest: { id: string, status: ContactRequestStatus, messageCount: number, companyContact: { name: string, email: string | null, phone: string | null } | null, messages: { edges: Array<{ node: { id: string, by: ContactActor, text: string, at: string } }>, pageInfo: { hasNextPage: boolean } } } | null };

export type ContactsPostMessageMutationVariables = Exact<{
  requestId: string | number;
  text: string;
  clientKey?: string | null | undefined;
}>;


export type ContactsPostMessageMutation = { postContactRequestMessage: { id: string, by: ContactActor, text: string, requestId: string } };

export type ContactsAnswerStatusMutationVariables = Exact<{
  id: string | number;
  status: ContactRequestStatus;
}>;


export type ContactsAnswerStatusMutation = { answerContactRequest: { id: string, status: ContactRequestStatus } };

export type ContactsSendWithContactMutationVariables = Exact<{
  input: SendContactRequestInput;
}>;


export type ContactsSendWithContactMutation = { sendContactRequest: { id: string, requests: Array<{ id: string }> } };

export type ContactsReopenIdMutationVariables = Exact<{
  id: string | number;
}>;


export type ContactsReopenIdMutation = { reopenContactRequest: { id: string } };

export type ContactsSendIdMutationVariables = Exact<{
  input: SendContactRequestInput;
}>;


export type ContactsSendIdMutation = { sendContactRequest: { id: string } };

export type DiagnosticsPeerFieldsFragment = { scope: PeerScope, label: string, peerCount: number, averageScore: number | null, shareBelow: number | null };

export type DiagnosticsSubmitMutationVariables = Exact<{
  input: SubmitDiagnosticInput;
}>;


export type DiagnosticsSubmitMutation = { submitDiagnostic: { id: string, overallScore: number, level: MaturityLevel, claimed: boolean, levelInfo: { name: string }, themeScores: Array<{ theme: MaturityTheme, score: number }>, peers: Array<{ scope: PeerScope, label: string, peerCount: number, averageScore: number | null, shareBelow: number | null }> } };

export type DiagnosticsReadQueryVariables = Exact<{
  id: string | number;
}>;


export type DiagnosticsReadQuery = { diagnosticResult: { id: string, overallScore: number, claimed: boolean, peers: Array<{ scope: PeerScope, label: string, peerCount: number, averageScore: number | null, shareBelow: number | null }> } | null };

export type DiagnosticsReadPeersQueryVariables = Exact<{
  id: string | number;
}>;


export type DiagnosticsReadPeersQuery = { diagnosticResult: { peers: Array<{ scope: PeerScope, peerCount: number, averageScore: number | null, shareBelow: number | null }> } | null };

export type DiagnosticsQuestionnaireQueryVariables = Exact<{ [key: string]: never; }>;


export type DiagnosticsQuestionnaireQuery = { diagnosticQuestionnaire: { version: string, estimatedMinutes: number, themes: Array<{ theme: MaturityTheme, name: string }>, levels: Array<{ level: MaturityLevel, name: string, minScore: number, maxScore: number }>, questions: Array<{ id: string, theme: MaturityTheme, multiple: boolean, choices: Array<{ id: string, text: string, exclusive: boolean }> }> } };

export type DiagnosticsReadDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type DiagnosticsReadDetailQuery = { diagnosticResult: { overallScore: number, levelInfo: { name: string }, nextLevel: { level: MaturityLevel } | null, companyFacts: { departementCode: string, regionCode: string, nafSection: string, nafLabel: string | null }, themeScores: Array<{ name: string, score: number }>, recommendations: { focusThemes: Array<MaturityTheme>, advice: Array<{ title: string }> } } | null };

export type DiagnosticsClaimMutationVariables = Exact<{
  id: string | number;
}>;


export type DiagnosticsClaimMutation = { claimDiagnostic: { claimed: boolean } };

export type DiagnosticsClaimWithIdMutationVariables = Exact<{
  id: string | number;
}>;


export type DiagnosticsClaimWithIdMutation = { claimDiagnostic: { id: string, claimed: boolean } };

export type DiagnosticsMineQueryVariables = Exact<{ [key: string]: never; }>;


export type DiagnosticsMineQuery = { myDiagnostics: { edges: Array<{ node: { id: string, claimed: boolean } }> } };

export type DiagnosticsMineCursorsQueryVariables = Exact<{ [key: string]: never; }>;


export type DiagnosticsMineCursorsQuery = { myDiagnostics: { edges: Array<{ cursor: string }> } };

export type DiagnosticsMineDetailQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DiagnosticsMineDetailQuery = { myDiagnostics: { edges: Array<{ node: { id: string, overallScore: number, peers: Array<{ peerCount: number }>, recommendations: { advice: Array<{ title: string }>, connecteurs: Array<{ id: string }>, programmes: Array<{ expectedAidCents: number }> } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DiagnosticsMineAfterQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type DiagnosticsMineAfterQuery = { myDiagnostics: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean } } };

export type DiagnosticsRequestLabelMutationVariables = Exact<{ [key: string]: never; }>;


export type DiagnosticsRequestLabelMutation = { requestLabel: { id: string } };

export type DiagnosticsGrantLabelMutationVariables = Exact<{
  id: string | number;
}>;


export type DiagnosticsGrantLabelMutation = { grantLabel: { tier: ConnecteurTier } };

export type DiagnosticsRecommendedConnecteursQueryVariables = Exact<{
  id: string | number;
}>;


export type DiagnosticsRecommendedConnecteursQuery = { diagnosticResult: { recommendations: { focusThemes: Array<MaturityTheme>, connecteurs: Array<{ id: string, tier: ConnecteurTier }> } } | null };

export type DiagnosticsOpenProgramMutationVariables = Exact<{
  input: OpenSubsidyProgramInput;
}>;


export type DiagnosticsOpenProgramMutation = { openSubsidyProgram: { id: string } };

export type DiagnosticsRecommendedProgrammesQueryVariables = Exact<{
  id: string | number;
}>;


export type DiagnosticsRecommendedProgrammesQuery = { diagnosticResult: { recommendations: { programmes: Array<{ expenseTheme: Theme, typicalInvestmentCents: number, expectedAidCents: number, assumptions: Array<string>, program: { id: string, name: string } }> } } | null };

export type DiagnosticsPeerDisclosureDoneQueryVariables = Exact<{
  r?: string | null | undefined;
}>;


export type DiagnosticsPeerDisclosureDoneQuery = { programmeIndicators: Array<{ diagnosticsDone: number }> };

export type EventEditsPublishMutationVariables = Exact<{
  input: EventInput;
}>;


export type EventEditsPublishMutation = { publishEvent: { id: string, version: number } };

export type EventEditsUpdateMutationVariables = Exact<{
  id: string | number;
  input: EventInput;
  expectedVersion: number;
}>;


export type EventEditsUpdateMutation = { updateEvent: { title: string, version: number } };

export type EventEditsReadQueryVariables = Exact<{
  id: string | number;
}>;


export type EventEditsReadQuery = { event: { title: string, startsAt: string, version: number } | null };

export type EventsPublishEventMutationVariables = Exact<{
  input: EventInput;
}>;


export type EventsPublishEventMutation = { publishEvent: { id: string, title: string, startsAt: string, regionCode: string | null, departementCode: string | null, communeCode: string | null, online: boolean, themes: Array<Theme> } };

export type EventsListQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EventsListQuery = { events: { edges: Array<{ node: { id: string, title: string, startsAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EventsCancelEventMutationVariables = Exact<{
  id: string | number;
}>;


export type EventsCancelEventMutation = { cancelEvent: boolean };

export type EventsReadEventQueryVariables = Exact<{
  id: string | number;
}>;


export type EventsReadEventQuery = { event: { id: string } | null };

export type EventsUpdateEventMutationVariables = Exact<{
  id: string | number;
  input: EventInput;
  expectedVersion: number;
}>;


export type EventsUpdateEventMutation = { updateEvent: { regionCode: string | null, startsAt: string, version: number } };

export type EventsPublishNewsMutationVariables = Exact<{
  input: NewsInput;
}>;


export type EventsPublishNewsMutation = { publishNews: { id: string, regionCode: string | null } };

export type EventsListNewsQueryVariables = Exact<{
  r?: string | null | undefined;
}>;


export type EventsListNewsQuery = { news: { edges: Array<{ node: { title: string } }> } };

export type EventsWithdrawNewsMutationVariables = Exact<{
  id: string | number;
}>;


export type EventsWithdrawNewsMutation = { withdrawNews: boolean };

export type EventsPublishKeyedEventMutationVariables = Exact<{
  input: EventInput;
  clientKey?: string | null | undefined;
}>;


export type EventsPublishKeyedEventMutation = { publishEvent: { id: string, title: string } };

export type EventsPublishKeyedNewsMutationVariables = Exact<{
  input: NewsInput;
  clientKey?: string | null | undefined;
}>;


export type EventsPublishKeyedNewsMutation = { publishNews: { id: string, title: string } };

export type FollowupsDemoWorkspaceQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowupsDemoWorkspaceQuery = { contactInbox: { edges: Array<{ node: { status: ContactRequestStatus, deadline: { state: ContactDeadlineState } } }> }, myFollowedCompanies: { edges: Array<{ node: { company: { name: string }, latestMaturity: { level: MaturityLevel } | null, due: { followUpContact: { status: FollowUpContactStatus } | null } } }> }, leads: { edges: Array<{ node: { companyId: string } }> }, mySlots: { edges: Array<{ node: { status: AppointmentSlotStatus } }> }, myAppointments: { edges: Array<{ node: { attendance: Attendance | null, status: AppointmentStatus } }> }, connecteurDashboard: { followedCompanies: number, requestsReceived: number, pendingRequests: number, lateRequests: number, medianFirstAnswerHours: number | null, takeUpRate: number | null, appointmentsHeld: number } };

export type FollowupsDemoPmeDiagnosticsQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowupsDemoPmeDiagnosticsQuery = { myDiagnostics: { edges: Array<{ node: { level: MaturityLevel, peers: Array<{ scope: PeerScope, peerCount: number }> } }> }, myFollows: Array<{ status: FollowStatus }> };

export type FollowupsDemoIndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowupsDemoIndicatorsQuery = { programmeIndicators: Array<{ diagnosticsDone: number, appointmentsHeld: number, contactRequests: number }> };

export type FollowupsSetConsentMutationVariables = Exact<{
  c: boolean;
}>;


export type FollowupsSetConsentMutation = { setContactConsent: { consented: boolean, departementCode: string | null } };

export type FollowupsLeadsQueryVariables = Exact<{
  d?: string | null | undefined;
}>;


export type FollowupsLeadsQuery = { leads: { edges: Array<{ node: { companyId: string, company: { id: string, departementCode: string }, latestMaturity: { level: MaturityLevel, levelName: string } } }> } };

export type FollowupsLeadsCursorsQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowupsLeadsCursorsQuery = { leads: { edges: Array<{ cursor: string }> } };

export type FollowupsProposeMutationVariables = Exact<{
  id: string | number;
}>;


export type FollowupsProposeMutation = { proposeFollow: { id: string, status: FollowStatus } };

export type FollowupsAcceptMutationVariables = Exact<{
  id: string | number;
}>;


export type FollowupsAcceptMutation = { acceptFollow: { status: FollowStatus, connecteur: { id: string } } };

export type FollowupsRevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type FollowupsRevokeMutation = { revokeFollow: { status: FollowStatus, connecteur: { id: string } } };

export type FollowupsFollowedQueryVariables = Exact<{
  id: string | number;
}>;


export type FollowupsFollowedQuery = { followedCompany: { companyId: string, company: { name: string }, latestMaturity: { level: MaturityLevel } | null, due: { overdueActionItems: number, followUpContact: { dueOn: string, status: FollowUpContactStatus } | null }, diagnostics: { edges: Array<{ node: { id: string } }> }, actionPlan: Array<{ id: string, title: string, status: ActionItemStatus, dueOn: string | null }>, meetingNotes: { edges: Array<{ node: { text: string, shared: boolean } }> } } };

export type FollowupsFollowedIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowupsFollowedIdsQuery = { myFollowedCompanies: { edges: Array<{ node: { companyId: string } }> } };

export type FollowupsSendContactRequestMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type FollowupsSendContactRequestMutation = { sendContactRequest: { id: string } };

export type FollowupsReadDiagnosticQueryVariables = Exact<{
  id: string | number;
}>;


export type FollowupsReadDiagnosticQuery = { diagnosticResult: { id: string } | null };

export type FollowupsMyFollowsQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowupsMyFollowsQuery = { myFollows: Array<{ status: FollowStatus, proposalMessage: string | null, connecteur: { id: string } }> };

export type FollowupsAddMeetingNoteRefusedMutationVariables = Exact<{
  id: string | number;
}>;


export type FollowupsAddMeetingNoteRefusedMutation = { addMeetingNote: { id: string } };

export type FollowupsAddActionItemRefusedMutationVariables = Exact<{
  id: string | number;
}>;


export type FollowupsAddActionItemRefusedMutation = { addActionItem: { id: string } };

export type FollowupsAddActionItemMutationVariables = Exact<{
  id: string | number;
}>;


export type FollowupsAddActionItemMutation = { addActionItem: { id: string, status: ActionItemStatus } };

export type FollowupsUpdateActionItemMutationVariables = Exact<{
  id: string | number;
  item: string | number;
  status?: ActionItemStatus | null | undefined;
}>;


export type FollowupsUpdateActionItemMutation = { updateActionItem: { status: ActionItemStatus, dueOn: string | null } };

export type FollowupsAddMeetingNoteMutationVariables = Exact<{
  id: string | number;
  text: string;
  shared: boolean;
}>;


export type FollowupsAddMeetingNoteMutation = { addMeetingNote: { shared: boolean } };

export type FollowupsSeenByCompanyQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowupsSeenByCompanyQuery = { myFollows: Array<{ status: FollowStatus, actionPlan: Array<{ title: string, status: ActionItemStatus }>, followUpContact: { dueOn: string } | null, sharedMeetingNotes: { edges: Array<{ node: { text: string } }> } }> };

export type FollowupsFollowedAndDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowupsFollowedAndDashboardQuery = { myFollowedCompanies: { edges: Array<{ node: { companyId: string, due: { followUpContact: { status: FollowUpContactStatus } | null }, latestMaturity: { level: MaturityLevel } | null } }> }, connecteurDashboard: { followedCompanies: number } };

export type FollowupsAddSixMonthNoteMutationVariables = Exact<{
  id: string | number;
}>;


export type FollowupsAddSixMonthNoteMutation = { addMeetingNote: { id: string } };

export type FollowupsFollowedPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type FollowupsFollowedPageQuery = { myFollowedCompanies: { edges: Array<{ node: { companyId: string, latestMaturity: { level: MaturityLevel } | null, due: { overdueActionItems: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FollowupsLeadsPageQueryVariables = Exact<{
  d?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type FollowupsLeadsPageQuery = { leads: { edges: Array<{ cursor: string, node: { companyId: string } }>, pageInfo: { endCursor: string | null } } };

export type FollowupsConsentToContactsMutationVariables = Exact<{ [key: string]: never; }>;


export type FollowupsConsentToContactsMutation = { setContactConsent: { consented: boolean } };

export type FollowupsProposeBareMutationVariables = Exact<{
  id: string | number;
}>;


export type FollowupsProposeBareMutation = { proposeFollow: { status: FollowStatus } };

export type FollowupsMyFollowsStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowupsMyFollowsStatusQuery = { myFollows: Array<{ status: FollowStatus, connecteur: { id: string } }> };

export type FollowupsUpdateServedMutationVariables = Exact<{
  d?: Array<string> | string | null | undefined;
}>;


export type FollowupsUpdateServedMutation = { updateConnecteurProfile: { departementsServed: Array<string> } };

export type FollowupsServedProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowupsServedProfileQuery = { myConnecteurProfile: { departementsServed: Array<string>, approvedDepartements: Array<string> } | null };

export type FollowupsServedChangesQueryVariables = Exact<{
  id: string | number;
}>;


export type FollowupsServedChangesQuery = { servedDepartementsChanges: { edges: Array<{ node: { connecteurId: string, bySub: string, byRole: Role, kind: string, before: Array<string>, after: Array<string>, at: string } }> } };

export type FollowupsRegisterConnecteurIdMutationVariables = Exact<{
  input: RegisterConnecteurInput;
}>;


export type FollowupsRegisterConnecteurIdMutation = { registerConnecteur: { id: string } };

export type FollowupsApproveServedMutationVariables = Exact<{
  id: string | number;
  d: string;
}>;


export type FollowupsApproveServedMutation = { approveServedDepartement: { approvedDepartements: Array<string> } };

export type FollowupsAddKeyedActionItemMutationVariables = Exact<{
  id: string | number;
  title: string;
  key?: string | null | undefined;
}>;


export type FollowupsAddKeyedActionItemMutation = { addActionItem: { id: string, title: string } };

export type FollowupsAddKeyedMeetingNoteMutationVariables = Exact<{
  id: string | number;
  on: string;
  text: string;
  key?: string | null | undefined;
}>;


export type FollowupsAddKeyedMeetingNoteMutation = { addMeetingNote: { id: string, meetingOn: string, text: string } };

export type FollowupsPlanAndNotesQueryVariables = Exact<{
  id: string | number;
}>;


export type FollowupsPlanAndNotesQuery = { followedCompany: { actionPlan: Array<{ id: string, title: string }>, meetingNotes: { edges: Array<{ node: { id: string, meetingOn: string, text: string } }> } } };

export type GraphqlTokensViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphqlTokensViewerQuery = { viewer: { sub: string | null, role: Role | null } };

export type NotificationsListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type NotificationsListQuery = { unreadNotificationCount: number, myNotifications: { edges: Array<{ node: { id: string, title: string, readAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type NotificationsMarkReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
  all?: boolean | null | undefined;
}>;


export type NotificationsMarkReadMutation = { markNotificationsRead: number };

export type NotificationsDeleteMyAccountMutationVariables = Exact<{ [key: string]: never; }>;


export type NotificationsDeleteMyAccountMutation = { deleteMyAccount: { deletedAt: string } };

export type NotificationsPublishSlotsMutationVariables = Exact<{
  slots: Array<AppointmentSlotInput> | AppointmentSlotInput;
}>;


export type NotificationsPublishSlotsMutation = { publishAppointmentSlots: Array<{ id: string }> };

export type NotificationsBookAppointmentMutationVariables = Exact<{
  id: string | number;
}>;


export type NotificationsBookAppointmentMutation = { bookAppointment: { id: string, startsAt: string } };

export type NotificationsCancelAppointmentMutationVariables = Exact<{
  id: string | number;
}>;


export type NotificationsCancelAppointmentMutation = { cancelAppointment: { status: AppointmentStatus } };

export type NotificationsRequestLabelMutationVariables = Exact<{ [key: string]: never; }>;


export type NotificationsRequestLabelMutation = { requestLabel: { id: string } };

export type NotificationsGrantLabelMutationVariables = Exact<{
  id: string | number;
  until: string;
}>;


export type NotificationsGrantLabelMutation = { grantLabel: { id: string } };

export type NotificationsRejectLabelRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type NotificationsRejectLabelRequestMutation = { rejectLabelRequest: { id: string } };

export type NotificationsRevokeLabelMutationVariables = Exact<{
  id: string | number;
}>;


export type NotificationsRevokeLabelMutation = { revokeLabel: { id: string } };

export type NotificationsSendContactRequestMutationVariables = Exact<{
  input: SendContactRequestInput;
}>;


export type NotificationsSendContactRequestMutation = { sendContactRequest: { id: string, requests: Array<{ id: string, connecteur: { id: string } }> } };

export type NotificationsAnswerContactRequestMutationVariables = Exact<{
  id: string | number;
  status: ContactRequestStatus;
}>;


export type NotificationsAnswerContactRequestMutation = { answerContactRequest: { id: string, status: ContactRequestStatus } };

export type NotificationsReopenContactRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type NotificationsReopenContactRequestMutation = { reopenContactRequest: { id: string, status: ContactRequestStatus } };

export type NotificationsDeliveryListQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
}>;


export type NotificationsDeliveryListQuery = { unreadNotificationCount: number, myNotifications: { edges: Array<{ node: { id: string, category: NotificationCategory, title: string, body: string, link: string, createdAt: string, readAt: string | null } }> } };

export type NotificationsDeliveryViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsDeliveryViewerQuery = { viewer: { sub: string | null } };

export type NotificationsDeliveryUpdatePreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type NotificationsDeliveryUpdatePreferencesMutation = { updateNotificationPreferences: { categories: Array<{ category: NotificationCategory, email: boolean, digest: boolean }> } };

export type NotificationsProposeFollowMutationVariables = Exact<{
  id: string | number;
}>;


export type NotificationsProposeFollowMutation = { proposeFollow: { status: FollowStatus } };

export type NotificationsAcceptFollowMutationVariables = Exact<{
  id: string | number;
}>;


export type NotificationsAcceptFollowMutation = { acceptFollow: { status: FollowStatus } };

export type NotificationsDeclineFollowMutationVariables = Exact<{
  id: string | number;
}>;


export type NotificationsDeclineFollowMutation = { declineFollow: { status: FollowStatus } };

export type NotificationsRevokeFollowMutationVariables = Exact<{
  id: string | number;
}>;


export type NotificationsRevokeFollowMutation = { revokeFollow: { status: FollowStatus } };

export type NotificationsSubmitDiagnosticMutationVariables = Exact<{
  input: SubmitDiagnosticInput;
}>;


export type NotificationsSubmitDiagnosticMutation = { submitDiagnostic: { id: string, overallScore: number, level: MaturityLevel, claimed: boolean, levelInfo: { name: string }, themeScores: Array<{ theme: MaturityTheme, score: number }>, peers: Array<{ scope: PeerScope, label: string, peerCount: number, averageScore: number | null, shareBelow: number | null }> } };

export type NotificationsFollowupsSendContactRequestMutationVariables = Exact<{
  input: SendContactRequestInput;
}>;


export type NotificationsFollowupsSendContactRequestMutation = { sendContactRequest: { id: string } };

export type NotificationsAddActionItemMutationVariables = Exact<{
  id: string | number;
}>;


export type NotificationsAddActionItemMutation = { addActionItem: { id: string } };

export type NotificationsLocalViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsLocalViewerQuery = { viewer: { sub: string | null } };

export type NotificationsSubmitTestimonialMutationVariables = Exact<{
  input: TestimonialInput;
}>;


export type NotificationsSubmitTestimonialMutation = { submitTestimonial: { id: string, status: TestimonialStatus } };

export type NotificationsAgreeToTestimonialMutationVariables = Exact<{
  id: string | number;
}>;


export type NotificationsAgreeToTestimonialMutation = { agreeToTestimonial: { status: TestimonialStatus } };

export type NotificationsPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsPreferencesQuery = { notificationPreferences: { email: string | null, emailSuppressed: boolean, emailSuppressedReason: string | null, categories: Array<{ category: NotificationCategory, email: boolean, always: boolean, digest: boolean, digestAvailable: boolean }> } };

export type NotificationsUpdatePreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type NotificationsUpdatePreferencesMutation = { updateNotificationPreferences: { categories: Array<{ category: NotificationCategory, email: boolean }> } };

export type NotificationsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsViewerQuery = { viewer: { sub: string | null } };

export type NotificationsUnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsUnreadCountQuery = { unreadNotificationCount: number };

export type NotificationsRegisterConnecteurMutationVariables = Exact<{
  input: RegisterConnecteurInput;
}>;


export type NotificationsRegisterConnecteurMutation = { registerConnecteur: { id: string } };

export type NotificationsSubsidiesRequestLabelMutationVariables = Exact<{ [key: string]: never; }>;


export type NotificationsSubsidiesRequestLabelMutation = { requestLabel: { id: string } };

export type NotificationsSubsidiesGrantLabelMutationVariables = Exact<{
  id: string | number;
}>;


export type NotificationsSubsidiesGrantLabelMutation = { grantLabel: { id: string } };

export type PricesRangeQueryVariables = Exact<{
  t: Theme;
  r?: string | null | undefined;
  s?: PriceSource | null | undefined;
}>;


export type PricesRangeQuery = { priceReferential: { theme: Theme, regionCode: string | null, source: PriceSource | null, lowCents: number, medianCents: number, highCents: number, observations: number } | null };

export type PricesRemoveOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type PricesRemoveOfferMutation = { removeProviderOffer: { id: string } };

export type PricesMoveProviderMutationVariables = Exact<{ [key: string]: never; }>;


export type PricesMoveProviderMutation = { updateProvider: { id: string } };

export type PricesReferentialsQueryVariables = Exact<{ [key: string]: never; }>;


export type PricesReferentialsQuery = { priceReferentials: Array<{ theme: Theme, overall: { observations: number } | null, offers: { observations: number } | null, quotes: { medianCents: number } | null, invoices: { observations: number } | null }> };

export type PricesPositionQueryVariables = Exact<{
  a: number;
}>;


export type PricesPositionQuery = { pricePosition: { placement: PricePlacement, range: { regionCode: string | null } | null } };

export type PricesExpensePositionsQueryVariables = Exact<{
  id: string | number;
}>;


export type PricesExpensePositionsQuery = { subsidyApplication: { expensePricePositions: Array<{ placement: PricePlacement, range: { regionCode: string | null, medianCents: number } | null }> } | null };

export type PrivacyExportMyDataQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyExportMyDataQuery = { exportMyData: { generatedAt: string, company: { id: string, siren: string, name: string } | null, contactConsent: { consented: boolean } | null, subsidyApplications: Array<{ id: string, projectSummary: string, investmentCents: number, aidCents: number, status: SubsidyApplicationStatus, expenses: Array<{ description: string, amountCents: number }>, messages: Array<{ body: string }> | null, history: Array<{ action: SubsidyAction }> }>, diagnostics: Array<{ id: string }>, contactNeeds: Array<{ id: string, need: string, requests: Array<{ id: string, status: ContactRequestStatus }> }>, follows: Array<{ status: FollowStatus, proposalMessage: string | null, connecteur: { id: string }, sharedMeetingNotes: { edges: Array<{ node: { text: string } }> } }>, appointments: Array<{ id: string, topic: string | null, status: AppointmentStatus }>, reviews: Array<{ id: string, comment: string, authorName: string, status: ReviewStatus, rating: number }>, testimonials: Array<{ id: string, story: string, status: TestimonialStatus }>, providerEngagements: Array<{ id: string, description: string, companyName: string }>, providerRecommendations: Array<{ companyId: string, note: string | null, providers: Array<{ id: string }> }> } };

export type PrivacyDeleteMyAccountMutationVariables = Exact<{
  c: string;
}>;


export type PrivacyDeleteMyAccountMutation = { deleteMyAccount: { deletedAt: string, subsidyApplicationsAnonymized: number, diagnosticsDetached: number, contactNeedsErased: number, followsEnded: number, appointmentsErased: number, reviewsAnonymized: number, testimonialsWithdrawn: number, providerEngagementsErased: number, providerRecommendationsErased: number } };

export type PrivacyRegisterCompanyMutationVariables = Exact<{
  input: RegisterCompanyInput;
}>;


export type PrivacyRegisterCompanyMutation = { registerCompany: { id: string, siren: string, name: string } };

export type PrivacyJoinMyCompanyMutationVariables = Exact<{ [key: string]: never; }>;


export type PrivacyJoinMyCompanyMutation = { joinMyCompany: { id: string } };

export type PrivacyMyCompanyQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyMyCompanyQuery = { myCompany: { id: string } | null };

export type PrivacyMyApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyMyApplicationsQuery = { subsidyApplications: { edges: Array<{ node: { id: string } }> } };

export type PrivacyCreateApplicationMutationVariables = Exact<{
  input: CreateSubsidyApplicationInput;
}>;


export type PrivacyCreateApplicationMutation = { createSubsidyApplication: { id: string, version: number } };

export type PrivacyAcceptMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type PrivacyAcceptMutation = { decideSubsidyApplication: { status: SubsidyApplicationStatus } };

export type PrivacySendMessageMutationVariables = Exact<{
  id: string | number;
  b: string;
}>;


export type PrivacySendMessageMutation = { sendSubsidyMessage: { at: string } };

export type PrivacyAnnotateMutationVariables = Exact<{
  id: string | number;
  b: string;
}>;


export type PrivacyAnnotateMutation = { annotateSubsidyApplication: { at: string } };

export type PrivacySubmitDiagnosticMutationVariables = Exact<{
  input: SubmitDiagnosticInput;
}>;


export type PrivacySubmitDiagnosticMutation = { submitDiagnostic: { id: string } };

export type PrivacyDiagnosticResultQueryVariables = Exact<{
  id: string | number;
}>;


export type PrivacyDiagnosticResultQuery = { diagnosticResult: { id: string } | null };

export type PrivacySendContactRequestMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  need: string;
  contact?: ContactDetailsInput | null | undefined;
}>;


export type PrivacySendContactRequestMutation = { sendContactRequest: { id: string, requests: Array<{ id: string }> } };

export type PrivacyPostRequestMessageMutationVariables = Exact<{
  r: string | number;
  t: string;
}>;


export type PrivacyPostRequestMessageMutation = { postContactRequestMessage: { id: string } };

export type PrivacyAddMeetingNoteMutationVariables = Exact<{
  c: string | number;
  input: MeetingNoteInput;
}>;


export type PrivacyAddMeetingNoteMutation = { addMeetingNote: { id: string } };

export type PrivacyRecommendProvidersMutationVariables = Exact<{
  c: string | number;
  p: Array<string | number> | string | number;
  n?: string | null | undefined;
}>;


export type PrivacyRecommendProvidersMutation = { recommendProviders: { companyId: string } };

export type PrivacyPublishSlotsMutationVariables = Exact<{
  s: Array<AppointmentSlotInput> | AppointmentSlotInput;
}>;


export type PrivacyPublishSlotsMutation = { publishAppointmentSlots: Array<{ id: string }> };

export type PrivacyBookAppointmentMutationVariables = Exact<{
  s: string | number;
  t?: string | null | undefined;
}>;


export type PrivacyBookAppointmentMutation = { bookAppointment: { id: string } };

export type PrivacyDeclareEngagementMutationVariables = Exact<{
  p: string | number;
  d: string;
}>;


export type PrivacyDeclareEngagementMutation = { declareProviderEngagement: { id: string } };

export type PrivacyConfirmEngagementMutationVariables = Exact<{
  id: string | number;
}>;


export type PrivacyConfirmEngagementMutation = { confirmProviderEngagement: { status: EngagementStatus } };

export type PrivacyReviewProviderMutationVariables = Exact<{
  p: string | number;
  r: number;
  c: string;
}>;


export type PrivacyReviewProviderMutation = { reviewProvider: { id: string } };

export type PrivacyPublishReviewMutationVariables = Exact<{
  id: string | number;
}>;


export type PrivacyPublishReviewMutation = { moderateReview: { status: ReviewStatus } };

export type PrivacySubmitTestimonialMutationVariables = Exact<{
  input: TestimonialInput;
}>;


export type PrivacySubmitTestimonialMutation = { submitTestimonial: { id: string } };

export type PrivacyPublishTestimonialMutationVariables = Exact<{
  id: string | number;
}>;


export type PrivacyPublishTestimonialMutation = { moderateTestimonial: { status: TestimonialStatus } };

export type PrivacyExportConversationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyExportConversationsQuery = { exportMyData: { contactConversations: Array<{ sharedSince: string | null, request: { id: string, status: ContactRequestStatus, connecteur: { id: string } }, sharedContactDetails: { name: string, email: string | null, phone: string | null } | null, messages: Array<{ by: ContactActor, text: string, at: string }> }> } };

export type PrivacyPostConnecteurMessageMutationVariables = Exact<{
  r: string | number;
  t: string;
}>;


export type PrivacyPostConnecteurMessageMutation = { postContactRequestMessage: { id: string } };

export type PrivacyTakeInChargeMutationVariables = Exact<{
  r: string | number;
}>;


export type PrivacyTakeInChargeMutation = { answerContactRequest: { id: string } };

export type PrivacyAgentViewQueryVariables = Exact<{
  a: string | number;
  p: string | number;
}>;


export type PrivacyAgentViewQuery = { subsidyApplication: { status: SubsidyApplicationStatus, investmentCents: number, aidCents: number, grantedAidCents: number | null, program: { id: string }, expenses: Array<{ amountCents: number, theme: Theme, providerSiren: string }>, history: Array<{ action: SubsidyAction, actorRole: Role, toStatus: SubsidyApplicationStatus }> } | null, subsidyProgram: { dashboard: { envelopeCents: number, committedCents: number, paidCents: number, remainingCents: number, applicantCompanies: number, fundedCompanies: number, countsByStatus: Array<{ status: SubsidyApplicationStatus, count: number }> } | null } | null };

export type PrivacyProviderRatingQueryVariables = Exact<{
  id: string | number;
}>;


export type PrivacyProviderRatingQuery = { provider: { rating: { average: number | null, count: number } } | null };

export type PrivacyConnecteurSideQueryVariables = Exact<{
  r: string | number;
  c: string | number;
}>;


export type PrivacyConnecteurSideQuery = { contactRequest: { status: ContactRequestStatus } | null, myFollowedCompanies: { edges: Array<{ node: { companyId: string } }> }, appointmentSlots: { edges: Array<{ node: { id: string, status: AppointmentSlotStatus } }> } };

export type PrivacyTestimonialStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type PrivacyTestimonialStatusQuery = { testimonial: { status: TestimonialStatus, story: string } | null };

export type ProvidersProviderFieldsFragment = { id: string, siret: string, siren: string, name: string, communeCode: string, departementCode: string, regionCode: string, regionsServed: Array<string>, startup: boolean, website: string | null, offers: Array<{ id: string, theme: Theme, priceFromCents: number, priceToCents: number }>, rating: { average: number | null, count: number } };

export type ProvidersReviewFieldsFragment = { id: string, rating: number, comment: string, authorKind: ReviewAuthorKind, authorName: string, status: ReviewStatus, rejectionReason: string | null, submittedAt: string, publishedAt: string | null, reply: { text: string } | null, provider: { id: string, rating: { average: number | null, count: number } } };

export type ProvidersRegisterMutationVariables = Exact<{
  input: RegisterProviderInput;
}>;


export type ProvidersRegisterMutation = { registerProvider: { id: string, siret: string, siren: string, name: string, communeCode: string, departementCode: string, regionCode: string, regionsServed: Array<string>, startup: boolean, website: string | null, offers: Array<{ id: string, theme: Theme, priceFromCents: number, priceToCents: number }>, rating: { average: number | null, count: number } } };

export type ProvidersRegisterIdMutationVariables = Exact<{
  input: RegisterProviderInput;
}>;


export type ProvidersRegisterIdMutation = { registerProvider: { id: string } };

export type ProvidersAddOfferMutationVariables = Exact<{
  input: AddProviderOfferInput;
}>;


export type ProvidersAddOfferMutation = { addProviderOffer: { id: string, siret: string, siren: string, name: string, communeCode: string, departementCode: string, regionCode: string, regionsServed: Array<string>, startup: boolean, website: string | null, offers: Array<{ id: string, theme: Theme, priceFromCents: number, priceToCents: number }>, rating: { average: number | null, count: number } } };

export type ProvidersAddOfferIdMutationVariables = Exact<{
  input: AddProviderOfferInput;
}>;


export type ProvidersAddOfferIdMutation = { addProviderOffer: { id: string } };

export type ProvidersRemoveOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type ProvidersRemoveOfferMutation = { removeProviderOffer: { offers: Array<{ id: string }> } };

export type ProvidersReviewMutationVariables = Exact<{
  p: string | number;
  r: number;
  c: string;
}>;


export type ProvidersReviewMutation = { reviewProvider: { id: string, rating: number, comment: string, authorKind: ReviewAuthorKind, authorName: string, status: ReviewStatus, rejectionReason: string | null, submittedAt: string, publishedAt: string | null, reply: { text: string } | null, provider: { id: string, rating: { average: number | null, count: number } } } };

export type ProvidersModerateReviewMutationVariables = Exact<{
  id: string | number;
  d: ModerationDecision;
  reason?: string | null | undefined;
}>;


export type ProvidersModerateReviewMutation = { moderateReview: { id: string, rating: number, comment: string, authorKind: ReviewAuthorKind, authorName: string, status: ReviewStatus, rejectionReason: string | null, submittedAt: string, publishedAt: string | null, reply: { text: string } | null, provider: { id: string, rating: { average: number | null, count: number } } } };

export type ProvidersFollowConsentMutationVariables = Exact<{ [key: string]: never; }>;


export type ProvidersFollowConsentMutation = { setContactConsent: { consented: boolean } };

export type ProvidersFollowProposeMutationVariables = Exact<{
  c: string | number;
}>;


export type ProvidersFollowProposeMutation = { proposeFollow: { status: FollowStatus } };

export type ProvidersFollowAcceptMutationVariables = Exact<{
  c: string | number;
}>;


export type ProvidersFollowAcceptMutation = { acceptFollow: { status: FollowStatus } };

export type ProvidersSearchQueryVariables = Exact<{
  filter?: ProviderFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProvidersSearchQuery = { providers: { edges: Array<{ cursor: string, node: { id: string, name: string, rating: { average: number | null, count: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ProvidersReadQueryVariables = Exact<{
  id: string | number;
}>;


export type ProvidersReadQuery = { provider: { id: string, siret: string, siren: string, name: string, communeCode: string, departementCode: string, regionCode: string, regionsServed: Array<string>, startup: boolean, website: string | null, latestReviews: Array<{ id: string }>, offers: Array<{ id: string, theme: Theme, priceFromCents: number, priceToCents: number }>, rating: { average: number | null, count: number } } | null };

export type ProvidersMoveMutationVariables = Exact<{ [key: string]: never; }>;


export type ProvidersMoveMutation = { updateProvider: { regionCode: string, regionsServed: Array<string> } };

export type ProvidersDeclareEngagementMutationVariables = Exact<{
  p: string | number;
}>;


export type ProvidersDeclareEngagementMutation = { declareProviderEngagement: { id: string, status: EngagementStatus, companyName: string } };

export type ProvidersConfirmEngagementStatusMutationVariables = Exact<{
  id: string | number;
}>;


export type ProvidersConfirmEngagementStatusMutation = { confirmProviderEngagement: { status: EngagementStatus } };

export type ProvidersConfirmEngagementMutationVariables = Exact<{
  id: string | number;
}>;


export type ProvidersConfirmEngagementMutation = { confirmProviderEngagement: { status: EngagementStatus, confirmedAt: string | null } };

export type ProvidersMyEngagementsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersMyEngagementsQuery = { myProviderEngagements: { edges: Array<{ node: { id: string, status: EngagementStatus } }> } };

export type ProvidersMyReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersMyReviewsQuery = { myReviews: { edges: Array<{ node: { id: string } }> } };

export type ProvidersDeclareCapitalLinkMutationVariables = Exact<{
  s: string;
}>;


export type ProvidersDeclareCapitalLinkMutation = { declareCapitalLink: { id: string } };

export type ProvidersRecommendMutationVariables = Exact<{
  c: string | number;
  p: Array<string | number> | string | number;
}>;


export type ProvidersRecommendMutation = { recommendProviders: { providers: Array<{ id: string }> } };

export type ProvidersRecommendWithNoteMutationVariables = Exact<{
  c: string | number;
  p: Array<string | number> | string | number;
}>;


export type ProvidersRecommendWithNoteMutation = { recommendProviders: { companyId: string, note: string | null, providers: Array<{ id: string }>, connecteur: { id: string } } };

export type ProvidersRecommendationsQueryVariables = Exact<{
  c: string | number;
}>;


export type ProvidersRecommendationsQuery = { providerRecommendations: Array<{ providers: Array<{ id: string }> }> };

export type ProvidersRecommendationsWithNoteQueryVariables = Exact<{
  c: string | number;
}>;


export type ProvidersRecommendationsWithNoteQuery = { providerRecommendations: Array<{ note: string | null, providers: Array<{ id: string }> }> };

export type ProvidersRecommendationsNoteQueryVariables = Exact<{
  c: string | number;
}>;


export type ProvidersRecommendationsNoteQuery = { providerRecommendations: Array<{ note: string | null }> };

export type ProvidersRatingQueryVariables = Exact<{
  id: string | number;
}>;


export type ProvidersRatingQuery = { provider: { rating: { average: number | null, count: number }, latestReviews: Array<{ id: string, rating: number }> } | null };

export type ProvidersReplyMutationVariables = Exact<{
  id: string | number;
  t: string;
}>;


export type ProvidersReplyMutation = { replyToReview: { reply: { text: string } | null } };

export type ProvidersEditReviewMutationVariables = Exact<{
  id: string | number;
  r: number;
}>;


export type ProvidersEditReviewMutation = { editReview: { status: ReviewStatus, rating: number } };

export type ProvidersModerationQueueQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ProvidersModerationQueueQuery = { moderationQueue: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ProvidersRatingDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ProvidersRatingDetailQuery = { provider: { rating: { average: number | null, count: number }, reviews: { edges: Array<{ node: { rating: number } }> }, latestReviews: Array<{ status: ReviewStatus }> } | null };

export type ProvidersRevokeFollowMutationVariables = Exact<{
  c: string | number;
}>;


export type ProvidersRevokeFollowMutation = { revokeFollow: { status: FollowStatus } };

export type ProvidersRecommendCompanyIdMutationVariables = Exact<{
  c: string | number;
  p: Array<string | number> | string | number;
}>;


export type ProvidersRecommendCompanyIdMutation = { recommendProviders: { companyId: string } };

export type ProvidersGateRegisterProviderMutationVariables = Exact<{ [key: string]: never; }>;


export type ProvidersGateRegisterProviderMutation = { registerProvider: { id: string } };

export type ProvidersGateUpdateProviderMutationVariables = Exact<{ [key: string]: never; }>;


export type ProvidersGateUpdateProviderMutation = { updateProvider: { id: string } };

export type ProvidersGateAddProviderOfferMutationVariables = Exact<{ [key: string]: never; }>;


export type ProvidersGateAddProviderOfferMutation = { addProviderOffer: { id: string } };

export type ProvidersGateRemoveProviderOfferMutationVariables = Exact<{ [key: string]: never; }>;


export type ProvidersGateRemoveProviderOfferMutation = { removeProviderOffer: { id: string } };

export type ProvidersGateReviewProviderMutationVariables = Exact<{ [key: string]: never; }>;


export type ProvidersGateReviewProviderMutation = { reviewProvider: { id: string } };

export type ProvidersGateEditReviewMutationVariables = Exact<{ [key: string]: never; }>;


export type ProvidersGateEditReviewMutation = { editReview: { id: string } };

export type ProvidersGateModerateReviewMutationVariables = Exact<{ [key: string]: never; }>;


export type ProvidersGateModerateReviewMutation = { moderateReview: { id: string } };

export type ProvidersGateReplyToReviewMutationVariables = Exact<{ [key: string]: never; }>;


export type ProvidersGateReplyToReviewMutation = { replyToReview: { id: string } };

export type ProvidersGateDeclareProviderEngagementMutationVariables = Exact<{ [key: string]: never; }>;


export type ProvidersGateDeclareProviderEngagementMutation = { declareProviderEngagement: { id: string } };

export type ProvidersGateConfirmProviderEngagementMutationVariables = Exact<{ [key: string]: never; }>;


export type ProvidersGateConfirmProviderEngagementMutation = { confirmProviderEngagement: { id: string } };

export type ProvidersGateRecommendProvidersMutationVariables = Exact<{ [key: string]: never; }>;


export type ProvidersGateRecommendProvidersMutation = { recommendProviders: { companyId: string } };

export type ProvidersGateModerationQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersGateModerationQueueQuery = { moderationQueue: { edges: Array<{ cursor: string }> } };

export type ProvidersGateMyProviderQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersGateMyProviderQuery = { myProvider: { id: string } | null };

export type ProvidersGateMyReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersGateMyReviewsQuery = { myReviews: { edges: Array<{ cursor: string }> } };

export type ProvidersGateMyProviderEngagementsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersGateMyProviderEngagementsQuery = { myProviderEngagements: { edges: Array<{ cursor: string }> } };

export type ProvidersGateProviderRecommendationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersGateProviderRecommendationsQuery = { providerRecommendations: Array<{ companyId: string }> };

export type ReliabilityFaultsRegisterMutationVariables = Exact<{
  input: RegisterCompanyInput;
}>;


export type ReliabilityFaultsRegisterMutation = { registerCompany: { id: string, siren: string } };

export type ReliabilityFaultsMyCompanyQueryVariables = Exact<{ [key: string]: never; }>;


export type ReliabilityFaultsMyCompanyQuery = { myCompany: { id: string } | null };

export type ReliabilityFaultsUpdateMutationVariables = Exact<{
  v: number;
}>;


export type ReliabilityFaultsUpdateMutation = { updateCompany: { version: number } };

export type ReliabilityLostUpdateMutationVariables = Exact<{
  input: UpdateCompanyInput;
  v: number;
}>;


export type ReliabilityLostUpdateMutation = { updateCompany: { employees: number, version: number } };

export type ReliabilityLostDeclareMutationVariables = Exact<{
  p: string | number;
}>;


export type ReliabilityLostDeclareMutation = { declareProviderEngagement: { id: string } };

export type ReliabilityLostConfirmMutationVariables = Exact<{
  id: string | number;
}>;


export type ReliabilityLostConfirmMutation = { confirmProviderEngagement: { status: EngagementStatus } };

export type SecurityWorldOpenProgramMutationVariables = Exact<{
  input: OpenSubsidyProgramInput;
}>;


export type SecurityWorldOpenProgramMutation = { openSubsidyProgram: { id: string, version: number } };

export type SecurityWorldRequestLabelMutationVariables = Exact<{ [key: string]: never; }>;


export type SecurityWorldRequestLabelMutation = { requestLabel: { id: string } };

export type SecurityWorldGrantLabelMutationVariables = Exact<{
  id: string | number;
}>;


export type SecurityWorldGrantLabelMutation = { grantLabel: { id: string } };

export type SecurityWorldCreateApplicationMutationVariables = Exact<{
  input: CreateSubsidyApplicationInput;
}>;


export type SecurityWorldCreateApplicationMutation = { createSubsidyApplication: { id: string, version: number } };

export type SecurityWorldSubmitApplicationMutationVariables = Exact<{
  id: string | number;
  key: string;
  declaration: SubsidyDeclarationInput;
}>;


export type SecurityWorldSubmitApplicationMutation = { submitSubsidyApplication: { id: string, version: number } };

export type SecurityWorldStartReviewMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type SecurityWorldStartReviewMutation = { startSubsidyReview: { id: string, version: number } };

export type SecurityWorldAcceptMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type SecurityWorldAcceptMutation = { decideSubsidyApplication: { id: string, version: number } };

export type SecurityWorldRecordPaymentMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type SecurityWorldRecordPaymentMutation = { recordSubsidyPayment: { id: string, version: number } };

export type SecurityWorldProposeFollowMutationVariables = Exact<{
  c: string | number;
}>;


export type SecurityWorldProposeFollowMutation = { proposeFollow: { status: FollowStatus } };

export type SecurityWorldAcceptFollowMutationVariables = Exact<{
  c: string | number;
}>;


export type SecurityWorldAcceptFollowMutation = { acceptFollow: { status: FollowStatus } };

export type SecurityWorldSendContactRequestMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  need: string;
}>;


export type SecurityWorldSendContactRequestMutation = { sendContactRequest: { id: string, requests: Array<{ id: string }> } };

export type SecurityWorldAnswerContactRequestMutationVariables = Exact<{
  id: string | number;
  s: ContactRequestStatus;
}>;


export type SecurityWorldAnswerContactRequestMutation = { answerContactRequest: { id: string } };

export type SecurityWorldPublishSlotsMutationVariables = Exact<{
  s: Array<AppointmentSlotInput> | AppointmentSlotInput;
}>;


export type SecurityWorldPublishSlotsMutation = { publishAppointmentSlots: Array<{ id: string }> };

export type SecurityWorldBookAppointmentMutationVariables = Exact<{
  s: string | number;
}>;


export type SecurityWorldBookAppointmentMutation = { bookAppointment: { id: string } };

export type SecurityWorldSubmitDiagnosticMutationVariables = Exact<{
  input: SubmitDiagnosticInput;
}>;


export type SecurityWorldSubmitDiagnosticMutation = { submitDiagnostic: { id: string } };

export type SecurityWorldPublishEventMutationVariables = Exact<{
  input: EventInput;
}>;


export type SecurityWorldPublishEventMutation = { publishEvent: { id: string } };

export type SecurityWorldPublishNewsMutationVariables = Exact<{
  input: NewsInput;
}>;


export type SecurityWorldPublishNewsMutation = { publishNews: { id: string } };

export type SecurityWorldDeclareEngagementMutationVariables = Exact<{
  p: string | number;
}>;


export type SecurityWorldDeclareEngagementMutation = { declareProviderEngagement: { id: string } };

export type SecurityWorldConfirmEngagementMutationVariables = Exact<{
  id: string | number;
}>;


export type SecurityWorldConfirmEngagementMutation = { confirmProviderEngagement: { status: EngagementStatus } };

export type SecurityWorldReviewProviderMutationVariables = Exact<{
  p: string | number;
}>;


export type SecurityWorldReviewProviderMutation = { reviewProvider: { id: string } };

export type SecurityWorldSubmitTestimonialMutationVariables = Exact<{
  input: TestimonialInput;
}>;


export type SecurityWorldSubmitTestimonialMutation = { submitTestimonial: { id: string } };

export type SecurityWorldAddOfferMutationVariables = Exact<{ [key: string]: never; }>;


export type SecurityWorldAddOfferMutation = { addProviderOffer: { offers: Array<{ id: string, description: string }> } };

export type SecurityWorldDeclareCapitalLinkMutationVariables = Exact<{
  s: string;
}>;


export type SecurityWorldDeclareCapitalLinkMutation = { declareCapitalLink: { id: string } };

export type SecurityWorldAddActionItemMutationVariables = Exact<{
  c: string | number;
}>;


export type SecurityWorldAddActionItemMutation = { addActionItem: { id: string } };

export type SecurityWorldSendMessageMutationVariables = Exact<{
  id: string | number;
}>;


export type SecurityWorldSendMessageMutation = { sendSubsidyMessage: { at: string } };

export type SecurityWorldAnnotateMutationVariables = Exact<{
  id: string | number;
}>;


export type SecurityWorldAnnotateMutation = { annotateSubsidyApplication: { at: string } };

export type SecurityWorldRecommendProvidersMutationVariables = Exact<{
  c: string | number;
  p: Array<string | number> | string | number;
}>;


export type SecurityWorldRecommendProvidersMutation = { recommendProviders: { companyId: string } };

export type SecurityWorldModerateReviewMutationVariables = Exact<{
  id: string | number;
}>;


export type SecurityWorldModerateReviewMutation = { moderateReview: { status: ReviewStatus } };

export type SecurityCostDirectoryCursorsQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityCostDirectoryCursorsQuery = { providers: { edges: Array<{ cursor: string }> } };

export type SecurityCostEmptySearchQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SecurityCostEmptySearchQuery = { providers: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SecurityUpdatedSinceListQueryVariables = Exact<{
  f?: SubsidyApplicationFilter | null | undefined;
}>;


export type SecurityUpdatedSinceListQuery = { subsidyApplications: { edges: Array<{ node: { id: string } }> } };

export type SubsidiesApplicationsUpdateCompanyMutationVariables = Exact<{
  v: number;
}>;


export type SubsidiesApplicationsUpdateCompanyMutation = { updateCompany: { version: number } };

export type SubsidiesApplicationsAnswerFollowUpMutationVariables = Exact<{
  id: string | number;
  s: number;
}>;


export type SubsidiesApplicationsAnswerFollowUpMutation = { answerSubsidyFollowUp: { followUpOpensAt: string | null, followUp: { revenueChangePercent: number, benefit: boolean } | null } };

export type SubsidiesApplicationsSendMessageMutationVariables = Exact<{
  id: string | number;
  b: string;
}>;


export type SubsidiesApplicationsSendMessageMutation = { sendSubsidyMessage: { authorRole: Role, body: string } };

export type SubsidiesApplicationsAnnotateMutationVariables = Exact<{
  id: string | number;
  b: string;
}>;


export type SubsidiesApplicationsAnnotateMutation = { annotateSubsidyApplication: { authorSub: string, body: string } };

export type SubsidiesApplicationsAgentNotesQueryVariables = Exact<{
  id: string | number;
}>;


export type SubsidiesApplicationsAgentNotesQuery = { subsidyApplication: { messages: Array<{ authorRole: Role, body: string }> | null, annotations: Array<{ body: string, authorSub: string }> | null, history: Array<{ actorSub: string | null }> } | null };

export type SubsidiesApplicationsPmeNotesQueryVariables = Exact<{
  id: string | number;
}>;


export type SubsidiesApplicationsPmeNotesQuery = { subsidyApplication: { messages: Array<{ body: string }> | null, history: Array<{ actorRole: Role, actorSub: string | null }> } | null };

export type SubsidiesApplicationsPmeAnnotationsQueryVariables = Exact<{
  id: string | number;
}>;


export type SubsidiesApplicationsPmeAnnotationsQuery = { subsidyApplication: { id: string, annotations: Array<{ body: string }> | null } | null };

export type SubsidiesApplicationsAnnotationsQueryVariables = Exact<{
  id: string | number;
}>;


export type SubsidiesApplicationsAnnotationsQuery = { subsidyApplication: { annotations: Array<{ body: string }> | null } | null };

export type SubsidiesApplicationsPageQueryVariables = Exact<{
  f?: SubsidyApplicationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SubsidiesApplicationsPageQuery = { subsidyApplications: { edges: Array<{ cursor: string, node: { id: string, status: SubsidyApplicationStatus } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SubsidiesApplicationsProgramFilesQueryVariables = Exact<{
  p: string | number;
  first?: number | null | undefined;
}>;


export type SubsidiesApplicationsProgramFilesQuery = { subsidyApplications: { edges: Array<{ node: { id: string, aidCents: number, eligible: boolean, company: { siren: string }, program: { name: string }, history: Array<{ action: SubsidyAction }>, messages: Array<{ body: string }> | null, annotations: Array<{ body: string }> | null } }> } };

export type SubsidiesDecisionDeclareLinkMutationVariables = Exact<{
  s: string;
}>;


export type SubsidiesDecisionDeclareLinkMutation = { declareCapitalLink: { id: string } };

export type SubsidiesDecisionRevokeLabelMutationVariables = Exact<{
  id: string | number;
  r: string;
}>;


export type SubsidiesDecisionRevokeLabelMutation = { revokeLabel: { id: string } };

export type SubsidiesAttestationDeclareLinkMutationVariables = Exact<{
  s: string;
}>;


export type SubsidiesAttestationDeclareLinkMutation = { declareCapitalLink: { id: string, capitalLinks: Array<string> } };

export type SubsidiesAttestationRemoveLinkMutationVariables = Exact<{
  s: string;
}>;


export type SubsidiesAttestationRemoveLinkMutation = { removeCapitalLink: { capitalLinks: Array<string> } };

export type SubsidiesAttestationCapitalLinksQueryVariables = Exact<{
  id: string | number;
}>;


export type SubsidiesAttestationCapitalLinksQuery = { connecteur: { capitalLinks: Array<string> } | null };

export type SubsidiesAttestationPublicConnecteurQueryVariables = Exact<{
  id: string | number;
}>;


export type SubsidiesAttestationPublicConnecteurQuery = { connecteur: { id: string } | null };

export type SubsidiesAttestationChosenReadQueryVariables = Exact<{
  id: string | number;
}>;


export type SubsidiesAttestationChosenReadQuery = { subsidyApplication: { id: string, projectSummary: string, expenses: Array<{ providerSiren: string }> } | null };

export type SubsidiesAttestationRegisterConnecteurMutationVariables = Exact<{
  input: RegisterConnecteurInput;
}>;


export type SubsidiesAttestationRegisterConnecteurMutation = { registerConnecteur: { id: string } };

export type SubsidiesAttestationCreateApplicationMutationVariables = Exact<{
  input: CreateSubsidyApplicationInput;
}>;


export type SubsidiesAttestationCreateApplicationMutation = { createSubsidyApplication: { id: string } };

export type SubsidiesAttestationToAttestQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SubsidiesAttestationToAttestQuery = { applicationsToAttest: { edges: Array<{ node: { id: string, trustedThirdParty: { id: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SubsidiesDemoMineQueryVariables = Exact<{ [key: string]: never; }>;


export type SubsidiesDemoMineQuery = { myCompany: { regionCode: string } | null, subsidyApplications: { edges: Array<{ node: { status: SubsidyApplicationStatus, followUpOpensAt: string | null, program: { regionCode: string } } }> } };

export type SubsidiesDemoProgramsQueryVariables = Exact<{ [key: string]: never; }>;


export type SubsidiesDemoProgramsQuery = { subsidyPrograms: Array<{ id: string, regionCode: string }> };

export type SubsidiesDemoProgramFilesQueryVariables = Exact<{
  id: string | number;
}>;


export type SubsidiesDemoProgramFilesQuery = { subsidyProgram: { dashboard: { envelopeCents: number, committedCents: number, paidCents: number, remainingCents: number, applicantCompanies: number, fundedCompanies: number, countsByStatus: Array<{ status: SubsidyApplicationStatus, count: number }> } | null } | null, subsidyApplications: { edges: Array<{ node: { status: SubsidyApplicationStatus, grantedAidCents: number | null, paidCents: number | null, company: { id: string } } }> } };

export type SubsidiesExportCsvQueryVariables = Exact<{
  id: string | number;
}>;


export type SubsidiesExportCsvQuery = { subsidyProgramExport: string };

export type SubsidiesIsolationSendMessageMutationVariables = Exact<{
  id: string | number;
}>;


export type SubsidiesIsolationSendMessageMutation = { sendSubsidyMessage: { at: string } };

export type SubsidiesIsolationListFilesQueryVariables = Exact<{
  filter?: SubsidyApplicationFilter | null | undefined;
}>;


export type SubsidiesIsolationListFilesQuery = { subsidyApplications: { edges: Array<{ node: { id: string } }> } };

export type SubsidiesIsolationCreateApplicationMutationVariables = Exact<{
  input: CreateSubsidyApplicationInput;
}>;


export type SubsidiesIsolationCreateApplicationMutation = { createSubsidyApplication: { id: string } };

export type SubsidiesIsolationOpenProgramMutationVariables = Exact<{
  input: OpenSubsidyProgramInput;
}>;


export type SubsidiesIsolationOpenProgramMutation = { openSubsidyProgram: { regionCode: string } };

export type SubsidiesLocalMoveProviderMutationVariables = Exact<{
  input: UpdateProviderInput;
}>;


export type SubsidiesLocalMoveProviderMutation = { updateProvider: { regionCode: string } };

export type SubsidiesLocalListEligibleQueryVariables = Exact<{ [key: string]: never; }>;


export type SubsidiesLocalListEligibleQuery = { subsidyApplications: { edges: Array<{ node: { id: string, eligible: boolean } }> } };

export type SubsidiesParisDaysQueryVariables = Exact<{
  id: string | number;
}>;


export type SubsidiesParisDaysQuery = { subsidyProgram: { opensOn: string, closesOn: string, isOpen: boolean } | null };

export type SubsidiesPaymentHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type SubsidiesPaymentHistoryQuery = { subsidyApplication: { history: Array<{ action: SubsidyAction, reason: string | null, invoiceCents: number | null, paidCents: number | null, actorRole: Role }> } | null };

export type SubsidiesPricesFeedReferentialQueryVariables = Exact<{ [key: string]: never; }>;


export type SubsidiesPricesFeedReferentialQuery = { priceReferential: { observations: number, medianCents: number } | null };

export type SubsidiesProgramFieldsFragment = { id: string, regionCode: string, regionName: string, name: string, managingBody: string, opensAt: string, closesAt: string, isOpen: boolean, envelopeCents: number, aidRateBasisPoints: number, investmentFloorCents: number, investmentCeilingCents: number, aidFloorCents: number, aidCeilingCents: number, maxEmployees: number, maxAnnualRevenueCents: number | null, independenceRequired: boolean, excludedNafPrefixes: Array<string>, eligibleThemes: Array<Theme>, localProvidersOnly: boolean, perCompanyCapCents: number | null, perCompanyCapYears: number, attestationRequired: boolean, version: number };

export type SubsidiesProgramsOpenMutationVariables = Exact<{
  input: OpenSubsidyProgramInput;
}>;


export type SubsidiesProgramsOpenMutation = { openSubsidyProgram: { id: string, regionCode: string, regionName: string, name: string, managingBody: string, opensAt: string, closesAt: string, isOpen: boolean, envelopeCents: number, aidRateBasisPoints: number, investmentFloorCents: number, investmentCeilingCents: number, aidFloorCents: number, aidCeilingCents: number, maxEmployees: number, maxAnnualRevenueCents: number | null, independenceRequired: boolean, excludedNafPrefixes: Array<string>, eligibleThemes: Array<Theme>, localProvidersOnly: boolean, perCompanyCapCents: number | null, perCompanyCapYears: number, attestationRequired: boolean, version: number } };

export type SubsidiesProgramsUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateSubsidyProgramInput;
  v: number;
}>;


export type SubsidiesProgramsUpdateMutation = { updateSubsidyProgram: { id: string, regionCode: string, regionName: string, name: string, managingBody: string, opensAt: string, closesAt: string, isOpen: boolean, envelopeCents: number, aidRateBasisPoints: number, investmentFloorCents: number, investmentCeilingCents: number, aidFloorCents: number, aidCeilingCents: number, maxEmployees: number, maxAnnualRevenueCents: number | null, independenceRequired: boolean, excludedNafPrefixes: Array<string>, eligibleThemes: Array<Theme>, localProvidersOnly: boolean, perCompanyCapCents: number | null, perCompanyCapYears: number, attestationRequired: boolean, version: number } };

export type SubsidiesProgramsOfQueryVariables = Exact<{
  r?: string | null | undefined;
}>;


export type SubsidiesProgramsOfQuery = { subsidyPrograms: Array<{ id: string, name: string }> };

export type SubsidiesProgramsPublicQueryVariables = Exact<{
  id: string | number;
}>;


export type SubsidiesProgramsPublicQuery = { subsidyProgram: { name: string, envelopeCents: number, small: number, big: number } | null };

export type SubsidiesProgramsExportQueryVariables = Exact<{
  id: string | number;
}>;


export type SubsidiesProgramsExportQuery = { subsidyProgramExport: string };

export type SubsidiesProgramsAnonymousDashboardQueryVariables = Exact<{
  id: string | number;
}>;


export type SubsidiesProgramsAnonymousDashboardQuery = { subsidyProgram: { name: string, dashboard: { paidCents: number } | null } | null };

export type SubsidiesQuestionFieldsFragment = { questions: Array<{ id: string, label: string, kind: SubsidyQuestionKind, required: boolean, requiredAnswer: boolean | null, min: number | null, max: number | null, unit: string | null, choices: Array<string> | null, acceptedChoices: Array<string> | null }> };

export type SubsidiesReadQuestionsQueryVariables = Exact<{
  id: string | number;
}>;


export type SubsidiesReadQuestionsQuery = { subsidyProgram: { questions: Array<{ id: string, label: string, kind: SubsidyQuestionKind, required: boolean, requiredAnswer: boolean | null, min: number | null, max: number | null, unit: string | null, choices: Array<string> | null, acceptedChoices: Array<string> | null }> } | null };

export type SubsidiesUpdateQuestionsMutationVariables = Exact<{
  id: string | number;
  input: UpdateSubsidyProgramInput;
}>;


export type SubsidiesUpdateQuestionsMutation = { updateSubsidyProgram: { version: number, questions: Array<{ id: string, label: string, kind: SubsidyQuestionKind, required: boolean, requiredAnswer: boolean | null, min: number | null, max: number | null, unit: string | null, choices: Array<string> | null, acceptedChoices: Array<string> | null }> } };

export type SubsidiesQuestionsProgramNamesQueryVariables = Exact<{
  r?: string | null | undefined;
}>;


export type SubsidiesQuestionsProgramNamesQuery = { subsidyPrograms: Array<{ name: string }> };

export type SubsidiesQuestionsOpenProgramMutationVariables = Exact<{
  input: OpenSubsidyProgramInput;
}>;


export type SubsidiesQuestionsOpenProgramMutation = { openSubsidyProgram: { id: string } };

export type SubsidiesQuestionsCreateApplicationMutationVariables = Exact<{
  input: CreateSubsidyApplicationInput;
}>;


export type SubsidiesQuestionsCreateApplicationMutation = { createSubsidyApplication: { id: string } };

export type SubsidiesQuestionsAgentViewQueryVariables = Exact<{
  id: string | number;
}>;


export type SubsidiesQuestionsAgentViewQuery = { subsidyApplication: { answers: Array<{ questionId: string, yes: boolean | null, number: number | null, choice: string | null }>, eligibility: Array<{ rule: EligibilityRule, questionId: string | null, passed: boolean }> } | null };

export type SubsidiesQueueQueryVariables = Exact<{
  filter?: SubsidyApplicationFilter | null | undefined;
  orderBy?: SubsidyApplicationOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SubsidiesQueueQuery = { subsidyApplications: { edges: Array<{ node: { id: string, company: { name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SubsidiesQueueInProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type SubsidiesQueueInProgressQuery = { subsidyProgram: { dashboard: { inProgressCents: number, committedCents: number } | null } | null };

export type SubsidiesSupportRegisterCompanyMutationVariables = Exact<{
  input: RegisterCompanyInput;
}>;


export type SubsidiesSupportRegisterCompanyMutation = { registerCompany: { id: string, version: number, regionCode: string } };

export type SubsidiesSupportOpenProgramMutationVariables = Exact<{
  input: OpenSubsidyProgramInput;
}>;


export type SubsidiesSupportOpenProgramMutation = { openSubsidyProgram: { id: string, version: number, regionCode: string } };

export type SubsidiesSupportSubmitMutationVariables = Exact<{
  id: string | number;
  key: string;
  declaration: SubsidyDeclarationInput;
}>;


export type SubsidiesSupportSubmitMutation = { submitSubsidyApplication: { version: number } };

export type SubsidiesSupportStartReviewMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type SubsidiesSupportStartReviewMutation = { startSubsidyReview: { id: string, version: number, status: SubsidyApplicationStatus } };

export type SubsidiesSupportRegisterConnecteurMutationVariables = Exact<{
  input: RegisterConnecteurInput;
}>;


export type SubsidiesSupportRegisterConnecteurMutation = { registerConnecteur: { id: string } };

export type SubsidiesSupportRequestLabelMutationVariables = Exact<{ [key: string]: never; }>;


export type SubsidiesSupportRequestLabelMutation = { requestLabel: { id: string } };

export type SubsidiesSupportGrantLabelMutationVariables = Exact<{
  id: string | number;
}>;


export type SubsidiesSupportGrantLabelMutation = { grantLabel: { id: string } };

export type SupportRegisterCompanyMutationVariables = Exact<{
  input: RegisterCompanyInput;
}>;


export type SupportRegisterCompanyMutation = { registerCompany: { id: string, departementCode: string, regionCode: string } };

export type SupportRegisterConnecteurMutationVariables = Exact<{
  input: RegisterConnecteurInput;
}>;


export type SupportRegisterConnecteurMutation = { registerConnecteur: { id: string } };

export type SupportRequestLabelMutationVariables = Exact<{ [key: string]: never; }>;


export type SupportRequestLabelMutation = { requestLabel: { id: string } };

export type SupportGrantLabelMutationVariables = Exact<{
  id: string | number;
  until: string;
}>;


export type SupportGrantLabelMutation = { grantLabel: { id: string } };

export type SupportMyConnecteurProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type SupportMyConnecteurProfileQuery = { myConnecteurProfile: { isLabelled: boolean, hasPendingLabelRequest: boolean, createdAt: string } | null };

export type TestimonialsFieldsFragment = { id: string, companyName: string, title: string, format: TestimonialFormat, themes: Array<Theme>, nafSection: string, sizeBand: SizeBand, departementCode: string, regionCode: string, maturityLevel: MaturityLevel, award: string | null, status: TestimonialStatus, rejectionReason: string | null, connecteur: { id: string } | null };

export type TestimonialsSubmitMutationVariables = Exact<{
  input: TestimonialInput;
}>;


export type TestimonialsSubmitMutation = { submitTestimonial: { id: string, companyName: string, title: string, format: TestimonialFormat, themes: Array<Theme>, nafSection: string, sizeBand: SizeBand, departementCode: string, regionCode: string, maturityLevel: MaturityLevel, award: string | null, status: TestimonialStatus, rejectionReason: string | null, connecteur: { id: string } | null } };

export type TestimonialsModerateMutationVariables = Exact<{
  id: string | number;
  d: ModerationDecision;
  r?: string | null | undefined;
}>;


export type TestimonialsModerateMutation = { moderateTestimonial: { id: string, companyName: string, title: string, format: TestimonialFormat, themes: Array<Theme>, nafSection: string, sizeBand: SizeBand, departementCode: string, regionCode: string, maturityLevel: MaturityLevel, award: string | null, status: TestimonialStatus, rejectionReason: string | null, connecteur: { id: string } | null } };

export type TestimonialsReadQueryVariables = Exact<{
  id: string | number;
}>;


export type TestimonialsReadQuery = { testimonial: { id: string, status: TestimonialStatus } | null };

export type TestimonialsListQueryVariables = Exact<{
  f?: TestimonialFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type TestimonialsListQuery = { testimonials: { edges: Array<{ node: { id: string, departementCode: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TestimonialsMapQueryVariables = Exact<{
  f?: TestimonialFilter | null | undefined;
}>;


export type TestimonialsMapQuery = { testimonialMap: Array<{ departementCode: string, count: number }> };

export type TestimonialsMineIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type TestimonialsMineIdsQuery = { myTestimonials: { edges: Array<{ node: { id: string } }> } };

export type TestimonialsMineQueryVariables = Exact<{ [key: string]: never; }>;


export type TestimonialsMineQuery = { myTestimonials: { edges: Array<{ node: { id: string, status: TestimonialStatus } }> } };

export type TestimonialsAgreeMutationVariables = Exact<{
  id: string | number;
}>;


export type TestimonialsAgreeMutation = { agreeToTestimonial: { status: TestimonialStatus } };

export type TestimonialsModerationQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type TestimonialsModerationQueueQuery = { testimonialModerationQueue: { edges: Array<{ node: { id: string } }> } };

export type TestimonialsModerationQueueCursorsQueryVariables = Exact<{ [key: string]: never; }>;


export type TestimonialsModerationQueueCursorsQuery = { testimonialModerationQueue: { edges: Array<{ cursor: string }> } };

export type TestimonialsWithdrawMutationVariables = Exact<{
  id: string | number;
}>;


export type TestimonialsWithdrawMutation = { withdrawTestimonial: { status: TestimonialStatus } };

export type TestimonialsMapOfConflictingPlacesQueryVariables = Exact<{ [key: string]: never; }>;


export type TestimonialsMapOfConflictingPlacesQuery = { testimonialMap: Array<{ count: number }> };

export type TestimonialsListOfUnknownSectionQueryVariables = Exact<{ [key: string]: never; }>;


export type TestimonialsListOfUnknownSectionQuery = { testimonials: { edges: Array<{ cursor: string }> } };

export type TestimonialsDiagnosticMutationVariables = Exact<{
  input: SubmitDiagnosticInput;
}>;


export type TestimonialsDiagnosticMutation = { submitDiagnostic: { recommendations: { testimonials: Array<{ id: string }> } } };

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
export const TestCompanyFieldsFragmentDoc = new TypedDocumentString(`
    fragment TestCompanyFields on Company {
  id
  siren
  name
  nafCode
  nafLabel
  nafSection
  employees
  annualRevenueCents
  independent
  communeCode
  departementCode
  regionCode
  version
}
    `, {"fragmentName":"TestCompanyFields"}) as unknown as TypedDocumentString<TestCompanyFieldsFragment, unknown>;
export const ConnecteursFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConnecteursFields on Connecteur {
  id
  displayName
  communeCode
  departementCode
  regionCode
  departementsServed
  themes
  tier
  isLabelled
  labelValidUntil
  hasPendingLabelRequest
  email
  labelHistory {
    status
    validUntil
    wave
    reason
    isValid
  }
}
    `, {"fragmentName":"ConnecteursFields"}) as unknown as TypedDocumentString<ConnecteursFieldsFragment, unknown>;
export const ContactsNeedFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContactsNeedFields on ContactNeed {
  id
  status
  need
  themes
  deadline {
    state
  }
  requests {
    id
    status
    connecteur {
      id
    }
    deadline {
      state
    }
  }
}
    `, {"fragmentName":"ContactsNeedFields"}) as unknown as TypedDocumentString<ContactsNeedFieldsFragment, unknown>;
export const ContactsRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContactsRequestFields on ContactRequest {
  id
  status
  firstAnsweredAt
  deadline {
    state
    lateAt
  }
  history {
    by
    from
    to
    message
  }
  feedback {
    contacted
    useful
    comment
  }
}
    `, {"fragmentName":"ContactsRequestFields"}) as unknown as TypedDocumentString<ContactsRequestFieldsFragment, unknown>;
export const DiagnosticsPeerFieldsFragmentDoc = new TypedDocumentString(`
    fragment DiagnosticsPeerFields on PeerComparison {
  scope
  label
  peerCount
  averageScore
  shareBelow
}
    `, {"fragmentName":"DiagnosticsPeerFields"}) as unknown as TypedDocumentString<DiagnosticsPeerFieldsFragment, unknown>;
export const ProvidersProviderFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProvidersProviderFields on Provider {
  id
  siret
  siren
  name
  communeCode
  departementCode
  regionCode
  regionsServed
  startup
  website
  offers {
    id
    theme
    priceFromCents
    priceToCents
  }
  rating {
    average
    count
  }
}
    `, {"fragmentName":"ProvidersProviderFields"}) as unknown as TypedDocumentString<ProvidersProviderFieldsFragment, unknown>;
export const ProvidersReviewFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProvidersReviewFields on Review {
  id
  rating
  comment
  authorKind
  authorName
  status
  rejectionReason
  submittedAt
  publishedAt
  reply {
    text
  }
  provider {
    id
    rating {
      average
      count
    }
  }
}
    `, {"fragmentName":"ProvidersReviewFields"}) as unknown as TypedDocumentString<ProvidersReviewFieldsFragment, unknown>;
export const SubsidiesProgramFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubsidiesProgramFields on SubsidyProgram {
  id
  regionCode
  regionName
  name
  managingBody
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
  version
}
    `, {"fragmentName":"SubsidiesProgramFields"}) as unknown as TypedDocumentString<SubsidiesProgramFieldsFragment, unknown>;
export const SubsidiesQuestionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubsidiesQuestionFields on SubsidyProgram {
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
    `, {"fragmentName":"SubsidiesQuestionFields"}) as unknown as TypedDocumentString<SubsidiesQuestionFieldsFragment, unknown>;
export const TestimonialsFieldsFragmentDoc = new TypedDocumentString(`
    fragment TestimonialsFields on Testimonial {
  id
  companyName
  title
  format
  themes
  nafSection
  sizeBand
  departementCode
  regionCode
  maturityLevel
  award
  status
  rejectionReason
  connecteur {
    id
  }
}
    `, {"fragmentName":"TestimonialsFields"}) as unknown as TypedDocumentString<TestimonialsFieldsFragment, unknown>;
export const AppointmentsPublishSlotsDocument = new TypedDocumentString(`
    mutation AppointmentsPublishSlots($slots: [AppointmentSlotInput!]!) {
  publishAppointmentSlots(slots: $slots) {
    id
    startsAt
    endsAt
    status
    connecteur {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AppointmentsPublishSlotsMutation, AppointmentsPublishSlotsMutationVariables>;
export const AppointmentsBookDocument = new TypedDocumentString(`
    mutation AppointmentsBook($id: ID!, $topic: String) {
  bookAppointment(slotId: $id, topic: $topic) {
    id
    status
    startsAt
    topic
    connecteur {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AppointmentsBookMutation, AppointmentsBookMutationVariables>;
export const AppointmentsCancelDocument = new TypedDocumentString(`
    mutation AppointmentsCancel($id: ID!) {
  cancelAppointment(id: $id, reason: "Empêchement") {
    status
    cancelledBy
    cancellationReason
  }
}
    `) as unknown as TypedDocumentString<AppointmentsCancelMutation, AppointmentsCancelMutationVariables>;
export const AppointmentsRecordAttendanceDocument = new TypedDocumentString(`
    mutation AppointmentsRecordAttendance($id: ID!, $a: Attendance!) {
  recordAttendance(appointmentId: $id, attendance: $a) {
    attendance
  }
}
    `) as unknown as TypedDocumentString<AppointmentsRecordAttendanceMutation, AppointmentsRecordAttendanceMutationVariables>;
export const AppointmentsOpenSlotsDocument = new TypedDocumentString(`
    query AppointmentsOpenSlots($id: ID!) {
  appointmentSlots(connecteurId: $id, first: 50) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AppointmentsOpenSlotsQuery, AppointmentsOpenSlotsQueryVariables>;
export const AppointmentsBookedAndDashboardDocument = new TypedDocumentString(`
    query AppointmentsBookedAndDashboard {
  myAppointments {
    edges {
      node {
        id
        status
      }
    }
  }
  connecteurDashboard {
    appointmentsBooked
  }
}
    `) as unknown as TypedDocumentString<AppointmentsBookedAndDashboardQuery, AppointmentsBookedAndDashboardQueryVariables>;
export const AppointmentsDashboardDocument = new TypedDocumentString(`
    query AppointmentsDashboard {
  connecteurDashboard {
    appointmentsHeld
    appointmentsBooked
  }
}
    `) as unknown as TypedDocumentString<AppointmentsDashboardQuery, AppointmentsDashboardQueryVariables>;
export const AppointmentsPastDocument = new TypedDocumentString(`
    query AppointmentsPast {
  myAppointments(upcoming: false) {
    edges {
      node {
        id
        attendance
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AppointmentsPastQuery, AppointmentsPastQueryVariables>;
export const AppointmentsRegionIndicatorsDocument = new TypedDocumentString(`
    query AppointmentsRegionIndicators {
  programmeIndicators(regionCode: "53") {
    regionCode
    regionName
    diagnosticsDone
    appointmentsBooked
    contactRequests
    requestsByStatus {
      status
      count
    }
  }
}
    `) as unknown as TypedDocumentString<AppointmentsRegionIndicatorsQuery, AppointmentsRegionIndicatorsQueryVariables>;
export const AppointmentsAllIndicatorsDocument = new TypedDocumentString(`
    query AppointmentsAllIndicators {
  programmeIndicators {
    regionCode
  }
}
    `) as unknown as TypedDocumentString<AppointmentsAllIndicatorsQuery, AppointmentsAllIndicatorsQueryVariables>;
export const AppointmentsUnknownRegionIndicatorsDocument = new TypedDocumentString(`
    query AppointmentsUnknownRegionIndicators {
  programmeIndicators(regionCode: "00") {
    regionCode
  }
}
    `) as unknown as TypedDocumentString<AppointmentsUnknownRegionIndicatorsQuery, AppointmentsUnknownRegionIndicatorsQueryVariables>;
export const AppointmentsConnecteurCountsDocument = new TypedDocumentString(`
    query AppointmentsConnecteurCounts {
  programmeIndicators(regionCode: "06") {
    connecteursDeclared
    connecteursLabelled
  }
}
    `) as unknown as TypedDocumentString<AppointmentsConnecteurCountsQuery, AppointmentsConnecteurCountsQueryVariables>;
export const AppointmentsRequestLabelDocument = new TypedDocumentString(`
    mutation AppointmentsRequestLabel {
  requestLabel {
    id
  }
}
    `) as unknown as TypedDocumentString<AppointmentsRequestLabelMutation, AppointmentsRequestLabelMutationVariables>;
export const AppointmentsGrantLabelDocument = new TypedDocumentString(`
    mutation AppointmentsGrantLabel($id: ID!) {
  grantLabel(connecteurId: $id, validUntil: "2027-03-31") {
    tier
  }
}
    `) as unknown as TypedDocumentString<AppointmentsGrantLabelMutation, AppointmentsGrantLabelMutationVariables>;
export const AppointmentsRevokeLabelDocument = new TypedDocumentString(`
    mutation AppointmentsRevokeLabel($id: ID!) {
  revokeLabel(connecteurId: $id, reason: "Manquement à la charte") {
    tier
  }
}
    `) as unknown as TypedDocumentString<AppointmentsRevokeLabelMutation, AppointmentsRevokeLabelMutationVariables>;
export const AppointmentsPublishSlotIdsDocument = new TypedDocumentString(`
    mutation AppointmentsPublishSlotIds($slots: [AppointmentSlotInput!]!) {
  publishAppointmentSlots(slots: $slots) {
    id
  }
}
    `) as unknown as TypedDocumentString<AppointmentsPublishSlotIdsMutation, AppointmentsPublishSlotIdsMutationVariables>;
export const AppointmentsBookWithoutTopicDocument = new TypedDocumentString(`
    mutation AppointmentsBookWithoutTopic($id: ID!) {
  bookAppointment(slotId: $id) {
    id
    startsAt
  }
}
    `) as unknown as TypedDocumentString<AppointmentsBookWithoutTopicMutation, AppointmentsBookWithoutTopicMutationVariables>;
export const AppointmentsCancelWithoutReasonDocument = new TypedDocumentString(`
    mutation AppointmentsCancelWithoutReason($id: ID!) {
  cancelAppointment(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<AppointmentsCancelWithoutReasonMutation, AppointmentsCancelWithoutReasonMutationVariables>;
export const AppointmentsUpcomingDocument = new TypedDocumentString(`
    query AppointmentsUpcoming {
  myAppointments(upcoming: true, first: 50) {
    edges {
      node {
        id
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AppointmentsUpcomingQuery, AppointmentsUpcomingQueryVariables>;
export const TestRegisterCompanyDocument = new TypedDocumentString(`
    mutation TestRegisterCompany($input: RegisterCompanyInput!) {
  registerCompany(input: $input) {
    ...TestCompanyFields
  }
}
    fragment TestCompanyFields on Company {
  id
  siren
  name
  nafCode
  nafLabel
  nafSection
  employees
  annualRevenueCents
  independent
  communeCode
  departementCode
  regionCode
  version
}`) as unknown as TypedDocumentString<TestRegisterCompanyMutation, TestRegisterCompanyMutationVariables>;
export const TestUpdateCompanyDocument = new TypedDocumentString(`
    mutation TestUpdateCompany($input: UpdateCompanyInput!, $v: Int!) {
  updateCompany(input: $input, expectedVersion: $v) {
    ...TestCompanyFields
  }
}
    fragment TestCompanyFields on Company {
  id
  siren
  name
  nafCode
  nafLabel
  nafSection
  employees
  annualRevenueCents
  independent
  communeCode
  departementCode
  regionCode
  version
}`) as unknown as TypedDocumentString<TestUpdateCompanyMutation, TestUpdateCompanyMutationVariables>;
export const TestJoinMyCompanyDocument = new TypedDocumentString(`
    mutation TestJoinMyCompany {
  joinMyCompany {
    ...TestCompanyFields
  }
}
    fragment TestCompanyFields on Company {
  id
  siren
  name
  nafCode
  nafLabel
  nafSection
  employees
  annualRevenueCents
  independent
  communeCode
  departementCode
  regionCode
  version
}`) as unknown as TypedDocumentString<TestJoinMyCompanyMutation, TestJoinMyCompanyMutationVariables>;
export const TestMyCompanyDocument = new TypedDocumentString(`
    query TestMyCompany {
  myCompany {
    ...TestCompanyFields
  }
}
    fragment TestCompanyFields on Company {
  id
  siren
  name
  nafCode
  nafLabel
  nafSection
  employees
  annualRevenueCents
  independent
  communeCode
  departementCode
  regionCode
  version
}`) as unknown as TypedDocumentString<TestMyCompanyQuery, TestMyCompanyQueryVariables>;
export const ConnecteursRegisterDocument = new TypedDocumentString(`
    mutation ConnecteursRegister($input: RegisterConnecteurInput!) {
  registerConnecteur(input: $input) {
    ...ConnecteursFields
  }
}
    fragment ConnecteursFields on Connecteur {
  id
  displayName
  communeCode
  departementCode
  regionCode
  departementsServed
  themes
  tier
  isLabelled
  labelValidUntil
  hasPendingLabelRequest
  email
  labelHistory {
    status
    validUntil
    wave
    reason
    isValid
  }
}`) as unknown as TypedDocumentString<ConnecteursRegisterMutation, ConnecteursRegisterMutationVariables>;
export const ConnecteursRegisterIdDocument = new TypedDocumentString(`
    mutation ConnecteursRegisterId($input: RegisterConnecteurInput!) {
  registerConnecteur(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConnecteursRegisterIdMutation, ConnecteursRegisterIdMutationVariables>;
export const ConnecteursRequestLabelDocument = new TypedDocumentString(`
    mutation ConnecteursRequestLabel {
  requestLabel {
    ...ConnecteursFields
  }
}
    fragment ConnecteursFields on Connecteur {
  id
  displayName
  communeCode
  departementCode
  regionCode
  departementsServed
  themes
  tier
  isLabelled
  labelValidUntil
  hasPendingLabelRequest
  email
  labelHistory {
    status
    validUntil
    wave
    reason
    isValid
  }
}`) as unknown as TypedDocumentString<ConnecteursRequestLabelMutation, ConnecteursRequestLabelMutationVariables>;
export const ConnecteursGrantLabelDocument = new TypedDocumentString(`
    mutation ConnecteursGrantLabel($id: ID!, $until: Date!) {
  grantLabel(connecteurId: $id, validUntil: $until, wave: "Vague 2026-2") {
    ...ConnecteursFields
  }
}
    fragment ConnecteursFields on Connecteur {
  id
  displayName
  communeCode
  departementCode
  regionCode
  departementsServed
  themes
  tier
  isLabelled
  labelValidUntil
  hasPendingLabelRequest
  email
  labelHistory {
    status
    validUntil
    wave
    reason
    isValid
  }
}`) as unknown as TypedDocumentString<ConnecteursGrantLabelMutation, ConnecteursGrantLabelMutationVariables>;
export const ConnecteursSearchDocument = new TypedDocumentString(`
    query ConnecteursSearch($filter: ConnecteurFilter, $first: Int, $after: String) {
  connecteurs(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        displayName
        tier
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConnecteursSearchQuery, ConnecteursSearchQueryVariables>;
export const ConnecteursUpdateProfileDocument = new TypedDocumentString(`
    mutation ConnecteursUpdateProfile($input: UpdateConnecteurProfileInput!) {
  updateConnecteurProfile(input: $input) {
    communeCode
    departementCode
    regionCode
    departementsServed
    acceptsNewPmes
  }
}
    `) as unknown as TypedDocumentString<ConnecteursUpdateProfileMutation, ConnecteursUpdateProfileMutationVariables>;
export const ConnecteursEmailDocument = new TypedDocumentString(`
    query ConnecteursEmail($id: ID!) {
  connecteur(id: $id) {
    email
  }
}
    `) as unknown as TypedDocumentString<ConnecteursEmailQuery, ConnecteursEmailQueryVariables>;
export const ConnecteursRejectLabelRequestDocument = new TypedDocumentString(`
    mutation ConnecteursRejectLabelRequest($id: ID!) {
  rejectLabelRequest(connecteurId: $id, reason: "Dossier incomplet") {
    ...ConnecteursFields
  }
}
    fragment ConnecteursFields on Connecteur {
  id
  displayName
  communeCode
  departementCode
  regionCode
  departementsServed
  themes
  tier
  isLabelled
  labelValidUntil
  hasPendingLabelRequest
  email
  labelHistory {
    status
    validUntil
    wave
    reason
    isValid
  }
}`) as unknown as TypedDocumentString<ConnecteursRejectLabelRequestMutation, ConnecteursRejectLabelRequestMutationVariables>;
export const ConnecteursRejectWithBlankReasonDocument = new TypedDocumentString(`
    mutation ConnecteursRejectWithBlankReason($id: ID!) {
  rejectLabelRequest(connecteurId: $id, reason: " ") {
    id
  }
}
    `) as unknown as TypedDocumentString<ConnecteursRejectWithBlankReasonMutation, ConnecteursRejectWithBlankReasonMutationVariables>;
export const ConnecteursRevokeLabelDocument = new TypedDocumentString(`
    mutation ConnecteursRevokeLabel($id: ID!) {
  revokeLabel(connecteurId: $id, reason: "Manquement à la charte") {
    ...ConnecteursFields
  }
}
    fragment ConnecteursFields on Connecteur {
  id
  displayName
  communeCode
  departementCode
  regionCode
  departementsServed
  themes
  tier
  isLabelled
  labelValidUntil
  hasPendingLabelRequest
  email
  labelHistory {
    status
    validUntil
    wave
    reason
    isValid
  }
}`) as unknown as TypedDocumentString<ConnecteursRevokeLabelMutation, ConnecteursRevokeLabelMutationVariables>;
export const ConnecteursRevokeAgainDocument = new TypedDocumentString(`
    mutation ConnecteursRevokeAgain($id: ID!) {
  revokeLabel(connecteurId: $id, reason: "Encore") {
    id
  }
}
    `) as unknown as TypedDocumentString<ConnecteursRevokeAgainMutation, ConnecteursRevokeAgainMutationVariables>;
export const ConnecteursLabelReasonsDocument = new TypedDocumentString(`
    query ConnecteursLabelReasons($id: ID!) {
  connecteur(id: $id) {
    labelHistory {
      status
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ConnecteursLabelReasonsQuery, ConnecteursLabelReasonsQueryVariables>;
export const ConnecteursRejectConcurrentlyDocument = new TypedDocumentString(`
    mutation ConnecteursRejectConcurrently($id: ID!) {
  rejectLabelRequest(connecteurId: $id, reason: "Refus concurrent") {
    id
  }
}
    `) as unknown as TypedDocumentString<ConnecteursRejectConcurrentlyMutation, ConnecteursRejectConcurrentlyMutationVariables>;
export const ConnecteursPendingLabelRequestsDocument = new TypedDocumentString(`
    query ConnecteursPendingLabelRequests {
  pendingLabelRequests(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConnecteursPendingLabelRequestsQuery, ConnecteursPendingLabelRequestsQueryVariables>;
export const ConnecteursPendingLabelRequestsDefaultDocument = new TypedDocumentString(`
    query ConnecteursPendingLabelRequestsDefault {
  pendingLabelRequests {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConnecteursPendingLabelRequestsDefaultQuery, ConnecteursPendingLabelRequestsDefaultQueryVariables>;
export const ConnecteursGateUpdateProfileDocument = new TypedDocumentString(`
    mutation ConnecteursGateUpdateProfile {
  updateConnecteurProfile(input: {acceptsNewPmes: false}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConnecteursGateUpdateProfileMutation, ConnecteursGateUpdateProfileMutationVariables>;
export const ConnecteursGateRequestLabelDocument = new TypedDocumentString(`
    mutation ConnecteursGateRequestLabel {
  requestLabel {
    id
  }
}
    `) as unknown as TypedDocumentString<ConnecteursGateRequestLabelMutation, ConnecteursGateRequestLabelMutationVariables>;
export const ConnecteursGateGrantLabelDocument = new TypedDocumentString(`
    mutation ConnecteursGateGrantLabel {
  grantLabel(connecteurId: "x", validUntil: "2027-01-01") {
    id
  }
}
    `) as unknown as TypedDocumentString<ConnecteursGateGrantLabelMutation, ConnecteursGateGrantLabelMutationVariables>;
export const ConnecteursGateRejectLabelRequestDocument = new TypedDocumentString(`
    mutation ConnecteursGateRejectLabelRequest {
  rejectLabelRequest(connecteurId: "x", reason: "incomplet") {
    id
  }
}
    `) as unknown as TypedDocumentString<ConnecteursGateRejectLabelRequestMutation, ConnecteursGateRejectLabelRequestMutationVariables>;
export const ConnecteursGateRevokeLabelDocument = new TypedDocumentString(`
    mutation ConnecteursGateRevokeLabel {
  revokeLabel(connecteurId: "x", reason: "manquement") {
    id
  }
}
    `) as unknown as TypedDocumentString<ConnecteursGateRevokeLabelMutation, ConnecteursGateRevokeLabelMutationVariables>;
export const ContactsSendNeedDocument = new TypedDocumentString(`
    mutation ContactsSendNeed($input: SendContactRequestInput!) {
  sendContactRequest(input: $input) {
    ...ContactsNeedFields
  }
}
    fragment ContactsNeedFields on ContactNeed {
  id
  status
  need
  themes
  deadline {
    state
  }
  requests {
    id
    status
    connecteur {
      id
    }
    deadline {
      state
    }
  }
}`) as unknown as TypedDocumentString<ContactsSendNeedMutation, ContactsSendNeedMutationVariables>;
export const ContactsAnswerDocument = new TypedDocumentString(`
    mutation ContactsAnswer($id: ID!, $status: ContactRequestStatus!, $message: String) {
  answerContactRequest(id: $id, status: $status, message: $message) {
    ...ContactsRequestFields
  }
}
    fragment ContactsRequestFields on ContactRequest {
  id
  status
  firstAnsweredAt
  deadline {
    state
    lateAt
  }
  history {
    by
    from
    to
    message
  }
  feedback {
    contacted
    useful
    comment
  }
}`) as unknown as TypedDocumentString<ContactsAnswerMutation, ContactsAnswerMutationVariables>;
export const ContactsReopenDocument = new TypedDocumentString(`
    mutation ContactsReopen($id: ID!) {
  reopenContactRequest(id: $id) {
    ...ContactsRequestFields
  }
}
    fragment ContactsRequestFields on ContactRequest {
  id
  status
  firstAnsweredAt
  deadline {
    state
    lateAt
  }
  history {
    by
    from
    to
    message
  }
  feedback {
    contacted
    useful
    comment
  }
}`) as unknown as TypedDocumentString<ContactsReopenMutation, ContactsReopenMutationVariables>;
export const ContactsReadRequestDocument = new TypedDocumentString(`
    query ContactsReadRequest($id: ID!) {
  contactRequest(id: $id) {
    ...ContactsRequestFields
  }
}
    fragment ContactsRequestFields on ContactRequest {
  id
  status
  firstAnsweredAt
  deadline {
    state
    lateAt
  }
  history {
    by
    from
    to
    message
  }
  feedback {
    contacted
    useful
    comment
  }
}`) as unknown as TypedDocumentString<ContactsReadRequestQuery, ContactsReadRequestQueryVariables>;
export const ContactsReadNeedDocument = new TypedDocumentString(`
    query ContactsReadNeed($id: ID!) {
  contactNeed(id: $id) {
    ...ContactsNeedFields
  }
}
    fragment ContactsNeedFields on ContactNeed {
  id
  status
  need
  themes
  deadline {
    state
  }
  requests {
    id
    status
    connecteur {
      id
    }
    deadline {
      state
    }
  }
}`) as unknown as TypedDocumentString<ContactsReadNeedQuery, ContactsReadNeedQueryVariables>;
export const ContactsNeedSeenByConnecteurDocument = new TypedDocumentString(`
    query ContactsNeedSeenByConnecteur($id: ID!) {
  contactNeed(id: $id) {
    company {
      id
    }
    requests {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ContactsNeedSeenByConnecteurQuery, ContactsNeedSeenByConnecteurQueryVariables>;
export const ContactsMyNeedsDocument = new TypedDocumentString(`
    query ContactsMyNeeds {
  myContactNeeds(first: 5) {
    edges {
      node {
        id
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContactsMyNeedsQuery, ContactsMyNeedsQueryVariables>;
export const ContactsPendingInboxDocument = new TypedDocumentString(`
    query ContactsPendingInbox {
  contactInbox(statuses: [PENDING]) {
    edges {
      node {
        id
        deadline {
          state
        }
      }
    }
  }
  connecteurDashboard {
    pendingRequests
    lateRequests
  }
}
    `) as unknown as TypedDocumentString<ContactsPendingInboxQuery, ContactsPendingInboxQueryVariables>;
export const ContactsDashboardDocument = new TypedDocumentString(`
    query ContactsDashboard {
  connecteurDashboard {
    requestsReceived
    pendingRequests
    lateRequests
    medianFirstAnswerHours
    takeUpRate
    responseRate
  }
}
    `) as unknown as TypedDocumentString<ContactsDashboardQuery, ContactsDashboardQueryVariables>;
export const ContactsGiveFeedbackDocument = new TypedDocumentString(`
    mutation ContactsGiveFeedback($id: ID!) {
  giveContactFeedback(
    requestId: $id
    input: {contacted: true, useful: false, comment: "Pas de solution pour nous."}
  ) {
    feedback {
      contacted
      useful
      comment
    }
  }
}
    `) as unknown as TypedDocumentString<ContactsGiveFeedbackMutation, ContactsGiveFeedbackMutationVariables>;
export const ContactsReadConversationDocument = new TypedDocumentString(`
    query ContactsReadConversation($id: ID!) {
  contactRequest(id: $id) {
    id
    status
    messageCount
    companyContact {
      name
      email
      phone
    }
    messages {
      edges {
        node {
          id
          by
          text
          at
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContactsReadConversationQuery, ContactsReadConversationQueryVariables>;
export const ContactsPostMessageDocument = new TypedDocumentString(`
    mutation ContactsPostMessage($requestId: ID!, $text: String!, $clientKey: String) {
  postContactRequestMessage(
    requestId: $requestId
    text: $text
    clientKey: $clientKey
  ) {
    id
    by
    text
    requestId
  }
}
    `) as unknown as TypedDocumentString<ContactsPostMessageMutation, ContactsPostMessageMutationVariables>;
export const ContactsAnswerStatusDocument = new TypedDocumentString(`
    mutation ContactsAnswerStatus($id: ID!, $status: ContactRequestStatus!) {
  answerContactRequest(id: $id, status: $status) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ContactsAnswerStatusMutation, ContactsAnswerStatusMutationVariables>;
export const ContactsSendWithContactDocument = new TypedDocumentString(`
    mutation ContactsSendWithContact($input: SendContactRequestInput!) {
  sendContactRequest(input: $input) {
    id
    requests {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ContactsSendWithContactMutation, ContactsSendWithContactMutationVariables>;
export const ContactsReopenIdDocument = new TypedDocumentString(`
    mutation ContactsReopenId($id: ID!) {
  reopenContactRequest(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContactsReopenIdMutation, ContactsReopenIdMutationVariables>;
export const ContactsSendIdDocument = new TypedDocumentString(`
    mutation ContactsSendId($input: SendContactRequestInput!) {
  sendContactRequest(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContactsSendIdMutation, ContactsSendIdMutationVariables>;
export const DiagnosticsSubmitDocument = new TypedDocumentString(`
    mutation DiagnosticsSubmit($input: SubmitDiagnosticInput!) {
  submitDiagnostic(input: $input) {
    id
    overallScore
    level
    claimed
    levelInfo {
      name
    }
    themeScores {
      theme
      score
    }
    peers {
      ...DiagnosticsPeerFields
    }
  }
}
    fragment DiagnosticsPeerFields on PeerComparison {
  scope
  label
  peerCount
  averageScore
  shareBelow
}`) as unknown as TypedDocumentString<DiagnosticsSubmitMutation, DiagnosticsSubmitMutationVariables>;
export const DiagnosticsReadDocument = new TypedDocumentString(`
    query DiagnosticsRead($id: ID!) {
  diagnosticResult(id: $id) {
    id
    overallScore
    claimed
    peers {
      ...DiagnosticsPeerFields
    }
  }
}
    fragment DiagnosticsPeerFields on PeerComparison {
  scope
  label
  peerCount
  averageScore
  shareBelow
}`) as unknown as TypedDocumentString<DiagnosticsReadQuery, DiagnosticsReadQueryVariables>;
export const DiagnosticsReadPeersDocument = new TypedDocumentString(`
    query DiagnosticsReadPeers($id: ID!) {
  diagnosticResult(id: $id) {
    peers {
      scope
      peerCount
      averageScore
      shareBelow
    }
  }
}
    `) as unknown as TypedDocumentString<DiagnosticsReadPeersQuery, DiagnosticsReadPeersQueryVariables>;
export const DiagnosticsQuestionnaireDocument = new TypedDocumentString(`
    query DiagnosticsQuestionnaire {
  diagnosticQuestionnaire {
    version
    estimatedMinutes
    themes {
      theme
      name
    }
    levels {
      level
      name
      minScore
      maxScore
    }
    questions {
      id
      theme
      multiple
      choices {
        id
        text
        exclusive
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiagnosticsQuestionnaireQuery, DiagnosticsQuestionnaireQueryVariables>;
export const DiagnosticsReadDetailDocument = new TypedDocumentString(`
    query DiagnosticsReadDetail($id: ID!) {
  diagnosticResult(id: $id) {
    overallScore
    levelInfo {
      name
    }
    nextLevel {
      level
    }
    companyFacts {
      departementCode
      regionCode
      nafSection
      nafLabel
    }
    themeScores {
      name
      score
    }
    recommendations {
      focusThemes
      advice {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiagnosticsReadDetailQuery, DiagnosticsReadDetailQueryVariables>;
export const DiagnosticsClaimDocument = new TypedDocumentString(`
    mutation DiagnosticsClaim($id: ID!) {
  claimDiagnostic(id: $id) {
    claimed
  }
}
    `) as unknown as TypedDocumentString<DiagnosticsClaimMutation, DiagnosticsClaimMutationVariables>;
export const DiagnosticsClaimWithIdDocument = new TypedDocumentString(`
    mutation DiagnosticsClaimWithId($id: ID!) {
  claimDiagnostic(id: $id) {
    id
    claimed
  }
}
    `) as unknown as TypedDocumentString<DiagnosticsClaimWithIdMutation, DiagnosticsClaimWithIdMutationVariables>;
export const DiagnosticsMineDocument = new TypedDocumentString(`
    query DiagnosticsMine {
  myDiagnostics(first: 10) {
    edges {
      node {
        id
        claimed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiagnosticsMineQuery, DiagnosticsMineQueryVariables>;
export const DiagnosticsMineCursorsDocument = new TypedDocumentString(`
    query DiagnosticsMineCursors {
  myDiagnostics {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<DiagnosticsMineCursorsQuery, DiagnosticsMineCursorsQueryVariables>;
export const DiagnosticsMineDetailDocument = new TypedDocumentString(`
    query DiagnosticsMineDetail($first: Int) {
  myDiagnostics(first: $first) {
    edges {
      node {
        id
        overallScore
        peers {
          peerCount
        }
        recommendations {
          advice {
            title
          }
          connecteurs {
            id
          }
          programmes {
            expectedAidCents
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
    `) as unknown as TypedDocumentString<DiagnosticsMineDetailQuery, DiagnosticsMineDetailQueryVariables>;
export const DiagnosticsMineAfterDocument = new TypedDocumentString(`
    query DiagnosticsMineAfter($after: String) {
  myDiagnostics(first: 3, after: $after) {
    edges {
      node {
        id
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<DiagnosticsMineAfterQuery, DiagnosticsMineAfterQueryVariables>;
export const DiagnosticsRequestLabelDocument = new TypedDocumentString(`
    mutation DiagnosticsRequestLabel {
  requestLabel {
    id
  }
}
    `) as unknown as TypedDocumentString<DiagnosticsRequestLabelMutation, DiagnosticsRequestLabelMutationVariables>;
export const DiagnosticsGrantLabelDocument = new TypedDocumentString(`
    mutation DiagnosticsGrantLabel($id: ID!) {
  grantLabel(connecteurId: $id, validUntil: "2028-06-30") {
    tier
  }
}
    `) as unknown as TypedDocumentString<DiagnosticsGrantLabelMutation, DiagnosticsGrantLabelMutationVariables>;
export const DiagnosticsRecommendedConnecteursDocument = new TypedDocumentString(`
    query DiagnosticsRecommendedConnecteurs($id: ID!) {
  diagnosticResult(id: $id) {
    recommendations {
      focusThemes
      connecteurs {
        id
        tier
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiagnosticsRecommendedConnecteursQuery, DiagnosticsRecommendedConnecteursQueryVariables>;
export const DiagnosticsOpenProgramDocument = new TypedDocumentString(`
    mutation DiagnosticsOpenProgram($input: OpenSubsidyProgramInput!) {
  openSubsidyProgram(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DiagnosticsOpenProgramMutation, DiagnosticsOpenProgramMutationVariables>;
export const DiagnosticsRecommendedProgrammesDocument = new TypedDocumentString(`
    query DiagnosticsRecommendedProgrammes($id: ID!) {
  diagnosticResult(id: $id) {
    recommendations {
      programmes {
        program {
          id
          name
        }
        expenseTheme
        typicalInvestmentCents
        expectedAidCents
        assumptions
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiagnosticsRecommendedProgrammesQuery, DiagnosticsRecommendedProgrammesQueryVariables>;
export const DiagnosticsPeerDisclosureDoneDocument = new TypedDocumentString(`
    query DiagnosticsPeerDisclosureDone($r: String) {
  programmeIndicators(regionCode: $r) {
    diagnosticsDone
  }
}
    `) as unknown as TypedDocumentString<DiagnosticsPeerDisclosureDoneQuery, DiagnosticsPeerDisclosureDoneQueryVariables>;
export const EventEditsPublishDocument = new TypedDocumentString(`
    mutation EventEditsPublish($input: EventInput!) {
  publishEvent(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<EventEditsPublishMutation, EventEditsPublishMutationVariables>;
export const EventEditsUpdateDocument = new TypedDocumentString(`
    mutation EventEditsUpdate($id: ID!, $input: EventInput!, $expectedVersion: Int!) {
  updateEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {
    title
    version
  }
}
    `) as unknown as TypedDocumentString<EventEditsUpdateMutation, EventEditsUpdateMutationVariables>;
export const EventEditsReadDocument = new TypedDocumentString(`
    query EventEditsRead($id: ID!) {
  event(id: $id) {
    title
    startsAt
    version
  }
}
    `) as unknown as TypedDocumentString<EventEditsReadQuery, EventEditsReadQueryVariables>;
export const EventsPublishEventDocument = new TypedDocumentString(`
    mutation EventsPublishEvent($input: EventInput!) {
  publishEvent(input: $input) {
    id
    title
    startsAt
    regionCode
    departementCode
    communeCode
    online
    themes
  }
}
    `) as unknown as TypedDocumentString<EventsPublishEventMutation, EventsPublishEventMutationVariables>;
export const EventsListDocument = new TypedDocumentString(`
    query EventsList($filter: EventFilter, $first: Int, $after: String) {
  events(filter: $filter, first: $first, after: $after) {
    edges {
      node {
        id
        title
        startsAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<EventsListQuery, EventsListQueryVariables>;
export const EventsCancelEventDocument = new TypedDocumentString(`
    mutation EventsCancelEvent($id: ID!) {
  cancelEvent(id: $id)
}
    `) as unknown as TypedDocumentString<EventsCancelEventMutation, EventsCancelEventMutationVariables>;
export const EventsReadEventDocument = new TypedDocumentString(`
    query EventsReadEvent($id: ID!) {
  event(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<EventsReadEventQuery, EventsReadEventQueryVariables>;
export const EventsUpdateEventDocument = new TypedDocumentString(`
    mutation EventsUpdateEvent($id: ID!, $input: EventInput!, $expectedVersion: Int!) {
  updateEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {
    regionCode
    startsAt
    version
  }
}
    `) as unknown as TypedDocumentString<EventsUpdateEventMutation, EventsUpdateEventMutationVariables>;
export const EventsPublishNewsDocument = new TypedDocumentString(`
    mutation EventsPublishNews($input: NewsInput!) {
  publishNews(input: $input) {
    id
    regionCode
  }
}
    `) as unknown as TypedDocumentString<EventsPublishNewsMutation, EventsPublishNewsMutationVariables>;
export const EventsListNewsDocument = new TypedDocumentString(`
    query EventsListNews($r: String) {
  news(filter: {regionCode: $r}, first: 100) {
    edges {
      node {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventsListNewsQuery, EventsListNewsQueryVariables>;
export const EventsWithdrawNewsDocument = new TypedDocumentString(`
    mutation EventsWithdrawNews($id: ID!) {
  withdrawNews(id: $id)
}
    `) as unknown as TypedDocumentString<EventsWithdrawNewsMutation, EventsWithdrawNewsMutationVariables>;
export const EventsPublishKeyedEventDocument = new TypedDocumentString(`
    mutation EventsPublishKeyedEvent($input: EventInput!, $clientKey: String) {
  publishEvent(input: $input, clientKey: $clientKey) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<EventsPublishKeyedEventMutation, EventsPublishKeyedEventMutationVariables>;
export const EventsPublishKeyedNewsDocument = new TypedDocumentString(`
    mutation EventsPublishKeyedNews($input: NewsInput!, $clientKey: String) {
  publishNews(input: $input, clientKey: $clientKey) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<EventsPublishKeyedNewsMutation, EventsPublishKeyedNewsMutationVariables>;
export const FollowupsDemoWorkspaceDocument = new TypedDocumentString(`
    query FollowupsDemoWorkspace {
  contactInbox(first: 50) {
    edges {
      node {
        status
        deadline {
          state
        }
      }
    }
  }
  myFollowedCompanies {
    edges {
      node {
        company {
          name
        }
        latestMaturity {
          level
        }
        due {
          followUpContact {
            status
          }
        }
      }
    }
  }
  leads {
    edges {
      node {
        companyId
      }
    }
  }
  mySlots(first: 50) {
    edges {
      node {
        status
      }
    }
  }
  myAppointments(upcoming: false) {
    edges {
      node {
        attendance
        status
      }
    }
  }
  connecteurDashboard {
    followedCompanies
    requestsReceived
    pendingRequests
    lateRequests
    medianFirstAnswerHours
    takeUpRate
    appointmentsHeld
  }
}
    `) as unknown as TypedDocumentString<FollowupsDemoWorkspaceQuery, FollowupsDemoWorkspaceQueryVariables>;
export const FollowupsDemoPmeDiagnosticsDocument = new TypedDocumentString(`
    query FollowupsDemoPmeDiagnostics {
  myDiagnostics {
    edges {
      node {
        level
        peers {
          scope
          peerCount
        }
      }
    }
  }
  myFollows {
    status
  }
}
    `) as unknown as TypedDocumentString<FollowupsDemoPmeDiagnosticsQuery, FollowupsDemoPmeDiagnosticsQueryVariables>;
export const FollowupsDemoIndicatorsDocument = new TypedDocumentString(`
    query FollowupsDemoIndicators {
  programmeIndicators(regionCode: "FR") {
    diagnosticsDone
    appointmentsHeld
    contactRequests
  }
}
    `) as unknown as TypedDocumentString<FollowupsDemoIndicatorsQuery, FollowupsDemoIndicatorsQueryVariables>;
export const FollowupsSetConsentDocument = new TypedDocumentString(`
    mutation FollowupsSetConsent($c: Boolean!) {
  setContactConsent(consented: $c) {
    consented
    departementCode
  }
}
    `) as unknown as TypedDocumentString<FollowupsSetConsentMutation, FollowupsSetConsentMutationVariables>;
export const FollowupsLeadsDocument = new TypedDocumentString(`
    query FollowupsLeads($d: String) {
  leads(departementCode: $d, first: 100) {
    edges {
      node {
        companyId
        company {
          id
          departementCode
        }
        latestMaturity {
          level
          levelName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FollowupsLeadsQuery, FollowupsLeadsQueryVariables>;
export const FollowupsLeadsCursorsDocument = new TypedDocumentString(`
    query FollowupsLeadsCursors {
  leads(departementCode: "22") {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<FollowupsLeadsCursorsQuery, FollowupsLeadsCursorsQueryVariables>;
export const FollowupsProposeDocument = new TypedDocumentString(`
    mutation FollowupsPropose($id: ID!) {
  proposeFollow(companyId: $id, message: "Je peux vous aider.") {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<FollowupsProposeMutation, FollowupsProposeMutationVariables>;
export const FollowupsAcceptDocument = new TypedDocumentString(`
    mutation FollowupsAccept($id: ID!) {
  acceptFollow(connecteurId: $id) {
    status
    connecteur {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FollowupsAcceptMutation, FollowupsAcceptMutationVariables>;
export const FollowupsRevokeDocument = new TypedDocumentString(`
    mutation FollowupsRevoke($id: ID!) {
  revokeFollow(connecteurId: $id) {
    status
    connecteur {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FollowupsRevokeMutation, FollowupsRevokeMutationVariables>;
export const FollowupsFollowedDocument = new TypedDocumentString(`
    query FollowupsFollowed($id: ID!) {
  followedCompany(companyId: $id) {
    companyId
    company {
      name
    }
    latestMaturity {
      level
    }
    due {
      followUpContact {
        dueOn
        status
      }
      overdueActionItems
    }
    diagnostics {
      edges {
        node {
          id
        }
      }
    }
    actionPlan {
      id
      title
      status
      dueOn
    }
    meetingNotes {
      edges {
        node {
          text
          shared
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FollowupsFollowedQuery, FollowupsFollowedQueryVariables>;
export const FollowupsFollowedIdsDocument = new TypedDocumentString(`
    query FollowupsFollowedIds {
  myFollowedCompanies(first: 100) {
    edges {
      node {
        companyId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FollowupsFollowedIdsQuery, FollowupsFollowedIdsQueryVariables>;
export const FollowupsSendContactRequestDocument = new TypedDocumentString(`
    mutation FollowupsSendContactRequest($ids: [ID!]!) {
  sendContactRequest(
    input: {connecteurIds: $ids, need: "Besoin d’un site internet."}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<FollowupsSendContactRequestMutation, FollowupsSendContactRequestMutationVariables>;
export const FollowupsReadDiagnosticDocument = new TypedDocumentString(`
    query FollowupsReadDiagnostic($id: ID!) {
  diagnosticResult(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<FollowupsReadDiagnosticQuery, FollowupsReadDiagnosticQueryVariables>;
export const FollowupsMyFollowsDocument = new TypedDocumentString(`
    query FollowupsMyFollows {
  myFollows {
    status
    proposalMessage
    connecteur {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FollowupsMyFollowsQuery, FollowupsMyFollowsQueryVariables>;
export const FollowupsAddMeetingNoteRefusedDocument = new TypedDocumentString(`
    mutation FollowupsAddMeetingNoteRefused($id: ID!) {
  addMeetingNote(
    companyId: $id
    input: {meetingOn: "2026-11-20", text: "Rencontre", shared: false}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<FollowupsAddMeetingNoteRefusedMutation, FollowupsAddMeetingNoteRefusedMutationVariables>;
export const FollowupsAddActionItemRefusedDocument = new TypedDocumentString(`
    mutation FollowupsAddActionItemRefused($id: ID!) {
  addActionItem(companyId: $id, input: {theme: STRATEGY, title: "Faire le point"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<FollowupsAddActionItemRefusedMutation, FollowupsAddActionItemRefusedMutationVariables>;
export const FollowupsAddActionItemDocument = new TypedDocumentString(`
    mutation FollowupsAddActionItem($id: ID!) {
  addActionItem(
    companyId: $id
    input: {theme: ECOMMERCE_WEBSITE, title: "Ouvrir la boutique en ligne", dueOn: "2027-01-31"}
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<FollowupsAddActionItemMutation, FollowupsAddActionItemMutationVariables>;
export const FollowupsUpdateActionItemDocument = new TypedDocumentString(`
    mutation FollowupsUpdateActionItem($id: ID!, $item: ID!, $status: ActionItemStatus) {
  updateActionItem(companyId: $id, itemId: $item, input: {status: $status}) {
    status
    dueOn
  }
}
    `) as unknown as TypedDocumentString<FollowupsUpdateActionItemMutation, FollowupsUpdateActionItemMutationVariables>;
export const FollowupsAddMeetingNoteDocument = new TypedDocumentString(`
    mutation FollowupsAddMeetingNote($id: ID!, $text: String!, $shared: Boolean!) {
  addMeetingNote(
    companyId: $id
    input: {meetingOn: "2026-11-26", text: $text, shared: $shared}
  ) {
    shared
  }
}
    `) as unknown as TypedDocumentString<FollowupsAddMeetingNoteMutation, FollowupsAddMeetingNoteMutationVariables>;
export const FollowupsSeenByCompanyDocument = new TypedDocumentString(`
    query FollowupsSeenByCompany {
  myFollows {
    status
    actionPlan {
      title
      status
    }
    followUpContact {
      dueOn
    }
    sharedMeetingNotes {
      edges {
        node {
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FollowupsSeenByCompanyQuery, FollowupsSeenByCompanyQueryVariables>;
export const FollowupsFollowedAndDashboardDocument = new TypedDocumentString(`
    query FollowupsFollowedAndDashboard {
  myFollowedCompanies {
    edges {
      node {
        companyId
        due {
          followUpContact {
            status
          }
        }
        latestMaturity {
          level
        }
      }
    }
  }
  connecteurDashboard {
    followedCompanies
  }
}
    `) as unknown as TypedDocumentString<FollowupsFollowedAndDashboardQuery, FollowupsFollowedAndDashboardQueryVariables>;
export const FollowupsAddSixMonthNoteDocument = new TypedDocumentString(`
    mutation FollowupsAddSixMonthNote($id: ID!) {
  addMeetingNote(
    companyId: $id
    input: {meetingOn: "2027-05-26", text: "Point à six mois.", shared: true}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<FollowupsAddSixMonthNoteMutation, FollowupsAddSixMonthNoteMutationVariables>;
export const FollowupsFollowedPageDocument = new TypedDocumentString(`
    query FollowupsFollowedPage($after: String) {
  myFollowedCompanies(first: 2, after: $after) {
    edges {
      node {
        companyId
        latestMaturity {
          level
        }
        due {
          overdueActionItems
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<FollowupsFollowedPageQuery, FollowupsFollowedPageQueryVariables>;
export const FollowupsLeadsPageDocument = new TypedDocumentString(`
    query FollowupsLeadsPage($d: String, $after: String) {
  leads(departementCode: $d, first: 100, after: $after) {
    edges {
      cursor
      node {
        companyId
      }
    }
    pageInfo {
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<FollowupsLeadsPageQuery, FollowupsLeadsPageQueryVariables>;
export const FollowupsConsentToContactsDocument = new TypedDocumentString(`
    mutation FollowupsConsentToContacts {
  setContactConsent(consented: true) {
    consented
  }
}
    `) as unknown as TypedDocumentString<FollowupsConsentToContactsMutation, FollowupsConsentToContactsMutationVariables>;
export const FollowupsProposeBareDocument = new TypedDocumentString(`
    mutation FollowupsProposeBare($id: ID!) {
  proposeFollow(companyId: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<FollowupsProposeBareMutation, FollowupsProposeBareMutationVariables>;
export const FollowupsMyFollowsStatusDocument = new TypedDocumentString(`
    query FollowupsMyFollowsStatus {
  myFollows {
    status
    connecteur {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FollowupsMyFollowsStatusQuery, FollowupsMyFollowsStatusQueryVariables>;
export const FollowupsUpdateServedDocument = new TypedDocumentString(`
    mutation FollowupsUpdateServed($d: [String!]) {
  updateConnecteurProfile(input: {departementsServed: $d}) {
    departementsServed
  }
}
    `) as unknown as TypedDocumentString<FollowupsUpdateServedMutation, FollowupsUpdateServedMutationVariables>;
export const FollowupsServedProfileDocument = new TypedDocumentString(`
    query FollowupsServedProfile {
  myConnecteurProfile {
    departementsServed
    approvedDepartements
  }
}
    `) as unknown as TypedDocumentString<FollowupsServedProfileQuery, FollowupsServedProfileQueryVariables>;
export const FollowupsServedChangesDocument = new TypedDocumentString(`
    query FollowupsServedChanges($id: ID!) {
  servedDepartementsChanges(connecteurId: $id) {
    edges {
      node {
        connecteurId
        bySub
        byRole
        kind
        before
        after
        at
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FollowupsServedChangesQuery, FollowupsServedChangesQueryVariables>;
export const FollowupsRegisterConnecteurIdDocument = new TypedDocumentString(`
    mutation FollowupsRegisterConnecteurId($input: RegisterConnecteurInput!) {
  registerConnecteur(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FollowupsRegisterConnecteurIdMutation, FollowupsRegisterConnecteurIdMutationVariables>;
export const FollowupsApproveServedDocument = new TypedDocumentString(`
    mutation FollowupsApproveServed($id: ID!, $d: String!) {
  approveServedDepartement(connecteurId: $id, departementCode: $d) {
    approvedDepartements
  }
}
    `) as unknown as TypedDocumentString<FollowupsApproveServedMutation, FollowupsApproveServedMutationVariables>;
export const FollowupsAddKeyedActionItemDocument = new TypedDocumentString(`
    mutation FollowupsAddKeyedActionItem($id: ID!, $title: String!, $key: String) {
  addActionItem(
    companyId: $id
    input: {theme: STRATEGY, title: $title}
    clientKey: $key
  ) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<FollowupsAddKeyedActionItemMutation, FollowupsAddKeyedActionItemMutationVariables>;
export const FollowupsAddKeyedMeetingNoteDocument = new TypedDocumentString(`
    mutation FollowupsAddKeyedMeetingNote($id: ID!, $on: Date!, $text: String!, $key: String) {
  addMeetingNote(
    companyId: $id
    input: {meetingOn: $on, text: $text, shared: false}
    clientKey: $key
  ) {
    id
    meetingOn
    text
  }
}
    `) as unknown as TypedDocumentString<FollowupsAddKeyedMeetingNoteMutation, FollowupsAddKeyedMeetingNoteMutationVariables>;
export const FollowupsPlanAndNotesDocument = new TypedDocumentString(`
    query FollowupsPlanAndNotes($id: ID!) {
  followedCompany(companyId: $id) {
    actionPlan {
      id
      title
    }
    meetingNotes {
      edges {
        node {
          id
          meetingOn
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FollowupsPlanAndNotesQuery, FollowupsPlanAndNotesQueryVariables>;
export const GraphqlTokensViewerDocument = new TypedDocumentString(`
    query GraphqlTokensViewer {
  viewer {
    sub
    role
  }
}
    `) as unknown as TypedDocumentString<GraphqlTokensViewerQuery, GraphqlTokensViewerQueryVariables>;
export const NotificationsListDocument = new TypedDocumentString(`
    query NotificationsList($first: Int, $after: String, $unreadOnly: Boolean) {
  myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    edges {
      node {
        id
        title
        readAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<NotificationsListQuery, NotificationsListQueryVariables>;
export const NotificationsMarkReadDocument = new TypedDocumentString(`
    mutation NotificationsMarkRead($ids: [ID!], $all: Boolean) {
  markNotificationsRead(ids: $ids, all: $all)
}
    `) as unknown as TypedDocumentString<NotificationsMarkReadMutation, NotificationsMarkReadMutationVariables>;
export const NotificationsDeleteMyAccountDocument = new TypedDocumentString(`
    mutation NotificationsDeleteMyAccount {
  deleteMyAccount(confirmation: "SUPPRIMER MON COMPTE") {
    deletedAt
  }
}
    `) as unknown as TypedDocumentString<NotificationsDeleteMyAccountMutation, NotificationsDeleteMyAccountMutationVariables>;
export const NotificationsPublishSlotsDocument = new TypedDocumentString(`
    mutation NotificationsPublishSlots($slots: [AppointmentSlotInput!]!) {
  publishAppointmentSlots(slots: $slots) {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationsPublishSlotsMutation, NotificationsPublishSlotsMutationVariables>;
export const NotificationsBookAppointmentDocument = new TypedDocumentString(`
    mutation NotificationsBookAppointment($id: ID!) {
  bookAppointment(slotId: $id) {
    id
    startsAt
  }
}
    `) as unknown as TypedDocumentString<NotificationsBookAppointmentMutation, NotificationsBookAppointmentMutationVariables>;
export const NotificationsCancelAppointmentDocument = new TypedDocumentString(`
    mutation NotificationsCancelAppointment($id: ID!) {
  cancelAppointment(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<NotificationsCancelAppointmentMutation, NotificationsCancelAppointmentMutationVariables>;
export const NotificationsRequestLabelDocument = new TypedDocumentString(`
    mutation NotificationsRequestLabel {
  requestLabel {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationsRequestLabelMutation, NotificationsRequestLabelMutationVariables>;
export const NotificationsGrantLabelDocument = new TypedDocumentString(`
    mutation NotificationsGrantLabel($id: ID!, $until: Date!) {
  grantLabel(connecteurId: $id, validUntil: $until) {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationsGrantLabelMutation, NotificationsGrantLabelMutationVariables>;
export const NotificationsRejectLabelRequestDocument = new TypedDocumentString(`
    mutation NotificationsRejectLabelRequest($id: ID!) {
  rejectLabelRequest(connecteurId: $id, reason: "Charte non respectée") {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationsRejectLabelRequestMutation, NotificationsRejectLabelRequestMutationVariables>;
export const NotificationsRevokeLabelDocument = new TypedDocumentString(`
    mutation NotificationsRevokeLabel($id: ID!) {
  revokeLabel(connecteurId: $id, reason: "Charte non respectée") {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationsRevokeLabelMutation, NotificationsRevokeLabelMutationVariables>;
export const NotificationsSendContactRequestDocument = new TypedDocumentString(`
    mutation NotificationsSendContactRequest($input: SendContactRequestInput!) {
  sendContactRequest(input: $input) {
    id
    requests {
      id
      connecteur {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsSendContactRequestMutation, NotificationsSendContactRequestMutationVariables>;
export const NotificationsAnswerContactRequestDocument = new TypedDocumentString(`
    mutation NotificationsAnswerContactRequest($id: ID!, $status: ContactRequestStatus!) {
  answerContactRequest(id: $id, status: $status) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<NotificationsAnswerContactRequestMutation, NotificationsAnswerContactRequestMutationVariables>;
export const NotificationsReopenContactRequestDocument = new TypedDocumentString(`
    mutation NotificationsReopenContactRequest($id: ID!) {
  reopenContactRequest(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<NotificationsReopenContactRequestMutation, NotificationsReopenContactRequestMutationVariables>;
export const NotificationsDeliveryListDocument = new TypedDocumentString(`
    query NotificationsDeliveryList($unreadOnly: Boolean) {
  myNotifications(first: 20, unreadOnly: $unreadOnly) {
    edges {
      node {
        id
        category
        title
        body
        link
        createdAt
        readAt
      }
    }
  }
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<NotificationsDeliveryListQuery, NotificationsDeliveryListQueryVariables>;
export const NotificationsDeliveryViewerDocument = new TypedDocumentString(`
    query NotificationsDeliveryViewer {
  viewer {
    sub
  }
}
    `) as unknown as TypedDocumentString<NotificationsDeliveryViewerQuery, NotificationsDeliveryViewerQueryVariables>;
export const NotificationsDeliveryUpdatePreferencesDocument = new TypedDocumentString(`
    mutation NotificationsDeliveryUpdatePreferences($input: NotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) {
    categories {
      category
      email
      digest
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsDeliveryUpdatePreferencesMutation, NotificationsDeliveryUpdatePreferencesMutationVariables>;
export const NotificationsProposeFollowDocument = new TypedDocumentString(`
    mutation NotificationsProposeFollow($id: ID!) {
  proposeFollow(companyId: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<NotificationsProposeFollowMutation, NotificationsProposeFollowMutationVariables>;
export const NotificationsAcceptFollowDocument = new TypedDocumentString(`
    mutation NotificationsAcceptFollow($id: ID!) {
  acceptFollow(connecteurId: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<NotificationsAcceptFollowMutation, NotificationsAcceptFollowMutationVariables>;
export const NotificationsDeclineFollowDocument = new TypedDocumentString(`
    mutation NotificationsDeclineFollow($id: ID!) {
  declineFollow(connecteurId: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<NotificationsDeclineFollowMutation, NotificationsDeclineFollowMutationVariables>;
export const NotificationsRevokeFollowDocument = new TypedDocumentString(`
    mutation NotificationsRevokeFollow($id: ID!) {
  revokeFollow(connecteurId: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<NotificationsRevokeFollowMutation, NotificationsRevokeFollowMutationVariables>;
export const NotificationsSubmitDiagnosticDocument = new TypedDocumentString(`
    mutation NotificationsSubmitDiagnostic($input: SubmitDiagnosticInput!) {
  submitDiagnostic(input: $input) {
    id
    overallScore
    level
    claimed
    levelInfo {
      name
    }
    themeScores {
      theme
      score
    }
    peers {
      scope
      label
      peerCount
      averageScore
      shareBelow
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsSubmitDiagnosticMutation, NotificationsSubmitDiagnosticMutationVariables>;
export const NotificationsFollowupsSendContactRequestDocument = new TypedDocumentString(`
    mutation NotificationsFollowupsSendContactRequest($input: SendContactRequestInput!) {
  sendContactRequest(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationsFollowupsSendContactRequestMutation, NotificationsFollowupsSendContactRequestMutationVariables>;
export const NotificationsAddActionItemDocument = new TypedDocumentString(`
    mutation NotificationsAddActionItem($id: ID!) {
  addActionItem(companyId: $id, input: {theme: STRATEGY, title: "Faire le point"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationsAddActionItemMutation, NotificationsAddActionItemMutationVariables>;
export const NotificationsLocalViewerDocument = new TypedDocumentString(`
    query NotificationsLocalViewer {
  viewer {
    sub
  }
}
    `) as unknown as TypedDocumentString<NotificationsLocalViewerQuery, NotificationsLocalViewerQueryVariables>;
export const NotificationsSubmitTestimonialDocument = new TypedDocumentString(`
    mutation NotificationsSubmitTestimonial($input: TestimonialInput!) {
  submitTestimonial(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<NotificationsSubmitTestimonialMutation, NotificationsSubmitTestimonialMutationVariables>;
export const NotificationsAgreeToTestimonialDocument = new TypedDocumentString(`
    mutation NotificationsAgreeToTestimonial($id: ID!) {
  agreeToTestimonial(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<NotificationsAgreeToTestimonialMutation, NotificationsAgreeToTestimonialMutationVariables>;
export const NotificationsPreferencesDocument = new TypedDocumentString(`
    query NotificationsPreferences {
  notificationPreferences {
    email
    emailSuppressed
    emailSuppressedReason
    categories {
      category
      email
      always
      digest
      digestAvailable
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsPreferencesQuery, NotificationsPreferencesQueryVariables>;
export const NotificationsUpdatePreferencesDocument = new TypedDocumentString(`
    mutation NotificationsUpdatePreferences($input: NotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) {
    categories {
      category
      email
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsUpdatePreferencesMutation, NotificationsUpdatePreferencesMutationVariables>;
export const NotificationsViewerDocument = new TypedDocumentString(`
    query NotificationsViewer {
  viewer {
    sub
  }
}
    `) as unknown as TypedDocumentString<NotificationsViewerQuery, NotificationsViewerQueryVariables>;
export const NotificationsUnreadCountDocument = new TypedDocumentString(`
    query NotificationsUnreadCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<NotificationsUnreadCountQuery, NotificationsUnreadCountQueryVariables>;
export const NotificationsRegisterConnecteurDocument = new TypedDocumentString(`
    mutation NotificationsRegisterConnecteur($input: RegisterConnecteurInput!) {
  registerConnecteur(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationsRegisterConnecteurMutation, NotificationsRegisterConnecteurMutationVariables>;
export const NotificationsSubsidiesRequestLabelDocument = new TypedDocumentString(`
    mutation NotificationsSubsidiesRequestLabel {
  requestLabel {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationsSubsidiesRequestLabelMutation, NotificationsSubsidiesRequestLabelMutationVariables>;
export const NotificationsSubsidiesGrantLabelDocument = new TypedDocumentString(`
    mutation NotificationsSubsidiesGrantLabel($id: ID!) {
  grantLabel(connecteurId: $id, validUntil: "2038-12-31") {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationsSubsidiesGrantLabelMutation, NotificationsSubsidiesGrantLabelMutationVariables>;
export const PricesRangeDocument = new TypedDocumentString(`
    query PricesRange($t: Theme!, $r: String, $s: PriceSource) {
  priceReferential(theme: $t, regionCode: $r, source: $s) {
    theme
    regionCode
    source
    lowCents
    medianCents
    highCents
    observations
  }
}
    `) as unknown as TypedDocumentString<PricesRangeQuery, PricesRangeQueryVariables>;
export const PricesRemoveOfferDocument = new TypedDocumentString(`
    mutation PricesRemoveOffer($id: ID!) {
  removeProviderOffer(offerId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PricesRemoveOfferMutation, PricesRemoveOfferMutationVariables>;
export const PricesMoveProviderDocument = new TypedDocumentString(`
    mutation PricesMoveProvider {
  updateProvider(input: {communeCode: "97209"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<PricesMoveProviderMutation, PricesMoveProviderMutationVariables>;
export const PricesReferentialsDocument = new TypedDocumentString(`
    query PricesReferentials {
  priceReferentials(regionCode: "02") {
    theme
    overall {
      observations
    }
    offers {
      observations
    }
    quotes {
      medianCents
    }
    invoices {
      observations
    }
  }
}
    `) as unknown as TypedDocumentString<PricesReferentialsQuery, PricesReferentialsQueryVariables>;
export const PricesPositionDocument = new TypedDocumentString(`
    query PricesPosition($a: Cents!) {
  pricePosition(theme: POINT_OF_SALE, regionCode: "02", amountCents: $a) {
    placement
    range {
      regionCode
    }
  }
}
    `) as unknown as TypedDocumentString<PricesPositionQuery, PricesPositionQueryVariables>;
export const PricesExpensePositionsDocument = new TypedDocumentString(`
    query PricesExpensePositions($id: ID!) {
  subsidyApplication(id: $id) {
    expensePricePositions {
      placement
      range {
        regionCode
        medianCents
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PricesExpensePositionsQuery, PricesExpensePositionsQueryVariables>;
export const PrivacyExportMyDataDocument = new TypedDocumentString(`
    query PrivacyExportMyData {
  exportMyData {
    generatedAt
    company {
      id
      siren
      name
    }
    contactConsent {
      consented
    }
    subsidyApplications {
      id
      projectSummary
      investmentCents
      aidCents
      status
      expenses {
        description
        amountCents
      }
      messages {
        body
      }
      history {
        action
      }
    }
    diagnostics {
      id
    }
    contactNeeds {
      id
      need
      requests {
        id
        status
      }
    }
    follows {
      status
      proposalMessage
      connecteur {
        id
      }
      sharedMeetingNotes {
        edges {
          node {
            text
          }
        }
      }
    }
    appointments {
      id
      topic
      status
    }
    reviews {
      id
      comment
      authorName
      status
      rating
    }
    testimonials {
      id
      story
      status
    }
    providerEngagements {
      id
      description
      companyName
    }
    providerRecommendations {
      companyId
      note
      providers {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyExportMyDataQuery, PrivacyExportMyDataQueryVariables>;
export const PrivacyDeleteMyAccountDocument = new TypedDocumentString(`
    mutation PrivacyDeleteMyAccount($c: String!) {
  deleteMyAccount(confirmation: $c) {
    deletedAt
    subsidyApplicationsAnonymized
    diagnosticsDetached
    contactNeedsErased
    followsEnded
    appointmentsErased
    reviewsAnonymized
    testimonialsWithdrawn
    providerEngagementsErased
    providerRecommendationsErased
  }
}
    `) as unknown as TypedDocumentString<PrivacyDeleteMyAccountMutation, PrivacyDeleteMyAccountMutationVariables>;
export const PrivacyRegisterCompanyDocument = new TypedDocumentString(`
    mutation PrivacyRegisterCompany($input: RegisterCompanyInput!) {
  registerCompany(input: $input) {
    id
    siren
    name
  }
}
    `) as unknown as TypedDocumentString<PrivacyRegisterCompanyMutation, PrivacyRegisterCompanyMutationVariables>;
export const PrivacyJoinMyCompanyDocument = new TypedDocumentString(`
    mutation PrivacyJoinMyCompany {
  joinMyCompany {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyJoinMyCompanyMutation, PrivacyJoinMyCompanyMutationVariables>;
export const PrivacyMyCompanyDocument = new TypedDocumentString(`
    query PrivacyMyCompany {
  myCompany {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyMyCompanyQuery, PrivacyMyCompanyQueryVariables>;
export const PrivacyMyApplicationsDocument = new TypedDocumentString(`
    query PrivacyMyApplications {
  subsidyApplications {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyMyApplicationsQuery, PrivacyMyApplicationsQueryVariables>;
export const PrivacyCreateApplicationDocument = new TypedDocumentString(`
    mutation PrivacyCreateApplication($input: CreateSubsidyApplicationInput!) {
  createSubsidyApplication(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PrivacyCreateApplicationMutation, PrivacyCreateApplicationMutationVariables>;
export const PrivacyAcceptDocument = new TypedDocumentString(`
    mutation PrivacyAccept($id: ID!, $v: Int!) {
  decideSubsidyApplication(id: $id, decision: ACCEPT, expectedVersion: $v) {
    status
  }
}
    `) as unknown as TypedDocumentString<PrivacyAcceptMutation, PrivacyAcceptMutationVariables>;
export const PrivacySendMessageDocument = new TypedDocumentString(`
    mutation PrivacySendMessage($id: ID!, $b: String!) {
  sendSubsidyMessage(id: $id, body: $b) {
    at
  }
}
    `) as unknown as TypedDocumentString<PrivacySendMessageMutation, PrivacySendMessageMutationVariables>;
export const PrivacyAnnotateDocument = new TypedDocumentString(`
    mutation PrivacyAnnotate($id: ID!, $b: String!) {
  annotateSubsidyApplication(id: $id, body: $b) {
    at
  }
}
    `) as unknown as TypedDocumentString<PrivacyAnnotateMutation, PrivacyAnnotateMutationVariables>;
export const PrivacySubmitDiagnosticDocument = new TypedDocumentString(`
    mutation PrivacySubmitDiagnostic($input: SubmitDiagnosticInput!) {
  submitDiagnostic(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacySubmitDiagnosticMutation, PrivacySubmitDiagnosticMutationVariables>;
export const PrivacyDiagnosticResultDocument = new TypedDocumentString(`
    query PrivacyDiagnosticResult($id: ID!) {
  diagnosticResult(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyDiagnosticResultQuery, PrivacyDiagnosticResultQueryVariables>;
export const PrivacySendContactRequestDocument = new TypedDocumentString(`
    mutation PrivacySendContactRequest($ids: [ID!]!, $need: String!, $contact: ContactDetailsInput) {
  sendContactRequest(input: {connecteurIds: $ids, need: $need, contact: $contact}) {
    id
    requests {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacySendContactRequestMutation, PrivacySendContactRequestMutationVariables>;
export const PrivacyPostRequestMessageDocument = new TypedDocumentString(`
    mutation PrivacyPostRequestMessage($r: ID!, $t: String!) {
  postContactRequestMessage(requestId: $r, text: $t, clientKey: "cle-message-1") {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyPostRequestMessageMutation, PrivacyPostRequestMessageMutationVariables>;
export const PrivacyAddMeetingNoteDocument = new TypedDocumentString(`
    mutation PrivacyAddMeetingNote($c: ID!, $input: MeetingNoteInput!) {
  addMeetingNote(companyId: $c, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyAddMeetingNoteMutation, PrivacyAddMeetingNoteMutationVariables>;
export const PrivacyRecommendProvidersDocument = new TypedDocumentString(`
    mutation PrivacyRecommendProviders($c: ID!, $p: [ID!]!, $n: String) {
  recommendProviders(companyId: $c, providerIds: $p, note: $n) {
    companyId
  }
}
    `) as unknown as TypedDocumentString<PrivacyRecommendProvidersMutation, PrivacyRecommendProvidersMutationVariables>;
export const PrivacyPublishSlotsDocument = new TypedDocumentString(`
    mutation PrivacyPublishSlots($s: [AppointmentSlotInput!]!) {
  publishAppointmentSlots(slots: $s) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyPublishSlotsMutation, PrivacyPublishSlotsMutationVariables>;
export const PrivacyBookAppointmentDocument = new TypedDocumentString(`
    mutation PrivacyBookAppointment($s: ID!, $t: String) {
  bookAppointment(slotId: $s, topic: $t) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyBookAppointmentMutation, PrivacyBookAppointmentMutationVariables>;
export const PrivacyDeclareEngagementDocument = new TypedDocumentString(`
    mutation PrivacyDeclareEngagement($p: ID!, $d: String!) {
  declareProviderEngagement(providerId: $p, description: $d) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyDeclareEngagementMutation, PrivacyDeclareEngagementMutationVariables>;
export const PrivacyConfirmEngagementDocument = new TypedDocumentString(`
    mutation PrivacyConfirmEngagement($id: ID!) {
  confirmProviderEngagement(engagementId: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<PrivacyConfirmEngagementMutation, PrivacyConfirmEngagementMutationVariables>;
export const PrivacyReviewProviderDocument = new TypedDocumentString(`
    mutation PrivacyReviewProvider($p: ID!, $r: Int!, $c: String!) {
  reviewProvider(providerId: $p, rating: $r, comment: $c) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyReviewProviderMutation, PrivacyReviewProviderMutationVariables>;
export const PrivacyPublishReviewDocument = new TypedDocumentString(`
    mutation PrivacyPublishReview($id: ID!) {
  moderateReview(reviewId: $id, decision: PUBLISH) {
    status
  }
}
    `) as unknown as TypedDocumentString<PrivacyPublishReviewMutation, PrivacyPublishReviewMutationVariables>;
export const PrivacySubmitTestimonialDocument = new TypedDocumentString(`
    mutation PrivacySubmitTestimonial($input: TestimonialInput!) {
  submitTestimonial(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacySubmitTestimonialMutation, PrivacySubmitTestimonialMutationVariables>;
export const PrivacyPublishTestimonialDocument = new TypedDocumentString(`
    mutation PrivacyPublishTestimonial($id: ID!) {
  moderateTestimonial(id: $id, decision: PUBLISH) {
    status
  }
}
    `) as unknown as TypedDocumentString<PrivacyPublishTestimonialMutation, PrivacyPublishTestimonialMutationVariables>;
export const PrivacyExportConversationsDocument = new TypedDocumentString(`
    query PrivacyExportConversations {
  exportMyData {
    contactConversations {
      request {
        id
        status
        connecteur {
          id
        }
      }
      sharedContactDetails {
        name
        email
        phone
      }
      sharedSince
      messages {
        by
        text
        at
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyExportConversationsQuery, PrivacyExportConversationsQueryVariables>;
export const PrivacyPostConnecteurMessageDocument = new TypedDocumentString(`
    mutation PrivacyPostConnecteurMessage($r: ID!, $t: String!) {
  postContactRequestMessage(requestId: $r, text: $t) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyPostConnecteurMessageMutation, PrivacyPostConnecteurMessageMutationVariables>;
export const PrivacyTakeInChargeDocument = new TypedDocumentString(`
    mutation PrivacyTakeInCharge($r: ID!) {
  answerContactRequest(id: $r, status: TAKEN_IN_CHARGE) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyTakeInChargeMutation, PrivacyTakeInChargeMutationVariables>;
export const PrivacyAgentViewDocument = new TypedDocumentString(`
    query PrivacyAgentView($a: ID!, $p: ID!) {
  subsidyApplication(id: $a) {
    status
    investmentCents
    aidCents
    grantedAidCents
    program {
      id
    }
    expenses {
      amountCents
      theme
      providerSiren
    }
    history {
      action
      actorRole
      toStatus
    }
  }
  subsidyProgram(id: $p) {
    dashboard {
      envelopeCents
      committedCents
      paidCents
      remainingCents
      applicantCompanies
      fundedCompanies
      countsByStatus {
        status
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyAgentViewQuery, PrivacyAgentViewQueryVariables>;
export const PrivacyProviderRatingDocument = new TypedDocumentString(`
    query PrivacyProviderRating($id: ID!) {
  provider(id: $id) {
    rating {
      average
      count
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyProviderRatingQuery, PrivacyProviderRatingQueryVariables>;
export const PrivacyConnecteurSideDocument = new TypedDocumentString(`
    query PrivacyConnecteurSide($r: ID!, $c: ID!) {
  contactRequest(id: $r) {
    status
  }
  myFollowedCompanies {
    edges {
      node {
        companyId
      }
    }
  }
  appointmentSlots(connecteurId: $c) {
    edges {
      node {
        id
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyConnecteurSideQuery, PrivacyConnecteurSideQueryVariables>;
export const PrivacyTestimonialStatusDocument = new TypedDocumentString(`
    query PrivacyTestimonialStatus($id: ID!) {
  testimonial(id: $id) {
    status
    story
  }
}
    `) as unknown as TypedDocumentString<PrivacyTestimonialStatusQuery, PrivacyTestimonialStatusQueryVariables>;
export const ProvidersRegisterDocument = new TypedDocumentString(`
    mutation ProvidersRegister($input: RegisterProviderInput!) {
  registerProvider(input: $input) {
    ...ProvidersProviderFields
  }
}
    fragment ProvidersProviderFields on Provider {
  id
  siret
  siren
  name
  communeCode
  departementCode
  regionCode
  regionsServed
  startup
  website
  offers {
    id
    theme
    priceFromCents
    priceToCents
  }
  rating {
    average
    count
  }
}`) as unknown as TypedDocumentString<ProvidersRegisterMutation, ProvidersRegisterMutationVariables>;
export const ProvidersRegisterIdDocument = new TypedDocumentString(`
    mutation ProvidersRegisterId($input: RegisterProviderInput!) {
  registerProvider(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProvidersRegisterIdMutation, ProvidersRegisterIdMutationVariables>;
export const ProvidersAddOfferDocument = new TypedDocumentString(`
    mutation ProvidersAddOffer($input: AddProviderOfferInput!) {
  addProviderOffer(input: $input) {
    ...ProvidersProviderFields
  }
}
    fragment ProvidersProviderFields on Provider {
  id
  siret
  siren
  name
  communeCode
  departementCode
  regionCode
  regionsServed
  startup
  website
  offers {
    id
    theme
    priceFromCents
    priceToCents
  }
  rating {
    average
    count
  }
}`) as unknown as TypedDocumentString<ProvidersAddOfferMutation, ProvidersAddOfferMutationVariables>;
export const ProvidersAddOfferIdDocument = new TypedDocumentString(`
    mutation ProvidersAddOfferId($input: AddProviderOfferInput!) {
  addProviderOffer(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProvidersAddOfferIdMutation, ProvidersAddOfferIdMutationVariables>;
export const ProvidersRemoveOfferDocument = new TypedDocumentString(`
    mutation ProvidersRemoveOffer($id: ID!) {
  removeProviderOffer(offerId: $id) {
    offers {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ProvidersRemoveOfferMutation, ProvidersRemoveOfferMutationVariables>;
export const ProvidersReviewDocument = new TypedDocumentString(`
    mutation ProvidersReview($p: ID!, $r: Int!, $c: String!) {
  reviewProvider(providerId: $p, rating: $r, comment: $c) {
    ...ProvidersReviewFields
  }
}
    fragment ProvidersReviewFields on Review {
  id
  rating
  comment
  authorKind
  authorName
  status
  rejectionReason
  submittedAt
  publishedAt
  reply {
    text
  }
  provider {
    id
    rating {
      average
      count
    }
  }
}`) as unknown as TypedDocumentString<ProvidersReviewMutation, ProvidersReviewMutationVariables>;
export const ProvidersModerateReviewDocument = new TypedDocumentString(`
    mutation ProvidersModerateReview($id: ID!, $d: ModerationDecision!, $reason: String) {
  moderateReview(reviewId: $id, decision: $d, reason: $reason) {
    ...ProvidersReviewFields
  }
}
    fragment ProvidersReviewFields on Review {
  id
  rating
  comment
  authorKind
  authorName
  status
  rejectionReason
  submittedAt
  publishedAt
  reply {
    text
  }
  provider {
    id
    rating {
      average
      count
    }
  }
}`) as unknown as TypedDocumentString<ProvidersModerateReviewMutation, ProvidersModerateReviewMutationVariables>;
export const ProvidersFollowConsentDocument = new TypedDocumentString(`
    mutation ProvidersFollowConsent {
  setContactConsent(consented: true) {
    consented
  }
}
    `) as unknown as TypedDocumentString<ProvidersFollowConsentMutation, ProvidersFollowConsentMutationVariables>;
export const ProvidersFollowProposeDocument = new TypedDocumentString(`
    mutation ProvidersFollowPropose($c: ID!) {
  proposeFollow(companyId: $c) {
    status
  }
}
    `) as unknown as TypedDocumentString<ProvidersFollowProposeMutation, ProvidersFollowProposeMutationVariables>;
export const ProvidersFollowAcceptDocument = new TypedDocumentString(`
    mutation ProvidersFollowAccept($c: ID!) {
  acceptFollow(connecteurId: $c) {
    status
  }
}
    `) as unknown as TypedDocumentString<ProvidersFollowAcceptMutation, ProvidersFollowAcceptMutationVariables>;
export const ProvidersSearchDocument = new TypedDocumentString(`
    query ProvidersSearch($filter: ProviderFilter, $first: Int, $after: String) {
  providers(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        name
        rating {
          average
          count
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ProvidersSearchQuery, ProvidersSearchQueryVariables>;
export const ProvidersReadDocument = new TypedDocumentString(`
    query ProvidersRead($id: ID!) {
  provider(id: $id) {
    ...ProvidersProviderFields
    latestReviews {
      id
    }
  }
}
    fragment ProvidersProviderFields on Provider {
  id
  siret
  siren
  name
  communeCode
  departementCode
  regionCode
  regionsServed
  startup
  website
  offers {
    id
    theme
    priceFromCents
    priceToCents
  }
  rating {
    average
    count
  }
}`) as unknown as TypedDocumentString<ProvidersReadQuery, ProvidersReadQueryVariables>;
export const ProvidersMoveDocument = new TypedDocumentString(`
    mutation ProvidersMove {
  updateProvider(input: {communeCode: "13055", regionsServed: ["84"]}) {
    regionCode
    regionsServed
  }
}
    `) as unknown as TypedDocumentString<ProvidersMoveMutation, ProvidersMoveMutationVariables>;
export const ProvidersDeclareEngagementDocument = new TypedDocumentString(`
    mutation ProvidersDeclareEngagement($p: ID!) {
  declareProviderEngagement(providerId: $p, description: "Refonte de notre site") {
    id
    status
    companyName
  }
}
    `) as unknown as TypedDocumentString<ProvidersDeclareEngagementMutation, ProvidersDeclareEngagementMutationVariables>;
export const ProvidersConfirmEngagementStatusDocument = new TypedDocumentString(`
    mutation ProvidersConfirmEngagementStatus($id: ID!) {
  confirmProviderEngagement(engagementId: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<ProvidersConfirmEngagementStatusMutation, ProvidersConfirmEngagementStatusMutationVariables>;
export const ProvidersConfirmEngagementDocument = new TypedDocumentString(`
    mutation ProvidersConfirmEngagement($id: ID!) {
  confirmProviderEngagement(engagementId: $id) {
    status
    confirmedAt
  }
}
    `) as unknown as TypedDocumentString<ProvidersConfirmEngagementMutation, ProvidersConfirmEngagementMutationVariables>;
export const ProvidersMyEngagementsDocument = new TypedDocumentString(`
    query ProvidersMyEngagements {
  myProviderEngagements {
    edges {
      node {
        id
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvidersMyEngagementsQuery, ProvidersMyEngagementsQueryVariables>;
export const ProvidersMyReviewsDocument = new TypedDocumentString(`
    query ProvidersMyReviews {
  myReviews {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvidersMyReviewsQuery, ProvidersMyReviewsQueryVariables>;
export const ProvidersDeclareCapitalLinkDocument = new TypedDocumentString(`
    mutation ProvidersDeclareCapitalLink($s: String!) {
  declareCapitalLink(providerSiren: $s) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProvidersDeclareCapitalLinkMutation, ProvidersDeclareCapitalLinkMutationVariables>;
export const ProvidersRecommendDocument = new TypedDocumentString(`
    mutation ProvidersRecommend($c: ID!, $p: [ID!]!) {
  recommendProviders(companyId: $c, providerIds: $p) {
    providers {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ProvidersRecommendMutation, ProvidersRecommendMutationVariables>;
export const ProvidersRecommendWithNoteDocument = new TypedDocumentString(`
    mutation ProvidersRecommendWithNote($c: ID!, $p: [ID!]!) {
  recommendProviders(
    companyId: $c
    providerIds: $p
    note: "Pour votre boutique en ligne"
  ) {
    companyId
    note
    providers {
      id
    }
    connecteur {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ProvidersRecommendWithNoteMutation, ProvidersRecommendWithNoteMutationVariables>;
export const ProvidersRecommendationsDocument = new TypedDocumentString(`
    query ProvidersRecommendations($c: ID!) {
  providerRecommendations(companyId: $c) {
    providers {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ProvidersRecommendationsQuery, ProvidersRecommendationsQueryVariables>;
export const ProvidersRecommendationsWithNoteDocument = new TypedDocumentString(`
    query ProvidersRecommendationsWithNote($c: ID!) {
  providerRecommendations(companyId: $c) {
    providers {
      id
    }
    note
  }
}
    `) as unknown as TypedDocumentString<ProvidersRecommendationsWithNoteQuery, ProvidersRecommendationsWithNoteQueryVariables>;
export const ProvidersRecommendationsNoteDocument = new TypedDocumentString(`
    query ProvidersRecommendationsNote($c: ID!) {
  providerRecommendations(companyId: $c) {
    note
  }
}
    `) as unknown as TypedDocumentString<ProvidersRecommendationsNoteQuery, ProvidersRecommendationsNoteQueryVariables>;
export const ProvidersRatingDocument = new TypedDocumentString(`
    query ProvidersRating($id: ID!) {
  provider(id: $id) {
    rating {
      average
      count
    }
    latestReviews {
      id
      rating
    }
  }
}
    `) as unknown as TypedDocumentString<ProvidersRatingQuery, ProvidersRatingQueryVariables>;
export const ProvidersReplyDocument = new TypedDocumentString(`
    mutation ProvidersReply($id: ID!, $t: String!) {
  replyToReview(reviewId: $id, text: $t) {
    reply {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<ProvidersReplyMutation, ProvidersReplyMutationVariables>;
export const ProvidersEditReviewDocument = new TypedDocumentString(`
    mutation ProvidersEditReview($id: ID!, $r: Int!) {
  editReview(reviewId: $id, rating: $r, comment: "Finalement, quelques retards.") {
    status
    rating
  }
}
    `) as unknown as TypedDocumentString<ProvidersEditReviewMutation, ProvidersEditReviewMutationVariables>;
export const ProvidersModerationQueueDocument = new TypedDocumentString(`
    query ProvidersModerationQueue($after: String) {
  moderationQueue(first: 100, after: $after) {
    edges {
      node {
        id
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ProvidersModerationQueueQuery, ProvidersModerationQueueQueryVariables>;
export const ProvidersRatingDetailDocument = new TypedDocumentString(`
    query ProvidersRatingDetail($id: ID!) {
  provider(id: $id) {
    rating {
      average
      count
    }
    reviews(first: 100) {
      edges {
        node {
          rating
        }
      }
    }
    latestReviews {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ProvidersRatingDetailQuery, ProvidersRatingDetailQueryVariables>;
export const ProvidersRevokeFollowDocument = new TypedDocumentString(`
    mutation ProvidersRevokeFollow($c: ID!) {
  revokeFollow(connecteurId: $c) {
    status
  }
}
    `) as unknown as TypedDocumentString<ProvidersRevokeFollowMutation, ProvidersRevokeFollowMutationVariables>;
export const ProvidersRecommendCompanyIdDocument = new TypedDocumentString(`
    mutation ProvidersRecommendCompanyId($c: ID!, $p: [ID!]!) {
  recommendProviders(companyId: $c, providerIds: $p) {
    companyId
  }
}
    `) as unknown as TypedDocumentString<ProvidersRecommendCompanyIdMutation, ProvidersRecommendCompanyIdMutationVariables>;
export const ProvidersGateRegisterProviderDocument = new TypedDocumentString(`
    mutation ProvidersGateRegisterProvider {
  registerProvider(
    input: {siret: "x", name: "x", communeCode: "69123", regionsServed: [], startup: false}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProvidersGateRegisterProviderMutation, ProvidersGateRegisterProviderMutationVariables>;
export const ProvidersGateUpdateProviderDocument = new TypedDocumentString(`
    mutation ProvidersGateUpdateProvider {
  updateProvider(input: {startup: true}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProvidersGateUpdateProviderMutation, ProvidersGateUpdateProviderMutationVariables>;
export const ProvidersGateAddProviderOfferDocument = new TypedDocumentString(`
    mutation ProvidersGateAddProviderOffer {
  addProviderOffer(
    input: {theme: CONTENT, description: "x", priceFromCents: 1, priceToCents: 2}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProvidersGateAddProviderOfferMutation, ProvidersGateAddProviderOfferMutationVariables>;
export const ProvidersGateRemoveProviderOfferDocument = new TypedDocumentString(`
    mutation ProvidersGateRemoveProviderOffer {
  removeProviderOffer(offerId: "x") {
    id
  }
}
    `) as unknown as TypedDocumentString<ProvidersGateRemoveProviderOfferMutation, ProvidersGateRemoveProviderOfferMutationVariables>;
export const ProvidersGateReviewProviderDocument = new TypedDocumentString(`
    mutation ProvidersGateReviewProvider {
  reviewProvider(providerId: "x", rating: 5, comment: "x") {
    id
  }
}
    `) as unknown as TypedDocumentString<ProvidersGateReviewProviderMutation, ProvidersGateReviewProviderMutationVariables>;
export const ProvidersGateEditReviewDocument = new TypedDocumentString(`
    mutation ProvidersGateEditReview {
  editReview(reviewId: "x", rating: 5, comment: "x") {
    id
  }
}
    `) as unknown as TypedDocumentString<ProvidersGateEditReviewMutation, ProvidersGateEditReviewMutationVariables>;
export const ProvidersGateModerateReviewDocument = new TypedDocumentString(`
    mutation ProvidersGateModerateReview {
  moderateReview(reviewId: "x", decision: PUBLISH) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProvidersGateModerateReviewMutation, ProvidersGateModerateReviewMutationVariables>;
export const ProvidersGateReplyToReviewDocument = new TypedDocumentString(`
    mutation ProvidersGateReplyToReview {
  replyToReview(reviewId: "x", text: "x") {
    id
  }
}
    `) as unknown as TypedDocumentString<ProvidersGateReplyToReviewMutation, ProvidersGateReplyToReviewMutationVariables>;
export const ProvidersGateDeclareProviderEngagementDocument = new TypedDocumentString(`
    mutation ProvidersGateDeclareProviderEngagement {
  declareProviderEngagement(providerId: "x", description: "x") {
    id
  }
}
    `) as unknown as TypedDocumentString<ProvidersGateDeclareProviderEngagementMutation, ProvidersGateDeclareProviderEngagementMutationVariables>;
export const ProvidersGateConfirmProviderEngagementDocument = new TypedDocumentString(`
    mutation ProvidersGateConfirmProviderEngagement {
  confirmProviderEngagement(engagementId: "x") {
    id
  }
}
    `) as unknown as TypedDocumentString<ProvidersGateConfirmProviderEngagementMutation, ProvidersGateConfirmProviderEngagementMutationVariables>;
export const ProvidersGateRecommendProvidersDocument = new TypedDocumentString(`
    mutation ProvidersGateRecommendProviders {
  recommendProviders(companyId: "x", providerIds: ["y"]) {
    companyId
  }
}
    `) as unknown as TypedDocumentString<ProvidersGateRecommendProvidersMutation, ProvidersGateRecommendProvidersMutationVariables>;
export const ProvidersGateModerationQueueDocument = new TypedDocumentString(`
    query ProvidersGateModerationQueue {
  moderationQueue {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<ProvidersGateModerationQueueQuery, ProvidersGateModerationQueueQueryVariables>;
export const ProvidersGateMyProviderDocument = new TypedDocumentString(`
    query ProvidersGateMyProvider {
  myProvider {
    id
  }
}
    `) as unknown as TypedDocumentString<ProvidersGateMyProviderQuery, ProvidersGateMyProviderQueryVariables>;
export const ProvidersGateMyReviewsDocument = new TypedDocumentString(`
    query ProvidersGateMyReviews {
  myReviews {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<ProvidersGateMyReviewsQuery, ProvidersGateMyReviewsQueryVariables>;
export const ProvidersGateMyProviderEngagementsDocument = new TypedDocumentString(`
    query ProvidersGateMyProviderEngagements {
  myProviderEngagements {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<ProvidersGateMyProviderEngagementsQuery, ProvidersGateMyProviderEngagementsQueryVariables>;
export const ProvidersGateProviderRecommendationsDocument = new TypedDocumentString(`
    query ProvidersGateProviderRecommendations {
  providerRecommendations(companyId: "x") {
    companyId
  }
}
    `) as unknown as TypedDocumentString<ProvidersGateProviderRecommendationsQuery, ProvidersGateProviderRecommendationsQueryVariables>;
export const ReliabilityFaultsRegisterDocument = new TypedDocumentString(`
    mutation ReliabilityFaultsRegister($input: RegisterCompanyInput!) {
  registerCompany(input: $input) {
    id
    siren
  }
}
    `) as unknown as TypedDocumentString<ReliabilityFaultsRegisterMutation, ReliabilityFaultsRegisterMutationVariables>;
export const ReliabilityFaultsMyCompanyDocument = new TypedDocumentString(`
    query ReliabilityFaultsMyCompany {
  myCompany {
    id
  }
}
    `) as unknown as TypedDocumentString<ReliabilityFaultsMyCompanyQuery, ReliabilityFaultsMyCompanyQueryVariables>;
export const ReliabilityFaultsUpdateDocument = new TypedDocumentString(`
    mutation ReliabilityFaultsUpdate($v: Int!) {
  updateCompany(input: {employees: 9}, expectedVersion: $v) {
    version
  }
}
    `) as unknown as TypedDocumentString<ReliabilityFaultsUpdateMutation, ReliabilityFaultsUpdateMutationVariables>;
export const ReliabilityLostUpdateDocument = new TypedDocumentString(`
    mutation ReliabilityLostUpdate($input: UpdateCompanyInput!, $v: Int!) {
  updateCompany(input: $input, expectedVersion: $v) {
    employees
    version
  }
}
    `) as unknown as TypedDocumentString<ReliabilityLostUpdateMutation, ReliabilityLostUpdateMutationVariables>;
export const ReliabilityLostDeclareDocument = new TypedDocumentString(`
    mutation ReliabilityLostDeclare($p: ID!) {
  declareProviderEngagement(
    providerId: $p
    description: "Refonte du site vitrine."
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReliabilityLostDeclareMutation, ReliabilityLostDeclareMutationVariables>;
export const ReliabilityLostConfirmDocument = new TypedDocumentString(`
    mutation ReliabilityLostConfirm($id: ID!) {
  confirmProviderEngagement(engagementId: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<ReliabilityLostConfirmMutation, ReliabilityLostConfirmMutationVariables>;
export const SecurityWorldOpenProgramDocument = new TypedDocumentString(`
    mutation SecurityWorldOpenProgram($input: OpenSubsidyProgramInput!) {
  openSubsidyProgram(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldOpenProgramMutation, SecurityWorldOpenProgramMutationVariables>;
export const SecurityWorldRequestLabelDocument = new TypedDocumentString(`
    mutation SecurityWorldRequestLabel {
  requestLabel {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldRequestLabelMutation, SecurityWorldRequestLabelMutationVariables>;
export const SecurityWorldGrantLabelDocument = new TypedDocumentString(`
    mutation SecurityWorldGrantLabel($id: ID!) {
  grantLabel(connecteurId: $id, validUntil: "2027-06-30") {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldGrantLabelMutation, SecurityWorldGrantLabelMutationVariables>;
export const SecurityWorldCreateApplicationDocument = new TypedDocumentString(`
    mutation SecurityWorldCreateApplication($input: CreateSubsidyApplicationInput!) {
  createSubsidyApplication(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldCreateApplicationMutation, SecurityWorldCreateApplicationMutationVariables>;
export const SecurityWorldSubmitApplicationDocument = new TypedDocumentString(`
    mutation SecurityWorldSubmitApplication($id: ID!, $key: String!, $declaration: SubsidyDeclarationInput!) {
  submitSubsidyApplication(
    id: $id
    idempotencyKey: $key
    declaration: $declaration
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldSubmitApplicationMutation, SecurityWorldSubmitApplicationMutationVariables>;
export const SecurityWorldStartReviewDocument = new TypedDocumentString(`
    mutation SecurityWorldStartReview($id: ID!, $v: Int!) {
  startSubsidyReview(id: $id, expectedVersion: $v) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldStartReviewMutation, SecurityWorldStartReviewMutationVariables>;
export const SecurityWorldAcceptDocument = new TypedDocumentString(`
    mutation SecurityWorldAccept($id: ID!, $v: Int!) {
  decideSubsidyApplication(id: $id, expectedVersion: $v, decision: ACCEPT) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldAcceptMutation, SecurityWorldAcceptMutationVariables>;
export const SecurityWorldRecordPaymentDocument = new TypedDocumentString(`
    mutation SecurityWorldRecordPayment($id: ID!, $v: Int!) {
  recordSubsidyPayment(id: $id, expectedVersion: $v, invoiceCents: 1000000) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldRecordPaymentMutation, SecurityWorldRecordPaymentMutationVariables>;
export const SecurityWorldProposeFollowDocument = new TypedDocumentString(`
    mutation SecurityWorldProposeFollow($c: ID!) {
  proposeFollow(companyId: $c) {
    status
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldProposeFollowMutation, SecurityWorldProposeFollowMutationVariables>;
export const SecurityWorldAcceptFollowDocument = new TypedDocumentString(`
    mutation SecurityWorldAcceptFollow($c: ID!) {
  acceptFollow(connecteurId: $c) {
    status
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldAcceptFollowMutation, SecurityWorldAcceptFollowMutationVariables>;
export const SecurityWorldSendContactRequestDocument = new TypedDocumentString(`
    mutation SecurityWorldSendContactRequest($ids: [ID!]!, $need: String!) {
  sendContactRequest(input: {connecteurIds: $ids, need: $need}) {
    id
    requests {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldSendContactRequestMutation, SecurityWorldSendContactRequestMutationVariables>;
export const SecurityWorldAnswerContactRequestDocument = new TypedDocumentString(`
    mutation SecurityWorldAnswerContactRequest($id: ID!, $s: ContactRequestStatus!) {
  answerContactRequest(id: $id, status: $s) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldAnswerContactRequestMutation, SecurityWorldAnswerContactRequestMutationVariables>;
export const SecurityWorldPublishSlotsDocument = new TypedDocumentString(`
    mutation SecurityWorldPublishSlots($s: [AppointmentSlotInput!]!) {
  publishAppointmentSlots(slots: $s) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldPublishSlotsMutation, SecurityWorldPublishSlotsMutationVariables>;
export const SecurityWorldBookAppointmentDocument = new TypedDocumentString(`
    mutation SecurityWorldBookAppointment($s: ID!) {
  bookAppointment(slotId: $s, topic: "Premier rendez-vous") {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldBookAppointmentMutation, SecurityWorldBookAppointmentMutationVariables>;
export const SecurityWorldSubmitDiagnosticDocument = new TypedDocumentString(`
    mutation SecurityWorldSubmitDiagnostic($input: SubmitDiagnosticInput!) {
  submitDiagnostic(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldSubmitDiagnosticMutation, SecurityWorldSubmitDiagnosticMutationVariables>;
export const SecurityWorldPublishEventDocument = new TypedDocumentString(`
    mutation SecurityWorldPublishEvent($input: EventInput!) {
  publishEvent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldPublishEventMutation, SecurityWorldPublishEventMutationVariables>;
export const SecurityWorldPublishNewsDocument = new TypedDocumentString(`
    mutation SecurityWorldPublishNews($input: NewsInput!) {
  publishNews(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldPublishNewsMutation, SecurityWorldPublishNewsMutationVariables>;
export const SecurityWorldDeclareEngagementDocument = new TypedDocumentString(`
    mutation SecurityWorldDeclareEngagement($p: ID!) {
  declareProviderEngagement(
    providerId: $p
    description: "Refonte du site vitrine."
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldDeclareEngagementMutation, SecurityWorldDeclareEngagementMutationVariables>;
export const SecurityWorldConfirmEngagementDocument = new TypedDocumentString(`
    mutation SecurityWorldConfirmEngagement($id: ID!) {
  confirmProviderEngagement(engagementId: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldConfirmEngagementMutation, SecurityWorldConfirmEngagementMutationVariables>;
export const SecurityWorldReviewProviderDocument = new TypedDocumentString(`
    mutation SecurityWorldReviewProvider($p: ID!) {
  reviewProvider(
    providerId: $p
    rating: 4
    comment: "Travail soigné, délais tenus."
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldReviewProviderMutation, SecurityWorldReviewProviderMutationVariables>;
export const SecurityWorldSubmitTestimonialDocument = new TypedDocumentString(`
    mutation SecurityWorldSubmitTestimonial($input: TestimonialInput!) {
  submitTestimonial(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldSubmitTestimonialMutation, SecurityWorldSubmitTestimonialMutationVariables>;
export const SecurityWorldAddOfferDocument = new TypedDocumentString(`
    mutation SecurityWorldAddOffer {
  addProviderOffer(
    input: {theme: ECOMMERCE_WEBSITE, description: "Site vitrine", priceFromCents: 150000, priceToCents: 400000}
  ) {
    offers {
      id
      description
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldAddOfferMutation, SecurityWorldAddOfferMutationVariables>;
export const SecurityWorldDeclareCapitalLinkDocument = new TypedDocumentString(`
    mutation SecurityWorldDeclareCapitalLink($s: String!) {
  declareCapitalLink(providerSiren: $s) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldDeclareCapitalLinkMutation, SecurityWorldDeclareCapitalLinkMutationVariables>;
export const SecurityWorldAddActionItemDocument = new TypedDocumentString(`
    mutation SecurityWorldAddActionItem($c: ID!) {
  addActionItem(
    companyId: $c
    input: {theme: ONLINE_VISIBILITY, title: "Créer la fiche d’établissement"}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldAddActionItemMutation, SecurityWorldAddActionItemMutationVariables>;
export const SecurityWorldSendMessageDocument = new TypedDocumentString(`
    mutation SecurityWorldSendMessage($id: ID!) {
  sendSubsidyMessage(id: $id, body: "Voici le devis signé.") {
    at
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldSendMessageMutation, SecurityWorldSendMessageMutationVariables>;
export const SecurityWorldAnnotateDocument = new TypedDocumentString(`
    mutation SecurityWorldAnnotate($id: ID!) {
  annotateSubsidyApplication(id: $id, body: "Devis cohérent avec le référentiel.") {
    at
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldAnnotateMutation, SecurityWorldAnnotateMutationVariables>;
export const SecurityWorldRecommendProvidersDocument = new TypedDocumentString(`
    mutation SecurityWorldRecommendProviders($c: ID!, $p: [ID!]!) {
  recommendProviders(companyId: $c, providerIds: $p) {
    companyId
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldRecommendProvidersMutation, SecurityWorldRecommendProvidersMutationVariables>;
export const SecurityWorldModerateReviewDocument = new TypedDocumentString(`
    mutation SecurityWorldModerateReview($id: ID!) {
  moderateReview(reviewId: $id, decision: PUBLISH) {
    status
  }
}
    `) as unknown as TypedDocumentString<SecurityWorldModerateReviewMutation, SecurityWorldModerateReviewMutationVariables>;
export const SecurityCostDirectoryCursorsDocument = new TypedDocumentString(`
    query SecurityCostDirectoryCursors {
  providers(first: 100) {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityCostDirectoryCursorsQuery, SecurityCostDirectoryCursorsQueryVariables>;
export const SecurityCostEmptySearchDocument = new TypedDocumentString(`
    query SecurityCostEmptySearch($after: String) {
  providers(first: 1, after: $after, filter: {text: "aucun prestataire"}) {
    edges {
      node {
        id
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityCostEmptySearchQuery, SecurityCostEmptySearchQueryVariables>;
export const SecurityUpdatedSinceListDocument = new TypedDocumentString(`
    query SecurityUpdatedSinceList($f: SubsidyApplicationFilter) {
  subsidyApplications(filter: $f, first: 10) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityUpdatedSinceListQuery, SecurityUpdatedSinceListQueryVariables>;
export const SubsidiesApplicationsUpdateCompanyDocument = new TypedDocumentString(`
    mutation SubsidiesApplicationsUpdateCompany($v: Int!) {
  updateCompany(input: {nafCode: "47.71Z", employees: 12}, expectedVersion: $v) {
    version
  }
}
    `) as unknown as TypedDocumentString<SubsidiesApplicationsUpdateCompanyMutation, SubsidiesApplicationsUpdateCompanyMutationVariables>;
export const SubsidiesApplicationsAnswerFollowUpDocument = new TypedDocumentString(`
    mutation SubsidiesApplicationsAnswerFollowUp($id: ID!, $s: Int!) {
  answerSubsidyFollowUp(
    id: $id
    input: {revenueChangePercent: 12, employeesChange: 2, benefit: true, satisfaction: $s, comment: "Ventes en ligne en hausse"}
  ) {
    followUp {
      revenueChangePercent
      benefit
    }
    followUpOpensAt
  }
}
    `) as unknown as TypedDocumentString<SubsidiesApplicationsAnswerFollowUpMutation, SubsidiesApplicationsAnswerFollowUpMutationVariables>;
export const SubsidiesApplicationsSendMessageDocument = new TypedDocumentString(`
    mutation SubsidiesApplicationsSendMessage($id: ID!, $b: String!) {
  sendSubsidyMessage(id: $id, body: $b) {
    authorRole
    body
  }
}
    `) as unknown as TypedDocumentString<SubsidiesApplicationsSendMessageMutation, SubsidiesApplicationsSendMessageMutationVariables>;
export const SubsidiesApplicationsAnnotateDocument = new TypedDocumentString(`
    mutation SubsidiesApplicationsAnnotate($id: ID!, $b: String!) {
  annotateSubsidyApplication(id: $id, body: $b) {
    authorSub
    body
  }
}
    `) as unknown as TypedDocumentString<SubsidiesApplicationsAnnotateMutation, SubsidiesApplicationsAnnotateMutationVariables>;
export const SubsidiesApplicationsAgentNotesDocument = new TypedDocumentString(`
    query SubsidiesApplicationsAgentNotes($id: ID!) {
  subsidyApplication(id: $id) {
    messages {
      authorRole
      body
    }
    annotations {
      body
      authorSub
    }
    history {
      actorSub
    }
  }
}
    `) as unknown as TypedDocumentString<SubsidiesApplicationsAgentNotesQuery, SubsidiesApplicationsAgentNotesQueryVariables>;
export const SubsidiesApplicationsPmeNotesDocument = new TypedDocumentString(`
    query SubsidiesApplicationsPmeNotes($id: ID!) {
  subsidyApplication(id: $id) {
    messages {
      body
    }
    history {
      actorRole
      actorSub
    }
  }
}
    `) as unknown as TypedDocumentString<SubsidiesApplicationsPmeNotesQuery, SubsidiesApplicationsPmeNotesQueryVariables>;
export const SubsidiesApplicationsPmeAnnotationsDocument = new TypedDocumentString(`
    query SubsidiesApplicationsPmeAnnotations($id: ID!) {
  subsidyApplication(id: $id) {
    id
    annotations {
      body
    }
  }
}
    `) as unknown as TypedDocumentString<SubsidiesApplicationsPmeAnnotationsQuery, SubsidiesApplicationsPmeAnnotationsQueryVariables>;
export const SubsidiesApplicationsAnnotationsDocument = new TypedDocumentString(`
    query SubsidiesApplicationsAnnotations($id: ID!) {
  subsidyApplication(id: $id) {
    annotations {
      body
    }
  }
}
    `) as unknown as TypedDocumentString<SubsidiesApplicationsAnnotationsQuery, SubsidiesApplicationsAnnotationsQueryVariables>;
export const SubsidiesApplicationsPageDocument = new TypedDocumentString(`
    query SubsidiesApplicationsPage($f: SubsidyApplicationFilter, $first: Int, $after: String) {
  subsidyApplications(filter: $f, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        status
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SubsidiesApplicationsPageQuery, SubsidiesApplicationsPageQueryVariables>;
export const SubsidiesApplicationsProgramFilesDocument = new TypedDocumentString(`
    query SubsidiesApplicationsProgramFiles($p: ID!, $first: Int) {
  subsidyApplications(filter: {programId: $p}, first: $first) {
    edges {
      node {
        id
        aidCents
        eligible
        company {
          siren
        }
        program {
          name
        }
        history {
          action
        }
        messages {
          body
        }
        annotations {
          body
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubsidiesApplicationsProgramFilesQuery, SubsidiesApplicationsProgramFilesQueryVariables>;
export const SubsidiesDecisionDeclareLinkDocument = new TypedDocumentString(`
    mutation SubsidiesDecisionDeclareLink($s: String!) {
  declareCapitalLink(providerSiren: $s) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubsidiesDecisionDeclareLinkMutation, SubsidiesDecisionDeclareLinkMutationVariables>;
export const SubsidiesDecisionRevokeLabelDocument = new TypedDocumentString(`
    mutation SubsidiesDecisionRevokeLabel($id: ID!, $r: String!) {
  revokeLabel(connecteurId: $id, reason: $r) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubsidiesDecisionRevokeLabelMutation, SubsidiesDecisionRevokeLabelMutationVariables>;
export const SubsidiesAttestationDeclareLinkDocument = new TypedDocumentString(`
    mutation SubsidiesAttestationDeclareLink($s: String!) {
  declareCapitalLink(providerSiren: $s) {
    id
    capitalLinks
  }
}
    `) as unknown as TypedDocumentString<SubsidiesAttestationDeclareLinkMutation, SubsidiesAttestationDeclareLinkMutationVariables>;
export const SubsidiesAttestationRemoveLinkDocument = new TypedDocumentString(`
    mutation SubsidiesAttestationRemoveLink($s: String!) {
  removeCapitalLink(providerSiren: $s) {
    capitalLinks
  }
}
    `) as unknown as TypedDocumentString<SubsidiesAttestationRemoveLinkMutation, SubsidiesAttestationRemoveLinkMutationVariables>;
export const SubsidiesAttestationCapitalLinksDocument = new TypedDocumentString(`
    query SubsidiesAttestationCapitalLinks($id: ID!) {
  connecteur(id: $id) {
    capitalLinks
  }
}
    `) as unknown as TypedDocumentString<SubsidiesAttestationCapitalLinksQuery, SubsidiesAttestationCapitalLinksQueryVariables>;
export const SubsidiesAttestationPublicConnecteurDocument = new TypedDocumentString(`
    query SubsidiesAttestationPublicConnecteur($id: ID!) {
  connecteur(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubsidiesAttestationPublicConnecteurQuery, SubsidiesAttestationPublicConnecteurQueryVariables>;
export const SubsidiesAttestationChosenReadDocument = new TypedDocumentString(`
    query SubsidiesAttestationChosenRead($id: ID!) {
  subsidyApplication(id: $id) {
    id
    projectSummary
    expenses {
      providerSiren
    }
  }
}
    `) as unknown as TypedDocumentString<SubsidiesAttestationChosenReadQuery, SubsidiesAttestationChosenReadQueryVariables>;
export const SubsidiesAttestationRegisterConnecteurDocument = new TypedDocumentString(`
    mutation SubsidiesAttestationRegisterConnecteur($input: RegisterConnecteurInput!) {
  registerConnecteur(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubsidiesAttestationRegisterConnecteurMutation, SubsidiesAttestationRegisterConnecteurMutationVariables>;
export const SubsidiesAttestationCreateApplicationDocument = new TypedDocumentString(`
    mutation SubsidiesAttestationCreateApplication($input: CreateSubsidyApplicationInput!) {
  createSubsidyApplication(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubsidiesAttestationCreateApplicationMutation, SubsidiesAttestationCreateApplicationMutationVariables>;
export const SubsidiesAttestationToAttestDocument = new TypedDocumentString(`
    query SubsidiesAttestationToAttest($first: Int, $after: String) {
  applicationsToAttest(first: $first, after: $after) {
    edges {
      node {
        id
        trustedThirdParty {
          id
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SubsidiesAttestationToAttestQuery, SubsidiesAttestationToAttestQueryVariables>;
export const SubsidiesDemoMineDocument = new TypedDocumentString(`
    query SubsidiesDemoMine {
  myCompany {
    regionCode
  }
  subsidyApplications {
    edges {
      node {
        status
        followUpOpensAt
        program {
          regionCode
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubsidiesDemoMineQuery, SubsidiesDemoMineQueryVariables>;
export const SubsidiesDemoProgramsDocument = new TypedDocumentString(`
    query SubsidiesDemoPrograms {
  subsidyPrograms {
    id
    regionCode
  }
}
    `) as unknown as TypedDocumentString<SubsidiesDemoProgramsQuery, SubsidiesDemoProgramsQueryVariables>;
export const SubsidiesDemoProgramFilesDocument = new TypedDocumentString(`
    query SubsidiesDemoProgramFiles($id: ID!) {
  subsidyProgram(id: $id) {
    dashboard {
      envelopeCents
      committedCents
      paidCents
      remainingCents
      applicantCompanies
      fundedCompanies
      countsByStatus {
        status
        count
      }
    }
  }
  subsidyApplications(filter: {programId: $id}, first: 100) {
    edges {
      node {
        status
        grantedAidCents
        paidCents
        company {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubsidiesDemoProgramFilesQuery, SubsidiesDemoProgramFilesQueryVariables>;
export const SubsidiesExportCsvDocument = new TypedDocumentString(`
    query SubsidiesExportCsv($id: ID!) {
  subsidyProgramExport(programId: $id)
}
    `) as unknown as TypedDocumentString<SubsidiesExportCsvQuery, SubsidiesExportCsvQueryVariables>;
export const SubsidiesIsolationSendMessageDocument = new TypedDocumentString(`
    mutation SubsidiesIsolationSendMessage($id: ID!) {
  sendSubsidyMessage(id: $id, body: "Bonjour") {
    at
  }
}
    `) as unknown as TypedDocumentString<SubsidiesIsolationSendMessageMutation, SubsidiesIsolationSendMessageMutationVariables>;
export const SubsidiesIsolationListFilesDocument = new TypedDocumentString(`
    query SubsidiesIsolationListFiles($filter: SubsidyApplicationFilter) {
  subsidyApplications(filter: $filter, first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubsidiesIsolationListFilesQuery, SubsidiesIsolationListFilesQueryVariables>;
export const SubsidiesIsolationCreateApplicationDocument = new TypedDocumentString(`
    mutation SubsidiesIsolationCreateApplication($input: CreateSubsidyApplicationInput!) {
  createSubsidyApplication(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubsidiesIsolationCreateApplicationMutation, SubsidiesIsolationCreateApplicationMutationVariables>;
export const SubsidiesIsolationOpenProgramDocument = new TypedDocumentString(`
    mutation SubsidiesIsolationOpenProgram($input: OpenSubsidyProgramInput!) {
  openSubsidyProgram(input: $input) {
    regionCode
  }
}
    `) as unknown as TypedDocumentString<SubsidiesIsolationOpenProgramMutation, SubsidiesIsolationOpenProgramMutationVariables>;
export const SubsidiesLocalMoveProviderDocument = new TypedDocumentString(`
    mutation SubsidiesLocalMoveProvider($input: UpdateProviderInput!) {
  updateProvider(input: $input) {
    regionCode
  }
}
    `) as unknown as TypedDocumentString<SubsidiesLocalMoveProviderMutation, SubsidiesLocalMoveProviderMutationVariables>;
export const SubsidiesLocalListEligibleDocument = new TypedDocumentString(`
    query SubsidiesLocalListEligible {
  subsidyApplications(first: 10) {
    edges {
      node {
        id
        eligible
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubsidiesLocalListEligibleQuery, SubsidiesLocalListEligibleQueryVariables>;
export const SubsidiesParisDaysDocument = new TypedDocumentString(`
    query SubsidiesParisDays($id: ID!) {
  subsidyProgram(id: $id) {
    opensOn
    closesOn
    isOpen
  }
}
    `) as unknown as TypedDocumentString<SubsidiesParisDaysQuery, SubsidiesParisDaysQueryVariables>;
export const SubsidiesPaymentHistoryDocument = new TypedDocumentString(`
    query SubsidiesPaymentHistory($id: ID!) {
  subsidyApplication(id: $id) {
    history {
      action
      reason
      invoiceCents
      paidCents
      actorRole
    }
  }
}
    `) as unknown as TypedDocumentString<SubsidiesPaymentHistoryQuery, SubsidiesPaymentHistoryQueryVariables>;
export const SubsidiesPricesFeedReferentialDocument = new TypedDocumentString(`
    query SubsidiesPricesFeedReferential {
  priceReferential(theme: BOOKING, regionCode: "94", source: QUOTES) {
    observations
    medianCents
  }
}
    `) as unknown as TypedDocumentString<SubsidiesPricesFeedReferentialQuery, SubsidiesPricesFeedReferentialQueryVariables>;
export const SubsidiesProgramsOpenDocument = new TypedDocumentString(`
    mutation SubsidiesProgramsOpen($input: OpenSubsidyProgramInput!) {
  openSubsidyProgram(input: $input) {
    ...SubsidiesProgramFields
  }
}
    fragment SubsidiesProgramFields on SubsidyProgram {
  id
  regionCode
  regionName
  name
  managingBody
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
  version
}`) as unknown as TypedDocumentString<SubsidiesProgramsOpenMutation, SubsidiesProgramsOpenMutationVariables>;
export const SubsidiesProgramsUpdateDocument = new TypedDocumentString(`
    mutation SubsidiesProgramsUpdate($id: ID!, $input: UpdateSubsidyProgramInput!, $v: Int!) {
  updateSubsidyProgram(id: $id, input: $input, expectedVersion: $v) {
    ...SubsidiesProgramFields
  }
}
    fragment SubsidiesProgramFields on SubsidyProgram {
  id
  regionCode
  regionName
  name
  managingBody
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
  version
}`) as unknown as TypedDocumentString<SubsidiesProgramsUpdateMutation, SubsidiesProgramsUpdateMutationVariables>;
export const SubsidiesProgramsOfDocument = new TypedDocumentString(`
    query SubsidiesProgramsOf($r: String) {
  subsidyPrograms(regionCode: $r) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<SubsidiesProgramsOfQuery, SubsidiesProgramsOfQueryVariables>;
export const SubsidiesProgramsPublicDocument = new TypedDocumentString(`
    query SubsidiesProgramsPublic($id: ID!) {
  subsidyProgram(id: $id) {
    name
    envelopeCents
    small: simulateAid(investmentCents: 1234567)
    big: simulateAid(investmentCents: 99000000)
  }
}
    `) as unknown as TypedDocumentString<SubsidiesProgramsPublicQuery, SubsidiesProgramsPublicQueryVariables>;
export const SubsidiesProgramsExportDocument = new TypedDocumentString(`
    query SubsidiesProgramsExport($id: ID!) {
  subsidyProgramExport(programId: $id)
}
    `) as unknown as TypedDocumentString<SubsidiesProgramsExportQuery, SubsidiesProgramsExportQueryVariables>;
export const SubsidiesProgramsAnonymousDashboardDocument = new TypedDocumentString(`
    query SubsidiesProgramsAnonymousDashboard($id: ID!) {
  subsidyProgram(id: $id) {
    name
    dashboard {
      paidCents
    }
  }
}
    `) as unknown as TypedDocumentString<SubsidiesProgramsAnonymousDashboardQuery, SubsidiesProgramsAnonymousDashboardQueryVariables>;
export const SubsidiesReadQuestionsDocument = new TypedDocumentString(`
    query SubsidiesReadQuestions($id: ID!) {
  subsidyProgram(id: $id) {
    ...SubsidiesQuestionFields
  }
}
    fragment SubsidiesQuestionFields on SubsidyProgram {
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
}`) as unknown as TypedDocumentString<SubsidiesReadQuestionsQuery, SubsidiesReadQuestionsQueryVariables>;
export const SubsidiesUpdateQuestionsDocument = new TypedDocumentString(`
    mutation SubsidiesUpdateQuestions($id: ID!, $input: UpdateSubsidyProgramInput!) {
  updateSubsidyProgram(id: $id, input: $input, expectedVersion: 1) {
    version
    ...SubsidiesQuestionFields
  }
}
    fragment SubsidiesQuestionFields on SubsidyProgram {
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
}`) as unknown as TypedDocumentString<SubsidiesUpdateQuestionsMutation, SubsidiesUpdateQuestionsMutationVariables>;
export const SubsidiesQuestionsProgramNamesDocument = new TypedDocumentString(`
    query SubsidiesQuestionsProgramNames($r: String) {
  subsidyPrograms(regionCode: $r) {
    name
  }
}
    `) as unknown as TypedDocumentString<SubsidiesQuestionsProgramNamesQuery, SubsidiesQuestionsProgramNamesQueryVariables>;
export const SubsidiesQuestionsOpenProgramDocument = new TypedDocumentString(`
    mutation SubsidiesQuestionsOpenProgram($input: OpenSubsidyProgramInput!) {
  openSubsidyProgram(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubsidiesQuestionsOpenProgramMutation, SubsidiesQuestionsOpenProgramMutationVariables>;
export const SubsidiesQuestionsCreateApplicationDocument = new TypedDocumentString(`
    mutation SubsidiesQuestionsCreateApplication($input: CreateSubsidyApplicationInput!) {
  createSubsidyApplication(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubsidiesQuestionsCreateApplicationMutation, SubsidiesQuestionsCreateApplicationMutationVariables>;
export const SubsidiesQuestionsAgentViewDocument = new TypedDocumentString(`
    query SubsidiesQuestionsAgentView($id: ID!) {
  subsidyApplication(id: $id) {
    answers {
      questionId
      yes
      number
      choice
    }
    eligibility {
      rule
      questionId
      passed
    }
  }
}
    `) as unknown as TypedDocumentString<SubsidiesQuestionsAgentViewQuery, SubsidiesQuestionsAgentViewQueryVariables>;
export const SubsidiesQueueDocument = new TypedDocumentString(`
    query SubsidiesQueue($filter: SubsidyApplicationFilter, $orderBy: SubsidyApplicationOrder, $first: Int, $after: String) {
  subsidyApplications(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
  ) {
    edges {
      node {
        id
        company {
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
    `) as unknown as TypedDocumentString<SubsidiesQueueQuery, SubsidiesQueueQueryVariables>;
export const SubsidiesQueueInProgressDocument = new TypedDocumentString(`
    query SubsidiesQueueInProgress($id: ID!) {
  subsidyProgram(id: $id) {
    dashboard {
      inProgressCents
      committedCents
    }
  }
}
    `) as unknown as TypedDocumentString<SubsidiesQueueInProgressQuery, SubsidiesQueueInProgressQueryVariables>;
export const SubsidiesSupportRegisterCompanyDocument = new TypedDocumentString(`
    mutation SubsidiesSupportRegisterCompany($input: RegisterCompanyInput!) {
  registerCompany(input: $input) {
    id
    version
    regionCode
  }
}
    `) as unknown as TypedDocumentString<SubsidiesSupportRegisterCompanyMutation, SubsidiesSupportRegisterCompanyMutationVariables>;
export const SubsidiesSupportOpenProgramDocument = new TypedDocumentString(`
    mutation SubsidiesSupportOpenProgram($input: OpenSubsidyProgramInput!) {
  openSubsidyProgram(input: $input) {
    id
    version
    regionCode
  }
}
    `) as unknown as TypedDocumentString<SubsidiesSupportOpenProgramMutation, SubsidiesSupportOpenProgramMutationVariables>;
export const SubsidiesSupportSubmitDocument = new TypedDocumentString(`
    mutation SubsidiesSupportSubmit($id: ID!, $key: String!, $declaration: SubsidyDeclarationInput!) {
  submitSubsidyApplication(
    id: $id
    idempotencyKey: $key
    declaration: $declaration
  ) {
    version
  }
}
    `) as unknown as TypedDocumentString<SubsidiesSupportSubmitMutation, SubsidiesSupportSubmitMutationVariables>;
export const SubsidiesSupportStartReviewDocument = new TypedDocumentString(`
    mutation SubsidiesSupportStartReview($id: ID!, $v: Int!) {
  startSubsidyReview(id: $id, expectedVersion: $v) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<SubsidiesSupportStartReviewMutation, SubsidiesSupportStartReviewMutationVariables>;
export const SubsidiesSupportRegisterConnecteurDocument = new TypedDocumentString(`
    mutation SubsidiesSupportRegisterConnecteur($input: RegisterConnecteurInput!) {
  registerConnecteur(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubsidiesSupportRegisterConnecteurMutation, SubsidiesSupportRegisterConnecteurMutationVariables>;
export const SubsidiesSupportRequestLabelDocument = new TypedDocumentString(`
    mutation SubsidiesSupportRequestLabel {
  requestLabel {
    id
  }
}
    `) as unknown as TypedDocumentString<SubsidiesSupportRequestLabelMutation, SubsidiesSupportRequestLabelMutationVariables>;
export const SubsidiesSupportGrantLabelDocument = new TypedDocumentString(`
    mutation SubsidiesSupportGrantLabel($id: ID!) {
  grantLabel(connecteurId: $id, validUntil: "2027-06-30") {
    id
  }
}
    `) as unknown as TypedDocumentString<SubsidiesSupportGrantLabelMutation, SubsidiesSupportGrantLabelMutationVariables>;
export const SupportRegisterCompanyDocument = new TypedDocumentString(`
    mutation SupportRegisterCompany($input: RegisterCompanyInput!) {
  registerCompany(input: $input) {
    id
    departementCode
    regionCode
  }
}
    `) as unknown as TypedDocumentString<SupportRegisterCompanyMutation, SupportRegisterCompanyMutationVariables>;
export const SupportRegisterConnecteurDocument = new TypedDocumentString(`
    mutation SupportRegisterConnecteur($input: RegisterConnecteurInput!) {
  registerConnecteur(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SupportRegisterConnecteurMutation, SupportRegisterConnecteurMutationVariables>;
export const SupportRequestLabelDocument = new TypedDocumentString(`
    mutation SupportRequestLabel {
  requestLabel {
    id
  }
}
    `) as unknown as TypedDocumentString<SupportRequestLabelMutation, SupportRequestLabelMutationVariables>;
export const SupportGrantLabelDocument = new TypedDocumentString(`
    mutation SupportGrantLabel($id: ID!, $until: Date!) {
  grantLabel(connecteurId: $id, validUntil: $until) {
    id
  }
}
    `) as unknown as TypedDocumentString<SupportGrantLabelMutation, SupportGrantLabelMutationVariables>;
export const SupportMyConnecteurProfileDocument = new TypedDocumentString(`
    query SupportMyConnecteurProfile {
  myConnecteurProfile {
    isLabelled
    hasPendingLabelRequest
    createdAt
  }
}
    `) as unknown as TypedDocumentString<SupportMyConnecteurProfileQuery, SupportMyConnecteurProfileQueryVariables>;
export const TestimonialsSubmitDocument = new TypedDocumentString(`
    mutation TestimonialsSubmit($input: TestimonialInput!) {
  submitTestimonial(input: $input) {
    ...TestimonialsFields
  }
}
    fragment TestimonialsFields on Testimonial {
  id
  companyName
  title
  format
  themes
  nafSection
  sizeBand
  departementCode
  regionCode
  maturityLevel
  award
  status
  rejectionReason
  connecteur {
    id
  }
}`) as unknown as TypedDocumentString<TestimonialsSubmitMutation, TestimonialsSubmitMutationVariables>;
export const TestimonialsModerateDocument = new TypedDocumentString(`
    mutation TestimonialsModerate($id: ID!, $d: ModerationDecision!, $r: String) {
  moderateTestimonial(id: $id, decision: $d, reason: $r) {
    ...TestimonialsFields
  }
}
    fragment TestimonialsFields on Testimonial {
  id
  companyName
  title
  format
  themes
  nafSection
  sizeBand
  departementCode
  regionCode
  maturityLevel
  award
  status
  rejectionReason
  connecteur {
    id
  }
}`) as unknown as TypedDocumentString<TestimonialsModerateMutation, TestimonialsModerateMutationVariables>;
export const TestimonialsReadDocument = new TypedDocumentString(`
    query TestimonialsRead($id: ID!) {
  testimonial(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<TestimonialsReadQuery, TestimonialsReadQueryVariables>;
export const TestimonialsListDocument = new TypedDocumentString(`
    query TestimonialsList($f: TestimonialFilter, $after: String) {
  testimonials(filter: $f, first: 100, after: $after) {
    edges {
      node {
        id
        departementCode
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<TestimonialsListQuery, TestimonialsListQueryVariables>;
export const TestimonialsMapDocument = new TypedDocumentString(`
    query TestimonialsMap($f: TestimonialFilter) {
  testimonialMap(filter: $f) {
    departementCode
    count
  }
}
    `) as unknown as TypedDocumentString<TestimonialsMapQuery, TestimonialsMapQueryVariables>;
export const TestimonialsMineIdsDocument = new TypedDocumentString(`
    query TestimonialsMineIds {
  myTestimonials {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TestimonialsMineIdsQuery, TestimonialsMineIdsQueryVariables>;
export const TestimonialsMineDocument = new TypedDocumentString(`
    query TestimonialsMine {
  myTestimonials {
    edges {
      node {
        id
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TestimonialsMineQuery, TestimonialsMineQueryVariables>;
export const TestimonialsAgreeDocument = new TypedDocumentString(`
    mutation TestimonialsAgree($id: ID!) {
  agreeToTestimonial(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<TestimonialsAgreeMutation, TestimonialsAgreeMutationVariables>;
export const TestimonialsModerationQueueDocument = new TypedDocumentString(`
    query TestimonialsModerationQueue {
  testimonialModerationQueue(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TestimonialsModerationQueueQuery, TestimonialsModerationQueueQueryVariables>;
export const TestimonialsModerationQueueCursorsDocument = new TypedDocumentString(`
    query TestimonialsModerationQueueCursors {
  testimonialModerationQueue {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<TestimonialsModerationQueueCursorsQuery, TestimonialsModerationQueueCursorsQueryVariables>;
export const TestimonialsWithdrawDocument = new TypedDocumentString(`
    mutation TestimonialsWithdraw($id: ID!) {
  withdrawTestimonial(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<TestimonialsWithdrawMutation, TestimonialsWithdrawMutationVariables>;
export const TestimonialsMapOfConflictingPlacesDocument = new TypedDocumentString(`
    query TestimonialsMapOfConflictingPlaces {
  testimonialMap(filter: {departementCode: "35", regionCode: "84"}) {
    count
  }
}
    `) as unknown as TypedDocumentString<TestimonialsMapOfConflictingPlacesQuery, TestimonialsMapOfConflictingPlacesQueryVariables>;
export const TestimonialsListOfUnknownSectionDocument = new TypedDocumentString(`
    query TestimonialsListOfUnknownSection {
  testimonials(filter: {nafSection: "Z"}) {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<TestimonialsListOfUnknownSectionQuery, TestimonialsListOfUnknownSectionQueryVariables>;
export const TestimonialsDiagnosticDocument = new TypedDocumentString(`
    mutation TestimonialsDiagnostic($input: SubmitDiagnosticInput!) {
  submitDiagnostic(input: $input) {
    recommendations {
      testimonials {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TestimonialsDiagnosticMutation, TestimonialsDiagnosticMutationVariables>;