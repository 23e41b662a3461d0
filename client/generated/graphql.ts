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

/** A name, and an e-mail address or a phone number (or both). */
export type ContactDetailsInput = {
  email?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
};

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

/** `regionCode`: news of the region and national ones. */
export type NewsFilter = {
  regionCode?: string | null | undefined;
  themes?: Array<Theme> | null | undefined;
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

export type SubsidyDecision =
  | 'ACCEPT'
  | 'CLOSE_WITHOUT_FOLLOW_UP'
  | 'REJECT';

export type SubsidyDeclarationInput = {
  /** Must be true: the applicant ticked the declaration. */
  accepted: boolean;
  /** The version of the text shown (`SubsidyProgram.declaration.version`); CONFLICT when it is no longer the current one. */
  textVersion: string;
};

export type SubsidyDocumentKind =
  /** The provider's invoice, joined once the file is accepted, before the payment. */
  | 'INVOICE'
  /** A provider's quote, joined before the decision. */
  | 'QUOTE';

export type SubsidyDocumentUploadInput = {
  /** application/pdf, image/png or image/jpeg. */
  contentType: string;
  fileName: string;
  kind: SubsidyDocumentKind;
  /** At most 10 MB (10 485 760 bytes). */
  sizeBytes: number;
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

export type ContactConversationQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactConversationQuery = { contactRequest: { id: string, status: ContactRequestStatus, messages: { edges: Array<{ node: { id: string, at: string, by: ContactActor, text: string } }> } } | null };

export type PostContactMessageMutationVariables = Exact<{
  requestId: string | number;
  text: string;
  clientKey?: string | null | undefined;
}>;


export type PostContactMessageMutation = { postContactRequestMessage: { id: string } };

export type PublisherEventsQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
}>;


export type PublisherEventsQuery = { events: { edges: Array<{ node: { id: string, kind: EventKind, title: string, description: string | null, startsAt: string, endsAt: string | null, placeName: string | null, communeCode: string | null, regionCode: string | null, online: boolean, themes: Array<Theme>, link: string | null, version: number } }> } };

export type PublisherPublishEventMutationVariables = Exact<{
  input: EventInput;
  clientKey?: string | null | undefined;
}>;


export type PublisherPublishEventMutation = { publishEvent: { id: string, title: string } };

export type PublisherUpdateEventMutationVariables = Exact<{
  id: string | number;
  input: EventInput;
  expectedVersion: number;
}>;


export type PublisherUpdateEventMutation = { updateEvent: { id: string, title: string } };

export type PublisherCancelEventMutationVariables = Exact<{
  id: string | number;
}>;


export type PublisherCancelEventMutation = { cancelEvent: boolean };

export type PublisherNewsQueryVariables = Exact<{
  filter?: NewsFilter | null | undefined;
}>;


export type PublisherNewsQuery = { news: { edges: Array<{ node: { id: string, title: string, regionCode: string | null, publishedAt: string } }> } };

export type PublisherPublishNewsMutationVariables = Exact<{
  input: NewsInput;
  clientKey?: string | null | undefined;
}>;


export type PublisherPublishNewsMutation = { publishNews: { id: string, title: string } };

export type PublisherWithdrawNewsMutationVariables = Exact<{
  id: string | number;
}>;


export type PublisherWithdrawNewsMutation = { withdrawNews: boolean };

export type SubmitSubsidyFileMutationVariables = Exact<{
  id: string | number;
  idempotencyKey: string;
  declaration: SubsidyDeclarationInput;
}>;


export type SubmitSubsidyFileMutation = { submitSubsidyApplication: { id: string, status: SubsidyApplicationStatus } };

export type RequestSubsidyDocumentUploadMutationVariables = Exact<{
  applicationId: string | number;
  input: SubsidyDocumentUploadInput;
}>;


export type RequestSubsidyDocumentUploadMutation = { requestSubsidyDocumentUpload: { documentId: string, uploadUrl: string, expiresAt: string } };

export type ConfirmSubsidyDocumentMutationVariables = Exact<{
  applicationId: string | number;
  documentId: string | number;
}>;


export type ConfirmSubsidyDocumentMutation = { confirmSubsidyDocument: { id: string } };

export type SendSubsidyFileMessageMutationVariables = Exact<{
  id: string | number;
  body: string;
  clientKey?: string | null | undefined;
}>;


export type SendSubsidyFileMessageMutation = { sendSubsidyMessage: { at: string } };

export type SubsidyFileHistoryFragment = { history: Array<{ version: number, at: string, actorRole: Role, actorSub: string | null, action: SubsidyAction, reason: string | null, fromStatus: SubsidyApplicationStatus | null, toStatus: SubsidyApplicationStatus, invoiceCents: number | null, paidCents: number | null }> };

export type SubsidyFileMessagesFragment = { id: string, status: SubsidyApplicationStatus, messages: Array<{ seq: number, at: string, authorRole: Role, body: string }> | null };

export type SubsidyFileDocumentsFragment = { id: string, status: SubsidyApplicationStatus, documents: Array<{ id: string, kind: SubsidyDocumentKind, fileName: string, contentType: string, sizeBytes: number, uploadedAt: string, downloadUrl: string }> | null };

export type SubsidyFileOutcomeFragment = { status: SubsidyApplicationStatus, grantedAidCents: number | null, paidCents: number | null, invoiceCents: number | null, nextSteps: Array<string>, paymentExplanation: string | null, declaration: { textVersion: string, acceptedAt: string, statements: Array<string> } | null };

export type SubsidyDeclarationTextFragment = { declaration: { version: string, statements: Array<string> } };

export type NotificationBellQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationBellQuery = { unreadNotificationCount: number, myNotifications: { edges: Array<{ node: { id: string, category: NotificationCategory, title: string, body: string, link: string, createdAt: string, readAt: string | null } }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
  all?: boolean | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { notificationPreferences: { email: string | null, emailSuppressed: boolean, emailSuppressedReason: string | null, categories: Array<{ category: NotificationCategory, label: string, email: boolean, always: boolean, digest: boolean, digestAvailable: boolean }> } };

export type UpdateNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type UpdateNotificationPreferencesMutation = { updateNotificationPreferences: { email: string | null, emailSuppressed: boolean, emailSuppressedReason: string | null, categories: Array<{ category: NotificationCategory, label: string, email: boolean, always: boolean, digest: boolean, digestAvailable: boolean }> } };

export type ConnecteurAddActionItemMutationVariables = Exact<{
  companyId: string | number;
  input: ActionItemInput;
  clientKey?: string | null | undefined;
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


export type ConnecteurAttestationFileQuery = { myConnecteurProfile: { id: string, isLabelled: boolean, capitalLinks: Array<string> } | null, subsidyApplication: { id: string, status: SubsidyApplicationStatus, projectSummary: string, investmentCents: number, aidCents: number, attestedAt: string | null, company: { id: string, name: string, siren: string }, program: { id: string, name: string, regionName: string }, expenses: Array<{ theme: Theme, description: string, amountCents: number, providerSiren: string, providerName: string }>, trustedThirdParty: { id: string, displayName: string } | null, attestedBy: { id: string, displayName: string } | null, documents: Array<{ id: string, kind: SubsidyDocumentKind, fileName: string, contentType: string, sizeBytes: number, uploadedAt: string, downloadUrl: string }> | null, history: Array<{ version: number, at: string, actorRole: Role, actorSub: string | null, action: SubsidyAction, reason: string | null, fromStatus: SubsidyApplicationStatus | null, toStatus: SubsidyApplicationStatus, invoiceCents: number | null, paidCents: number | null }> } | null };

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


export type ConnecteurContactRequestQuery = { contactRequest: { id: string, status: ContactRequestStatus, createdAt: string, firstAnsweredAt: string | null, deadline: { state: ContactDeadlineState, waitingSince: string | null, lateAt: string | null, firstReminderAt: string | null, secondReminderAt: string | null, abandonedAt: string | null }, history: Array<{ at: string, by: ContactActor, from: ContactRequestStatus | null, to: ContactRequestStatus, message: string | null }>, feedback: { contacted: boolean, useful: boolean | null, comment: string | null, givenAt: string } | null, companyContact: { name: string, email: string | null, phone: string | null } | null, need: { id: string, need: string, themes: Array<Theme>, departementCode: string, createdAt: string, company: { id: string, name: string, siren: string, nafLabel: string, employees: number, communeCode: string } } } | null };

export type ConnecteurAnswerWithMessageMutationVariables = Exact<{
  id: string | number;
  status: ContactRequestStatus;
  message?: string | null | undefined;
}>;


export type ConnecteurAnswerWithMessageMutation = { answerContactRequest: { id: string, status: ContactRequestStatus } };

export type ConnecteurFollowStateQueryVariables = Exact<{
  companyId: string | number;
}>;


export type ConnecteurFollowStateQuery = { followedCompany: { id: string } };

export type ConnecteurProposeFollowFromRequestMutationVariables = Exact<{
  companyId: string | number;
  message?: string | null | undefined;
}>;


export type ConnecteurProposeFollowFromRequestMutation = { proposeFollow: { id: string, status: FollowStatus } };

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
  clientKey?: string | null | undefined;
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

export type PmeNewApplicationQueryVariables = Exact<{
  programId: string | number;
}>;


export type PmeNewApplicationQuery = { subsidyProgram: { id: string, name: string, managingBody: string, description: string | null, regionCode: string, regionName: string, opensAt: string, closesAt: string, isOpen: boolean, envelopeCents: number, aidRateBasisPoints: number, investmentFloorCents: number, investmentCeilingCents: number, aidFloorCents: number, aidCeilingCents: number, maxEmployees: number, maxAnnualRevenueCents: number | null, independenceRequired: boolean, excludedNafPrefixes: Array<string>, eligibleThemes: Array<Theme>, localProvidersOnly: boolean, localProvidersRule: string, perCompanyCapCents: number | null, perCompanyCapYears: number, attestationRequired: boolean, questions: Array<{ id: string, label: string, kind: SubsidyQuestionKind, required: boolean, requiredAnswer: boolean | null, min: number | null, max: number | null, unit: string | null, choices: Array<string> | null, acceptedChoices: Array<string> | null }>, declaration: { version: string, statements: Array<string> } } | null, myCompany: { id: string, nafCode: string, employees: number, annualRevenueCents: number | null, independent: boolean, regionCode: string, departementCode: string } | null };

export type PmeApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type PmeApplicationQuery = { subsidyApplication: { id: string, status: SubsidyApplicationStatus, version: number, projectSummary: string, investmentCents: number, aidCents: number, grantedAidCents: number | null, paidCents: number | null, eligible: boolean, attestedAt: string | null, attestationStatus: AttestationStatus, attestationStatusSince: string | null, attestationStatusReason: string | null, submittedAt: string | null, decidedAt: string | null, invoiceCents: number | null, nextSteps: Array<string>, paymentExplanation: string | null, eligibility: Array<{ rule: EligibilityRule, passed: boolean, message: string }>, expenses: Array<{ theme: Theme, description: string, amountCents: number, providerSiren: string, providerName: string, providerCommuneCode: string | null }>, answers: Array<{ questionId: string, yes: boolean | null, number: number | null, choice: string | null }>, expensePricePositions: Array<{ placement: PricePlacement }>, trustedThirdParty: { id: string, displayName: string } | null, attestedBy: { id: string, displayName: string } | null, company: { id: string, nafCode: string, employees: number, annualRevenueCents: number | null, independent: boolean, regionCode: string, departementCode: string }, program: { id: string, name: string, managingBody: string, description: string | null, regionCode: string, regionName: string, opensAt: string, closesAt: string, isOpen: boolean, envelopeCents: number, aidRateBasisPoints: number, investmentFloorCents: number, investmentCeilingCents: number, aidFloorCents: number, aidCeilingCents: number, maxEmployees: number, maxAnnualRevenueCents: number | null, independenceRequired: boolean, excludedNafPrefixes: Array<string>, eligibleThemes: Array<Theme>, localProvidersOnly: boolean, localProvidersRule: string, perCompanyCapCents: number | null, perCompanyCapYears: number, attestationRequired: boolean, questions: Array<{ id: string, label: string, kind: SubsidyQuestionKind, required: boolean, requiredAnswer: boolean | null, min: number | null, max: number | null, unit: string | null, choices: Array<string> | null, acceptedChoices: Array<string> | null }>, declaration: { version: string, statements: Array<string> } }, history: Array<{ version: number, at: string, actorRole: Role, actorSub: string | null, action: SubsidyAction, reason: string | null, fromStatus: SubsidyApplicationStatus | null, toStatus: SubsidyApplicationStatus, invoiceCents: number | null, paidCents: number | null }>, messages: Array<{ seq: number, at: string, authorRole: Role, body: string }> | null, documents: Array<{ id: string, kind: SubsidyDocumentKind, fileName: string, contentType: string, sizeBytes: number, uploadedAt: string, downloadUrl: string }> | null, declaration: { textVersion: string, acceptedAt: string, statements: Array<string> } | null } | null };

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

export type CompanyTestimonialsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyTestimonialsQuery = { myTestimonials: { edges: Array<{ node: { id: string, title: string, story: string, status: TestimonialStatus, rejectionReason: string | null, submittedAt: string, publishedAt: string | null, connecteur: { id: string, displayName: string } | null } }> } };

export type AgreeToTestimonialMutationVariables = Exact<{
  id: string | number;
}>;


export type AgreeToTestimonialMutation = { agreeToTestimonial: { id: string, status: TestimonialStatus } };

export type WithdrawCompanyTestimonialMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawCompanyTestimonialMutation = { withdrawTestimonial: { id: string, status: TestimonialStatus } };

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


export type PmeDiagnosticResultQuery = { diagnosticResult: { id: string, claimed: boolean, submittedAt: string, overallScore: number, level: MaturityLevel, companyFacts: { regionCode: string }, levelInfo: { name: string, description: string }, nextLevel: { name: string, minScore: number } | null, themeScores: Array<{ theme: MaturityTheme, name: string, score: number }>, peers: Array<{ scope: PeerScope, label: string, peerCount: number, averageScore: number | null, shareBelow: number | null, themeAverages: Array<{ theme: MaturityTheme, average: number | null }> }>, recommendations: { focusThemes: Array<MaturityTheme>, advice: Array<{ theme: MaturityTheme, title: string, text: string }>, connecteurs: Array<{ id: string, displayName: string, departementCode: string, themes: Array<Theme> }>, programmes: Array<{ expenseTheme: Theme, typicalInvestmentCents: number, expectedAidCents: number, assumptions: Array<string>, program: { id: string, name: string, managingBody: string, isOpen: boolean } }>, testimonials: Array<{ id: string, companyName: string, title: string, story: string, award: string | null }> } } | null };

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


export type PmeExportMyDataQuery = { exportMyData: { generatedAt: string, company: { id: string, siren: string, name: string, nafCode: string, nafLabel: string, employees: number, annualRevenueCents: number | null, independent: boolean, communeCode: string, departementCode: string, regionCode: string, createdAt: string, updatedAt: string } | null, contactConsent: { consented: boolean, changedAt: string | null, departementCode: string | null } | null, subsidyApplications: Array<{ id: string, status: SubsidyApplicationStatus, projectSummary: string, investmentCents: number, aidCents: number, grantedAidCents: number | null, paidCents: number | null, invoiceCents: number | null, expenses: Array<{ theme: Theme, description: string, amountCents: number, providerSiren: string, providerName: string }>, program: { id: string, name: string } }>, diagnostics: Array<{ id: string, submittedAt: string, overallScore: number, level: MaturityLevel, companyFacts: { sizeBand: SizeBand, nafCode: string, clientele: Clientele, communeCode: string }, answers: Array<{ questionId: string, choiceIds: Array<string> }> }>, contactNeeds: Array<{ id: string, status: ContactRequestStatus, need: string, themes: Array<Theme>, departementCode: string, createdAt: string }>, contactConversations: Array<{ sharedSince: string | null, request: { id: string, status: ContactRequestStatus, createdAt: string, connecteur: { id: string, displayName: string } }, sharedContactDetails: { name: string, email: string | null, phone: string | null } | null, messages: Array<{ at: string, by: ContactActor, text: string }> }>, follows: Array<{ id: string, status: FollowStatus, proposedAt: string, proposalMessage: string | null, acceptedAt: string | null, revokedAt: string | null, connecteur: { id: string, displayName: string } }>, appointments: Array<{ id: string, startsAt: string, endsAt: string, topic: string | null, status: AppointmentStatus, cancelledAt: string | null, cancellationReason: string | null, attendance: Attendance | null }>, reviews: Array<{ id: string, rating: number, comment: string, authorKind: ReviewAuthorKind, authorName: string, status: ReviewStatus, submittedAt: string, publishedAt: string | null }>, testimonials: Array<{ id: string, companyName: string, title: string, story: string, status: TestimonialStatus }>, providerEngagements: Array<{ id: string, description: string, status: EngagementStatus, declaredAt: string, confirmedAt: string | null }>, providerRecommendations: Array<{ note: string | null, recommendedAt: string, providers: Array<{ id: string, name: string }> }> } };

export type PmeDeleteMyAccountMutationVariables = Exact<{
  confirmation: string;
}>;


export type PmeDeleteMyAccountMutation = { deleteMyAccount: { deletedAt: string, subsidyApplicationsAnonymized: number, diagnosticsDetached: number, contactNeedsErased: number, followsEnded: number, appointmentsErased: number, reviewsAnonymized: number } };

export type PmeClaimDiagnosticMutationVariables = Exact<{
  id: string | number;
}>;


export type PmeClaimDiagnosticMutation = { claimDiagnostic: { id: string, claimed: boolean } };

export type PmeSubsidyHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type PmeSubsidyHomeQuery = { myCompany: { id: string, regionCode: string } | null, subsidyApplications: { edges: Array<{ node: { id: string, status: SubsidyApplicationStatus, updatedAt: string, aidCents: number, investmentCents: number, program: { id: string, name: string } } }> } };

export type PmeRegionProgramsQueryVariables = Exact<{
  regionCode: string;
}>;


export type PmeRegionProgramsQuery = { subsidyPrograms: Array<{ id: string, name: string, managingBody: string, opensAt: string, closesAt: string, isOpen: boolean, aidRateBasisPoints: number, investmentFloorCents: number, investmentCeilingCents: number, aidFloorCents: number, aidCeilingCents: number }> };

export type PmeAppointmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type PmeAppointmentsQuery = { myAppointments: { edges: Array<{ node: { id: string, startsAt: string, endsAt: string, topic: string | null, status: AppointmentStatus, connecteur: { id: string, displayName: string } } }> } };

export type PmeAppointmentSlotsQueryVariables = Exact<{
  connecteurId: string | number;
}>;


export type PmeAppointmentSlotsQuery = { appointmentSlots: { edges: Array<{ node: { id: string, startsAt: string, endsAt: string } }> } };

export type PmeBookAppointmentMutationVariables = Exact<{
  slotId: string | number;
  topic?: string | null | undefined;
}>;


export type PmeBookAppointmentMutation = { bookAppointment: { id: string, startsAt: string } };

export type PmeCancelAppointmentMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type PmeCancelAppointmentMutation = { cancelAppointment: { id: string, status: AppointmentStatus } };

export type PmeAcceptFollowMutationVariables = Exact<{
  connecteurId: string | number;
}>;


export type PmeAcceptFollowMutation = { acceptFollow: { id: string, status: FollowStatus } };

export type PmeDeclineFollowMutationVariables = Exact<{
  connecteurId: string | number;
}>;


export type PmeDeclineFollowMutation = { declineFollow: { id: string, status: FollowStatus } };

export type PmeRevokeFollowMutationVariables = Exact<{
  connecteurId: string | number;
}>;


export type PmeRevokeFollowMutation = { revokeFollow: { id: string, status: FollowStatus } };

export type PmeFollowUpCompanyQueryVariables = Exact<{ [key: string]: never; }>;


export type PmeFollowUpCompanyQuery = { myCompany: { id: string } | null };

export type PmeFollowUpQueryVariables = Exact<{
  companyId: string | number;
}>;


export type PmeFollowUpQuery = { myContactConsent: { consented: boolean, changedAt: string | null, departementCode: string | null }, myFollows: Array<{ id: string, status: FollowStatus, proposedAt: string, proposalMessage: string | null, acceptedAt: string | null, revokedAt: string | null, connecteur: { id: string, displayName: string, email: string | null }, actionPlan: Array<{ id: string, theme: Theme, title: string, status: ActionItemStatus, dueOn: string | null }>, followUpContact: { dueOn: string, status: FollowUpContactStatus } | null, sharedMeetingNotes: { edges: Array<{ node: { id: string, meetingOn: string, text: string } }> } }>, providerRecommendations: Array<{ note: string | null, recommendedAt: string, connecteur: { id: string }, providers: Array<{ id: string, name: string }> }> };

export type PmeSetContactConsentMutationVariables = Exact<{
  consented: boolean;
}>;


export type PmeSetContactConsentMutation = { setContactConsent: { consented: boolean } };

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

export type PublicDiagnosticQuestionnaireQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicDiagnosticQuestionnaireQuery = { diagnosticQuestionnaire: { version: string, estimatedMinutes: number, themes: Array<{ theme: MaturityTheme, name: string }>, questions: Array<{ id: string, theme: MaturityTheme, text: string, multiple: boolean, choices: Array<{ id: string, text: string, exclusive: boolean }> }> } };

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

export type PublicSubsidyProgramsQueryVariables = Exact<{
  regionCode?: string | null | undefined;
}>;


export type PublicSubsidyProgramsQuery = { subsidyPrograms: Array<{ id: string, regionCode: string, name: string, managingBody: string, description: string | null, opensOn: string, closesOn: string, isOpen: boolean, aidRateBasisPoints: number, investmentFloorCents: number, investmentCeilingCents: number, aidFloorCents: number, aidCeilingCents: number, maxEmployees: number, maxAnnualRevenueCents: number | null, independenceRequired: boolean, excludedNafPrefixes: Array<string>, eligibleThemes: Array<Theme>, localProvidersOnly: boolean, perCompanyCapCents: number | null, perCompanyCapYears: number, attestationRequired: boolean, questions: Array<{ id: string, label: string }> }> };

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


export type AgentApplicationFileQuery = { subsidyApplication: { id: string, status: SubsidyApplicationStatus, version: number, projectSummary: string, investmentCents: number, aidCents: number, grantedAidCents: number | null, invoiceCents: number | null, paidCents: number | null, eligible: boolean, submittedAt: string | null, decidedAt: string | null, paidAt: string | null, updatedAt: string, attestedAt: string | null, company: { id: string, name: string, siren: string, nafCode: string, nafLabel: string, employees: number, annualRevenueCents: number | null, independent: boolean, communeCode: string, departementCode: string }, program: { id: string, name: string, aidRateBasisPoints: number }, eligibility: Array<{ rule: EligibilityRule, passed: boolean, message: string }>, expenses: Array<{ theme: Theme, description: string, amountCents: number, providerSiren: string, providerName: string, providerCommuneCode: string | null }>, expensePricePositions: Array<{ placement: PricePlacement, range: { lowCents: number, medianCents: number, highCents: number, observations: number, regionCode: string | null } | null }>, trustedThirdParty: { id: string, displayName: string } | null, attestedBy: { id: string, displayName: string } | null, annotations: Array<{ seq: number, at: string, authorSub: string, body: string }> | null, followUp: { answeredAt: string, revenueChangePercent: number, employeesChange: number, benefit: boolean, satisfaction: number, comment: string | null } | null, history: Array<{ version: number, at: string, actorRole: Role, actorSub: string | null, action: SubsidyAction, reason: string | null, fromStatus: SubsidyApplicationStatus | null, toStatus: SubsidyApplicationStatus, invoiceCents: number | null, paidCents: number | null }>, messages: Array<{ seq: number, at: string, authorRole: Role, body: string }> | null, documents: Array<{ id: string, kind: SubsidyDocumentKind, fileName: string, contentType: string, sizeBytes: number, uploadedAt: string, downloadUrl: string }> | null } | null };

export type AgentAnnotateMutationVariables = Exact<{
  id: string | number;
  body: string;
  clientKey?: string | null | undefined;
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
export const SubsidyFileHistoryFragmentDoc = new TypedDocumentString(`
    fragment SubsidyFileHistory on SubsidyApplication {
  history {
    version
    at
    actorRole
    actorSub
    action
    reason
    fromStatus
    toStatus
    invoiceCents
    paidCents
  }
}
    `, {"fragmentName":"SubsidyFileHistory"}) as unknown as TypedDocumentString<SubsidyFileHistoryFragment, unknown>;
export const SubsidyFileMessagesFragmentDoc = new TypedDocumentString(`
    fragment SubsidyFileMessages on SubsidyApplication {
  id
  status
  messages {
    seq
    at
    authorRole
    body
  }
}
    `, {"fragmentName":"SubsidyFileMessages"}) as unknown as TypedDocumentString<SubsidyFileMessagesFragment, unknown>;
export const SubsidyFileDocumentsFragmentDoc = new TypedDocumentString(`
    fragment SubsidyFileDocuments on SubsidyApplication {
  id
  status
  documents {
    id
    kind
    fileName
    contentType
    sizeBytes
    uploadedAt
    downloadUrl
  }
}
    `, {"fragmentName":"SubsidyFileDocuments"}) as unknown as TypedDocumentString<SubsidyFileDocumentsFragment, unknown>;
export const SubsidyFileOutcomeFragmentDoc = new TypedDocumentString(`
    fragment SubsidyFileOutcome on SubsidyApplication {
  status
  grantedAidCents
  paidCents
  invoiceCents
  nextSteps
  paymentExplanation
  declaration {
    textVersion
    acceptedAt
    statements
  }
}
    `, {"fragmentName":"SubsidyFileOutcome"}) as unknown as TypedDocumentString<SubsidyFileOutcomeFragment, unknown>;
export const SubsidyDeclarationTextFragmentDoc = new TypedDocumentString(`
    fragment SubsidyDeclarationText on SubsidyProgram {
  declaration {
    version
    statements
  }
}
    `, {"fragmentName":"SubsidyDeclarationText"}) as unknown as TypedDocumentString<SubsidyDeclarationTextFragment, unknown>;
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
export const ContactConversationDocument = new TypedDocumentString(`
    query ContactConversation($id: ID!) {
  contactRequest(id: $id) {
    id
    status
    messages(first: 100) {
      edges {
        node {
          id
          at
          by
          text
        }
      }
    }
  }
}
    `, {"hash":"sha256:28f6a4f49e0f9a529bb26bbe574c59df0fe3a120c0a0d0a92259cd71b3747eff"}) as unknown as TypedDocumentString<ContactConversationQuery, ContactConversationQueryVariables>;
export const PostContactMessageDocument = new TypedDocumentString(`
    mutation PostContactMessage($requestId: ID!, $text: String!, $clientKey: String) {
  postContactRequestMessage(
    requestId: $requestId
    text: $text
    clientKey: $clientKey
  ) {
    id
  }
}
    `, {"hash":"sha256:50d1bfdccc264d1b6f6de7b8695238e599bc74018dc5c5619fbe4f567f0d756b"}) as unknown as TypedDocumentString<PostContactMessageMutation, PostContactMessageMutationVariables>;
export const PublisherEventsDocument = new TypedDocumentString(`
    query PublisherEvents($filter: EventFilter) {
  events(filter: $filter, first: 20) {
    edges {
      node {
        id
        kind
        title
        description
        startsAt
        endsAt
        placeName
        communeCode
        regionCode
        online
        themes
        link
        version
      }
    }
  }
}
    `, {"hash":"sha256:9044804affb2e2b32920534337c0110be229fc2f6b9cdbe9b061e88d3528bb9b"}) as unknown as TypedDocumentString<PublisherEventsQuery, PublisherEventsQueryVariables>;
export const PublisherPublishEventDocument = new TypedDocumentString(`
    mutation PublisherPublishEvent($input: EventInput!, $clientKey: String) {
  publishEvent(input: $input, clientKey: $clientKey) {
    id
    title
  }
}
    `, {"hash":"sha256:a49ff548223856fa6ad4aabd0a2db052aab2f735e8ce4ac910b239e2c87ee2e2"}) as unknown as TypedDocumentString<PublisherPublishEventMutation, PublisherPublishEventMutationVariables>;
export const PublisherUpdateEventDocument = new TypedDocumentString(`
    mutation PublisherUpdateEvent($id: ID!, $input: EventInput!, $expectedVersion: Int!) {
  updateEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {
    id
    title
  }
}
    `, {"hash":"sha256:ff25b8f2ddea81fa3af6914c077267ad05761ee590c81e91f2d904509ac4fdca"}) as unknown as TypedDocumentString<PublisherUpdateEventMutation, PublisherUpdateEventMutationVariables>;
export const PublisherCancelEventDocument = new TypedDocumentString(`
    mutation PublisherCancelEvent($id: ID!) {
  cancelEvent(id: $id)
}
    `, {"hash":"sha256:432ce440804fe5d2e3decb35edc49d4ae169ac8b9dd432bd1ee466634f03b5b3"}) as unknown as TypedDocumentString<PublisherCancelEventMutation, PublisherCancelEventMutationVariables>;
export const PublisherNewsDocument = new TypedDocumentString(`
    query PublisherNews($filter: NewsFilter) {
  news(filter: $filter, first: 20) {
    edges {
      node {
        id
        title
        regionCode
        publishedAt
      }
    }
  }
}
    `, {"hash":"sha256:f51b6578bf4ec8fbb48859dc2cbd72b2370256634142e5314dc28ac2eb2a8252"}) as unknown as TypedDocumentString<PublisherNewsQuery, PublisherNewsQueryVariables>;
export const PublisherPublishNewsDocument = new TypedDocumentString(`
    mutation PublisherPublishNews($input: NewsInput!, $clientKey: String) {
  publishNews(input: $input, clientKey: $clientKey) {
    id
    title
  }
}
    `, {"hash":"sha256:f1f3408a3b2f541fbddfe536f5cef0039b427d90f97c0e730bcc5b875f29fe18"}) as unknown as TypedDocumentString<PublisherPublishNewsMutation, PublisherPublishNewsMutationVariables>;
export const PublisherWithdrawNewsDocument = new TypedDocumentString(`
    mutation PublisherWithdrawNews($id: ID!) {
  withdrawNews(id: $id)
}
    `, {"hash":"sha256:666419f14011c8a299790cdec90a2ca18ac638780206f5b2ecfc968d8776f1a0"}) as unknown as TypedDocumentString<PublisherWithdrawNewsMutation, PublisherWithdrawNewsMutationVariables>;
export const SubmitSubsidyFileDocument = new TypedDocumentString(`
    mutation SubmitSubsidyFile($id: ID!, $idempotencyKey: String!, $declaration: SubsidyDeclarationInput!) {
  submitSubsidyApplication(
    id: $id
    idempotencyKey: $idempotencyKey
    declaration: $declaration
  ) {
    id
    status
  }
}
    `, {"hash":"sha256:d9c5793c59c6e7b65378c24799c1f575d681d455c6245b34cf3b2bbdcc0c2f74"}) as unknown as TypedDocumentString<SubmitSubsidyFileMutation, SubmitSubsidyFileMutationVariables>;
export const RequestSubsidyDocumentUploadDocument = new TypedDocumentString(`
    mutation RequestSubsidyDocumentUpload($applicationId: ID!, $input: SubsidyDocumentUploadInput!) {
  requestSubsidyDocumentUpload(applicationId: $applicationId, input: $input) {
    documentId
    uploadUrl
    expiresAt
  }
}
    `, {"hash":"sha256:4b7eb110ce54295637a65dc9c2d661e5f2fc12b7380c64cc963f46dd6fb4dcbe"}) as unknown as TypedDocumentString<RequestSubsidyDocumentUploadMutation, RequestSubsidyDocumentUploadMutationVariables>;
export const ConfirmSubsidyDocumentDocument = new TypedDocumentString(`
    mutation ConfirmSubsidyDocument($applicationId: ID!, $documentId: ID!) {
  confirmSubsidyDocument(applicationId: $applicationId, documentId: $documentId) {
    id
  }
}
    `, {"hash":"sha256:8370e344d4078ae285f29789b127183d971caff119aa601f9cf2899ac16586dc"}) as unknown as TypedDocumentString<ConfirmSubsidyDocumentMutation, ConfirmSubsidyDocumentMutationVariables>;
export const SendSubsidyFileMessageDocument = new TypedDocumentString(`
    mutation SendSubsidyFileMessage($id: ID!, $body: String!, $clientKey: String) {
  sendSubsidyMessage(id: $id, body: $body, clientKey: $clientKey) {
    at
  }
}
    `, {"hash":"sha256:73297c968ab1764d52c4f331ea88c2112ea24846be3dd7c3a3e42417e0e68f4f"}) as unknown as TypedDocumentString<SendSubsidyFileMessageMutation, SendSubsidyFileMessageMutationVariables>;
export const NotificationBellDocument = new TypedDocumentString(`
    query NotificationBell {
  unreadNotificationCount
  myNotifications(first: 10) {
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
}
    `, {"hash":"sha256:c1f3b4879c39f31d2242db22c89ef552e88869692f340aa7c468314286231f55"}) as unknown as TypedDocumentString<NotificationBellQuery, NotificationBellQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
  markNotificationsRead(ids: $ids, all: $all)
}
    `, {"hash":"sha256:08e785fe62e1918737d17a140b3277032bcdcdc3aa5609dc5d628752b72ee5bb"}) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationPreferencesDocument = new TypedDocumentString(`
    query NotificationPreferences {
  notificationPreferences {
    email
    emailSuppressed
    emailSuppressedReason
    categories {
      category
      label
      email
      always
      digest
      digestAvailable
    }
  }
}
    `, {"hash":"sha256:8bc630ea5b0298971dd009b9bcc77ef9359a7d10edbbb6a9d479e72a1ca35fda"}) as unknown as TypedDocumentString<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const UpdateNotificationPreferencesDocument = new TypedDocumentString(`
    mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) {
    email
    emailSuppressed
    emailSuppressedReason
    categories {
      category
      label
      email
      always
      digest
      digestAvailable
    }
  }
}
    `, {"hash":"sha256:0ba1c2e853cb9bfde71269fc8b7b6c532e919f025939095e0fc49067f5eda447"}) as unknown as TypedDocumentString<UpdateNotificationPreferencesMutation, UpdateNotificationPreferencesMutationVariables>;
export const ConnecteurAddActionItemDocument = new TypedDocumentString(`
    mutation ConnecteurAddActionItem($companyId: ID!, $input: ActionItemInput!, $clientKey: String) {
  addActionItem(companyId: $companyId, input: $input, clientKey: $clientKey) {
    id
  }
}
    `, {"hash":"sha256:798aee031e7b25290f8610a6a097b58ea1ace290ff453b01e7f7199d26fc7bd5"}) as unknown as TypedDocumentString<ConnecteurAddActionItemMutation, ConnecteurAddActionItemMutationVariables>;
export const ConnecteurUpdateActionItemDocument = new TypedDocumentString(`
    mutation ConnecteurUpdateActionItem($companyId: ID!, $itemId: ID!, $input: ActionItemUpdateInput!) {
  updateActionItem(companyId: $companyId, itemId: $itemId, input: $input) {
    id
    status
  }
}
    `, {"hash":"sha256:b3b3675262d055bdbc94f200821b451d7eb120c08e249ffa54d11c16c8805f3a"}) as unknown as TypedDocumentString<ConnecteurUpdateActionItemMutation, ConnecteurUpdateActionItemMutationVariables>;
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
}`, {"hash":"sha256:3f21187d19790e66fe0789a98559f3a22a7768a006e21b787f3dc90b61086b1b"}) as unknown as TypedDocumentString<ConnecteurAppointmentsQuery, ConnecteurAppointmentsQueryVariables>;
export const ConnecteurPublishSlotsDocument = new TypedDocumentString(`
    mutation ConnecteurPublishSlots($slots: [AppointmentSlotInput!]!) {
  publishAppointmentSlots(slots: $slots) {
    id
  }
}
    `, {"hash":"sha256:e5f368a9ae36264398e4424ddf22d1b4b14df5ecfedc57344401943518f6a4e6"}) as unknown as TypedDocumentString<ConnecteurPublishSlotsMutation, ConnecteurPublishSlotsMutationVariables>;
export const ConnecteurRecordAttendanceDocument = new TypedDocumentString(`
    mutation ConnecteurRecordAttendance($appointmentId: ID!, $attendance: Attendance!) {
  recordAttendance(appointmentId: $appointmentId, attendance: $attendance) {
    id
    attendance
  }
}
    `, {"hash":"sha256:940fffb983cdec6929ec4a1c67bcd62a14f80d1a342f338b84a1f45d4d4c1fd6"}) as unknown as TypedDocumentString<ConnecteurRecordAttendanceMutation, ConnecteurRecordAttendanceMutationVariables>;
export const ConnecteurCancelAppointmentDocument = new TypedDocumentString(`
    mutation ConnecteurCancelAppointment($id: ID!, $reason: String) {
  cancelAppointment(id: $id, reason: $reason) {
    id
    status
  }
}
    `, {"hash":"sha256:09d17a77079b8d286115f2e78ec49288a9208317c4641672de01674b2da61822"}) as unknown as TypedDocumentString<ConnecteurCancelAppointmentMutation, ConnecteurCancelAppointmentMutationVariables>;
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
    ...SubsidyFileDocuments
    ...SubsidyFileHistory
  }
}
    fragment SubsidyFileHistory on SubsidyApplication {
  history {
    version
    at
    actorRole
    actorSub
    action
    reason
    fromStatus
    toStatus
    invoiceCents
    paidCents
  }
}
fragment SubsidyFileDocuments on SubsidyApplication {
  id
  status
  documents {
    id
    kind
    fileName
    contentType
    sizeBytes
    uploadedAt
    downloadUrl
  }
}`, {"hash":"sha256:a233daab622a26c18edc863839cb38db8b495d4e089b3b7fd7465c3acf8503a7"}) as unknown as TypedDocumentString<ConnecteurAttestationFileQuery, ConnecteurAttestationFileQueryVariables>;
export const ConnecteurAttestApplicationDocument = new TypedDocumentString(`
    mutation ConnecteurAttestApplication($id: ID!) {
  attestSubsidyApplication(id: $id) {
    id
    attestedAt
  }
}
    `, {"hash":"sha256:a7a871909e58e649e75eb9c5fe9463e2b364156cc9c60c8abb3d191ab818486d"}) as unknown as TypedDocumentString<ConnecteurAttestApplicationMutation, ConnecteurAttestApplicationMutationVariables>;
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
    `, {"hash":"sha256:db85a5116d431cbe78eb5f6decc33abd299b24ec1077b6a6e1935d53a7b9c9ad"}) as unknown as TypedDocumentString<ConnecteurFilesToAttestQuery, ConnecteurFilesToAttestQueryVariables>;
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
    `, {"hash":"sha256:c3a9d646872cea0627dbed8b0736d0449c59e30eab4eabdd72158c853e1c8e7e"}) as unknown as TypedDocumentString<ConnecteurHomeProfileQuery, ConnecteurHomeProfileQueryVariables>;
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
    `, {"hash":"sha256:53b49f00b25384520122bd3f6d2d2278878ecf3c246c578353321b1463b6b196"}) as unknown as TypedDocumentString<ConnecteurDashboardQuery, ConnecteurDashboardQueryVariables>;
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
    `, {"hash":"sha256:07953d698dac682c834bdde337143e68c3c6bd0c4dfa81a1b2ef7b81321a6cee"}) as unknown as TypedDocumentString<ConnecteurOwnProfileQuery, ConnecteurOwnProfileQueryVariables>;
export const ConnecteurRequestLabelDocument = new TypedDocumentString(`
    mutation ConnecteurRequestLabel {
  requestLabel {
    id
    hasPendingLabelRequest
  }
}
    `, {"hash":"sha256:90c54579ca3f5dfa3074a6d07caf43a43a56e597a6300c66a9189da5afbf44b9"}) as unknown as TypedDocumentString<ConnecteurRequestLabelMutation, ConnecteurRequestLabelMutationVariables>;
export const ConnecteurDeclareCapitalLinkDocument = new TypedDocumentString(`
    mutation ConnecteurDeclareCapitalLink($providerSiren: String!) {
  declareCapitalLink(providerSiren: $providerSiren) {
    id
    capitalLinks
  }
}
    `, {"hash":"sha256:601b142e5cc836a872c04084a904722120a7d3d50b3d511881456293ac671802"}) as unknown as TypedDocumentString<ConnecteurDeclareCapitalLinkMutation, ConnecteurDeclareCapitalLinkMutationVariables>;
export const ConnecteurRemoveCapitalLinkDocument = new TypedDocumentString(`
    mutation ConnecteurRemoveCapitalLink($providerSiren: String!) {
  removeCapitalLink(providerSiren: $providerSiren) {
    id
    capitalLinks
  }
}
    `, {"hash":"sha256:d2f67ea7ed25d0cd75413d07c238b7e2bf35e3b01dd1c76a658df74ee4792887"}) as unknown as TypedDocumentString<ConnecteurRemoveCapitalLinkMutation, ConnecteurRemoveCapitalLinkMutationVariables>;
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
    `, {"hash":"sha256:0837062862d11834aa2ca97745f8af877672afce299739c0f4c395e4b8de6b48"}) as unknown as TypedDocumentString<ConnecteurContactInboxQuery, ConnecteurContactInboxQueryVariables>;
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
    `, {"hash":"sha256:6549598e988d8fd2e6db680cc04ef8bfc1e8ed54e104caf03e4cf4819139f140"}) as unknown as TypedDocumentString<ConnecteurAnswerContactRequestMutation, ConnecteurAnswerContactRequestMutationVariables>;
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
    companyContact {
      name
      email
      phone
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
    `, {"hash":"sha256:d0e094fca6606cb6445fe84a72f11396b8dcca61115529ff5fe206f6956081e7"}) as unknown as TypedDocumentString<ConnecteurContactRequestQuery, ConnecteurContactRequestQueryVariables>;
