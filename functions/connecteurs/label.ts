import { badUserInput, conflict } from '../shared/errors.js';
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

/** The instant after the last day of validity: midnight in Paris (labels are granted in calendar days). */
export function endOfParisDay(date: string): Date {
  const nextDay = new Date(`${date}T00:00:00Z`);
  nextDay.setUTCDate(nextDay.getUTCDate() + 1);
  // Paris is UTC+1 or UTC+2: find the offset in force at that local midnight.
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(nextDay.getTime() - offsetHours * 3600_000);
    const local = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Paris',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(candidate);
    if (local.startsWith(nextDay.toISOString().slice(0, 10)) && local.endsWith('00')) return candidate;
  }
  throw new Error(`no Paris midnight found after ${date}`);
}

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
      const limit = new Date(now);
      limit.setUTCFullYear(limit.getUTCFullYear() + MAX_LABEL_YEARS);
      if (new Date(`${event.validUntil}T00:00:00Z`).getTime() > limit.getTime()) {
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
