import type DataLoader from 'dataloader';
import type { ConnecteurRecord } from '../connecteurs/index.js';
import { connecteurIdOf } from '../shared/caller.js';
import type { MarketplacePeers } from '../providers/index.js';
import { requireRole, type Viewer } from '../shared/auth.js';
import { retryWithBackoff } from '../shared/retry.js';
import { createdOnce, keyedId } from '../shared/client-keys.js';
import { conflict, forbidden, notFound } from '../shared/errors.js';
import { communeByCode } from '../shared/geography.js';
import { newId } from '../shared/identifiers.js';
import { nafSection } from '../shared/naf.js';
import {
  connectionOf,
  cursorScope,
  pageSize,
  type Connection,
  type CursorCodec,
  type Page,
} from '../shared/pagination.js';
import { parseInput } from '../shared/validation.js';
import {
  matchingInput,
  moderateTestimonialInput,
  testimonialFilterInput,
  testimonialIdInput,
  testimonialInput,
} from './inputs.js';
import { countersToRead, departementCounts, mapPlan, type MapFilter } from './map.js';
import { testimonialNotices } from './notices.js';
import type { TestimonialRecord } from './records.js';
import { checkFilter, matchingSteps, planList, type MatchProfile } from './search.js';
import { positions, type TestimonialStore } from './store.js';
import { applyTestimonialEvent, type TestimonialEvent } from './workflow.js';

export type TestimonialDeps = {
  viewer: Viewer;
  now: Date;
  cursors: CursorCodec;
  testimonialStore: TestimonialStore;
  testimonialLoader: DataLoader<string, TestimonialRecord | undefined>;
  connecteurLoader: DataLoader<string, ConnecteurRecord | undefined>;
  marketplace: MarketplacePeers;
};

function toConnection(
  deps: Pick<TestimonialDeps, 'cursors'>,
  scope: string,
  page: Page<TestimonialRecord>,
  position: (t: TestimonialRecord) => Record<string, string>,
): Connection<TestimonialRecord> {
  return connectionOf(deps.cursors, scope, page, position);
}

/** The parsed filter without its null fields. */
function mapFilterOf(raw: unknown): MapFilter {
  const parsed = parseInput(testimonialFilterInput, raw, ['filter']) ?? {};
  const filter = Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== null && v !== undefined));
  return checkFilter(filter as MapFilter);
}

export async function submitTestimonial(
  deps: TestimonialDeps,
  rawInput: unknown,
): Promise<TestimonialRecord> {
  const viewer = requireRole(deps.viewer, 'PME', 'CONNECTEUR');
  const input = parseInput(testimonialInput, rawInput, ['input']);
  let companyId: string;
  let connecteurId: string | undefined;
  if (viewer.role === 'PME') {
    const company = await deps.marketplace.viewerCompany();
    if (!company) throw forbidden('Enregistrez d’abord votre entreprise (registerCompany).');
    if (input.companyId && input.companyId !== company.id)
      throw forbidden('Une entreprise témoigne pour elle-même : laissez companyId vide.');
    companyId = company.id;
  } else {
    connecteurId = connecteurIdOf(viewer.sub);
    if (!input.companyId)
      throw forbidden('Un connecteur témoigne pour une entreprise qu’il suit : companyId est obligatoire.');
    if (!(await deps.marketplace.followsWithConsent(connecteurId, input.companyId)))
      throw forbidden('Vous ne suivez pas cette entreprise (ou elle a retiré son consentement).');
    companyId = input.companyId;
  }
  const id = input.clientKey ? keyedId(`testimonial#${companyId}`, viewer.sub, input.clientKey) : newId();
  if (input.clientKey) {
    const earlier = await keyedTestimonial(deps, id, viewer.sub);
    if (earlier) return earlier;
  }
  const commune = communeByCode(input.communeCode)!;
  const record: TestimonialRecord = {
    id,
    companyId,
    companyName: input.companyName,
    submittedBySub: viewer.sub,
    ...(connecteurId ? { connecteurId } : {}),
    title: input.title,
    story: input.story,
    format: input.format,
    ...(input.mediaUrl ? { mediaUrl: input.mediaUrl } : {}),
    ...(input.durationSeconds ? { durationSeconds: input.durationSeconds } : {}),
    themes: [...input.themes].sort(),
    nafCode: input.nafCode,
    nafSection: nafSection(input.nafCode),
    sizeBand: input.sizeBand,
    communeCode: commune.code,
    departementCode: commune.departementCode,
    regionCode: commune.regionCode,
    maturityLevel: input.maturityLevel,
    ...(input.award ? { award: input.award } : {}),
    // A connecteur's testimonial waits for the company's agreement; the company's own goes to moderation.
    status: connecteurId ? 'AWAITING_AGREEMENT' : 'PENDING',
    submittedAt: deps.now.toISOString(),
    version: 1,
  };
  return createdOnce(
    async () => {
      await deps.testimonialStore.commit([
        deps.testimonialStore.createPart(record, Boolean(input.clientKey)),
        ...deps.testimonialStore.noticeParts(testimonialNotices(record), record.submittedAt),
      ]);
      return record;
    },
    () => keyedTestimonial(deps, id, viewer.sub),
  );
}