export const ConnecteurAnswerWithMessageDocument = new TypedDocumentString(`
    mutation ConnecteurAnswerWithMessage($id: ID!, $status: ContactRequestStatus!, $message: String) {
  answerContactRequest(id: $id, status: $status, message: $message) {
    id
    status
  }
}
    `, {"hash":"sha256:1107e253347dcaa8edf9e0ad1aa72145ae3afc13f1e04bedc4a26be9dfdf6dc6"}) as unknown as TypedDocumentString<ConnecteurAnswerWithMessageMutation, ConnecteurAnswerWithMessageMutationVariables>;
export const ConnecteurFollowStateDocument = new TypedDocumentString(`
    query ConnecteurFollowState($companyId: ID!) {
  followedCompany(companyId: $companyId) {
    id
  }
}
    `, {"hash":"sha256:4f9210da4c093676ba694acf992d628c587d5d392a1787a5c5dcb96aa471342d"}) as unknown as TypedDocumentString<ConnecteurFollowStateQuery, ConnecteurFollowStateQueryVariables>;
export const ConnecteurProposeFollowFromRequestDocument = new TypedDocumentString(`
    mutation ConnecteurProposeFollowFromRequest($companyId: ID!, $message: String) {
  proposeFollow(companyId: $companyId, message: $message) {
    id
    status
  }
}
    `, {"hash":"sha256:8f0888097281be6128c36c12e9cb382c28694c8a9f8f57de6a967bb9bc2b0963"}) as unknown as TypedDocumentString<ConnecteurProposeFollowFromRequestMutation, ConnecteurProposeFollowFromRequestMutationVariables>;
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
    `, {"hash":"sha256:9a4f07d15c1fc451121fa7c46f5b8a9c111d8f40dcc4091b166f07b2b4ac0d83"}) as unknown as TypedDocumentString<ConnecteurFollowedCompaniesQuery, ConnecteurFollowedCompaniesQueryVariables>;
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
    `, {"hash":"sha256:f8558494440a1f1517b20b4b0e73ae7fd1f3673bd24d0d373e2959096f1022ad"}) as unknown as TypedDocumentString<ConnecteurLeadsQuery, ConnecteurLeadsQueryVariables>;
