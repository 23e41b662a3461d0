import type { ConnecteurRecord } from '../connecteurs/index.js';
import { validLabel } from '../connecteurs/index.js';
import { connecteurIdOf } from '../shared/caller.js';
import { requireViewerCompany } from '../companies/index.js';
import { requireRole, type AuthenticatedViewer } from '../shared/auth.js';
import { AppError, badUserInput, forbidden, notFound, staleVersion } from '../shared/errors.js';
import { newId } from '../shared/identifiers.js';
import { parseInput } from '../shared/validation.js';
import { parisYear } from '../shared/paris-time.js';
import {
  callerOf,
  MAX_ATTEMPTS,
  pause,
  tooManyAttempts,
  withoutUndefined,
  type SubsidyDeps,
} from './deps.js';
import type { Eligibility } from './eligibility.js';
import {
  evaluateApplication,
  providerRegionsSnapshotOf,
  providerSirensToCheck,
  snapshotOf,
} from './evaluation.js';
import { providerRegionsOf } from './reads.js';
import {
  createApplicationInput,
  decisionArgs,
  expectedVersion,
  idempotencyKey as idempotencyKeySchema,
  reason as reasonSchema,
  updateApplicationInput,
} from './inputs.js';
import { replayOfSubmission } from './idempotency.js';
import { transitionEffects } from './ledger.js';
import { formatEuros } from './money.js';
import { canReadApplication, mayAct } from './policy.js';
import type {
  CompanyUsageRecord,
  HistoryEntryRecord,
  SubsidyApplicationRecord,
  SubsidyProgramRecord,
} from './records.js';
import { WriteRejected } from './write-guards.js';
import { priceReport, type OutboxEffect } from './price-report.js';
import {
  attestationAfterChange,
  attestationGuardFor,
  explainingAttestation,
  withStandingAttestation,
} from './attestation.js';
import type { TransactPart } from '../shared/transaction-parts.js';
import { erasedFileRefused, isErasedFile } from './withdrawal.js';
import type { CompanyCapLedgerRecord } from './company-cap.js';
import { companyCapLoader, companyCapRef } from './company-cap-store.js';
import { companyCapWrite, readCompanyCap, requireFittingAnswers } from './programme-rules-parts.js';
import { SUBSIDY_TRANSITIONS, transitionFor, type SubsidyEvent, type Transition } from './workflow.js';

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

export async function createApplication(
  deps: SubsidyDeps,
  rawInput: unknown,
): Promise<SubsidyApplicationRecord> {
  const viewer = requireRole(deps.viewer, 'PME');
  const input = parseInput(createApplicationInput, rawInput, ['input']);
  const company = await requireViewerCompany(deps);
  const program = await deps.subsidyProgramLoader.load(input.programId);
  if (!program) throw notFound('Programme');
  if (input.answers) requireFittingAnswers(program, input.answers);
  if (input.trustedThirdPartyId) await requireConnecteur(deps, input.trustedThirdPartyId);
  const at = deps.now.toISOString();
  const record: SubsidyApplicationRecord = withoutUndefined({
    id: newId(),
    programId: program.id,
    regionCode: program.regionCode,
    companyId: company.id,
    createdBySub: viewer.sub,
    status: 'DRAFT',
    version: 1,
    projectSummary: input.projectSummary,
    expenses: input.expenses.map((e) => withoutUndefined(e)),
    investmentCents: input.expenses.reduce((sum, e) => sum + e.amountCents, 0),
    trustedThirdPartyId: input.trustedThirdPartyId,
    answers: input.answers,
    messageCount: 0,
    annotationCount: 0,
    createdAt: at,
    updatedAt: at,
    providerRegionsSnapshot: (await directoryRead(deps, program, input.expenses)).stored,
  });
  // A draft is personal; only a programme of the company's region can be applied to.
  const region = evaluateApplication(record, program, company, undefined, deps.now, new Map()).checks.find(
    (c) => c.rule === 'REGION',
  )!;
  if (!region.passed) {
    throw new AppError('NOT_ELIGIBLE', region.message, {
      failedRules: [{ rule: region.rule, message: region.message }],
    });
  }
  const history: HistoryEntryRecord = {
    applicationId: record.id,
    version: 1,
    at,
    actorSub: viewer.sub,
    actorRole: viewer.role,
    action: 'CREATE',
    toStatus: 'DRAFT',
  };
  try {
    await deps.subsidyStore.createApplication(record, history);
  } catch (error) {
    if (error instanceof WriteRejected && error.guard === 'LEDGER') throw notFound('Programme');
    throw error;
  }
  deps.subsidyApplicationLoader.prime(record.id, record);
  return record;
}

