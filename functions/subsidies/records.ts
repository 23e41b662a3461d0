import type { Role, SubsidyAction, SubsidyApplicationStatus, Theme } from '../generated/resolvers-types.js';
import type { ProgramQuestion, QuestionAnswer } from './questions.js';
import type { DeclarationRecord } from './declaration.js';

export type SubsidyStatus = SubsidyApplicationStatus;

export const SUBSIDY_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'CORRECTION_REQUESTED',
  'UNDER_REVIEW',
  'ACCEPTED',
  'REJECTED',
  'CLOSED',
  'PAID',
] as const satisfies readonly SubsidyStatus[];

/** A programme's rules: data, checked by eligibility.ts and priced by aid.ts. Money in integer cents. */
export type ProgramRules = {
  opensAt: string;
  closesAt: string;
  envelopeCents: number;
  /** 5000 = 50 %. */
  aidRateBasisPoints: number;
  investmentFloorCents: number;
  investmentCeilingCents: number;
  aidFloorCents: number;
  aidCeilingCents: number;
  /** Largest headcount accepted (inclusive). */
  maxEmployees: number;
  /** Largest annual revenue accepted (inclusive); absent: no ceiling. */
  maxAnnualRevenueCents?: number;
  independenceRequired: boolean;
  excludedNafPrefixes: string[];
  eligibleThemes: Theme[];
  localProvidersOnly: boolean;
  /** Most aid per company from this programme over `perCompanyCapYears` calendar years; absent: no cap. */
  perCompanyCapCents?: number;
  perCompanyCapYears: number;
  attestationRequired: boolean;
  /** Days the region means to decide a file in (agents are told of files waiting longer); absent: 30. */
  decisionTargetDays?: number;
  /**
   * Most aid per company over `managingBodyCapYears` calendar years from every programme of the same region and
   * managing body (a ledger across calls, `company-cap.ts`); absent: no such cap.
   */
  managingBodyCapCents?: number;
  managingBodyCapYears?: number;
  /** The programme's own eligibility questions (rules the fields above cannot express); absent: none. */
  questions?: ProgramQuestion[];
};

/** The stored shape of a programme's rules (item `SUBPROG#<id>` / `RULES`). */
export type SubsidyProgramRecord = ProgramRules & {
  id: string;
  regionCode: string;
  name: string;
  managingBody: string;
  /** What the call finances and for whom; says where its rules go beyond its source. */
  description?: string;
  createdBySub: string;
  createdAt: string;
  updatedAt: string;
  version: number;
};

/** Counters of applications per status, one attribute each (`countDRAFT`, …). */
export type StatusCounters = { [S in SubsidyStatus as `count${S}`]: number };

/**
 * A programme's running totals (item `SUBPROG#<id>` / `LEDGER`), changed by ADD in the transactions of the
 * applications' transitions: committed + paid + remaining = envelope, and each counter equals the sum over the files.
 */
export type SubsidyLedgerRecord = StatusCounters & {
  programId: string;
  regionCode: string;
  envelopeCents: number;
  committedCents: number;
  paidCents: number;
  remainingCents: number;
  applicantCompanies: number;
  fundedCompanies: number;
  followUpResponses: number;
  followUpBenefitCount: number;
  followUpRevenueChangePercentSum: number;
  followUpEmployeesChangeSum: number;
  followUpSatisfactionSum: number;
};

export type LedgerCounter = Exclude<keyof SubsidyLedgerRecord, 'programId' | 'regionCode'>;
export type LedgerDelta = Partial<Record<LedgerCounter, number>>;

/**
 * One company's standing in one programme (item `SUBPROG#<programId>` / `USAGE#<companyId>`): how many of its files
 * were submitted and are funded (for the applicant and funded company counters), and the aid it holds per calendar
 * year of decision (for the per-company cap). Written under its version in the transitions that change it.
 */
