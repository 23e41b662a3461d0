/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type ConnecteurKind =
  | 'PERSON'
  | 'STRUCTURE';

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

export type TestimonialFormat =
  /** A written case. */
  | 'ARTICLE'
  /** An audio interview. */
  | 'AUDIO'
  /** A short video, 60 seconds at most. */
  | 'VIDEO';

export type TestimonialInput = {
  award?: string | null | undefined;
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
}>;


export type EventsUpdateEventMutation = { updateEvent: { regionCode: string | null, startsAt: string } };

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
    mutation EventsUpdateEvent($id: ID!, $input: EventInput!) {
  updateEvent(id: $id, input: $input) {
    regionCode
    startsAt
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