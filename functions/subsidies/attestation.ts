import type { AttestationStatus } from '../generated/resolvers-types.js';
import type { AttestationWithdrawalCause } from '../connecteurs/index.js';
import type { ConnecteurRecord } from '../connecteurs/index.js';
import { validLabel } from '../connecteurs/index.js';
import type { AuthenticatedViewer } from '../shared/auth.js';
import { AppError } from '../shared/errors.js';
import type { TransactPart } from '../shared/transactions.js';
import { retryingWrites, withoutUndefined, type SubsidyDeps } from './deps.js';
import type { SubsidyApplicationRecord, SubsidyProgramRecord } from './records.js';
import { OPEN_STATUSES, transitionFor } from './workflow.js';

/**
 * Whether the trusted third party's attestation of a file still stands: it was given by a connecteur labelled at
 * that instant, with no capital link with a provider the file funds, and must stay so until the decision and the
 * payment. A capital link declared or a label revoked withdraws it from the connecteur's open files (history entry
 * WITHDRAW_ATTESTATION); a label that expires (no job runs then) makes it stop standing at read time; the decision's
 * and payment's transactions check the connecteur's profile item themselves (a ConditionCheck), so a link declared
 * at the same instant cannot slip through.
 */

export const fundedSirens = (app: Pick<SubsidyApplicationRecord, 'expenses'>): string[] => [
  ...new Set(app.expenses.map((e) => e.providerSiren)),
];

export type Standing =
  | { stands: true }
  | { stands: false; cause: 'LABEL'; since?: string; message: string }
  | { stands: false; cause: 'CAPITAL_LINK'; providerSirens: string[]; message: string };

/** Whether an attestation by this connecteur stands at `now` for this file. */
export function standingOf(
  connecteur: ConnecteurRecord | undefined,
  app: Pick<SubsidyApplicationRecord, 'expenses'>,
  now: Date,
): Standing {
  if (!connecteur || !validLabel(connecteur, now)) {
    const last = connecteur?.labelHistory.find((r) => r.status === 'GRANTED' || r.status === 'REVOKED');
    const since = last?.revokedAt ?? last?.expiresAt;
    return {
      stands: false,
      cause: 'LABEL',
      ...(since ? { since } : {}),
      message:
        last?.status === 'REVOKED'
          ? 'L’attestation ne tient plus : le label du connecteur qui l’a donnée a été retiré.'
          : 'L’attestation ne tient plus : le label du connecteur qui l’a donnée n’est plus valide.',
    };
  }
  const linked = new Set(connecteur.capitalLinks ?? []);
  const providerSirens = fundedSirens(app).filter((s) => linked.has(s));
  if (providerSirens.length)
    return {
      stands: false,
      cause: 'CAPITAL_LINK',
      providerSirens,
      message: `L’attestation ne tient plus : le connecteur qui l’a donnée a déclaré un lien capitalistique avec un prestataire financé par ce dossier (SIREN ${providerSirens.join(', ')}).`,
    };
  return { stands: true };
}

/** The refusal of a decision or payment whose attestation no longer stands, writing nothing. */
export function refusalOf(standing: Exclude<Standing, { stands: true }>, intro: string): AppError {
  const message = `${intro} : ${standing.message}`;
  return standing.cause === 'CAPITAL_LINK'
    ? new AppError('CONFLICT_OF_INTEREST', message, { providerSirens: standing.providerSirens })
    : new AppError('NOT_ELIGIBLE', message, {
        failedRules: [{ rule: 'ATTESTATION', message: standing.message }],
      });
}

/** The attesting connecteur as it is now (the loader may hold an older read of this request). */
async function freshConnecteur(deps: SubsidyDeps, id: string) {
  deps.connecteurLoader.clear(id);
  return deps.connecteurLoader.load(id);
}

/** The connecteur's profile changed while the write was prepared (its guard failed): explained by a fresh read. */
class AttestationGuardFailed extends Error {}

/**
 * Decision-time check of a file whose programme requires the attestation: refuses now when it no longer stands, and
 * returns the guard the decision's transaction carries on the attesting connecteur's profile item.
 */
export async function attestationGuardFor(
  deps: SubsidyDeps,
  app: SubsidyApplicationRecord,
  program: Pick<SubsidyProgramRecord, 'attestationRequired'>,
  intro: string,
): Promise<TransactPart | undefined> {
  if (!program.attestationRequired || !app.attestedBy) return undefined;
  const standing = standingOf(await freshConnecteur(deps, app.attestedBy), app, deps.now);
  if (!standing.stands) throw refusalOf(standing, intro);
  return deps.attestationGuard(
    app.attestedBy,
    fundedSirens(app),
    deps.now,
    () => new AttestationGuardFailed(),
  );
}

/** Runs a decision or payment, turning its failed attestation guard into the refusal a fresh read explains. */
export async function explainingAttestation<T>(
  deps: SubsidyDeps,
  id: string,
  intro: string,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof AttestationGuardFailed)) throw error;
    const app = await deps.subsidyStore.getApplication(id, true);
    const standing = app?.attestedBy
      ? standingOf(await freshConnecteur(deps, app.attestedBy), app, deps.now)
      : undefined;
    throw refusalOf(
      standing && !standing.stands
        ? standing
        : { stands: false, cause: 'LABEL', message: 'L’attestation ne tient plus.' },
      intro,
    );
  }
}

