import { AppError } from '../shared/errors.js';
import type { CompanyRecord } from '../companies/index.js';
import { capRemaining } from './aid.js';
import { parisYear } from '../shared/paris-time.js';
import { managingBodyCapRemaining, type CompanyCapLedgerRecord } from './company-cap.js';
import { evaluateEligibility, type Eligibility, type ProviderRegions } from './eligibility.js';
import type {
  CompanySnapshot,
  CompanyUsageRecord,
  SubsidyApplicationRecord,
  SubsidyProgramRecord,
} from './records.js';

export const snapshotOf = (c: CompanyRecord): CompanySnapshot => ({
  siren: c.siren,
  name: c.name,
  nafCode: c.nafCode,
  employees: c.employees,
  annualRevenueCents: c.annualRevenueCents,
  independent: c.independent,
  communeCode: c.communeCode,
  departementCode: c.departementCode,
  regionCode: c.regionCode,
});

/** Whether a file is judged on the facts declared at submission rather than on the company as it is now. */
export const usesSnapshot = (app: SubsidyApplicationRecord): boolean =>
  app.companySnapshot !== undefined && app.status !== 'DRAFT' && app.status !== 'CORRECTION_REQUESTED';

/** Aid this file holds itself (already in the company's standing, so not counted against its own cap). */
const ownAid = (a: SubsidyApplicationRecord) =>
  a.status === 'ACCEPTED' ? (a.grantedAidCents ?? 0) : a.status === 'PAID' ? (a.paidCents ?? 0) : 0;

/**
 * The SIRENs whose directory entries a read of the file's eligibility must fetch: none unless the programme wants
 * local providers and the file holds no directory read of its own (every save and submission stores one).
 */
export const providerSirensToCheck = (
  app: SubsidyApplicationRecord,
  program: SubsidyProgramRecord,
): string[] =>
  program.localProvidersOnly && !app.providerRegionsSnapshot
    ? [...new Set(app.expenses.map((e) => e.providerSiren))]
    : [];

/** What a save or a submission stores of the directory, so reads of the file (lists included) need no directory read. */
export const providerRegionsSnapshotOf = (
  program: SubsidyProgramRecord,
  regions: ProviderRegions,
): Record<string, string[]> | undefined =>
  program.localProvidersOnly
    ? Object.fromEntries([...regions].map(([siren, homes]) => [siren, [...homes]]))
    : undefined;

/**
 * The eligibility of a file at `now`: with the company as it is while the file is a draft or sent back for
 * correction, as declared at (the last) submission otherwise; providers' home regions as the directory gave them at
 * the file's last save or submission; the call window judged on the first submission; the cap over the period of
 * the decision year (this year before a decision); the managing body's cap across calls with the company's ledger.
 */
export function evaluateApplication(
  app: SubsidyApplicationRecord,
  program: SubsidyProgramRecord,
  company: CompanyRecord | CompanySnapshot,
  usage: CompanyUsageRecord | undefined,
  now: Date,
  liveProviderRegions: ProviderRegions,
  companyCap?: CompanyCapLedgerRecord,
): Eligibility {
  const facts = usesSnapshot(app) ? app.companySnapshot! : company;
  const providerRegions = app.providerRegionsSnapshot
    ? new Map(Object.entries(app.providerRegionsSnapshot))
    : liveProviderRegions;
  const year = app.decidedYear ?? parisYear(now);
  return evaluateEligibility({
    program,
    company: facts,
    expenses: app.expenses,
    submittedAt: app.firstSubmittedAt ? new Date(app.firstSubmittedAt) : now,
    capRemainingCents: capRemaining(program, usage, year, app.decidedYear !== undefined ? ownAid(app) : 0),
    attested: app.attestedBy !== undefined,
    providerRegions,
    answers: app.answers ?? [],
    managingBodyCapRemainingCents: managingBodyCapRemaining(program, companyCap, year, app.id),
  });
}

/** Refusal with every failed rule in `extensions.failedRules`. */
export function notEligible(eligibility: Eligibility, intro = 'Dossier non éligible'): AppError {
  const failedRules = eligibility.failed.map(({ rule, message, questionId }) => ({
    rule,
    message,
    ...(questionId ? { questionId } : {}),
  }));
  return new AppError('NOT_ELIGIBLE', `${intro} : ${failedRules.map((r) => r.message).join(' ')}`, {
    failedRules,
  });
}
