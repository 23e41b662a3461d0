import type { EligibilityRule } from '../generated/resolvers-types.js';
import { regionByCode } from '../shared/geography.js';
import { matchesNafPrefix } from '../shared/naf.js';
import { computeAid, type AidComputation } from './aid.js';
import { callWindowCheck } from './call-window.js';
import { formatEuros, formatRate } from './money.js';
import { judgeQuestions, type QuestionAnswer } from './questions.js';
import type { CompanySnapshot, ExpenseRecord, ProgramRules } from './records.js';
import { localProvidersRule } from './provider-rule.js';

/** `questionId`: the programme question a QUESTION check judges. */
export type RuleCheck = { rule: EligibilityRule; passed: boolean; message: string; questionId?: string };

export type EligibilityFacts = {
  program: ProgramRules & { regionCode: string };
  company: Pick<
    CompanySnapshot,
    'nafCode' | 'employees' | 'annualRevenueCents' | 'independent' | 'regionCode'
  >;
  expenses: ExpenseRecord[];
  /** The instant judged against the call window: the first submission, or now for a draft. */
  submittedAt: Date;
  /** What remains of the per-company cap for this file, null without a cap. */
  capRemainingCents: number | null;
  attested: boolean;
  /**
   * Home regions of each expense's provider in the directory, by SIREN (absent: not in the directory). Read only by
   * programmes restricted to local providers.
   */
  providerRegions: ProviderRegions;
  /** The applicant's answers to the programme's questions (absent: none). */
  answers?: readonly QuestionAnswer[];
  /**
   * What remains of the managing body's cap across its calls for this file (`company-cap.ts`); absent or null: the
   * programme has no such cap.
   */
  managingBodyCapRemainingCents?: number | null;
};

export type ProviderRegions = ReadonlyMap<string, readonly string[]>;

export type Eligibility = {
  checks: RuleCheck[];
  failed: RuleCheck[];
  eligible: boolean;
  investmentCents: number;
  aid: AidComputation;
};

const notLocalReason = (e: ExpenseRecord, providerRegions: ProviderRegions): string => {
  const homes = providerRegions.get(e.providerSiren);
  if (!homes?.length) return `${e.providerName} (SIREN ${e.providerSiren}) n’est pas inscrit dans l’annuaire`;
  const names = homes.map((code) => regionByCode(code)?.name ?? code).join(', ');
  return `${e.providerName} est établi hors de la région (${names})`;
};

export const investmentOf = (expenses: Pick<ExpenseRecord, 'amountCents'>[]): number =>
  expenses.reduce((sum, e) => sum + e.amountCents, 0);

/**
 * Every rule of a programme, each passed or failed with a French explanation giving the figures: the one function
 * that says whether a file is eligible and what aid it can expect (shown at every step, enforced at submission and
 * acceptance).
 */