/** The testimonial a client key already created, if any (its id comes from the key, the user and the company). */
async function keyedTestimonial(
  deps: TestimonialDeps,
  id: string,
  sub: string,
): Promise<TestimonialRecord | undefined> {
  const earlier = await deps.testimonialStore.get(id, true);
  if (earlier && earlier.submittedBySub !== sub)
    throw conflict('Cette clé client a déjà servi : envoyez un nouveau témoignage.');
  return earlier;
}

/** Applies an event under the version read; publications touch shared map counters, so collisions are retried. */
async function applyEvent(
  deps: TestimonialDeps,
  id: string,
  authorize: (current: TestimonialRecord) => Promise<void>,
  event: TestimonialEvent,
): Promise<TestimonialRecord> {
  const next = await retryWithBackoff(async () => {
    const current = await deps.testimonialStore.get(id, true);
    if (!current) throw notFound('Témoignage');
    await authorize(current);
    const next = applyTestimonialEvent(current, event, deps.now);
    await deps.testimonialStore.commit([
      ...deps.testimonialStore.changeParts(current, next),
      ...deps.testimonialStore.noticeParts(testimonialNotices(next, current), deps.now.toISOString()),
    ]);
    return next;
  });
  deps.testimonialLoader.clear(next.id).prime(next.id, next);
  return next;
}

/** The company's own PME users decide on its testimonials. */
async function requireCompanyUser(deps: TestimonialDeps, t: TestimonialRecord) {
  requireRole(deps.viewer, 'PME');
  const company = await deps.marketplace.viewerCompany();
  if (company?.id !== t.companyId) throw forbidden('Seule l’entreprise concernée peut faire cette action.');
}

export async function agreeToTestimonial(
  deps: TestimonialDeps,
  rawArgs: unknown,
): Promise<TestimonialRecord> {
  requireRole(deps.viewer, 'PME');
  const { id } = parseInput(testimonialIdInput, rawArgs);
  return applyEvent(deps, id, (t) => requireCompanyUser(deps, t), { type: 'AGREE' });
}

export async function withdrawTestimonial(
  deps: TestimonialDeps,
  rawArgs: unknown,
): Promise<TestimonialRecord> {
  requireRole(deps.viewer, 'PME');
  const { id } = parseInput(testimonialIdInput, rawArgs);
  return applyEvent(deps, id, (t) => requireCompanyUser(deps, t), { type: 'WITHDRAW' });
}

export async function moderateTestimonial(
  deps: TestimonialDeps,
  rawArgs: unknown,
): Promise<TestimonialRecord> {
  const moderator = requireRole(deps.viewer, 'MODERATOR');
  const args = parseInput(moderateTestimonialInput, rawArgs);
  return applyEvent(
    deps,
    args.id,
    async () => undefined,
    args.decision === 'PUBLISH'
      ? { type: 'PUBLISH', moderator: moderator.sub }
      : { type: 'REJECT', moderator: moderator.sub, reason: args.reason! },
  );
}

