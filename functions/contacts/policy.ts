import type { Viewer } from '../shared/auth.js';
import type { ContactNeedRecord, ContactRequestRecord } from './records.js';

/** Who the caller is to a request: its connecteur, its company, or nobody (deny by default). */
export type RequestParty = 'CONNECTEUR' | 'COMPANY' | null;

export function partyTo(
  request: Pick<ContactRequestRecord, 'connecteurId' | 'companyId'>,
  viewer: Viewer,
  ids: { connecteurId?: string; companyId?: string },
): RequestParty {
  if (viewer.kind !== 'user') return null;
  if (viewer.role === 'CONNECTEUR' && ids.connecteurId === request.connecteurId) return 'CONNECTEUR';
  if (viewer.role === 'PME' && ids.companyId !== undefined && ids.companyId === request.companyId)
    return 'COMPANY';
  return null;
}

/** A need is read by its company, or by a connecteur it was sent to (which then sees only its own request). */
export function mayReadNeed(
  need: Pick<ContactNeedRecord, 'companyId'>,
  requests: Pick<ContactRequestRecord, 'connecteurId'>[],
  viewer: Viewer,
  ids: { connecteurId?: string; companyId?: string },
): boolean {
  if (viewer.kind !== 'user') return false;
  if (viewer.role === 'PME') return ids.companyId !== undefined && ids.companyId === need.companyId;
  if (viewer.role === 'CONNECTEUR') return requests.some((r) => r.connecteurId === ids.connecteurId);
  return false;
}
