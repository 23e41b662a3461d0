import type * as z from 'zod';
import { attestationNotices } from './notices.js';
import type { ConnecteurRecord } from '../connecteurs/index.js';
import { validLabel } from '../connecteurs/index.js';
import { connecteurIdOf } from '../shared/caller.js';
import { requireViewerCompany, type CompanyRecord } from '../companies/index.js';
import { requireRole } from '../shared/auth.js';
import { keyedId } from '../shared/client-keys.js';
import { AppError, badUserInput, conflict, forbidden, notFound } from '../shared/errors.js';
import { newId } from '../shared/identifiers.js';
import { parseInput } from '../shared/validation.js';
import { retryingWrites, withoutUndefined, type SubsidyDeps } from './deps.js';
import { evaluateApplication, notEligible, providerRegionsSnapshotOf, snapshotOf } from './evaluation.js';
import { providerRegionsOf } from './reads.js';
import {
  createApplicationInput,
  expectedVersion,
  idempotencyKey as idempotencyKeySchema,
  updateApplicationInput,
} from './inputs.js';
import { replayOfSubmission } from './idempotency.js';
import type { HistoryEntryRecord, SubsidyApplicationRecord, SubsidyProgramRecord } from './records.js';
import { WriteRejected } from './write-guards.js';
import { fire, remember } from './transition.js';
import { priceReport } from './price-report.js';
import { attestationAfterChange, withStandingAttestation } from './attestation.js';
import { requireFittingAnswers } from './programme-rules-parts.js';
import { parseDeclaration } from './declaration.js';

/**
 * A new draft. With a client key, its id is keyedId(company, user, key): a retry of the same key (even concurrent
 * with the first call) finds the draft the first call created, answers it and writes nothing more.
 */
export async function createApplication(
  deps: SubsidyDeps,
  rawInput: unknown,
): Promise<SubsidyApplicationRecord> {
  const viewer = requireRole(deps.viewer, 'PME');
  const input = parseInput(createApplicationInput, rawInput, ['input']);
  const company = await requireViewerCompany(deps);
  if (!input.clientKey) return createDraft(deps, input, company, newId());
  const id = keyedId(company.id, viewer.sub, input.clientKey);
  const earlier = async () => {
    const app = await deps.subsidyStore.getApplication(id, true);
    if (app && (app.companyId !== company.id || app.createdBySub !== viewer.sub))
      throw conflict('Cette clé client désigne déjà un autre dossier : envoyez une nouvelle clé.');
    return app;
  };
  return retryingWrites(async () => {
    const first = await earlier();
    if (first) return first;
    try {
      return await createDraft(deps, input, company, id);
    } catch (error) {
      // The Put's guard (attribute_not_exists) failed: the same key created the draft meanwhile; answer it.
      if (!(error instanceof WriteRejected && error.guard === 'APPLICATION')) throw error;
      const written = await earlier();
      if (!written) throw error;
      return written;
    }
  });
}

async function createDraft(
  deps: SubsidyDeps,
  input: z.output<typeof createApplicationInput>,
  company: CompanyRecord,
  id: string,
): Promise<SubsidyApplicationRecord> {
  const viewer = requireRole(deps.viewer, 'PME');
  const program = await deps.subsidyProgramLoader.load(input.programId);
  if (!program) throw notFound('Programme');
  if (input.answers) requireFittingAnswers(program, input.answers);
  if (input.trustedThirdPartyId) await requireConnecteur(deps, input.trustedThirdPartyId);
  const at = deps.now.toISOString();
  const record: SubsidyApplicationRecord = withoutUndefined({
    id,
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
    await deps.subsidyStore.createApplication(
      record,
      history,
      attestationNotices(undefined, record, program),
    );
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

export async function companyOf(deps: SubsidyDeps, app: SubsidyApplicationRecord) {
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
 * ones, return the file and record one submission. The declaration on honour is recorded with it (declaration.ts).
 */
export async function submitApplication(
  deps: SubsidyDeps,
  id: string,
  rawKey: unknown,
  rawDeclaration: unknown,
): Promise<SubsidyApplicationRecord> {
  const key = parseInput(idempotencyKeySchema, rawKey, ['idempotencyKey']);
  const { textVersion } = parseDeclaration(rawDeclaration);
  try {
    const submitted = await fire(deps, {
      id,
      event: 'SUBMIT',
      idempotencyKey: key,
      change: async ({ app, program, usage, companyCap, viewer }) => {
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
          declaration: { textVersion, acceptedAt: at, acceptedBySub: viewer.sub },
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
