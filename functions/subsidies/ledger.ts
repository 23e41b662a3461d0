import type { CompanyUsageRecord, LedgerDelta, SubsidyApplicationRecord, SubsidyStatus } from './records.js';
import { FUNDED_STATUSES } from './workflow.js';

export type Effects = {
  /** ADDs on the programme's ledger, in the transition's transaction. */
  ledger: LedgerDelta;
  /** The ledger's guard: the envelope must still hold this much (ACCEPT). */
  requireRemainingCents?: number;
  /** The company's standing in the programme after the transition, when it changes. */
  usage?: CompanyUsageRecord;
};

const emptyUsage = (programId: string, companyId: string): CompanyUsageRecord => ({
  programId,
  companyId,
  appliedFiles: 0,
  fundedFiles: 0,
  aidByYear: {},
  version: 0,
});

/**
 * How a transition moves the programme's counters and the company's standing, from the file before and after:
 * status counts, first submission (applicant companies), funding (funded companies, committed and paid money,
 * the per-company cap). Pure, so the counters equal the sum over the files by construction.
 */
export function transitionEffects(
  before: SubsidyApplicationRecord | undefined,
  after: SubsidyApplicationRecord,
  usageBefore: CompanyUsageRecord | undefined,
): Effects {
  const ledger: LedgerDelta = {};
  const add = (counter: keyof LedgerDelta, value: number) => {
    if (value !== 0) ledger[counter] = (ledger[counter] ?? 0) + value;
  };
  const from: SubsidyStatus | undefined = before?.status;
  if (from !== after.status) {
    if (from) add(`count${from}`, -1);
    add(`count${after.status}`, 1);
  }

  let usage = usageBefore ?? emptyUsage(after.programId, after.companyId);
  let usageChanged = false;
  const changeUsage = (next: Partial<CompanyUsageRecord>) => {
    usage = { ...usage, ...next };
    usageChanged = true;
  };

  if (before && !before.firstSubmittedAt && after.firstSubmittedAt) {
    if (usage.appliedFiles === 0) add('applicantCompanies', 1);
    changeUsage({ appliedFiles: usage.appliedFiles + 1 });
  }

  // Money the file holds: granted and not paid is committed, paid is paid; both count in the per-company cap.
  const committedBefore = from === 'ACCEPTED' ? (before?.grantedAidCents ?? 0) : 0;
  const committedAfter = after.status === 'ACCEPTED' ? (after.grantedAidCents ?? 0) : 0;
  const paidBefore = from === 'PAID' ? (before?.paidCents ?? 0) : 0;
  const paidAfter = after.status === 'PAID' ? (after.paidCents ?? 0) : 0;
  const heldBefore = committedBefore + paidBefore;
  const heldAfter = committedAfter + paidAfter;
  add('committedCents', committedAfter - committedBefore);
  add('paidCents', paidAfter - paidBefore);
  add('remainingCents', heldBefore - heldAfter);

  const byYear = new Map<string, number>();
  if (before?.decidedYear !== undefined && heldBefore) byYear.set(String(before.decidedYear), -heldBefore);
  if (after.decidedYear !== undefined && heldAfter) {
    const key = String(after.decidedYear);
    byYear.set(key, (byYear.get(key) ?? 0) + heldAfter);
  }
  const yearChanges = [...byYear].filter(([, cents]) => cents !== 0);
  if (yearChanges.length) {
    const aidByYear = { ...usage.aidByYear };
    for (const [year, cents] of yearChanges) {
      aidByYear[year] = (aidByYear[year] ?? 0) + cents;
      if (aidByYear[year] === 0) delete aidByYear[year];
    }
    changeUsage({ aidByYear });
  }

  const fundedBefore = from !== undefined && FUNDED_STATUSES.includes(from);
  const fundedAfter = FUNDED_STATUSES.includes(after.status);
  if (fundedBefore !== fundedAfter) {
    const fundedFiles = usage.fundedFiles + (fundedAfter ? 1 : -1);
    if (usage.fundedFiles === 0 && fundedFiles === 1) add('fundedCompanies', 1);
    if (usage.fundedFiles === 1 && fundedFiles === 0) add('fundedCompanies', -1);
    changeUsage({ fundedFiles });
  }

  return {
    ledger,
    ...(heldAfter > heldBefore ? { requireRemainingCents: heldAfter - heldBefore } : {}),
    ...(usageChanged ? { usage } : {}),
  };
}