export const ConnecteurProposeFollowDocument = new TypedDocumentString(`
    mutation ConnecteurProposeFollow($companyId: ID!, $message: String) {
  proposeFollow(companyId: $companyId, message: $message) {
    id
    companyId
    status
    proposedAt
  }
}
    `, {"hash":"sha256:565735d8468d2538ea69a1345d35155d9d269189157b80836ab9d40c6d58fec2"}) as unknown as TypedDocumentString<ConnecteurProposeFollowMutation, ConnecteurProposeFollowMutationVariables>;
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
    `, {"hash":"sha256:bf3ba0defb168e53496016259f98d1558f0aa017b76b5964fc6ea39bb61f508f"}) as unknown as TypedDocumentString<ConnecteurFollowedCompanyQuery, ConnecteurFollowedCompanyQueryVariables>;
export const ConnecteurAddMeetingNoteDocument = new TypedDocumentString(`
    mutation ConnecteurAddMeetingNote($companyId: ID!, $input: MeetingNoteInput!, $clientKey: String) {
  addMeetingNote(companyId: $companyId, input: $input, clientKey: $clientKey) {
    id
  }
}
    `, {"hash":"sha256:2087c4565d1771672557b954ba8835eb28904f3ba6a7b88af0a74884667291e4"}) as unknown as TypedDocumentString<ConnecteurAddMeetingNoteMutation, ConnecteurAddMeetingNoteMutationVariables>;
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
    `, {"hash":"sha256:22211b4abbdf81e842cc564fa6c1a6bdb76cae2f62e46f2319600f3379e1a823"}) as unknown as TypedDocumentString<ConnecteurRecommendationsQuery, ConnecteurRecommendationsQueryVariables>;
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
    `, {"hash":"sha256:8f82de977f5b518b75645a3e266710c8894390f8045325ee0525f4e2c6bb5cfa"}) as unknown as TypedDocumentString<ConnecteurProviderChoicesQuery, ConnecteurProviderChoicesQueryVariables>;
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
    `, {"hash":"sha256:fe0a20a48670c6f02cc2e2c8c5edab8c1c9fdc22a68194dc6f4fbe6acfe3c948"}) as unknown as TypedDocumentString<ConnecteurRecommendProvidersMutation, ConnecteurRecommendProvidersMutationVariables>;
