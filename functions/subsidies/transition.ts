import { requireRole, type AuthenticatedViewer } from '../shared/auth.js';
import { AppError, forbidden, notFound, staleVersion } from '../shared/errors.js';
import { callerOf, retryingWrites, withoutUndefined, type SubsidyDeps } from './deps.js';
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
import { type OutboxEffect } from './price-report.js';
import type { TransactPart } from '../shared/transactions.js';
import { transitionNotices } from './notices.js';
import { surveyOpenGuard, waitingGuard } from './keys.js';
import { erasedFileRefused, isErasedFile } from './withdrawal.js';
import type { CompanyCapLedgerRecord } from './company-cap.js';
import { companyCapLoader, companyCapRef } from './company-cap-store.js';
import { companyCapWrite, readCompanyCap } from './programme-rules-parts.js';
import { SUBSIDY_TRANSITIONS, transitionFor, type SubsidyEvent, type Transition } from './workflow.js';

/** What a transition's change is computed from: everything read for this attempt. */
export type ReadState = {
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
  return retryingWrites(async () => {
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
        notices: transitionNotices(
          request.event,
          next,
          program,
          { waiting: waitingGuard, surveyOpen: surveyOpenGuard },
          request.reason,
          app,
        ),
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
      throw error;
    }
    if (effects.usage) {
      const key = { programId: app.programId, companyId: app.companyId };
      deps.subsidyUsageLoader.clear(key).prime(key, { ...effects.usage, version: (usage?.version ?? 0) + 1 });
    }
    deps.subsidyLedgerLoader.clear(app.programId);
    if (companyCapPart) companyCapLoader(deps, store.companyCaps).clear(companyCapRef(program, app));
    return remember(deps, next);
  });
}

export function remember(deps: SubsidyDeps, record: SubsidyApplicationRecord): SubsidyApplicationRecord {
  deps.subsidyApplicationLoader.clear(record.id).prime(record.id, record);
  return record;
}
