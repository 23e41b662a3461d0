import * as z from 'zod';
import { lazySchema } from '../shared/lazy-schema.js';
import { requireRole, type AuthenticatedViewer } from '../shared/auth.js';
import { notFound } from '../shared/errors.js';
import { cursorScope, pageSize, type Connection } from '../shared/pagination.js';
import type { TransactItems } from '../shared/transactions.js';
import { parseInput } from '../shared/validation.js';
import { departementCode } from '../shared/places.js';
import type { ConnecteurRecord } from './records.js';
import { approvedOf, sameList, type ServedChangeRecord } from './served.js';
import type { ServedChangeStore } from './served-store.js';
import type { ConnecteurDeps } from './service.js';

export type ServedDeps = ConnecteurDeps & { servedChangeStore: ServedChangeStore };

/** The audit item of a change of the départements served (none when the list did not change). */
export function servedAuditItems(
  deps: Pick<ServedDeps, 'servedChangeStore' | 'now'>,
  by: AuthenticatedViewer,
  before: readonly string[],
  next: ConnecteurRecord,
): TransactItems {
  if (sameList(before, next.departementsServed)) return [];
  return [
    deps.servedChangeStore.item({
      connecteurId: next.id,
      at: deps.now.toISOString(),
      bySub: by.sub,
      byRole: 'CONNECTEUR',
      kind: 'SERVED',
      before: [...before],
      after: [...next.departementsServed],
    }),
  ];
}

const approveArgs = lazySchema(() => z.object({ connecteurId: z.string().min(1).max(64), departementCode }));

/** A moderator lets a connecteur serve one more département; the approval is audited with the profile's write. */
export async function approveServedDepartement(
  deps: ServedDeps,
  rawArgs: unknown,
): Promise<ConnecteurRecord> {
  const moderator = requireRole(deps.viewer, 'MODERATOR');
  const args = parseInput(approveArgs, rawArgs);
  const current = await deps.connecteurStore.get(args.connecteurId);
  if (!current) throw notFound('Connecteur');
  const before = approvedOf(current);
  if (before.includes(args.departementCode)) return current;
  const after = [...before, args.departementCode].sort();
  const next: ConnecteurRecord = {
    ...current,
    approvedDepartements: after,
    updatedAt: deps.now.toISOString(),
    version: current.version + 1,
  };
  const audit: ServedChangeRecord = {
    connecteurId: current.id,
    at: deps.now.toISOString(),
    bySub: moderator.sub,
    byRole: 'MODERATOR',
    kind: 'APPROVAL',
    before,
    after,
  };
  await deps.connecteurStore.save(current, next, deps.now, [deps.servedChangeStore.item(audit)]);
  deps.connecteurLoader.clear(next.id).prime(next.id, next);
  return next;
}

/** The audit trail of a connecteur's area, newest first (moderators). */
export async function servedDepartementsChanges(
  deps: ServedDeps,
  connecteurId: string,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<ServedChangeRecord>> {
  requireRole(deps.viewer, 'MODERATOR');
  const limit = pageSize(first);
  const scope = cursorScope('servedDepartementsChanges', connecteurId);
  const page = await deps.servedChangeStore.ofConnecteur(
    connecteurId,
    limit,
    after ? deps.cursors.decode(scope, after) : undefined,
  );
  const edges = page.records.map(({ sk, ...node }) => ({ cursor: deps.cursors.encode(scope, { sk }), node }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
