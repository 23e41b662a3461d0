import { badUserInput, conflict } from '../shared/errors.js';
import { addParisYears, endOfParisDay, parisDay } from '../shared/paris-time.js';
import type { ConnecteurRecord, LabelRequestRecord } from './records.js';

/** Longest validity a moderator may grant. */
export const MAX_LABEL_YEARS = 3;

export const isLabelValidAt = (request: LabelRequestRecord, now: Date): boolean =>
  request.status === 'GRANTED' &&
  request.expiresAt !== undefined &&
  Date.parse(request.expiresAt) > now.getTime();

/** The label currently valid, if any: validity is computed from the clock, no job expires labels. */
export const validLabel = (c: ConnecteurRecord, now: Date): LabelRequestRecord | undefined =>
  c.labelHistory.find((r) => isLabelValidAt(r, now));

export const pendingRequest = (c: ConnecteurRecord): LabelRequestRecord | undefined =>
  c.labelHistory.find((r) => r.status === 'PENDING');

export const tierAt = (c: ConnecteurRecord, now: Date): 'LABELLED' | 'VOLUNTEER' =>
  validLabel(c, now) ? 'LABELLED' : 'VOLUNTEER';

export type LabelEvent =
  | { type: 'REQUEST'; id: string }
  | { type: 'GRANT'; validUntil: string; wave?: string; moderator: string }
  | { type: 'REJECT'; reason: string; moderator: string }
  | { type: 'REVOKE'; reason: string; moderator: string };

/**
 * The label workflow: each event has a guard on the current history and produces the new history.
 * The store writes the result under the version that was read, so concurrent decisions cannot both win.
 */
export function applyLabelEvent(c: ConnecteurRecord, event: LabelEvent, now: Date): LabelRequestRecord[] {
  const at = now.toISOString();
  const pending = pendingRequest(c);
  const valid = validLabel(c, now);
  const replace = (target: LabelRequestRecord, next: LabelRequestRecord) =>
    c.labelHistory.map((r) => (r.id === target.id ? next : r));

  switch (event.type) {
    case 'REQUEST': {
      if (pending) throw conflict('Une demande de label est déjà en cours d’examen.');
      if (valid)
        throw conflict(
          `Votre label est valide jusqu’au ${valid.validUntil} : le renouvellement se demande après son échéance.`,
        );
      return [{ id: event.id, status: 'PENDING', requestedAt: at }, ...c.labelHistory];
    }
    case 'GRANT': {
      if (!pending) throw conflict('Aucune demande de label en attente pour ce connecteur.');
      const expiresAt = endOfParisDay(event.validUntil);
      if (expiresAt.getTime() <= now.getTime()) {
        throw badUserInput('La date de fin de validité doit être dans le futur.', [
          { path: ['validUntil'], message: 'Date passée.' },
        ]);
      }
      // Counted in Paris days: at 00:30 in Paris, today is already the new day (ISO dates compare as strings).
      if (event.validUntil > addParisYears(parisDay(now), MAX_LABEL_YEARS)) {
        throw badUserInput(`Un label vaut au plus ${MAX_LABEL_YEARS} ans.`, [
          { path: ['validUntil'], message: `Au plus ${MAX_LABEL_YEARS} ans après aujourd’hui.` },
        ]);
      }
      return replace(pending, {
        ...pending,
        status: 'GRANTED',
        decidedAt: at,
        decidedBy: event.moderator,
        validUntil: event.validUntil,
        expiresAt: expiresAt.toISOString(),
        ...(event.wave ? { wave: event.wave } : {}),
      });
    }
    case 'REJECT': {
      if (!pending) throw conflict('Aucune demande de label en attente pour ce connecteur.');
      return replace(pending, {
        ...pending,
        status: 'REJECTED',
        decidedAt: at,
        decidedBy: event.moderator,
        reason: event.reason,
      });
    }
    case 'REVOKE': {
      if (!valid) throw conflict('Ce connecteur n’a pas de label valide à retirer.');
      return replace(valid, {
        ...valid,
        status: 'REVOKED',
        revokedAt: at,
        revokedBy: event.moderator,
        reason: event.reason,
      });
    }
  }
}
