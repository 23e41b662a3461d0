import { connecteurIdOf } from '../shared/caller.js';
import { requireRole } from '../shared/auth.js';
import { badUserInput, forbidden, notFound, unauthenticated } from '../shared/errors.js';
import { connectionOf, cursorScope, pageSize, type Connection } from '../shared/pagination.js';
import { parseInput } from '../shared/validation.js';
import { callerOf, type SubsidyDeps } from './deps.js';
import type { Eligibility, ProviderRegions } from './eligibility.js';
import { hasManagingBodyCap } from './company-cap.js';
import { companyCapLoader, companyCapRef } from './company-cap-store.js';
import { evaluateApplication, providerSirensToCheck, usesSnapshot } from './evaluation.js';
import { withStandingAttestation } from './attestation.js';
import { applicationFilterInput, applicationOrderInput } from './inputs.js';
import { sortedQueuePage } from './queue.js';
import { canReadAnnotations, canReadApplication, listScope } from './policy.js';
import type { HistoryEntryRecord, NoteRecord, SubsidyApplicationRecord } from './records.js';
import { applicationPosition } from './keys.js';
import { SubsidyListStore } from './list-store.js';

/** A file the caller may read: NOT_FOUND when it does not exist, FORBIDDEN when it is not the caller's to see. */
export async function readApplication(deps: SubsidyDeps, id: string): Promise<SubsidyApplicationRecord> {
  if (deps.viewer.kind === 'anonymous') throw unauthenticated();
  const app = await deps.subsidyApplicationLoader.load(id);
  if (!app) throw notFound('Dossier');
  if (!canReadApplication(await callerOf(deps), app))
    throw forbidden('Ce dossier ne vous est pas accessible.');
  return app;
}

/** Eligibility of a file, computed once per request and file (a list's files share batched loads). */
const evaluations = new WeakMap<SubsidyApplicationRecord, Promise<Eligibility>>();

export function eligibilityOf(deps: SubsidyDeps, app: SubsidyApplicationRecord): Promise<Eligibility> {
  let evaluation = evaluations.get(app);
  if (!evaluation) {
    evaluation = (async () => {
      const [program, company, usage] = await Promise.all([
        deps.subsidyProgramLoader.load(app.programId),
        usesSnapshot(app) ? app.companySnapshot : deps.companyLoader.load(app.companyId),
        deps.subsidyUsageLoader.load({ programId: app.programId, companyId: app.companyId }),
      ]);
      if (!program) throw notFound('Programme');
      if (!company) throw notFound('Entreprise');
      const [providerRegions, companyCap] = await Promise.all([
        providerRegionsOf(deps, providerSirensToCheck(app, program)),
        hasManagingBodyCap(program)
          ? companyCapLoader(deps, deps.subsidyStore.companyCaps).load(companyCapRef(program, app))
          : undefined,
      ]);
      // An attestation that no longer stands (label expired or revoked, capital link) counts as none.
      const judged = await withStandingAttestation(deps, app);
      return evaluateApplication(judged, program, company, usage, deps.now, providerRegions, companyCap);
    })();
    evaluations.set(app, evaluation);
  }
  return evaluation;
}

/** The directory's home regions of these providers (one batch per request, each SIREN read once). */
export async function providerRegionsOf(
  deps: Pick<SubsidyDeps, 'providerRegionsLoader'>,
  sirens: readonly string[],
): Promise<ProviderRegions> {
  if (!sirens.length) return new Map();
  const regions = await deps.providerRegionsLoader.loadMany(sirens);
  return new Map(
    sirens.map((siren, i) => {
      const found = regions[i];
      if (found instanceof Error) throw found;
      return [siren, found ?? []];
    }),
  );
}

/** The aid expected before a decision (0 below a floor), the aid granted after. */
export async function aidOf(deps: SubsidyDeps, app: SubsidyApplicationRecord): Promise<number> {
  if (app.grantedAidCents !== undefined) return app.grantedAidCents;
  const { aid } = await eligibilityOf(deps, app);
  return aid.grantable ? aid.aidCents : 0;
}

export async function historyOf(
  deps: SubsidyDeps,
  app: SubsidyApplicationRecord,
): Promise<HistoryEntryRecord[]> {
  return (await deps.subsidyTrailLoader.load({
    applicationId: app.id,
    kind: 'HIST',
    count: app.version,
  })) as HistoryEntryRecord[];
}

export async function messagesOf(deps: SubsidyDeps, app: SubsidyApplicationRecord): Promise<NoteRecord[]> {
  return (await deps.subsidyTrailLoader.load({
    applicationId: app.id,
    kind: 'MSG',
    count: app.messageCount,
  })) as NoteRecord[];
}

/** Private annotations: FORBIDDEN to anyone but the region's agents and moderators. */
export async function annotationsOf(deps: SubsidyDeps, app: SubsidyApplicationRecord): Promise<NoteRecord[]> {
  if (!canReadAnnotations(await callerOf(deps), app))
    throw forbidden('Les annotations sont réservées aux agents instructeurs de la région.');
  return (await deps.subsidyTrailLoader.load({
    applicationId: app.id,
    kind: 'NOTE',
    count: app.annotationCount,
  })) as NoteRecord[];
}