export const ConnecteurRegisterDocument = new TypedDocumentString(`
    mutation ConnecteurRegister($input: RegisterConnecteurInput!) {
  registerConnecteur(input: $input) {
    id
  }
}
    `, {"hash":"sha256:bbd9459e1104633143cebd6b0eba1d969a8193ff127a53ec2c4ed2e29d6b8c77"}) as unknown as TypedDocumentString<ConnecteurRegisterMutation, ConnecteurRegisterMutationVariables>;
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
    `, {"hash":"sha256:5e1081d3a2c47927a93e0b2415a09a09623c6478a3b3342568875678e7ec14b5"}) as unknown as TypedDocumentString<ModeratorLabelRequestsQuery, ModeratorLabelRequestsQueryVariables>;
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
    `, {"hash":"sha256:47e1c3b67846920a1b5b0d75bca79d2cb4c7afe2d1da01b356a3fc6b047d981a"}) as unknown as TypedDocumentString<ModeratorGrantLabelMutation, ModeratorGrantLabelMutationVariables>;
export const ModeratorRejectLabelRequestDocument = new TypedDocumentString(`
    mutation ModeratorRejectLabelRequest($connecteurId: ID!, $reason: String!) {
  rejectLabelRequest(connecteurId: $connecteurId, reason: $reason) {
    id
    hasPendingLabelRequest
  }
}
    `, {"hash":"sha256:1ce4a8838a3acfa2c58bbfd31ad758f17959f1db9d7a3ba28093e5dac3b5545e"}) as unknown as TypedDocumentString<ModeratorRejectLabelRequestMutation, ModeratorRejectLabelRequestMutationVariables>;
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
    `, {"hash":"sha256:6747451daec656b465d9104e389509ee799930bf28870400376b22055afd10be"}) as unknown as TypedDocumentString<ModeratorLabelledConnecteursQuery, ModeratorLabelledConnecteursQueryVariables>;
export const ModeratorRevokeLabelDocument = new TypedDocumentString(`
    mutation ModeratorRevokeLabel($connecteurId: ID!, $reason: String!) {
  revokeLabel(connecteurId: $connecteurId, reason: $reason) {
    id
    isLabelled
  }
}
    `, {"hash":"sha256:8d342124750f3e56ac5ab9532ee9a7d0d974ba6f070e88fe39c8ffa69b8a3f9a"}) as unknown as TypedDocumentString<ModeratorRevokeLabelMutation, ModeratorRevokeLabelMutationVariables>;
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
    `, {"hash":"sha256:e0c9c17e6d530ff350d907904ac670b0887af47b189166ec789fc762304843f8"}) as unknown as TypedDocumentString<ModeratorReviewQueueQuery, ModeratorReviewQueueQueryVariables>;
