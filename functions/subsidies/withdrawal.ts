import { forbidden } from '../shared/errors.js';
import { transitionEffects } from './ledger.js';
import type { HistoryEntryRecord, SubsidyApplicationRecord } from './records.js';
import type { SubsidyStore } from './store.js';
import { transitionFor, WITHDRAWABLE_STATUSES } from './workflow.js';

// What a company's account deletion (privacy domain) does to its subsidy files, through the workflow's own
// transition: drafts are deleted, files in the workflow or granted and unpaid are withdrawn, the others kept.

/** A file erased with its company's account: closed for good, nobody fires any event on it. */
export const isErasedFile = (app: SubsidyApplicationRecord) =>
  typeof (app as { erasedAt?: unknown }).erasedAt === 'string';

export const erasedFileRefused = () =>
  forbidden(
    'Ce dossier appartient à une entreprise qui a supprimé son compte : il est clos et ne peut plus changer.',
  );

export const WITHDRAWAL_REASON =
  'Dossier retiré : l’entreprise a supprimé son compte (engagement éventuel rendu à l’enveloppe).';

export const isWithdrawable = (app: SubsidyApplicationRecord) =>
  !isErasedFile(app) && WITHDRAWABLE_STATUSES.includes(app.status);

/**
 * Withdraws a file of a company deleting its account: the WITHDRAW transition (to CLOSED) in one transaction, with
 * its history entry (no subject: the company is being erased) and the ledger's moves (an accepted file's grant goes
 * back to the envelope), under the status and version read. A concurrent change is `WriteRejected`: read again.
 */
export async function withdrawOnAccountDeletion(
  store: SubsidyStore,
  app: SubsidyApplicationRecord,
  at: string,
): Promise<SubsidyApplicationRecord> {
  const transition = transitionFor(app.status, 'WITHDRAW', 'PME', WITHDRAWAL_REASON);
  const usage = await store.getUsage(app.programId, app.companyId, true);
  const next: SubsidyApplicationRecord = {
    ...app,
    status: transition.to,
    version: app.version + 1,
    updatedAt: at,
  };
  const effects = transitionEffects(app, next, usage);
  const { actorSub: _none, ...history } = {
    applicationId: app.id,
    version: next.version,
    at,
    actorSub: '',
    actorRole: 'PME',
    action: 'WITHDRAW',
    reason: WITHDRAWAL_REASON,
    fromStatus: app.status,
    toStatus: next.status,
  } satisfies HistoryEntryRecord;
  await store.commitTransition({
    previous: app,
    next,
    history: history as HistoryEntryRecord,
    ledger: { delta: effects.ledger },
    ...(effects.usage
      ? { usage: { previous: usage ?? { ...effects.usage, version: 0 }, next: effects.usage } }
      : {}),
  });
  return next;
}