export type CompanyUsageRecord = {
  programId: string;
  companyId: string;
  /** Files submitted at least once. */
  appliedFiles: number;
  /** Files ACCEPTED or PAID. */
  fundedFiles: number;
  /** Granted (then paid) aid by Paris calendar year of the decision. */
  aidByYear: Record<string, number>;
  /** 0 while the item does not exist. */
  version: number;
};

export type ExpenseRecord = {
  theme: Theme;
  description: string;
  amountCents: number;
  providerSiren: string;
  providerName: string;
  providerCommuneCode?: string;
};

/** The company's facts as declared when the file was (last) submitted: what eligibility and the export use. */
export type CompanySnapshot = {
  siren: string;
  name: string;
  nafCode: string;
  employees: number;
  annualRevenueCents: number;
  independent: boolean;
  communeCode: string;
  departementCode: string;
  regionCode: string;
};

export type FollowUpRecord = {
  answeredAt: string;
  answeredBySub: string;
  revenueChangePercent: number;
  employeesChange: number;
  benefit: boolean;
  satisfaction: number;
  comment?: string;
};

/** The stored shape of an application (item `SUBAPP#<id>` / `APP`). */
export type SubsidyApplicationRecord = {
  id: string;
  programId: string;
  /** The programme's region: the agents who instruct it. */
  regionCode: string;
  companyId: string;
  createdBySub: string;
  status: SubsidyStatus;
  /** Every versioned write adds one history entry: the history is entries 1…version. */
  version: number;
  projectSummary: string;
  expenses: ExpenseRecord[];
  investmentCents: number;
  trustedThirdPartyId?: string;
  /** Answers to the programme's questions; absent: none given. */
  answers?: QuestionAnswer[];
  attestedBy?: string;
  attestedAt?: string;
  /** When the last attestation was withdrawn (a change to the project, a capital link, a label revoked) and why. */
  attestationWithdrawnAt?: string;
  attestationWithdrawalReason?: string;
  companySnapshot?: CompanySnapshot;
  /**
   * Home regions, by SIREN, of the file's providers as the directory gave them at the file's last save or
   * submission: what "local providers only" judges the file on (a submission reads the directory again). Absent
   * when the programme is not restricted.
   */
  providerRegionsSnapshot?: Record<string, string[]>;
  /** Idempotency key of the current submission; removed when a correction is requested (a new one is needed). */
  submissionKey?: string;
  /** The declaration on honour accepted with the last deposit (declaration.ts). */
  declaration?: DeclarationRecord;
  /** The first submission: the call window is judged on it. */
  firstSubmittedAt?: string;
  submittedAt?: string;
  decidedAt?: string;
  /** Paris calendar year of the acceptance: the per-company cap bucket. */
  decidedYear?: number;
  grantedAidCents?: number;
  grantedRateBasisPoints?: number;
  invoiceCents?: number;
  paidCents?: number;
  paidAt?: string;
  /** Messages and annotations are items 1…count (changed without a new version). */
  messageCount: number;
  annotationCount: number;
  /** Checked quotes and invoices are items 1…count (`DOCREADY#<n>`; absent: none yet). */
  documentCount?: number;
  followUp?: FollowUpRecord;
  createdAt: string;
  updatedAt: string;
};

/** One entry of an application's history (item `SUBAPP#<id>` / `HIST#<version>`). */
export type HistoryEntryRecord = {
  applicationId: string;
  version: number;
  at: string;
  actorSub: string;
  actorRole: Role;
  action: SubsidyAction;
  reason?: string;
  fromStatus?: SubsidyStatus;
  toStatus: SubsidyStatus;
  /** Payment entries: the invoice recorded and the amount paid after this entry (the audit trail of corrections). */
  invoiceCents?: number;
  paidCents?: number;
};

/** A message (item `SUBAPP#<id>` / `MSG#<seq>`) or a private annotation of the agents (`NOTE#<seq>`). */
export type NoteRecord = {
  applicationId: string;
  seq: number;
  at: string;
  authorSub: string;
  authorRole: Role;
  body: string;
};