async function requireConnecteur(deps: SubsidyDeps, id: string): Promise<ConnecteurRecord> {
  const connecteur = await deps.connecteurLoader.load(id);
  if (!connecteur) {
    throw badUserInput('Tiers de confiance inconnu : l’identifiant d’un connecteur est attendu.', [
      { path: ['input', 'trustedThirdPartyId'], message: 'Connecteur introuvable.' },
    ]);
  }
  return connecteur;
}

/** What a transition's change is computed from: everything read for this attempt. */
type ReadState = {
  app: SubsidyApplicationRecord;
  program: SubsidyProgramRecord;
  usage: CompanyUsageRecord | undefined;
  /** The company's ledger across the managing body's calls (programmes with such a cap). */
  companyCap: CompanyCapLedgerRecord | undefined;
  transition: Transition;
  viewer: AuthenticatedViewer;
};

/** The file's changed fields (undefined removes one), or `unchanged` for an event that has nothing to write. */
type Change = Partial<SubsidyApplicationRecord> | 'unchanged';

export type TransitionRequest = {
  id: string;
  event: SubsidyEvent;
  /** Omitted only for submission, which is guarded by its idempotency key instead. */
  expectedVersion?: number;
  reason?: string;
  idempotencyKey?: string;
  change: (read: ReadState) => Promise<Change> | Change;
  /** A guard from another domain the write carries: the attestation still stands (decision and payment). */
  attestationGuard?: (read: ReadState) => Promise<TransactPart | undefined>;
  /** What must happen once the transition commits: outbox items of the same transaction (price-report.ts). */
  outbox?: (next: SubsidyApplicationRecord) => OutboxEffect[];
};

/**
 * Fires one event of the workflow table on one file. Checks in layers (role, file, access, version, status), computes
 * the change from fresh reads, then writes the file, its history entry, the ledger's counters and the company's
 * standing in ONE transaction guarded by the status and version read. A guard on an item the caller did not name
 * (ledger, standing, rules) or a concurrent transaction means "read again": the attempt is retried; the caller's own
 * version going stale is CONFLICT; the envelope running short is BUDGET_EXHAUSTED.
 */