/** A published testimonial is public; any other only for its company, its connecteur and moderators. */
export async function visibleTestimonial(
  deps: TestimonialDeps,
  id: string,
): Promise<TestimonialRecord | null> {
  const t = await deps.testimonialLoader.load(id);
  if (!t) return null;
  if (t.status === 'PUBLISHED') return t;
  const viewer = deps.viewer;
  if (viewer.kind !== 'user') return null;
  if (viewer.role === 'MODERATOR') return t;
  if (viewer.role === 'CONNECTEUR' && t.connecteurId === connecteurIdOf(viewer.sub)) return t;
  if (viewer.role === 'PME' && (await deps.marketplace.viewerCompany())?.id === t.companyId) return t;
  return null;
}

export async function listTestimonials(
  deps: TestimonialDeps,
  rawFilter: unknown,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<TestimonialRecord>> {
  const limit = pageSize(first);
  const plan = planList(mapFilterOf(rawFilter));
  const scope = cursorScope('testimonials', plan);
  const page = await deps.testimonialStore.list(
    plan.place,
    plan.criteria,
    limit,
    after ? deps.cursors.decode(scope, after) : undefined,
  );
  return toConnection(deps, scope, page, positions.listed);
}

/** Counts per département, from the map counters only (a handful of cells, see map.ts). */
export async function testimonialMap(deps: TestimonialDeps, rawFilter: unknown) {
  const filter = mapFilterOf(rawFilter);
  const plan = mapPlan(filter);
  const cells = await deps.testimonialStore.cells(
    plan.map((p) => p.cell),
    countersToRead(filter),
  );
  return departementCounts(plan, cells, filter);
}

export async function testimonialModerationQueue(
  deps: TestimonialDeps,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<TestimonialRecord>> {
  requireRole(deps.viewer, 'MODERATOR');
  const limit = pageSize(first);
  const scope = cursorScope('testimonialModerationQueue', null);
  const page = await deps.testimonialStore.pending(
    limit,
    after ? deps.cursors.decode(scope, after) : undefined,
  );
  return toConnection(deps, scope, page, positions.submitted);
}

export async function myTestimonials(
  deps: TestimonialDeps,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<TestimonialRecord>> {
  const viewer = requireRole(deps.viewer, 'PME', 'CONNECTEUR');
  const limit = pageSize(first);
  if (viewer.role === 'CONNECTEUR') {
    const connecteurId = connecteurIdOf(viewer.sub);
    const scope = cursorScope('myTestimonials', connecteurId);
    const page = await deps.testimonialStore.byConnecteur(
      connecteurId,
      limit,
      after ? deps.cursors.decode(scope, after) : undefined,
    );
    return toConnection(deps, scope, page, positions.submitted);
  }
  const company = await deps.marketplace.viewerCompany();
  if (!company) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
  const scope = cursorScope('myTestimonials', company.id);
  const page = await deps.testimonialStore.ofCompany(
    company.id,
    limit,
    after ? deps.cursors.decode(scope, after) : undefined,
  );
  return toConnection(deps, scope, page, positions.submitted);
}

/** Reads per matching step at most this many entries, so a rare profile never reads a whole list. */
const MAX_EVALUATED_PER_STEP = 500;

/**
 * Published testimonials like a company (for the diagnostic's result): same NAF section first, then same size
 * band, then same region, newest first within each group. For the diagnostics domain.
 */
export async function matchingTestimonials(
  deps: Pick<TestimonialDeps, 'testimonialStore'>,
  profile: MatchProfile,
  limit = 3,
): Promise<TestimonialRecord[]> {
  const p = parseInput(matchingInput, profile);
  const found: TestimonialRecord[] = [];
  for (const step of matchingSteps(p)) {
    if (found.length >= limit) break;
    const page = await deps.testimonialStore.list(
      step.place,
      step.criteria,
      limit - found.length,
      undefined,
      MAX_EVALUATED_PER_STEP,
    );
    found.push(...page.records);
  }
  return found.slice(0, limit);
}
