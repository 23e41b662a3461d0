import { conflict } from '../shared/errors.js';
import type { SubsidyApplicationRecord } from './records.js';

/** Statuses from which the applicant submits (again): a key recorded before the file came back here is used up. */
const SUBMITTABLE = new Set<SubsidyApplicationRecord['status']>(['DRAFT', 'CORRECTION_REQUESTED']);

/**
 * A submission key names ONE submission. The file remembers the key of its current submission (`submissionKey`,
 * removed when the region asks for a correction): a retry with that key is answered with the file as it is, a key
 * already recorded for an earlier submission is CONFLICT (never a silent no-op). Files submitted before the key was
 * remembered: the retry is a replay unless the file is back in the applicant's hands.
 */
export function replayOfSubmission(app: SubsidyApplicationRecord, key: string): SubsidyApplicationRecord {
  const current = app.submissionKey !== undefined ? app.submissionKey === key : !SUBMITTABLE.has(app.status);
  if (current) return app;
  throw conflict(
    'Cette clé d’idempotence a déjà servi à un dépôt précédent de ce dossier : chaque nouveau dépôt (après une demande de correction par exemple) demande une nouvelle clé.',
    { idempotencyKey: key },
  );
}
