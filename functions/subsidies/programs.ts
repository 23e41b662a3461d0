import { requireRole } from '../shared/auth.js';
import { badUserInput, forbidden, notFound, staleVersion } from '../shared/errors.js';
import { newId } from '../shared/identifiers.js';
import { parseInput } from '../shared/validation.js';
import { callerOf, retryingWrites, type SubsidyDeps } from './deps.js';
import { toCsv } from './export.js';
import {
  expectedVersion,
  openProgramInput,
  programRegionFilter,
  ruleConsistency,
  updateProgramInput,
} from './inputs.js';
import { formatEuros } from './money.js';
import { computeAid } from './aid.js';
import { regionStatusFiles } from './keys.js';
import { canManageProgram } from './policy.js';
import type { SubsidyLedgerRecord, SubsidyProgramRecord } from './records.js';
import { WriteRejected } from './write-guards.js';

/** A moderator opens programmes in any region, an agent in its own. */
export async function openProgram(deps: SubsidyDeps, rawInput: unknown): Promise<SubsidyProgramRecord> {
  const viewer = requireRole(deps.viewer, 'MODERATOR', 'REGION_AGENT');
  const input = parseInput(openProgramInput, rawInput, ['input']);
  if (!canManageProgram(await callerOf(deps), input.regionCode))
    throw forbidden('Un agent régional n’ouvre de programme que dans sa région.');
  const at = deps.now.toISOString();
  const program: SubsidyProgramRecord = {
    ...input,
    id: newId(),
    createdBySub: viewer.sub,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  if (program.maxAnnualRevenueCents === undefined) delete program.maxAnnualRevenueCents;
  if (program.perCompanyCapCents === undefined) delete program.perCompanyCapCents;
  withoutAbsentProgramRules(program);
  await deps.subsidyStore.programs.openProgram(program);
  deps.subsidyProgramLoader.prime(program.id, program);
  return program;
}

const OPTIONAL_LIMITS = [
  'maxAnnualRevenueCents',
  'perCompanyCapCents',
  'managingBodyCapCents',
  'description',
] as const;

/** The cap across calls and the questions are stored only when set; a cap's period defaults to 3 years. */
function withoutAbsentProgramRules(program: SubsidyProgramRecord): SubsidyProgramRecord {
  if (program.description === undefined) delete program.description;
  if (program.managingBodyCapCents === undefined) delete program.managingBodyCapCents;
  if (program.managingBodyCapCents === undefined) delete program.managingBodyCapYears;
  else program.managingBodyCapYears ??= 3;
  if (!program.questions?.length) delete program.questions;
  return program;
}

/**
 * New rules under the version read. Files already decided keep their aid; a smaller envelope must still cover what
 * is committed and paid (checked by the ledger's condition, in the same transaction).
 */
export async function updateProgram(
  deps: SubsidyDeps,
  id: string,
  rawInput: unknown,
  rawExpectedVersion: unknown,
): Promise<SubsidyProgramRecord> {
  requireRole(deps.viewer, 'MODERATOR', 'REGION_AGENT');
  const input = parseInput(updateProgramInput, rawInput, ['input']);
  const version = parseInput(expectedVersion, rawExpectedVersion, ['expectedVersion']);
  const caller = await callerOf(deps);
  return retryingWrites(async () => {
    const current = await deps.subsidyStore.programs.getProgram(id, true);
    if (!current) throw notFound('Programme');
    if (!canManageProgram(caller, current.regionCode))
      throw forbidden('Ce programme relève d’une autre région que la vôtre.');
    if (current.version !== version) throw staleVersion();
    const next: SubsidyProgramRecord = {
      ...current,
      updatedAt: deps.now.toISOString(),
      version: current.version + 1,
    };
    for (const [name, value] of Object.entries(input)) {
      if (value === undefined) continue;
      if (value === null) {
        if ((OPTIONAL_LIMITS as readonly string[]).includes(name))
          delete next[name as (typeof OPTIONAL_LIMITS)[number]];
        continue;
      }
      Object.assign(next, {
        [name]: name === 'opensAt' || name === 'closesAt' ? new Date(value as string).toISOString() : value,
      });
    }
    withoutAbsentProgramRules(next);
    const problems = ruleConsistency(next);
    if (problems.length) {
      throw badUserInput(
        problems[0]!.message,
        problems.map((p) => ({ path: ['input', p.path], message: p.message })),
      );
    }
    try {
      await deps.subsidyStore.programs.updateProgram(current, next);
    } catch (error) {
      if (!(error instanceof WriteRejected)) throw error;
      if (error.guard === 'RULES') throw staleVersion();
      if (error.guard === 'LEDGER') {
        const ledger = await deps.subsidyStore.programs.getLedger(id, true);
        const held = (ledger?.committedCents ?? 0) + (ledger?.paidCents ?? 0);
        throw badUserInput(
          `L’enveloppe ne peut pas descendre sous les aides déjà engagées et payées (${formatEuros(held)}).`,
          [{ path: ['input', 'envelopeCents'], message: `Au moins ${held} centimes.` }],
        );
      }
      throw error;
    }
    deps.subsidyProgramLoader.clear(id).prime(id, next);
    deps.subsidyLedgerLoader.clear(id);
    return next;
  });
}

/** Public: every programme, or one region's. */
export async function listPrograms(
  deps: SubsidyDeps,
  rawRegionCode: unknown,
): Promise<SubsidyProgramRecord[]> {
  const regionCode = parseInput(programRegionFilter, rawRegionCode, ['regionCode']);
  const programs = await deps.subsidyStore.programs.listPrograms(regionCode);
  for (const p of programs) deps.subsidyProgramLoader.prime(p.id, p);
  return programs;
}

/** The running totals: agents of the programme's region and moderators. */
export async function dashboardOf(
  deps: SubsidyDeps,
  program: SubsidyProgramRecord,
): Promise<SubsidyLedgerRecord> {
  requireRole(deps.viewer, 'MODERATOR', 'REGION_AGENT');
  if (!canManageProgram(await callerOf(deps), program.regionCode))
    throw forbidden(
      'Le tableau de bord est réservé aux agents de la région du programme et aux modérateurs.',
    );
  const ledger = await deps.subsidyLedgerLoader.load(program.id);
  if (!ledger) throw notFound('Tableau de bord');
  return ledger;
}

/** Statuses of the files not decided yet: their aid is in progress, not yet in the envelope's figures. */
const UNDECIDED = ['SUBMITTED', 'CORRECTION_REQUESTED', 'UNDER_REVIEW'] as const;

/** The aid asked by a programme's undecided files (the dashboard's "en cours d'instruction"), at read time. */
export async function inProgressOf(deps: SubsidyDeps, ledger: SubsidyLedgerRecord): Promise<number> {
  const program = await deps.subsidyProgramLoader.load(ledger.programId);
  if (!program) return 0;
  const files = await deps.subsidyStore.lists.allApplications(
    {
      partitions: UNDECIDED.map((status) => ({
        index: 'GSI1' as const,
        pk: regionStatusFiles(ledger.regionCode, status),
      })),
      programId: ledger.programId,
    },
    Number.MAX_SAFE_INTEGER,
  );
  return (files ?? []).reduce((sum, app) => sum + computeAid(program, app.investmentCents, null).aidCents, 0);
}

/** The FEDER-style export of a programme's submitted files: agents of its region and moderators. */
export async function exportProgram(deps: SubsidyDeps, programId: string): Promise<string> {
  requireRole(deps.viewer, 'MODERATOR', 'REGION_AGENT');
  const program = await deps.subsidyProgramLoader.load(programId);
  if (!program) throw notFound('Programme');
  if (!canManageProgram(await callerOf(deps), program.regionCode))
    throw forbidden('L’export est réservé aux agents de la région du programme et aux modérateurs.');
  const applications = await deps.subsidyStore.lists.applicationsOfProgram(program);
  const attesting = [...new Set(applications.flatMap((a) => (a.attestedBy ? [a.attestedBy] : [])))];
  const connecteurs = await deps.connecteurLoader.loadMany(attesting);
  const names = new Map(
    connecteurs.flatMap((c) => (c && !(c instanceof Error) ? [[c.id, c.displayName] as const] : [])),
  );
  return toCsv(program, applications, names);
}