export function evaluateEligibility(facts: EligibilityFacts): Eligibility {
  const { program, company, expenses } = facts;
  const investmentCents = investmentOf(expenses);
  const aid = computeAid(program, investmentCents, facts.capRemainingCents);
  const checks: RuleCheck[] = [];
  const check = (rule: EligibilityRule, passed: boolean, message: string) =>
    checks.push({ rule, passed, message });

  const window = callWindowCheck(program, facts.submittedAt);
  check('CALL_WINDOW', window.passed, window.message);

  check(
    'REGION',
    company.regionCode === program.regionCode,
    company.regionCode === program.regionCode
      ? 'L’entreprise est implantée dans la région du programme.'
      : `L’entreprise est implantée dans une autre région (${company.regionCode}) que celle du programme (${program.regionCode}).`,
  );

  check(
    'EMPLOYEES',
    company.employees <= program.maxEmployees,
    `Effectif de ${company.employees} salarié${company.employees > 1 ? 's' : ''} : au plus ${program.maxEmployees} accepté${program.maxEmployees > 1 ? 's' : ''}.`,
  );

  const maxRevenue = program.maxAnnualRevenueCents;
  check(
    'ANNUAL_REVENUE',
    maxRevenue === undefined || company.annualRevenueCents <= maxRevenue,
    maxRevenue === undefined
      ? 'Pas de plafond de chiffre d’affaires pour ce programme.'
      : `Chiffre d’affaires annuel de ${formatEuros(company.annualRevenueCents)} : au plus ${formatEuros(maxRevenue)}.`,
  );

  check(
    'INDEPENDENCE',
    !program.independenceRequired || company.independent,
    !program.independenceRequired
      ? 'L’indépendance n’est pas exigée par ce programme.'
      : company.independent
        ? 'Entreprise indépendante, comme exigé.'
        : 'Le programme est réservé aux entreprises indépendantes (non contrôlées par un groupe).',
  );

  const excluded = matchesNafPrefix(company.nafCode, program.excludedNafPrefixes);
  check(
    'SECTOR',
    !excluded,
    excluded
      ? `Le secteur de l’entreprise (NAF ${company.nafCode}) est exclu par ce programme (${program.excludedNafPrefixes.join(', ')}).`
      : `Secteur NAF ${company.nafCode} éligible.`,
  );

  const offThemes = [...new Set(expenses.map((e) => e.theme))].filter(
    (t) => !program.eligibleThemes.includes(t),
  );
  check(
    'EXPENSE_THEMES',
    expenses.length > 0 && offThemes.length === 0,
    expenses.length === 0
      ? 'Aucune dépense déclarée.'
      : offThemes.length
        ? `Thèmes de dépense non éligibles à ce programme : ${offThemes.join(', ')}.`
        : 'Toutes les dépenses relèvent de thèmes éligibles.',
  );

  const notLocal = program.localProvidersOnly
    ? expenses.filter((e) => !facts.providerRegions.get(e.providerSiren)?.includes(program.regionCode))
    : [];
  check(
    'LOCAL_PROVIDERS',
    notLocal.length === 0,
    !program.localProvidersOnly
      ? localProvidersRule(program)
      : notLocal.length
        ? `Programme réservé aux prestataires établis en ${regionByCode(program.regionCode)?.name ?? `région ${program.regionCode}`} et inscrits dans l’annuaire : ${notLocal.map((e) => notLocalReason(e, facts.providerRegions)).join(' ; ')}.`
        : 'Tous les prestataires sont inscrits dans l’annuaire et établis dans la région.',
  );

  check(
    'INVESTMENT_FLOOR',
    !aid.investmentBelowFloor,
    `Investissement de ${formatEuros(investmentCents)} : au moins ${formatEuros(program.investmentFloorCents)} ; pris en compte jusqu’à ${formatEuros(program.investmentCeilingCents)}.`,
  );

  const cap = program.perCompanyCapCents;
  check(
    'COMPANY_CAP',
    facts.capRemainingCents === null || facts.capRemainingCents > 0,
    cap === undefined || facts.capRemainingCents === null
      ? 'Pas de plafond d’aide par entreprise pour ce programme.'
      : `Plafond de ${formatEuros(cap)} d’aide par entreprise sur ${program.perCompanyCapYears} an${program.perCompanyCapYears > 1 ? 's' : ''} : il en reste ${formatEuros(facts.capRemainingCents)}.`,
  );

  check(
    'AID_FLOOR',
    !aid.aidBelowFloor,
    `Aide calculée de ${formatEuros(aid.aidCents)} (${formatRate(program.aidRateBasisPoints)} de ${formatEuros(aid.baseCents)}${aid.limitedBy === 'AID_CEILING' ? `, plafonnée à ${formatEuros(program.aidCeilingCents)}` : aid.limitedBy === 'COMPANY_CAP' ? ', limitée par le plafond par entreprise' : ''}) : au moins ${formatEuros(program.aidFloorCents)}.`,
  );

  check(
    'ATTESTATION',
    !program.attestationRequired || facts.attested,
    !program.attestationRequired
      ? facts.attested
        ? 'Projet attesté par un connecteur labellisé (facultatif pour ce programme).'
        : 'L’attestation d’un connecteur labellisé est facultative pour ce programme.'
      : facts.attested
        ? 'Projet attesté par un connecteur labellisé, comme exigé.'
        : 'Ce programme exige l’attestation du projet par un connecteur labellisé (tiers de confiance).',
  );

  const bodyCap = program.managingBodyCapCents;
  const bodyRemaining = facts.managingBodyCapRemainingCents ?? null;
  if (bodyCap !== undefined && bodyRemaining !== null) {
    check(
      'MANAGING_BODY_CAP',
      aid.aidCents <= bodyRemaining,
      `Plafond de ${formatEuros(bodyCap)} d’aide par entreprise sur ${program.managingBodyCapYears ?? 1} an${(program.managingBodyCapYears ?? 1) > 1 ? 's' : ''}, tous appels de l’organisme confondus : il en reste ${formatEuros(bodyRemaining)}${aid.aidCents > bodyRemaining ? `, l’aide calculée de ${formatEuros(aid.aidCents)} le dépasse` : ''}.`,
    );
  }

  for (const q of judgeQuestions(program.questions, facts.answers))
    checks.push({ rule: 'QUESTION', passed: q.passed, message: q.message, questionId: q.questionId });

  const failed = checks.filter((c) => !c.passed);
  return { checks, failed, eligible: failed.length === 0, investmentCents, aid };
}