export const ModeratorModerateReviewDocument = new TypedDocumentString(`
    mutation ModeratorModerateReview($reviewId: ID!, $decision: ModerationDecision!, $reason: String) {
  moderateReview(reviewId: $reviewId, decision: $decision, reason: $reason) {
    id
    status
  }
}
    `, {"hash":"sha256:ab5ae99bf311bb4d793d814f0c743be34747fd0b8ea10b0985ac3bf7b7385019"}) as unknown as TypedDocumentString<ModeratorModerateReviewMutation, ModeratorModerateReviewMutationVariables>;
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
    `, {"hash":"sha256:66111a1e897fb6b0e4da78bc3badf61094121d72810aa9696bc2aa599104d5af"}) as unknown as TypedDocumentString<ModeratorTestimonialQueueQuery, ModeratorTestimonialQueueQueryVariables>;
export const ModeratorModerateTestimonialDocument = new TypedDocumentString(`
    mutation ModeratorModerateTestimonial($id: ID!, $decision: ModerationDecision!, $reason: String) {
  moderateTestimonial(id: $id, decision: $decision, reason: $reason) {
    id
    status
  }
}
    `, {"hash":"sha256:4b7dacd47dd43d83e1111d92aeedf3b59811b16a71ca22b07cfc98a5c2a19c43"}) as unknown as TypedDocumentString<ModeratorModerateTestimonialMutation, ModeratorModerateTestimonialMutationVariables>;
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
    `, {"hash":"sha256:d8e08a7dcee19717a47a8c1b1be614ffeec3bd417adc09410ada95ffe90df9b7"}) as unknown as TypedDocumentString<PmeProgramApplicationsQuery, PmeProgramApplicationsQueryVariables>;
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
    `, {"hash":"sha256:bdd5c396d02c736bd78b7f215548ec69fa23e436ec7a4218ca74fbbf01a3c133"}) as unknown as TypedDocumentString<PmeTrustedThirdPartiesQuery, PmeTrustedThirdPartiesQueryVariables>;
export const PmeCreateApplicationDocument = new TypedDocumentString(`
    mutation PmeCreateApplication($input: CreateSubsidyApplicationInput!) {
  createSubsidyApplication(input: $input) {
    id
  }
}
    `, {"hash":"sha256:a71309ae015c0c49e446822370e6ed9432575f7b5933375b21fa7904f139ea01"}) as unknown as TypedDocumentString<PmeCreateApplicationMutation, PmeCreateApplicationMutationVariables>;
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
    `, {"hash":"sha256:f9f7ade1f94d51a65ef3364cdd72387065ed49439f1fae04815e485e1dd7f9e9"}) as unknown as TypedDocumentString<PmeUpdateApplicationMutation, PmeUpdateApplicationMutationVariables>;
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
    localProvidersRule
    perCompanyCapCents
    perCompanyCapYears
    attestationRequired
    ...SubsidyDeclarationText
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
    fragment SubsidyDeclarationText on SubsidyProgram {
  declaration {
    version
    statements
  }
}`, {"hash":"sha256:d6289f1cfc60491af6a06089837d91d135171103df9dc225d1a79d2adc7dad34"}) as unknown as TypedDocumentString<PmeNewApplicationQuery, PmeNewApplicationQueryVariables>;
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
    ...SubsidyFileHistory
    ...SubsidyFileMessages
    ...SubsidyFileDocuments
    ...SubsidyFileOutcome
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
      localProvidersRule
      perCompanyCapCents
      perCompanyCapYears
      attestationRequired
      ...SubsidyDeclarationText
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
    fragment SubsidyFileHistory on SubsidyApplication {
  history {
    version
    at
    actorRole
    actorSub
    action
    reason
    fromStatus
    toStatus
    invoiceCents
    paidCents
  }
}
fragment SubsidyFileMessages on SubsidyApplication {
  id
  status
  messages {
    seq
    at
    authorRole
    body
  }
}
fragment SubsidyFileDocuments on SubsidyApplication {
  id
  status
  documents {
    id
    kind
    fileName
    contentType
    sizeBytes
    uploadedAt
    downloadUrl
  }
}
fragment SubsidyFileOutcome on SubsidyApplication {
  status
  grantedAidCents
  paidCents
  invoiceCents
  nextSteps
  paymentExplanation
  declaration {
    textVersion
    acceptedAt
    statements
  }
}
fragment SubsidyDeclarationText on SubsidyProgram {
  declaration {
    version
    statements
  }
}`, {"hash":"sha256:e9123f9e9e8476e5eb76a4e750f124b87890390fa69fbdc0c569d34f0b9b58d8"}) as unknown as TypedDocumentString<PmeApplicationQuery, PmeApplicationQueryVariables>;
export const PmeUpdateCompanyDocument = new TypedDocumentString(`
    mutation PmeUpdateCompany($input: UpdateCompanyInput!, $expectedVersion: Int!) {
  updateCompany(input: $input, expectedVersion: $expectedVersion) {
    id
    version
  }
}
    `, {"hash":"sha256:c0d7d0578a1008e6e4353c243314aa674ad7b7e91fa6f75726d6fa2689123860"}) as unknown as TypedDocumentString<PmeUpdateCompanyMutation, PmeUpdateCompanyMutationVariables>;
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
    `, {"hash":"sha256:3182f42c7d072b09179eeb0638223d3fac81233f5198d4eaf689994e52371cef"}) as unknown as TypedDocumentString<PmeCompanyQuery, PmeCompanyQueryVariables>;
export const PmeJoinCompanyDocument = new TypedDocumentString(`
    mutation PmeJoinCompany {
  joinMyCompany {
    id
    name
  }
}
    `, {"hash":"sha256:9685d4afec720c4239b8287654f20d35b46c50df2cc616b7089b4ddf865f88a0"}) as unknown as TypedDocumentString<PmeJoinCompanyMutation, PmeJoinCompanyMutationVariables>;
export const PmeRegisterCompanyDocument = new TypedDocumentString(`
    mutation PmeRegisterCompany($input: RegisterCompanyInput!) {
  registerCompany(input: $input) {
    id
    name
  }
}
    `, {"hash":"sha256:a37bade369f30dbe6edda05087a93076f8e772a80821d955208dc262694b59fe"}) as unknown as TypedDocumentString<PmeRegisterCompanyMutation, PmeRegisterCompanyMutationVariables>;
export const CompanyTestimonialsDocument = new TypedDocumentString(`
    query CompanyTestimonials {
  myTestimonials(first: 50) {
    edges {
      node {
        id
        title
        story
        status
        rejectionReason
        submittedAt
        publishedAt
        connecteur {
          id
          displayName
        }
      }
    }
  }
}
    `, {"hash":"sha256:cdd22e5fc886afa592df7e363577b8d393b79875c1520e302796d92b181ed35e"}) as unknown as TypedDocumentString<CompanyTestimonialsQuery, CompanyTestimonialsQueryVariables>;
export const AgreeToTestimonialDocument = new TypedDocumentString(`
    mutation AgreeToTestimonial($id: ID!) {
  agreeToTestimonial(id: $id) {
    id
    status
  }
}
    `, {"hash":"sha256:391e1ff64346d72563404b0084ec834646b6aa9d658c783eb554ff6864b210a6"}) as unknown as TypedDocumentString<AgreeToTestimonialMutation, AgreeToTestimonialMutationVariables>;
export const WithdrawCompanyTestimonialDocument = new TypedDocumentString(`
    mutation WithdrawCompanyTestimonial($id: ID!) {
  withdrawTestimonial(id: $id) {
    id
    status
  }
}
    `, {"hash":"sha256:955c145919cad5f39252e196a29ee0636c3c02e8559f77880a13c1ab8bd51c9e"}) as unknown as TypedDocumentString<WithdrawCompanyTestimonialMutation, WithdrawCompanyTestimonialMutationVariables>;
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
    `, {"hash":"sha256:28b0d7361146350969c132f90bba74a821bbe650be413cd43ac7255ec71814b0"}) as unknown as TypedDocumentString<PmeContactNeedQuery, PmeContactNeedQueryVariables>;
