import { capYears } from './aid.js';
import { parisYear } from '../shared/paris-time.js';
import type { ProgramRules, SubsidyApplicationRecord, SubsidyProgramRecord } from './records.js';

/**
 * A cap per company across calls ("les aides octroyées au titre de l'aide au conseil ne peuvent pas dépasser
 * 30 000 € par entreprise bénéficiaire sur une période de 3 ans"): it spans every programme of the same region and
 * managing body, so it is kept on one ledger item per (region, managing body, company), not on a programme. Each
 * file holding aid (ACCEPTED: granted, PAID: paid) has one grant there; ACCEPT writes it under the ledger's version,
 * reopening, a payment's correction or a withdrawal rewrite or remove it. Pure: the store part is company-cap-store.ts.
 */
export type CompanyCapGrant = {
  programId: string;
  cents: number;
  /** Paris calendar year of the decision: the period the cap looks at. */
  year: number;
  decidedAt: string;
};

export type CompanyCapLedgerRecord = {
  regionCode: string;
  /** As the programme names it; the key uses `managingBodyKey`. */
  managingBody: string;
  companyId: string;
  /** By application id. */
  grants: Record<string, CompanyCapGrant>;
  /** 0 while the item does not exist. */
  version: number;
};

/** One key per managing body however its name is written: accents, case and punctuation ignored. */
export const managingBodyKey = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Whether a programme's files are counted on its managing body's ledger. */
export const hasManagingBodyCap = (
  program: Pick<ProgramRules, 'managingBodyCapCents'>,
): program is ProgramRules & { managingBodyCapCents: number } => program.managingBodyCapCents !== undefined;

/** Aid a file holds itself: granted while ACCEPTED, paid once PAID, nothing otherwise. */
export const heldAid = (
  a: Pick<SubsidyApplicationRecord, 'status' | 'grantedAidCents' | 'paidCents'>,
): number =>
  a.status === 'ACCEPTED' ? (a.grantedAidCents ?? 0) : a.status === 'PAID' ? (a.paidCents ?? 0) : 0;

/**
 * What remains of the managing body's cap for a file decided in `year`, the file's own grant not counted; null when
 * the programme has no such cap.
 */
export function managingBodyCapRemaining(
  program: Pick<ProgramRules, 'managingBodyCapCents' | 'managingBodyCapYears'>,
  ledger: Pick<CompanyCapLedgerRecord, 'grants'> | undefined,
  year: number,
  applicationId: string,
): number | null {
  if (program.managingBodyCapCents === undefined) return null;
  const years = new Set(capYears(year, program.managingBodyCapYears ?? 1));
  const held = Object.entries(ledger?.grants ?? {})
    .filter(([id, g]) => id !== applicationId && years.has(g.year))
    .reduce((sum, [, g]) => sum + g.cents, 0);
  return Math.max(0, program.managingBodyCapCents - held);
}

/** The year a file's cap is judged in: its decision's, or now's before a decision. */
export const capYearOf = (app: Pick<SubsidyApplicationRecord, 'decidedYear'>, now: Date): number =>
  app.decidedYear ?? parisYear(now);

/**
 * The ledger after a transition of the file (`after`), or undefined when the file's grant does not change: a grant
 * is written when the file holds aid, removed when it no longer does (reopen, rejection after reopening, withdrawal).
 */
export function ledgerAfter(
  program: Pick<SubsidyProgramRecord, 'id' | 'regionCode' | 'managingBody'>,
  ledger: CompanyCapLedgerRecord | undefined,
  after: SubsidyApplicationRecord,
): CompanyCapLedgerRecord | undefined {
  const current = ledger?.grants[after.id];
  const cents = heldAid(after);
  const grant: CompanyCapGrant | undefined =
    cents > 0 && after.decidedYear !== undefined
      ? {
          programId: program.id,
          cents,
          year: after.decidedYear,
          decidedAt: after.decidedAt ?? after.updatedAt,
        }
      : undefined;
  const same =
    grant === undefined
      ? current === undefined
      : current !== undefined &&
        current.cents === grant.cents &&
        current.year === grant.year &&
        current.programId === grant.programId;
  if (same) return undefined;
  const grants = { ...(ledger?.grants ?? {}) };
  if (grant) grants[after.id] = grant;
  else delete grants[after.id];
  return {
    regionCode: program.regionCode,
    managingBody: program.managingBody,
    companyId: after.companyId,
    grants,
    version: ledger?.version ?? 0,
  };
}
