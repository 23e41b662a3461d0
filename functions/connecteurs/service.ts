import type DataLoader from 'dataloader';
import type { AuthenticatedViewer, Viewer } from '../shared/auth.js';
import { requireRole } from '../shared/auth.js';
import type { Clock } from '../shared/clock.js';
import { notFound } from '../shared/errors.js';
import { communeByCode } from '../shared/geography.js';
import { connecteurIdOf } from '../shared/caller.js';
import { newId } from '../shared/identifiers.js';
import {
  connectionOf,
  cursorScope,
  pageSize,
  type Connection,
  type CursorCodec,
  pageInfoOf,
  signedEdge,
} from '../shared/pagination.js';
import type { TransactItems } from '../shared/transactions.js';
import { labelDecisionNotices } from './notices.js';
import { parseInput } from '../shared/validation.js';
import {
  connecteurFilterInput,
  grantLabelInput,
  labelDecisionInput,
  registerConnecteurInput,
  updateConnecteurProfileInput,
} from './inputs.js';
import { applyLabelEvent, pendingRequest, validLabel, type LabelEvent } from './label.js';
import type { WithdrawAttestations } from './attestation-guard.js';
import type { ConnecteurRecord } from './records.js';
import { planSearch } from './search.js';
import { nodeOfCard } from './card.js';
import { pendingLabelPosition, type ConnecteurStore } from './store.js';
import { approvedOf, boundedServed, servedAfterMove } from './served.js';
import { servedAuditItems } from './served-service.js';
import type { ServedChangeStore } from './served-store.js';

/** What the connecteur use cases need from the request. */
export type ConnecteurDeps = {
  viewer: Viewer;
  now: Date;
  clock: Clock;
  cursors: CursorCodec;
  connecteurStore: ConnecteurStore;
  servedChangeStore: ServedChangeStore;
  connecteurLoader: DataLoader<string, ConnecteurRecord | undefined>;
  /** Undoes the attestations a capital link or a revoked label withdraws (chèque numérique files). */
  withdrawAttestations: WithdrawAttestations;
};

export async function registerConnecteur(deps: ConnecteurDeps, rawInput: unknown): Promise<ConnecteurRecord> {
  const viewer = requireRole(deps.viewer, 'CONNECTEUR');
  const input = parseInput(registerConnecteurInput, rawInput, ['input']);
  const commune = communeByCode(input.communeCode)!;
  const at = deps.now.toISOString();
  const record: ConnecteurRecord = {
    id: connecteurIdOf(viewer.sub),
    ownerSub: viewer.sub,
    displayName: input.displayName,
    kind: input.kind,
    structureType: input.structureType,
    communeCode: commune.code,
    departementCode: commune.departementCode,
    regionCode: commune.regionCode,
    departementsServed: boundedServed(commune.departementCode, input.departementsServed),
    themes: input.themes,
    acceptsNewPmes: input.acceptsNewPmes,
    email: input.email,
    ...(input.website ? { website: input.website } : {}),
    charterSignedAt: at,
    labelHistory: [],
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await deps.connecteurStore.create(record, deps.now, servedAuditItems(deps, viewer, [], record));
  return record;
}

async function ownProfile(deps: ConnecteurDeps, viewer: AuthenticatedViewer): Promise<ConnecteurRecord> {
  const record = await deps.connecteurStore.get(connecteurIdOf(viewer.sub));
  if (!record) throw notFound('Profil de connecteur (inscrivez-vous d’abord avec registerConnecteur)');
  return record;
}

/**
 * `previous` is the record as read (its version guards the write, its search entries are what may be stored);
 * `changes` override the fields of `base` (by default `previous`; without a field the change removes).
 */
async function save(
  deps: ConnecteurDeps,
  previous: ConnecteurRecord,
  changes: Partial<ConnecteurRecord>,
  extra: (next: ConnecteurRecord) => TransactItems = () => [],
  base: ConnecteurRecord = previous,
) {
  const next: ConnecteurRecord = {
    ...base,
    ...changes,
    updatedAt: deps.now.toISOString(),
    version: previous.version + 1,
  };
  await deps.connecteurStore.save(previous, next, deps.now, extra(next));
  return next;
}

export async function updateConnecteurProfile(
  deps: ConnecteurDeps,
  rawInput: unknown,
): Promise<ConnecteurRecord> {
  const viewer = requireRole(deps.viewer, 'CONNECTEUR');
  const input = parseInput(updateConnecteurProfileInput, rawInput, ['input']);
  const current = await ownProfile(deps, viewer);
  const commune = input.communeCode ? communeByCode(input.communeCode)! : undefined;
  const departementCode = commune?.departementCode ?? current.departementCode;
  const changes: Partial<ConnecteurRecord> = {
    ...(input.displayName ? { displayName: input.displayName } : {}),
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.structureType ? { structureType: input.structureType } : {}),
    ...(commune ? { communeCode: commune.code, departementCode, regionCode: commune.regionCode } : {}),
    departementsServed: input.departementsServed
      ? boundedServed(departementCode, input.departementsServed, approvedOf(current))
      : servedAfterMove(departementCode, current.departementsServed, approvedOf(current)),
    ...(input.themes ? { themes: input.themes } : {}),
    ...(input.email ? { email: input.email } : {}),
    ...(input.acceptsNewPmes !== undefined && input.acceptsNewPmes !== null
      ? { acceptsNewPmes: input.acceptsNewPmes }
      : {}),
  };
  // `website: null` removes it; an absent field keeps it.
  const { website: currentWebsite, ...rest } = current;
  const website = input.website === undefined ? currentWebsite : (input.website ?? undefined);
  return save(
    deps,
    current,
    { ...changes, ...(website ? { website } : {}) },
    (next) => servedAuditItems(deps, viewer, current.departementsServed, next),
    rest,
  );
}