export async function fire(deps: SubsidyDeps, request: TransitionRequest): Promise<SubsidyApplicationRecord> {
  const roles = [
    ...new Set(SUBSIDY_TRANSITIONS.filter((t) => t.event === request.event).flatMap((t) => t.roles)),
  ];
  const viewer = requireRole(deps.viewer, ...roles);
  const store = deps.subsidyStore;
  // A key already recorded: its submission, or CONFLICT when it named an earlier submission than the current one.
  const replay = async (key: string) =>
    replayOfSubmission((await store.getApplication(request.id, true))!, key);
  for (let attempt = 1; ; attempt++) {
    const app = await store.getApplication(request.id, true);
    if (!app) throw notFound('Dossier');
    if (isErasedFile(app)) throw erasedFileRefused();
    const caller = await callerOf(deps);
    if (!mayAct(caller, app)) {
      throw canReadApplication(caller, app)
        ? forbidden('Vous ne pouvez pas faire cette action sur ce dossier.')
        : forbidden('Ce dossier ne vous est pas accessible.');
    }
    const [submitted, program, usage] = await Promise.all([
      request.idempotencyKey ? store.hasSubmission(request.id, request.idempotencyKey) : false,
      store.programs.getProgram(app.programId, true),
      store.getUsage(app.programId, app.companyId, true),
    ]);
    // Recorded, maybe by a concurrent retry since `app` was read: answer the file as it is now.
    if (submitted) return remember(deps, await replay(request.idempotencyKey!));
    if (request.expectedVersion !== undefined && app.version !== request.expectedVersion)
      throw staleVersion();
    const transition = transitionFor(app.status, request.event, viewer.role, request.reason);
    if (!program) throw notFound('Programme');
    deps.subsidyProgramLoader.clear(program.id).prime(program.id, program);
    const companyCap = await readCompanyCap(deps, program, app);
    const read = { app, program, usage, companyCap, transition, viewer };
    const change = await request.change(read);
    if (change === 'unchanged') return remember(deps, app);
    const attestationGuard = await request.attestationGuard?.(read);
    const at = deps.now.toISOString();
    const next = withoutUndefined<SubsidyApplicationRecord>({
      ...app,
      ...change,
      status: transition.to,
      version: app.version + 1,
      updatedAt: at,
    });
    const effects = transitionEffects(app, next, usage);
    const companyCapPart = companyCapWrite(deps, program, companyCap, next);
    try {
      await store.commitTransition({
        previous: app,
        next,
        history: withoutUndefined<HistoryEntryRecord>({
          applicationId: app.id,
          version: next.version,
          at,
          actorSub: viewer.sub,
          actorRole: viewer.role,
          action: request.event,
          // A change that withdraws the attestation says why.
          reason:
            request.reason ??
            (next.attestationWithdrawnAt !== app.attestationWithdrawnAt
              ? next.attestationWithdrawalReason
              : undefined),
          fromStatus: app.status,
          toStatus: next.status,
          ...(request.event === 'RECORD_PAYMENT' || request.event === 'CORRECT_PAYMENT'
            ? { invoiceCents: next.invoiceCents, paidCents: next.paidCents }
            : {}),
        }),
        ledger: {
          delta: effects.ledger,
          ...(effects.requireRemainingCents !== undefined
            ? { requireRemainingCents: effects.requireRemainingCents }
            : {}),
        },
        ...(effects.usage
          ? { usage: { previous: usage ?? { ...effects.usage, version: 0 }, next: effects.usage } }
          : {}),
        rulesVersion: program.version,
        ...(request.idempotencyKey
          ? { idempotency: { key: request.idempotencyKey, at, sub: viewer.sub } }
          : {}),
        ...(attestationGuard ? { attestationGuard } : {}),
        ...(companyCapPart ? { companyCap: companyCapPart } : {}),
        ...(request.outbox ? { outbox: request.outbox(next) } : {}),
      });
    } catch (error) {
      if (!(error instanceof WriteRejected)) throw error;
      if (request.idempotencyKey && (await store.hasSubmission(request.id, request.idempotencyKey)))
        return remember(deps, await replay(request.idempotencyKey));
      if (error.guard === 'APPLICATION' && request.expectedVersion !== undefined) throw staleVersion();
      if (error.guard === 'LEDGER' && effects.requireRemainingCents !== undefined) {
        const ledger = await store.programs.getLedger(app.programId, true);
        if (ledger && ledger.remainingCents < effects.requireRemainingCents) {
          throw new AppError(
            'BUDGET_EXHAUSTED',
            `Enveloppe insuffisante : il reste ${formatEuros(ledger.remainingCents)} sur ce programme, l’aide à engager est de ${formatEuros(effects.requireRemainingCents)}.`,
            { remainingCents: ledger.remainingCents, requiredCents: effects.requireRemainingCents },
          );
        }
      }
      if (attempt >= MAX_ATTEMPTS) throw tooManyAttempts();
      await pause(attempt);
      continue;
    }
    if (effects.usage) {
      const key = { programId: app.programId, companyId: app.companyId };
      deps.subsidyUsageLoader.clear(key).prime(key, { ...effects.usage, version: (usage?.version ?? 0) + 1 });
    }
    deps.subsidyLedgerLoader.clear(app.programId);
    if (companyCapPart) companyCapLoader(deps, store.companyCaps).clear(companyCapRef(program, app));
    return remember(deps, next);
  }
}

export function remember(deps: SubsidyDeps, record: SubsidyApplicationRecord): SubsidyApplicationRecord {
  deps.subsidyApplicationLoader.clear(record.id).prime(record.id, record);
  return record;
}

/** The directory's home regions of the expenses' providers, read now, and what the file stores of them. */
async function directoryRead(
  deps: SubsidyDeps,
  program: SubsidyProgramRecord,
  expenses: readonly { providerSiren: string }[],
) {
  const regions = program.localProvidersOnly
    ? await providerRegionsOf(deps, [...new Set(expenses.map((e) => e.providerSiren))])
    : new Map<string, string[]>();
  return { regions, stored: providerRegionsSnapshotOf(program, regions) };
}

async function companyOf(deps: SubsidyDeps, app: SubsidyApplicationRecord) {
  const company = await deps.companyStore.get(app.companyId, true);
  if (!company) throw notFound('Entreprise');
  return company;
}

