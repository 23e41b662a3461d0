import { badUserInput } from '../shared/errors.js';
import { hasManagingBodyCap, ledgerAfter, type CompanyCapLedgerRecord } from './company-cap.js';
import { companyCapRef } from './company-cap-store.js';
import type { SubsidyDeps } from './deps.js';
import { misfitAnswers, type QuestionAnswer } from './questions.js';
import type { SubsidyApplicationRecord, SubsidyProgramRecord } from './records.js';

// What the transitions of service.ts need of the rules kept as data beyond the programme's fields: the cap across a
// managing body's calls (its reading and its own part of the transaction) and the answers to programme questions.

/** The company's ledger across the managing body's calls, read for this attempt (none without such a cap). */
export async function readCompanyCap(
  deps: SubsidyDeps,
  program: SubsidyProgramRecord,
  app: SubsidyApplicationRecord,
): Promise<CompanyCapLedgerRecord | undefined> {
  if (!hasManagingBodyCap(program)) return undefined;
  return deps.subsidyStore.companyCaps.get(companyCapRef(program, app), true);
}

/**
 * The cap across calls, as its own part of the transition's transaction: the file's grant written on (or removed
 * from) the company's ledger with the managing body under the version read. ACCEPT checked the cap on that reading
 * (rule MANAGING_BODY_CAP); a concurrent decision of another call moves the version, so this attempt is retried and
 * judged again on the new reading.
 */
export function companyCapWrite(
  deps: SubsidyDeps,
  program: SubsidyProgramRecord,
  ledger: CompanyCapLedgerRecord | undefined,
  next: SubsidyApplicationRecord,
) {
  if (!hasManagingBodyCap(program)) return undefined;
  const after = ledgerAfter(program, ledger, next);
  return after ? deps.subsidyStore.companyCaps.write(after) : undefined;
}

/** Answers must be to the programme's questions, each of its question's kind (BAD_USER_INPUT otherwise). */
export function requireFittingAnswers(program: SubsidyProgramRecord, answers: readonly QuestionAnswer[]) {
  const misfits = misfitAnswers(program.questions, answers);
  if (misfits.length)
    throw badUserInput(
      misfits[0]!.message,
      misfits.map((m) => ({ path: ['input', 'answers', m.index], message: m.message })),
    );
}