export async function requestLabel(deps: ConnecteurDeps): Promise<ConnecteurRecord> {
  const viewer = requireRole(deps.viewer, 'CONNECTEUR');
  const current = await ownProfile(deps, viewer);
  return applyLabel(deps, current, { type: 'REQUEST', id: newId() });
}

async function applyLabel(deps: ConnecteurDeps, current: ConnecteurRecord, event: LabelEvent) {
  const labelHistory = applyLabelEvent(current, event, deps.now);
  // The entry a decision changed (the pending request, or the valid label revoked): told to the connecteur.
  const target = event.type === 'REVOKE' ? validLabel(current, deps.now) : pendingRequest(current);
  const decided = labelHistory.find((r) => r.id === target?.id);
  const store = deps.connecteurStore;
  const notices =
    decided && event.type !== 'REQUEST'
      ? labelDecisionNotices(current.id, decided, (at) => store.stillLabelledGuard(current.id, at), deps.now)
      : {};
  return save(deps, current, { labelHistory }, () => store.noticeItems(notices, deps.now.toISOString()));
}

async function connecteurForModerator(deps: ConnecteurDeps, id: string) {
  const record = await deps.connecteurStore.get(id);
  if (!record) throw notFound('Connecteur');
  return record;
}

export async function grantLabel(deps: ConnecteurDeps, rawArgs: unknown): Promise<ConnecteurRecord> {
  const moderator = requireRole(deps.viewer, 'MODERATOR');
  const args = parseInput(grantLabelInput, rawArgs);
  const current = await connecteurForModerator(deps, args.connecteurId);
  return applyLabel(deps, current, {
    type: 'GRANT',
    validUntil: args.validUntil,
    moderator: moderator.sub,
    ...(args.wave ? { wave: args.wave } : {}),
  });
}

export async function rejectLabelRequest(deps: ConnecteurDeps, rawArgs: unknown): Promise<ConnecteurRecord> {
  const moderator = requireRole(deps.viewer, 'MODERATOR');
  const args = parseInput(labelDecisionInput, rawArgs);
  const current = await connecteurForModerator(deps, args.connecteurId);
  return applyLabel(deps, current, { type: 'REJECT', reason: args.reason, moderator: moderator.sub });
}

export async function revokeLabel(deps: ConnecteurDeps, rawArgs: unknown): Promise<ConnecteurRecord> {
  const moderator = requireRole(deps.viewer, 'MODERATOR');
  const args = parseInput(labelDecisionInput, rawArgs);
  const current = await connecteurForModerator(deps, args.connecteurId);
  const revoked = await applyLabel(deps, current, {
    type: 'REVOKE',
    reason: args.reason,
    moderator: moderator.sub,
  });
  // After the label's write: a decision racing it is refused by its own guard on the profile.
  await deps.withdrawAttestations(moderator, revoked.id, { kind: 'LABEL_REVOKED', reason: args.reason });
  return revoked;
}

/**
 * `withCards`: the caller's document asks only what the search entries' cards carry (card.ts `answeredByCards`); the
 * nodes whose entry has a card are answered from it, the others (entries without cards: a per-place partition, data
 * not yet migrated) from their profiles, as every node is otherwise.
 */
export async function searchConnecteurs(
  deps: ConnecteurDeps,
  rawFilter: unknown,
  first: number | null | undefined,
  after: string | null | undefined,
  withCards = false,
): Promise<Connection<ConnecteurRecord>> {
  const limit = pageSize(first);
  const search = planSearch(parseInput(connecteurFilterInput, rawFilter, ['filter']) ?? {});
  const scope = cursorScope('connecteurs', search);
  const position = after ? deps.cursors.decode(scope, after) : undefined;
  const page = await deps.connecteurStore.search(search, deps.now, limit, position, withCards);
  const toRead = page.ids.filter((p) => !p.card).map((p) => p.id);
  const read = toRead.length ? await deps.connecteurLoader.loadMany(toRead) : [];
  const profiles = new Map(toRead.map((id, i) => [id, read[i]]));
  const edges = page.ids.flatMap((p) => {
    const node = p.card ? nodeOfCard(p.id, p.card) : profiles.get(p.id);
    return node && !(node instanceof Error) ? [signedEdge(deps.cursors, scope, () => p.position, node)] : [];
  });
  return { edges, pageInfo: pageInfoOf(edges, page.hasNextPage) };
}

export async function pendingLabelRequests(
  deps: ConnecteurDeps,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<ConnecteurRecord>> {
  requireRole(deps.viewer, 'MODERATOR');
  const limit = pageSize(first);
  const scope = cursorScope('pendingLabelRequests', null);
  const page = await deps.connecteurStore.pendingLabelRequests(
    limit,
    after ? deps.cursors.decode(scope, after) : undefined,
  );
  return connectionOf(deps.cursors, scope, page, pendingLabelPosition);
}

export async function myConnecteurProfile(deps: ConnecteurDeps): Promise<ConnecteurRecord | null> {
  const viewer = requireRole(deps.viewer, 'CONNECTEUR');
  return (await deps.connecteurLoader.load(connecteurIdOf(viewer.sub))) ?? null;
}