export async function updateApplication(
  deps: SubsidyDeps,
  id: string,
  rawInput: unknown,
  rawExpectedVersion: unknown,
): Promise<SubsidyApplicationRecord> {
  const input = parseInput(updateApplicationInput, rawInput, ['input']);
  const version = parseInput(expectedVersion, rawExpectedVersion, ['expectedVersion']);
  if (input.trustedThirdPartyId) await requireConnecteur(deps, input.trustedThirdPartyId);
  return fire(deps, {
    id,
    event: 'UPDATE',
    expectedVersion: version,
    change: async ({ app, program, usage, companyCap }) => {
      if (input.answers) requireFittingAnswers(program, input.answers);
      const expenses = input.expenses?.map((e) => withoutUndefined(e));
      const trustedThirdPartyId =
        input.trustedThirdPartyId === undefined
          ? app.trustedThirdPartyId
          : (input.trustedThirdPartyId ?? undefined);
      const change: Partial<SubsidyApplicationRecord> = {
        ...(input.projectSummary ? { projectSummary: input.projectSummary } : {}),
        ...(input.answers ? { answers: input.answers } : {}),
        ...(expenses
          ? { expenses, investmentCents: expenses.reduce((sum, e) => sum + e.amountCents, 0) }
          : {}),
        trustedThirdPartyId,
      };
      // The attestation vouches for this project, given by this connecteur: any change to them withdraws it.
      Object.assign(change, attestationAfterChange(app, { ...app, ...change }, deps.now));
      const directory = await directoryRead(deps, program, expenses ?? app.expenses);
      change.providerRegionsSnapshot = directory.stored;
      if (app.status === 'SUBMITTED') {
        // A submitted file stays eligible: the correction is checked as a submission would be.
        const company = await companyOf(deps, app);
        const next = { ...app, ...change, companySnapshot: snapshotOf(company) };
        const eligibility = evaluateApplication(
          next,
          program,
          company,
          usage,
          deps.now,
          directory.regions,
          companyCap,
        );
        // The attestation a change withdraws can be given again before the decision (ACCEPT checks it).
        const failed = eligibility.failed.filter((c) => c.rule !== 'ATTESTATION');
        if (failed.length)
          throw notEligible(
            { ...eligibility, failed },
            'Correction refusée, le dossier ne serait plus éligible',
          );
        change.companySnapshot = snapshotOf(company);
      }
      return change;
    },
  });
}

/**
 * Submission (and resubmission after a correction request): every rule must pass, the call window on the first
 * submission. The idempotency record is written in the same transaction: retries with the key, even concurrent
 * ones, return the file and record one submission.
 */
export async function submitApplication(
  deps: SubsidyDeps,
  id: string,
  rawKey: unknown,
): Promise<SubsidyApplicationRecord> {
  const key = parseInput(idempotencyKeySchema, rawKey, ['idempotencyKey']);
  try {
    const submitted = await fire(deps, {
      id,
      event: 'SUBMIT',
      idempotencyKey: key,
      change: async ({ app, program, usage, companyCap }) => {
        const company = await companyOf(deps, app);
        const at = deps.now.toISOString();
        // Judged on the directory as it is now, not as it was at the last save.
        const directory = await directoryRead(deps, program, app.expenses);
        // An attestation whose connecteur lost its label (or declared a link) since counts as none.
        const fresh = await withStandingAttestation(deps, {
          ...app,
          providerRegionsSnapshot: directory.stored,
        });
        const eligibility = evaluateApplication(
          fresh,
          program,
          company,
          usage,
          deps.now,
          directory.regions,
          companyCap,
        );
        if (!eligibility.eligible) throw notEligible(eligibility);
        return {
          companySnapshot: snapshotOf(company),
          providerRegionsSnapshot: directory.stored,
          submittedAt: at,
          firstSubmittedAt: app.firstSubmittedAt ?? at,
          submissionKey: key,
        };
      },
      outbox: (next) => [priceReport(next, 'QUOTES', next.expenses)],
    });
    return submitted;
  } catch (error) {
    // A concurrent retry with the same key may have committed while this one was checking: same answer as it.
    const code = error instanceof AppError ? error.extensions.code : undefined;
    const lostRace = code === 'BAD_USER_INPUT' || code === 'CONFLICT' || code === 'NOT_ELIGIBLE';
    if (lostRace && (await deps.subsidyStore.hasSubmission(id, key))) {
      return remember(deps, replayOfSubmission((await deps.subsidyStore.getApplication(id, true))!, key));
    }
    throw error;
  }
}

/**
 * The trusted third party's attestation: the connecteur the applicant chose, labelled now, and with no capital
 * link with a provider the file funds (CONFLICT_OF_INTEREST).
 */
