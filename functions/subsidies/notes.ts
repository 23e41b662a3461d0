import { requireRole } from '../shared/auth.js';
import { keyedId } from '../shared/client-keys.js';
import { AppError, badUserInput, conflict, forbidden, notFound } from '../shared/errors.js';
import { addParisDays, addParisYears, frenchDay, parisDay, startOfParisDay } from '../shared/paris-time.js';
import { parseInput } from '../shared/validation.js';
import { callerOf, retryingWrites, type SubsidyDeps } from './deps.js';
import { followUpInput, noteInput } from './inputs.js';
import { canWriteMessage, isApplicant, isInstructor } from './policy.js';
import type { FollowUpRecord, LedgerDelta, NoteRecord, SubsidyApplicationRecord } from './records.js';
import { WriteRejected } from './write-guards.js';
import { STATUS_LABELS } from './workflow.js';

/**
 * Appends a message or an annotation as number count + 1; two writers at once both succeed, one after a retry.
 * Notes do not change the file's version: they never make an agent's decision stale. With a client key, the same key
 * from the same user on the same file is the same note: a retry (even concurrent) answers the note the first call
 * wrote, and writes nothing.
 */
async function appendNote(
  deps: SubsidyDeps,
  id: string,
  kind: 'MSG' | 'NOTE',
  body: string,
  clientKey: string | null | undefined,
  allowed: (app: SubsidyApplicationRecord) => Promise<boolean>,
): Promise<NoteRecord> {
  const viewer = requireRole(deps.viewer, 'PME', 'REGION_AGENT');
  const keyed = clientKey ? keyedId(id, viewer.sub, clientKey) : undefined;
  return retryingWrites(async () => {
    const app = await deps.subsidyStore.getApplication(id, true);
    if (!app) throw notFound('Dossier');
    if (!(await allowed(app))) throw forbidden('Ce dossier ne vous est pas accessible pour cette action.');
    const earlier = keyed && (await deps.subsidyStore.notes.keyedNote(app.id, kind, keyed));
    if (earlier) return earlier;
    const note: NoteRecord = {
      applicationId: app.id,
      seq: (kind === 'MSG' ? app.messageCount : app.annotationCount) + 1,
      at: deps.now.toISOString(),
      authorSub: viewer.sub,
      authorRole: viewer.role,
      body,
    };
    try {
      // A rejected write (WriteRejected) is read again and retried.
      await deps.subsidyStore.notes.addNote(app, kind, note, keyed);
    } catch (error) {
      if (!(keyed && error instanceof WriteRejected && error.guard === 'IDEMPOTENCY')) throw error;
      // The same key written meanwhile (a retry racing the first call): answer what was written.
      const written = await deps.subsidyStore.notes.keyedNote(app.id, kind, keyed);
      if (!written) throw error;
      return written;
    }
    deps.subsidyApplicationLoader.clear(app.id);
    return note;
  });
}

/** The applicant's company and the region's agents write to each other, once the file is submitted. */
export async function sendMessage(deps: SubsidyDeps, id: string, rawArgs: unknown): Promise<NoteRecord> {
  requireRole(deps.viewer, 'PME', 'REGION_AGENT');
  const { body, clientKey } = parseInput(noteInput, rawArgs);
  const caller = await callerOf(deps);
  return appendNote(deps, id, 'MSG', body, clientKey, async (app) => canWriteMessage(caller, app));
}

/** A private note of the region's agents. */
export async function annotate(deps: SubsidyDeps, id: string, rawArgs: unknown): Promise<NoteRecord> {
  requireRole(deps.viewer, 'REGION_AGENT');
  const { body, clientKey } = parseInput(noteInput, rawArgs);
  const caller = await callerOf(deps);
  return appendNote(deps, id, 'NOTE', body, clientKey, async (app) => isInstructor(caller, app));
}

/** The follow-up questionnaire opens on the anniversary of the payment's Paris day, at midnight in Paris. */
export function followUpOpensAt(app: Pick<SubsidyApplicationRecord, 'paidAt'>): Date | undefined {
  if (!app.paidAt) return undefined;
  // The start of the same Paris day a year later (29 February: 1 March).
  const day = parisDay(app.paidAt);
  const anniversary = addParisYears(day, 1);
  return startOfParisDay(day.endsWith('-02-29') ? addParisDays(anniversary, 1) : anniversary);
}

/**
 * The one-year questionnaire of a paid file, answered once by its company; the programme's running sums move in
 * the same transaction, so the dashboard aggregates without reading the answers.
 */
export async function answerFollowUp(
  deps: SubsidyDeps,
  id: string,
  rawInput: unknown,
): Promise<SubsidyApplicationRecord> {
  const viewer = requireRole(deps.viewer, 'PME');
  const input = parseInput(followUpInput, rawInput, ['input']);
  const caller = await callerOf(deps);
  return retryingWrites(async () => {
    const app = await deps.subsidyStore.getApplication(id, true);
    if (!app) throw notFound('Dossier');
    if (!isApplicant(caller, app)) throw forbidden('Ce dossier ne vous est pas accessible.');
    if (app.status !== 'PAID') {
      throw new AppError(
        'BAD_USER_INPUT',
        `Le questionnaire de suivi concerne les dossiers payés ; ce dossier est au statut ${app.status} (${STATUS_LABELS[app.status]}).`,
        { currentStatus: app.status },
      );
    }
    const opensAt = followUpOpensAt(app)!;
    if (deps.now < opensAt) {
      throw badUserInput(
        `Le questionnaire de suivi s’ouvre un an après le paiement, le ${frenchDay(opensAt)}.`,
      );
    }
    if (app.followUp) throw conflict('Le questionnaire de suivi de ce dossier a déjà été rempli.');
    const followUp: FollowUpRecord = {
      answeredAt: deps.now.toISOString(),
      answeredBySub: viewer.sub,
      revenueChangePercent: input.revenueChangePercent,
      employeesChange: input.employeesChange,
      benefit: input.benefit,
      satisfaction: input.satisfaction,
      ...(input.comment ? { comment: input.comment } : {}),
    };
    const delta: LedgerDelta = {
      followUpResponses: 1,
      followUpBenefitCount: input.benefit ? 1 : 0,
      followUpRevenueChangePercentSum: input.revenueChangePercent,
      followUpEmployeesChangeSum: input.employeesChange,
      followUpSatisfactionSum: input.satisfaction,
    };
    try {
      await deps.subsidyStore.answerFollowUp(app, followUp, delta);
    } catch (error) {
      if (!(error instanceof WriteRejected)) throw error;
      if (error.guard === 'APPLICATION')
        throw conflict('Le questionnaire de suivi de ce dossier a déjà été rempli.');
      throw error;
    }
    deps.subsidyLedgerLoader.clear(app.programId);
    const next = { ...app, followUp };
    deps.subsidyApplicationLoader.clear(app.id).prime(app.id, next);
    return next;
  });
}