export const PmeReopenContactRequestDocument = new TypedDocumentString(`
    mutation PmeReopenContactRequest($id: ID!, $message: String) {
  reopenContactRequest(id: $id, message: $message) {
    id
    status
  }
}
    `, {"hash":"sha256:2c8775214fa9e04fba6bfbd3ed82b31be800e50b2baa163a309415a70238483c"}) as unknown as TypedDocumentString<PmeReopenContactRequestMutation, PmeReopenContactRequestMutationVariables>;
export const PmeGiveContactFeedbackDocument = new TypedDocumentString(`
    mutation PmeGiveContactFeedback($requestId: ID!, $input: ContactFeedbackInput!) {
  giveContactFeedback(requestId: $requestId, input: $input) {
    id
  }
}
    `, {"hash":"sha256:68dd06cdb6d92e584b0c3ab0ef5d869bd65aca17b1c5dc016689851310205c1c"}) as unknown as TypedDocumentString<PmeGiveContactFeedbackMutation, PmeGiveContactFeedbackMutationVariables>;
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
    `, {"hash":"sha256:da9e4f9355a86674d01265e5c84b37a4c534c26d818a31ffa8e605965098f701"}) as unknown as TypedDocumentString<PmeContactNeedsQuery, PmeContactNeedsQueryVariables>;
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
    `, {"hash":"sha256:8d05877dae051d17d5cc41204f08b717921a591050185fe5324dd12c8f841d0e"}) as unknown as TypedDocumentString<PmeContactConnecteurQuery, PmeContactConnecteurQueryVariables>;