export async function attestApplication(deps: SubsidyDeps, id: string): Promise<SubsidyApplicationRecord> {
  return fire(deps, {
    id,
    event: 'ATTEST',
    change: async ({ app, viewer }) => {
      const connecteurId = connecteurIdOf(viewer.sub);
      if (app.attestedBy === connecteurId) return 'unchanged';
      deps.connecteurLoader.clear(connecteurId);
      const connecteur = await deps.connecteurLoader.load(connecteurId);
      if (!connecteur || !validLabel(connecteur, deps.now)) {
        throw forbidden('Seul un connecteur dont le label est valide peut attester un projet.');
      }
      const linked = new Set(connecteur.capitalLinks ?? []);
      const conflicting = [...new Set(app.expenses.map((e) => e.providerSiren))].filter((s) => linked.has(s));
      if (conflicting.length) {
        throw new AppError(
          'CONFLICT_OF_INTEREST',
          `Vous avez déclaré un lien capitalistique avec un prestataire financé par ce dossier (SIREN ${conflicting.join(', ')}) : vous ne pouvez pas l’attester.`,
          { providerSirens: conflicting },
        );
      }
      return {
        attestedBy: connecteurId,
        attestedAt: deps.now.toISOString(),
        attestationWithdrawnAt: undefined,
        attestationWithdrawalReason: undefined,
      };
    },
  });
}

export async function startReview(deps: SubsidyDeps, id: string, rawExpectedVersion: unknown) {
  const version = parseInput(expectedVersion, rawExpectedVersion, ['expectedVersion']);
  return fire(deps, { id, event: 'START_REVIEW', expectedVersion: version, change: () => ({}) });
}

export async function requestCorrection(
  deps: SubsidyDeps,
  id: string,
  rawMessage: unknown,
  rawExpectedVersion: unknown,
) {
  const message = parseInput(reasonSchema('Message'), rawMessage, ['message']);
  const version = parseInput(expectedVersion, rawExpectedVersion, ['expectedVersion']);
  return fire(deps, {
    id,
    event: 'REQUEST_CORRECTION',
    expectedVersion: version,
    reason: message,
    // The submission answered is over: submitting again needs a new key.
    change: () => ({ submissionKey: undefined }),
  });
}

/**
 * ACCEPT grants the aid computed now (rules rechecked with the facts declared at submission, the company's cap with
 * its other files' aid) and commits it against the envelope in the decision's transaction; REJECT and CLOSE need a
 * reason.
 */
export async function decideApplication(deps: SubsidyDeps, id: string, rawArgs: unknown) {
  const args = parseInput(
    decisionArgs.refine((a) => a.decision === 'ACCEPT' || a.reason !== undefined, {
      message: 'Un motif est obligatoire pour refuser ou classer sans suite.',
      path: ['reason'],
    }),
    rawArgs,
  );
  const at = deps.now.toISOString();
  const intro = 'Acceptation impossible';
  return explainingAttestation(deps, id, intro, () =>
    fire(deps, {
      id,
      event: args.decision,
      expectedVersion: args.expectedVersion,
      ...(args.reason ? { reason: args.reason } : {}),
      // The attestation must still stand now (refused before writing), and the transaction checks it again.
      ...(args.decision === 'ACCEPT'
        ? {
            attestationGuard: ({ app, program }: ReadState) => attestationGuardFor(deps, app, program, intro),
          }
        : {}),
      change: async ({ app, program, usage, companyCap }) => {
        if (args.decision !== 'ACCEPT') return { decidedAt: at };
        const company = app.companySnapshot ?? (await companyOf(deps, app));
        const providerRegions = await providerRegionsOf(deps, providerSirensToCheck(app, program));
        const eligibility = evaluateApplication(
          app,
          program,
          company,
          usage,
          deps.now,
          providerRegions,
          companyCap,
        );
        if (!eligibility.eligible) throw notEligible(eligibility, 'Acceptation impossible');
        return {
          decidedAt: at,
          decidedYear: parisYear(deps.now),
          grantedAidCents: eligibility.aid.aidCents,
          grantedRateBasisPoints: program.aidRateBasisPoints,
        };
      },
    }),
  );
}

/** Back under review; an accepted file's commitment is released by the same transaction. */
export async function reopenApplication(
  deps: SubsidyDeps,
  id: string,
  rawReason: unknown,
  rawExpectedVersion: unknown,
) {
  const reason = parseInput(reasonSchema('Motif'), rawReason, ['reason']);
  const version = parseInput(expectedVersion, rawExpectedVersion, ['expectedVersion']);
  return fire(deps, {
    id,
    event: 'REOPEN',
    expectedVersion: version,
    reason,
    change: () => ({
      decidedAt: undefined,
      decidedYear: undefined,
      grantedAidCents: undefined,
      grantedRateBasisPoints: undefined,
    }),
  });
}