/** Who produced a history entry: agents and moderators see the subject, the applicant only the role. */
export const seesActors = (deps: SubsidyDeps) =>
  deps.viewer.kind === 'user' && (deps.viewer.role === 'REGION_AGENT' || deps.viewer.role === 'MODERATOR');

/** How far ahead of the server's clock a client's `updatedSince` may be. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The files a caller may list, newest change first: a PME its company's (GSI2), an agent its region's (GSI3, or
 * GSI1 when filtered by status), a moderator one region's or every region with a programme (merged).
 */
export async function listApplications(
  deps: SubsidyDeps,
  rawFilter: unknown,
  first: number | null | undefined,
  after: string | null | undefined,
  rawOrder?: unknown,
): Promise<Connection<SubsidyApplicationRecord>> {
  requireRole(deps.viewer, 'PME', 'REGION_AGENT', 'MODERATOR');
  const filter = parseInput(applicationFilterInput, rawFilter, ['filter']);
  const order = parseInput(applicationOrderInput, rawOrder, ['orderBy']);
  // Nothing changed in the future; and past year 9999 in UTC, an ISO string ("+010000-…") sorts before every key.
  if (filter.updatedSince && Date.parse(filter.updatedSince) > deps.now.getTime() + CLOCK_SKEW_MS)
    throw badUserInput('updatedSince est dans le futur.', [
      { path: ['filter', 'updatedSince'], message: 'Au plus l’heure actuelle (à 5 minutes près).' },
    ]);
  const limit = pageSize(first);
  const program = filter.programId ? await deps.subsidyProgramLoader.load(filter.programId) : undefined;
  if (filter.programId && !program) throw notFound('Programme');
  const caller = await callerOf(deps);
  const allowed = listScope(caller, {
    regionCode: filter.regionCode,
    programRegionCode: program?.regionCode,
  });
  const cursors = cursorScope('subsidyApplications', {
    scope: allowed,
    filter,
    ...(order !== 'UPDATED_AT_DESC' ? { order } : {}),
  });
  let scope = allowed;
  if (scope.kind === 'regions' && scope.regionCodes.length > 1) {
    // Every region with a programme (a few dozen programmes: one query), not every INSEE region.
    const withPrograms = new Set((await deps.subsidyStore.programs.listPrograms()).map((p) => p.regionCode));
    scope = { kind: 'regions', regionCodes: scope.regionCodes.filter((r) => withPrograms.has(r)) };
  }
  const { partitions, statusFilter } = SubsidyListStore.partitionsFor(scope, filter.status);
  const common = {
    partitions,
    ...(filter.programId ? { programId: filter.programId } : {}),
    ...(statusFilter ? { status: statusFilter } : {}),
    ...(filter.updatedSince ? { since: filter.updatedSince } : {}),
  };
  if (filter.search || order !== 'UPDATED_AT_DESC') {
    // Searched or sorted otherwise: the queue's partitions read once, pages are offsets (queue.ts).
    const offset = after ? Number(deps.cursors.decode(cursors, after).offset) : 0;
    const sorted = await sortedQueuePage(deps.subsidyStore.lists, common, {
      ...(filter.search ? { search: filter.search } : {}),
      order,
      offset,
      limit,
    });
    const edges = sorted.records.map((node, index) => {
      deps.subsidyApplicationLoader.prime(node.id, node);
      return { cursor: deps.cursors.encode(cursors, { offset: String(offset + index + 1) }), node };
    });
    return { edges, pageInfo: { hasNextPage: sorted.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }
  const before = after ? deps.cursors.decode(cursors, after).position : undefined;
  const page = await deps.subsidyStore.lists.listApplications({
    partitions,
    limit,
    ...(filter.programId ? { programId: filter.programId } : {}),
    ...(statusFilter ? { status: statusFilter } : {}),
    ...(filter.updatedSince ? { since: filter.updatedSince } : {}),
    ...(before ? { before } : {}),
  });
  page.records.forEach((node) => deps.subsidyApplicationLoader.prime(node.id, node));
  return connectionOf(deps.cursors, cursors, page, (node) => ({ position: applicationPosition(node) }));
}

/** CONNECTEUR: the files that chose the caller as trusted third party, newest first. */
export async function listFilesToAttest(
  deps: SubsidyDeps,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<SubsidyApplicationRecord>> {
  const viewer = requireRole(deps.viewer, 'CONNECTEUR');
  const limit = pageSize(first);
  const scope = cursorScope('applicationsToAttest', { sub: viewer.sub });
  const position = after ? deps.cursors.decode(scope, after).sk : undefined;
  const page = await deps.subsidyStore.lists.filesToAttest(connecteurIdOf(viewer.sub), limit, position);
  const files = await deps.subsidyApplicationLoader.loadMany(page.records.map((p) => p.id));
  // A file whose link moved since the read is no longer the caller's to attest.
  const records = files.filter(
    (node): node is SubsidyApplicationRecord =>
      !!node && !(node instanceof Error) && node.trustedThirdPartyId === connecteurIdOf(viewer.sub),
  );
  const positions = new Map(page.records.map((p) => [p.id, p.sk]));
  return connectionOf(deps.cursors, scope, { ...page, records }, (node) => ({ sk: positions.get(node.id)! }));
}