export const PmeSendContactRequestDocument = new TypedDocumentString(`
    mutation PmeSendContactRequest($input: SendContactRequestInput!) {
  sendContactRequest(input: $input) {
    id
  }
}
    `, {"hash":"sha256:8a8996370d6dfcfd3017bc7ace76653c0d11795a7bc33910cb3cdd597c9e8692"}) as unknown as TypedDocumentString<PmeSendContactRequestMutation, PmeSendContactRequestMutationVariables>;
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
    `, {"hash":"sha256:386c18f05d872a684f684b380f9a51ce063e2df409599dfc6526e110564df070"}) as unknown as TypedDocumentString<PmeDiagnosticQuestionnaireQuery, PmeDiagnosticQuestionnaireQueryVariables>;
export const PmeSubmitDiagnosticDocument = new TypedDocumentString(`
    mutation PmeSubmitDiagnostic($input: SubmitDiagnosticInput!) {
  submitDiagnostic(input: $input) {
    id
  }
}
    `, {"hash":"sha256:40d8ad45cfc5aa274177ec11a00c8a737a93c8e97bba85a7ceb683f5770f8d53"}) as unknown as TypedDocumentString<PmeSubmitDiagnosticMutation, PmeSubmitDiagnosticMutationVariables>;
export const PmeDiagnosticResultDocument = new TypedDocumentString(`
    query PmeDiagnosticResult($id: ID!) {
  diagnosticResult(id: $id) {
    id
    claimed
    companyFacts {
      regionCode
    }
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
    `, {"hash":"sha256:727c430adee83e3607b3be324e9436cd012854e06c7561fa060b64adb01a9a0e"}) as unknown as TypedDocumentString<PmeDiagnosticResultQuery, PmeDiagnosticResultQueryVariables>;
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
    `, {"hash":"sha256:ea8fd985e2a1d622bada93b2f1524910bd55bfd5a241497206d617e859a56117"}) as unknown as TypedDocumentString<PmePricePositionQuery, PmePricePositionQueryVariables>;
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
    `, {"hash":"sha256:4b6aaeaad4e72dfe693327a3a98ae8ab686c28648fd46d376026629aae195493"}) as unknown as TypedDocumentString<PmeProviderDirectoryQuery, PmeProviderDirectoryQueryVariables>;
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
    contactConversations {
      request {
        id
        status
        createdAt
        connecteur {
          id
          displayName
        }
      }
      sharedContactDetails {
        name
        email
        phone
      }
      sharedSince
      messages {
        at
        by
        text
      }
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
    `, {"hash":"sha256:ec8e7dc8213ca527c8d7bc14ba779f76b217b4f99035fb87b2e9ca67bba305f8"}) as unknown as TypedDocumentString<PmeExportMyDataQuery, PmeExportMyDataQueryVariables>;
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
    `, {"hash":"sha256:0339e90c8be915fb4e62a3be3e1c3741601e12e49cb6d97d01d5a7208cd639b1"}) as unknown as TypedDocumentString<PmeDeleteMyAccountMutation, PmeDeleteMyAccountMutationVariables>;
export const PmeClaimDiagnosticDocument = new TypedDocumentString(`
    mutation PmeClaimDiagnostic($id: ID!) {
  claimDiagnostic(id: $id) {
    id
    claimed
  }
}
    `, {"hash":"sha256:ec2ed346a29dc14751f0bbbb50448141c13200e41ad22badc5a2f21d4e5463fe"}) as unknown as TypedDocumentString<PmeClaimDiagnosticMutation, PmeClaimDiagnosticMutationVariables>;
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
    `, {"hash":"sha256:e7b0a5cc856ddb5f2fb9a1f7619bc10e2adf8676e6eb9984cd0666e2190796aa"}) as unknown as TypedDocumentString<PmeSubsidyHomeQuery, PmeSubsidyHomeQueryVariables>;
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
    `, {"hash":"sha256:117342f7c35561671cb55674ee02e3451c9357c4d43e628fe6f8165933a991c8"}) as unknown as TypedDocumentString<PmeRegionProgramsQuery, PmeRegionProgramsQueryVariables>;
export const PmeAppointmentsDocument = new TypedDocumentString(`
    query PmeAppointments {
  myAppointments(upcoming: true, first: 50) {
    edges {
      node {
        id
        startsAt
        endsAt
        topic
        status
        connecteur {
          id
          displayName
        }
      }
    }
  }
}
    `, {"hash":"sha256:aac1e29f862cdacad3a2bb8c718d52691dea3f4155c6bff68be501388776b69c"}) as unknown as TypedDocumentString<PmeAppointmentsQuery, PmeAppointmentsQueryVariables>;
export const PmeAppointmentSlotsDocument = new TypedDocumentString(`
    query PmeAppointmentSlots($connecteurId: ID!) {
  appointmentSlots(connecteurId: $connecteurId, first: 20) {
    edges {
      node {
        id
        startsAt
        endsAt
      }
    }
  }
}
    `, {"hash":"sha256:8ce72a987be64831519d8248cae60c4fdbd58eedfee2273b46f569672af642b6"}) as unknown as TypedDocumentString<PmeAppointmentSlotsQuery, PmeAppointmentSlotsQueryVariables>;
export const PmeBookAppointmentDocument = new TypedDocumentString(`
    mutation PmeBookAppointment($slotId: ID!, $topic: String) {
  bookAppointment(slotId: $slotId, topic: $topic) {
    id
    startsAt
  }
}
    `, {"hash":"sha256:230b452d87add4a0de6944f5cd17e55041dd34bdf97452949466ce8903cdf09c"}) as unknown as TypedDocumentString<PmeBookAppointmentMutation, PmeBookAppointmentMutationVariables>;
export const PmeCancelAppointmentDocument = new TypedDocumentString(`
    mutation PmeCancelAppointment($id: ID!, $reason: String) {
  cancelAppointment(id: $id, reason: $reason) {
    id
    status
  }
}
    `, {"hash":"sha256:bfe8853edcc17bb671bcbc510c1a5b636fdb4b87ec1271d21153fc774915db30"}) as unknown as TypedDocumentString<PmeCancelAppointmentMutation, PmeCancelAppointmentMutationVariables>;
export const PmeAcceptFollowDocument = new TypedDocumentString(`
    mutation PmeAcceptFollow($connecteurId: ID!) {
  acceptFollow(connecteurId: $connecteurId) {
    id
    status
  }
}
    `, {"hash":"sha256:90039cf9d3b570782329ee2c45e46caaff42f975e45b3b23ca0db3e05dc039e8"}) as unknown as TypedDocumentString<PmeAcceptFollowMutation, PmeAcceptFollowMutationVariables>;
export const PmeDeclineFollowDocument = new TypedDocumentString(`
    mutation PmeDeclineFollow($connecteurId: ID!) {
  declineFollow(connecteurId: $connecteurId) {
    id
    status
  }
}
    `, {"hash":"sha256:e002c9c51b1d29afbae16be564a87033c73dcc62f7ba675728ac49bbd8bcd7da"}) as unknown as TypedDocumentString<PmeDeclineFollowMutation, PmeDeclineFollowMutationVariables>;
export const PmeRevokeFollowDocument = new TypedDocumentString(`
    mutation PmeRevokeFollow($connecteurId: ID!) {
  revokeFollow(connecteurId: $connecteurId) {
    id
    status
  }
}
    `, {"hash":"sha256:9b34711f9093b6c3f2f6245a8d22f71f6fff2d90da025a790b57fe80543e823d"}) as unknown as TypedDocumentString<PmeRevokeFollowMutation, PmeRevokeFollowMutationVariables>;
export const PmeFollowUpCompanyDocument = new TypedDocumentString(`
    query PmeFollowUpCompany {
  myCompany {
    id
  }
}
    `, {"hash":"sha256:95ce96ce22d30e5ff3eec1c3d7197445c9fff867f1106b127c8092d43324b027"}) as unknown as TypedDocumentString<PmeFollowUpCompanyQuery, PmeFollowUpCompanyQueryVariables>;
export const PmeFollowUpDocument = new TypedDocumentString(`
    query PmeFollowUp($companyId: ID!) {
  myContactConsent {
    consented
    changedAt
    departementCode
  }
  myFollows {
    id
    status
    proposedAt
    proposalMessage
    acceptedAt
    revokedAt
    connecteur {
      id
      displayName
      email
    }
    actionPlan {
      id
      theme
      title
      status
      dueOn
    }
    followUpContact {
      dueOn
      status
    }
    sharedMeetingNotes(first: 20) {
      edges {
        node {
          id
          meetingOn
          text
        }
      }
    }
  }
  providerRecommendations(companyId: $companyId) {
    connecteur {
      id
    }
    note
    recommendedAt
    providers {
      id
      name
    }
  }
}
    `, {"hash":"sha256:e9c1e2c3784e6a17893b7474307e9f9a5da6a55a00eeccc866328e6354357f5c"}) as unknown as TypedDocumentString<PmeFollowUpQuery, PmeFollowUpQueryVariables>;
export const PmeSetContactConsentDocument = new TypedDocumentString(`
    mutation PmeSetContactConsent($consented: Boolean!) {
  setContactConsent(consented: $consented) {
    consented
  }
}
    `, {"hash":"sha256:2dce39c0bc8b11f4885819375ff9c88b0df654f4bc2abd2e15d7896d7db86b10"}) as unknown as TypedDocumentString<PmeSetContactConsentMutation, PmeSetContactConsentMutationVariables>;
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
    `, {"hash":"sha256:2bacd75209e66a10172af12aae6df78b42b6bc166cd754f7897bb598efd9b737"}) as unknown as TypedDocumentString<ProviderMyEntryQuery, ProviderMyEntryQueryVariables>;
export const ProviderRegisterDocument = new TypedDocumentString(`
    mutation ProviderRegister($input: RegisterProviderInput!) {
  registerProvider(input: $input) {
    id
  }
}
    `, {"hash":"sha256:f188a19e1a3f3484f0bb4bf0429a108e90ce22a386aa6c8cf705e9003c70aeb0"}) as unknown as TypedDocumentString<ProviderRegisterMutation, ProviderRegisterMutationVariables>;
export const ProviderUpdateDocument = new TypedDocumentString(`
    mutation ProviderUpdate($input: UpdateProviderInput!) {
  updateProvider(input: $input) {
    id
  }
}
    `, {"hash":"sha256:f0a5e93e482f60cf7e6aeb07f78b17b27726ff1b0359cb77a2764a38aadbcb24"}) as unknown as TypedDocumentString<ProviderUpdateMutation, ProviderUpdateMutationVariables>;
export const ProviderAddOfferDocument = new TypedDocumentString(`
    mutation ProviderAddOffer($input: AddProviderOfferInput!) {
  addProviderOffer(input: $input) {
    id
  }
}
    `, {"hash":"sha256:9bbfbc47a9f965889269617426411691071f44cde8803ee08d7db40a3bc62fee"}) as unknown as TypedDocumentString<ProviderAddOfferMutation, ProviderAddOfferMutationVariables>;
export const ProviderRemoveOfferDocument = new TypedDocumentString(`
    mutation ProviderRemoveOffer($offerId: ID!) {
  removeProviderOffer(offerId: $offerId) {
    id
  }
}
    `, {"hash":"sha256:4ce027d6f6731852f7ef91ecbc3d0e712f1fc2e234b69b295c6e1078cdbaabb0"}) as unknown as TypedDocumentString<ProviderRemoveOfferMutation, ProviderRemoveOfferMutationVariables>;
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
    `, {"hash":"sha256:4ed7878890942cd9cfed7254899852955f80b3efdde6f1d5c79a3b6a2b3ea0d6"}) as unknown as TypedDocumentString<ProviderMyReviewsQuery, ProviderMyReviewsQueryVariables>;
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
    `, {"hash":"sha256:8202942899c029ec1bab9b04dbec1c6876a2e085b88e15ac04657b1c594e5346"}) as unknown as TypedDocumentString<ProviderReplyToReviewMutation, ProviderReplyToReviewMutationVariables>;
