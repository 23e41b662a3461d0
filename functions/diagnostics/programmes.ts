import type { CompanyRecord } from '../companies/index.js';
import type { MaturityTheme, Theme } from '../generated/resolvers-types.js';
import { evaluateEligibility, localProvidersRule } from '../subsidies/index.js';
import type { SubsidyProgramRecord } from '../subsidies/index.js';
import { CONNECTEUR_THEMES } from './advice.js';
import { SIZE_BAND_EMPLOYEES, type DiagnosticFacts } from './inputs.js';

/** The typical connected-commerce project an estimate is made for (a showcase or e-commerce site, say). */
const TYPICAL_PROVIDER_SIREN = '000000000';

export const TYPICAL_PROJECT_CENTS = 800_000;

export type ProgrammeEstimate = {
  program: SubsidyProgramRecord;
  expenseTheme: Theme;
  typicalInvestmentCents: number;
  expectedAidCents: number;
  /** What the estimate took for granted, in French. */
  assumptions: string[];
};

/**
 * The region's programmes, open now or later, for which a typical project of this company passes every rule, with
 * the aid it could expect (the subsidies domain's own eligibility function decides). The project is sized into
 * the programme's investment range, on an eligible theme that helps the company's weakest themes; the provider is
 * assumed to meet the programme's rule on providers (stated as the programme states it) and the project attested by a
 * labelled connecteur. Without a registered company, its headcount is
 * the lower bound of its size band, and its revenue and independence are assumed to fit.
 */
export function estimateProgrammes(
  programs: readonly SubsidyProgramRecord[],
  facts: DiagnosticFacts,
  focus: readonly MaturityTheme[],
  company: CompanyRecord | undefined,
  now: Date,
): ProgrammeEstimate[] {
  const wanted = focus.flatMap((t) => CONNECTEUR_THEMES[t]);
  const regionCode = company?.regionCode ?? facts.regionCode;
  const estimates: ProgrammeEstimate[] = [];
  for (const program of programs) {
    if (program.regionCode !== regionCode || Date.parse(program.closesAt) <= now.getTime()) continue;
    const expenseTheme = wanted.find((t) => program.eligibleThemes.includes(t)) ?? program.eligibleThemes[0];
    if (!expenseTheme) continue;
    const investment = Math.min(
      program.investmentCeilingCents,
      Math.max(program.investmentFloorCents, TYPICAL_PROJECT_CENTS),
    );
    const assumptions = [
      localProvidersRule(program),
      'Projet attesté par un connecteur labellisé.',
      ...(company
        ? []
        : [
            `Effectif de ${SIZE_BAND_EMPLOYEES[facts.sizeBand].min} salarié(s) (tranche déclarée).`,
            'Chiffre d’affaires et indépendance conformes au programme (à vérifier).',
          ]),
    ];
    const eligibility = evaluateEligibility({
      program,
      company: company ?? {
        nafCode: facts.nafCode,
        employees: SIZE_BAND_EMPLOYEES[facts.sizeBand].min,
        annualRevenueCents: 0,
        independent: true,
        regionCode,
      },
      expenses: [
        {
          theme: expenseTheme,
          description: 'Projet type de commerce connecté',
          amountCents: investment,
          providerSiren: TYPICAL_PROVIDER_SIREN,
          providerName: 'Prestataire de la région',
          providerCommuneCode: company?.communeCode ?? facts.communeCode,
        },
      ],
      submittedAt: new Date(Math.max(now.getTime(), Date.parse(program.opensAt))),
      capRemainingCents: program.perCompanyCapCents ?? null,
      attested: true,
      providerRegions: new Map([[TYPICAL_PROVIDER_SIREN, [regionCode]]]),
    });
    // The programme's own questions are the applicant's to answer: stated as assumptions, not judged here.
    if (eligibility.failed.some((c) => c.rule !== 'QUESTION')) continue;
    for (const q of program.questions ?? []) assumptions.push(`Condition du programme : ${q.label}`);
    estimates.push({
      program,
      expenseTheme,
      typicalInvestmentCents: investment,
      expectedAidCents: eligibility.aid.aidCents,
      assumptions,
    });
  }
  return estimates.sort(
    (a, b) => b.expectedAidCents - a.expectedAidCents || a.program.name.localeCompare(b.program.name),
  );
}