/** The attestation's standing as the file's readers see it. */
export async function attestationStatusOf(
  deps: SubsidyDeps,
  app: SubsidyApplicationRecord,
): Promise<{ status: AttestationStatus; at?: string; reason?: string }> {
  if (!app.attestedBy) {
    return app.attestationWithdrawnAt
      ? {
          status: 'WITHDRAWN',
          at: app.attestationWithdrawnAt,
          ...(app.attestationWithdrawalReason ? { reason: app.attestationWithdrawalReason } : {}),
        }
      : { status: 'NOT_ATTESTED' };
  }
  const standing = standingOf(await deps.connecteurLoader.load(app.attestedBy), app, deps.now);
  if (standing.stands) return { status: 'STANDING' };
  return {
    status: 'NO_LONGER_STANDING',
    reason: standing.message,
    ...(standing.cause === 'LABEL' && standing.since ? { at: standing.since } : {}),
  };
}

/** The file as the eligibility rules judge it: an attestation that no longer stands counts as none. */
export async function withStandingAttestation(
  deps: SubsidyDeps,
  app: SubsidyApplicationRecord,
): Promise<SubsidyApplicationRecord> {
  if (!app.attestedBy) return app;
  const standing = standingOf(await deps.connecteurLoader.load(app.attestedBy), app, deps.now);
  if (standing.stands) return app;
  const { attestedBy: _by, attestedAt: _at, ...rest } = app;
  return rest;
}

const expenseText = (expenses: SubsidyApplicationRecord['expenses']) =>
  JSON.stringify(
    expenses.map((e) => [
      e.theme,
      e.description,
      e.amountCents,
      e.providerSiren,
      e.providerName,
      e.providerCommuneCode ?? null,
    ]),
  );

/**
 * What an applicant's change does to the attestation: any change to what was attested (the project summary, the
 * expenses, the trusted third party) withdraws it, saying why in the file and its history.
 */
export function attestationAfterChange(
  app: SubsidyApplicationRecord,
  next: Pick<SubsidyApplicationRecord, 'projectSummary' | 'expenses' | 'trustedThirdPartyId'>,
  now: Date,
): Partial<SubsidyApplicationRecord> {
  if (!app.attestedBy) return {};
  const changed = [
    next.projectSummary !== app.projectSummary ? 'le résumé du projet' : undefined,
    expenseText(next.expenses) !== expenseText(app.expenses) ? 'les dépenses' : undefined,
    next.trustedThirdPartyId !== app.trustedThirdPartyId ? 'le tiers de confiance' : undefined,
  ].filter((c): c is string => c !== undefined);
  if (!changed.length) return {};
  return {
    attestedBy: undefined,
    attestedAt: undefined,
    attestationWithdrawnAt: now.toISOString(),
    attestationWithdrawalReason: `Attestation retirée : le demandeur a modifié ${changed.join(', ')} après l’attestation.`,
  };
}

const WITHDRAWAL_REASONS = {
  CAPITAL_LINK: (siren: string) =>
    `Attestation retirée : le connecteur a déclaré un lien capitalistique avec un prestataire financé par ce dossier (SIREN ${siren}).`,
  LABEL_REVOKED: () => 'Attestation retirée : le label du connecteur qui l’avait donnée a été retiré.',
};

/**
 * Withdraws the attestations a cause undoes: the connecteur's open attested files (its SUBATTESTED partition) that
 * fund the linked provider, or all of them when its label is revoked. Each file moves under its version with a
 * history entry naming who (the caller), when and why; a file changed meanwhile is read again.
 */
export async function withdrawAttestations(
  deps: SubsidyDeps,
  viewer: AuthenticatedViewer,
  connecteurId: string,
  cause: AttestationWithdrawalCause,
): Promise<void> {
  const ids = await deps.subsidyStore.lists.openAttestedFiles(connecteurId);
  const reason =
    cause.kind === 'CAPITAL_LINK'
      ? WITHDRAWAL_REASONS.CAPITAL_LINK(cause.providerSiren)
      : WITHDRAWAL_REASONS.LABEL_REVOKED();
  for (const id of ids) {
    await retryingWrites(async () => {
      const app = await deps.subsidyStore.getApplication(id, true);
      if (!app || app.attestedBy !== connecteurId || !OPEN_STATUSES.includes(app.status)) return;
      if (cause.kind === 'CAPITAL_LINK' && !fundedSirens(app).includes(cause.providerSiren)) return;
      const transition = transitionFor(app.status, 'WITHDRAW_ATTESTATION', viewer.role, reason);
      const at = deps.now.toISOString();
      const { attestedBy: _by, attestedAt: _at, ...rest } = app;
      const next = withoutUndefined<SubsidyApplicationRecord>({
        ...rest,
        status: transition.to,
        version: app.version + 1,
        updatedAt: at,
        attestationWithdrawnAt: at,
        attestationWithdrawalReason: reason,
      });
      // A rejected write (WriteRejected) is read again and retried.
      await deps.subsidyStore.commitTransition({
        previous: app,
        next,
        history: {
          applicationId: app.id,
          version: next.version,
          at,
          actorSub: viewer.sub,
          actorRole: viewer.role,
          action: 'WITHDRAW_ATTESTATION',
          reason,
          fromStatus: app.status,
          toStatus: next.status,
        },
        ledger: { delta: {} },
      });
      deps.subsidyApplicationLoader.clear(id).prime(id, next);
    });
  }
}