export const PublicDiagnosticQuestionnaireDocument = new TypedDocumentString(`
    query PublicDiagnosticQuestionnaire {
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
}
    `, {"hash":"sha256:3c5b404b5a4bbfb40487dfb6cf3a4d255b84cf8b58d98c52bcfc4d750570959f"}) as unknown as TypedDocumentString<PublicDiagnosticQuestionnaireQuery, PublicDiagnosticQuestionnaireQueryVariables>;
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
    `, {"hash":"sha256:cf9333ec9767ce3cfb75ca4a415dc2bab3851615f5846b438940d35c02fa3d2c"}) as unknown as TypedDocumentString<ConnecteurDetailQuery, ConnecteurDetailQueryVariables>;
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
    `, {"hash":"sha256:6ef475fdc355bee040fd73d55f46751a7e14a3b428fd5506c820d48a2512ef8b"}) as unknown as TypedDocumentString<ConnecteurSearchQuery, ConnecteurSearchQueryVariables>;
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
    `, {"hash":"sha256:0fd1061b44c2c3d1af39d0ad5f0d6c2181747181201b62cd1c48bd3b8308bafa"}) as unknown as TypedDocumentString<PublicEventsQuery, PublicEventsQueryVariables>;
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
    `, {"hash":"sha256:fa005efb6a2d4ea2bcfaac4fb859fcd3539a86a808061626eeb912cba57cb0f3"}) as unknown as TypedDocumentString<PublicNewsQuery, PublicNewsQueryVariables>;
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
}`, {"hash":"sha256:8819d0367b8ea410cfb3800008b89ba52cfdf802320a05ccf73bd79b8c253149"}) as unknown as TypedDocumentString<PublicPriceReferentialsQuery, PublicPriceReferentialsQueryVariables>;
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
    `, {"hash":"sha256:2159a0eb07c8b89d57ef99740ba288d72bdc3827195782446130756964cee706"}) as unknown as TypedDocumentString<PublicProviderDetailQuery, PublicProviderDetailQueryVariables>;
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
    `, {"hash":"sha256:8ea72320d014189698a259aa46adc116a35c44179c34f0a9ed724fc4210a1d77"}) as unknown as TypedDocumentString<PublicProviderReviewsQuery, PublicProviderReviewsQueryVariables>;
export const PublicReviewProviderDocument = new TypedDocumentString(`
    mutation PublicReviewProvider($providerId: ID!, $rating: Int!, $comment: String!) {
  reviewProvider(providerId: $providerId, rating: $rating, comment: $comment) {
    id
    status
  }
}
    `, {"hash":"sha256:0694201660d8b544fb6cb61171e6080b7d85479d2c308937f350685d0ff16649"}) as unknown as TypedDocumentString<PublicReviewProviderMutation, PublicReviewProviderMutationVariables>;
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
    `, {"hash":"sha256:a37792574e59a9b86f9b0548d07c7f6a1b1f28786428e29056752ca1500000b1"}) as unknown as TypedDocumentString<PublicProvidersQuery, PublicProvidersQueryVariables>;
export const PublicSubsidyProgramsDocument = new TypedDocumentString(`
    query PublicSubsidyPrograms($regionCode: String) {
  subsidyPrograms(regionCode: $regionCode) {
    id
    regionCode
    name
    managingBody
    description
    opensOn
    closesOn
    isOpen
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
    }
  }
}
    `, {"hash":"sha256:974fc752257d1f4847b11be85cb14bf1e74f774d56f06e6e706d3ee84782e583"}) as unknown as TypedDocumentString<PublicSubsidyProgramsQuery, PublicSubsidyProgramsQueryVariables>;
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
    `, {"hash":"sha256:5713d499736ca3e5e97b52a47413a768c46fa2fcbe95708a473ac8defc88f6c5"}) as unknown as TypedDocumentString<PublicTestimonialsQuery, PublicTestimonialsQueryVariables>;
export const PublicTestimonialMapDocument = new TypedDocumentString(`
    query PublicTestimonialMap($filter: TestimonialFilter) {
  testimonialMap(filter: $filter) {
    departementCode
    count
  }
}
    `, {"hash":"sha256:e8954ee0ac7d1c9771628e3f87e929c15a92e4164d23dc69cad4948bb4176996"}) as unknown as TypedDocumentString<PublicTestimonialMapQuery, PublicTestimonialMapQueryVariables>;
export const AgentStartReviewDocument = new TypedDocumentString(`
    mutation AgentStartReview($id: ID!, $expectedVersion: Int!) {
  startSubsidyReview(id: $id, expectedVersion: $expectedVersion) {
    id
    status
    version
  }
}
    `, {"hash":"sha256:6adc8553c9312d7a14a2a429dd2f1968f7aa1e55e54cb4841bc396687b2f4b4e"}) as unknown as TypedDocumentString<AgentStartReviewMutation, AgentStartReviewMutationVariables>;
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
    `, {"hash":"sha256:c9d32deda6e7b448ea4670862a58742a8c6fe28fea0dbd26aaa6707f2c0b1414"}) as unknown as TypedDocumentString<AgentRequestCorrectionMutation, AgentRequestCorrectionMutationVariables>;
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
    `, {"hash":"sha256:6ef2ac4e99cc154a2805ca219846c657c5d0f0b01f0438d013feabdf6c8a8d92"}) as unknown as TypedDocumentString<AgentDecideMutation, AgentDecideMutationVariables>;
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
    `, {"hash":"sha256:0f76555566439627d0a7008a18a7933c32fdff88f94ad50b646689814093da9c"}) as unknown as TypedDocumentString<AgentReopenMutation, AgentReopenMutationVariables>;
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
    `, {"hash":"sha256:2307d0e0277c40479db21c73e1e76e80134be6e853a9f21665dd334eee1aec3d"}) as unknown as TypedDocumentString<AgentRecordPaymentMutation, AgentRecordPaymentMutationVariables>;
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
    `, {"hash":"sha256:dd0d15f9a97a21afb7e2b68400dcdead7d761b9168e6de2d904bc5e26e20f19a"}) as unknown as TypedDocumentString<AgentProgramRulesQuery, AgentProgramRulesQueryVariables>;
export const AgentOpenProgramDocument = new TypedDocumentString(`
    mutation AgentOpenProgram($input: OpenSubsidyProgramInput!) {
  openSubsidyProgram(input: $input) {
    id
  }
}
    `, {"hash":"sha256:b9078dde049c316cf43f274cc226c9584b38a5504093480353eba2e48bdc53e8"}) as unknown as TypedDocumentString<AgentOpenProgramMutation, AgentOpenProgramMutationVariables>;
export const AgentUpdateProgramDocument = new TypedDocumentString(`
    mutation AgentUpdateProgram($id: ID!, $input: UpdateSubsidyProgramInput!, $expectedVersion: Int!) {
  updateSubsidyProgram(id: $id, input: $input, expectedVersion: $expectedVersion) {
    id
    version
  }
}
    `, {"hash":"sha256:a282f70f7140a60caa5994cdef240200e462b40783d8127dba6a138a85cadb87"}) as unknown as TypedDocumentString<AgentUpdateProgramMutation, AgentUpdateProgramMutationVariables>;
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
    ...SubsidyFileHistory
    ...SubsidyFileMessages
    ...SubsidyFileDocuments
    annotations {
      seq
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
    fragment SubsidyFileHistory on SubsidyApplication {
  history {
    version
    at
    actorRole
    actorSub
    action
    reason
    fromStatus
    toStatus
    invoiceCents
    paidCents
  }
}
fragment SubsidyFileMessages on SubsidyApplication {
  id
  status
  messages {
    seq
    at
    authorRole
    body
  }
}
fragment SubsidyFileDocuments on SubsidyApplication {
  id
  status
  documents {
    id
    kind
    fileName
    contentType
    sizeBytes
    uploadedAt
    downloadUrl
  }
}`, {"hash":"sha256:129c0a417522635160d150016290543a9cf6173b09711f173a805f3b73c860f8"}) as unknown as TypedDocumentString<AgentApplicationFileQuery, AgentApplicationFileQueryVariables>;
export const AgentAnnotateDocument = new TypedDocumentString(`
    mutation AgentAnnotate($id: ID!, $body: String!, $clientKey: String) {
  annotateSubsidyApplication(id: $id, body: $body, clientKey: $clientKey) {
    at
  }
}
    `, {"hash":"sha256:6237f0aeaa30ebb654d1f706bb625fdc58f0c61630b7e434f5ff4dd559ddf0a7"}) as unknown as TypedDocumentString<AgentAnnotateMutation, AgentAnnotateMutationVariables>;
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
    `, {"hash":"sha256:e2a9326949d85c60ed5b9cd56f6f7b13cc452e14f509aaaafb45757aecedf699"}) as unknown as TypedDocumentString<AgentProgramDashboardQuery, AgentProgramDashboardQueryVariables>;
export const AgentProgramExportDocument = new TypedDocumentString(`
    query AgentProgramExport($programId: ID!) {
  subsidyProgramExport(programId: $programId)
}
    `, {"hash":"sha256:21389ffbec7ba42396f55d804c1ab44512beeb5860d7e1cba37f8af4c1cb40ae"}) as unknown as TypedDocumentString<AgentProgramExportQuery, AgentProgramExportQueryVariables>;
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
    `, {"hash":"sha256:5826a8e99f76ecaf7f8578af30f7376d76b702e68592c416fda4632a0fd8b42d"}) as unknown as TypedDocumentString<AgentRegionProgramsQuery, AgentRegionProgramsQueryVariables>;
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
    `, {"hash":"sha256:c1ee2b20253c167903884b2a48edecd54e778b3e7cbbfa32bf45a914c61121fa"}) as unknown as TypedDocumentString<AgentApplicationQueueQuery, AgentApplicationQueueQueryVariables>;