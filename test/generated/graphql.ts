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

export type DiagnosticAnswerInput = {
  choiceIds: Array<string | number>;
  questionId: string | number;
};

export type EngagementStatus =
  | 'CONFIRMED'
  /** Declared by the PME, waiting for the provider. */
  | 'DECLARED';

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

export type ModerationDecision =
  | 'PUBLISH'
  | 'REJECT';

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