// The chèque's eligibility and expected aid, computed in the browser by the server's own pure functions (the same
// code judges the file at submission): imported from functions/subsidies, never copied.
import { capRemaining } from '../../../../functions/subsidies/aid';
import { parisYear } from '../../../../functions/shared/paris-time.js';
import {
  evaluateEligibility,
  type Eligibility,
  type ProviderRegions,
} from '../../../../functions/subsidies/eligibility';
import type { ProgramQuestion, QuestionAnswer } from '../../../../functions/subsidies/questions';
import type { ProgramRules } from '../../../../functions/subsidies/records';
import type { SubsidyApplicationStatus, SubsidyQuestionKind, Theme } from '../../../generated/graphql';

export type { Eligibility, ProviderRegions };

/** A programme question as the API sends it (null: not of the question's kind). */
export type ProgramQuestionView = {
  id: string;
  label: string;
  kind: SubsidyQuestionKind;
  required: boolean;
  requiredAnswer?: boolean | null;
  min?: number | null;
  max?: number | null;
  unit?: string | null;
  choices?: string[] | null;
  acceptedChoices?: string[] | null;
};

/** A programme's rules as the API sends them (null: no limit). */
export type ProgramRulesView = {
  regionCode: string;
  opensAt: string;
  closesAt: string;
  envelopeCents: number;
  aidRateBasisPoints: number;
  investmentFloorCents: number;
  investmentCeilingCents: number;
  aidFloorCents: number;
  aidCeilingCents: number;
  maxEmployees: number;
  maxAnnualRevenueCents?: number | null;
  independenceRequired: boolean;
  excludedNafPrefixes: string[];
  eligibleThemes: Theme[];
  localProvidersOnly: boolean;
  perCompanyCapCents?: number | null;
  perCompanyCapYears: number;
  attestationRequired: boolean;
  managingBodyCapCents?: number | null;
  managingBodyCapYears?: number | null;
  questions?: ProgramQuestionView[] | null;
};

export type CompanyView = {
  nafCode: string;
  employees: number;
  annualRevenueCents: number;
  independent: boolean;
  regionCode: string;
};

export type ExpenseDraft = {
  theme: Theme;
  description: string;
  amountCents: number;
  providerSiren: string;
  providerName: string;
};

export type PreviewInputs = {
  program: ProgramRulesView;
  company: CompanyView;
  expenses: ExpenseDraft[];
  providerRegions: ProviderRegions;
  capRemainingCents: number | null;
  attested: boolean;
  /** The instant judged against the call window (now for a draft, the first submission once submitted). */
  at: Date;
  /** Answers to the programme's questions. */
  answers?: readonly QuestionAnswer[];
};

const withoutNulls = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));

const questionOf = (q: ProgramQuestionView): ProgramQuestion => withoutNulls(q) as ProgramQuestion;

const rulesOf = (program: ProgramRulesView): ProgramRules & { regionCode: string } => ({
  ...program,
  maxAnnualRevenueCents: program.maxAnnualRevenueCents ?? undefined,
  perCompanyCapCents: program.perCompanyCapCents ?? undefined,
  // The cap across the managing body's calls is judged by the API alone (it reads the company's ledger).
  managingBodyCapCents: undefined,
  managingBodyCapYears: undefined,
  questions: (program.questions ?? []).map(questionOf),
});

export function previewEligibility(inputs: PreviewInputs): Eligibility {
  return evaluateEligibility({
    program: rulesOf(inputs.program),
    company: inputs.company,
    expenses: inputs.expenses,
    submittedAt: inputs.at,
    capRemainingCents: inputs.capRemainingCents,
    attested: inputs.attested,
    providerRegions: inputs.providerRegions,
    answers: inputs.answers ?? [],
  });
}

/** One of the company's applications to the programme, as listed by `subsidyApplications`. */
export type HeldApplication = {
  id: string;
  status: SubsidyApplicationStatus;
  grantedAidCents?: number | null;
  paidCents?: number | null;
  decidedAt?: string | null;
};

/**
 * What remains of the programme's per-company cap for a new or undecided file, null without a cap: the aid the
 * company holds from its other files (granted, or paid), counted in their decision years as the API's ledger does.
 */
export function capRemainingFor(
  program: Pick<ProgramRulesView, 'perCompanyCapCents' | 'perCompanyCapYears'>,
  applications: readonly HeldApplication[],
  now: Date,
  exceptApplicationId?: string,
): number | null {
  const aidByYear: Record<string, number> = {};
  for (const application of applications) {
    if (application.id === exceptApplicationId || !application.decidedAt) continue;
    const held =
      application.status === 'ACCEPTED'
        ? (application.grantedAidCents ?? 0)
        : application.status === 'PAID'
          ? (application.paidCents ?? 0)
          : 0;
    const year = String(parisYear(new Date(application.decidedAt)));
    aidByYear[year] = (aidByYear[year] ?? 0) + held;
  }
  return capRemaining(
    {
      perCompanyCapCents: program.perCompanyCapCents ?? undefined,
      perCompanyCapYears: program.perCompanyCapYears,
    },
    { aidByYear },
    parisYear(now),
  );
}
