import type DataLoader from 'dataloader';
import type { ConnecteurRecord } from '../connecteurs/index.js';
import { connecteurIdOf } from '../shared/caller.js';
import { offerObservation, histogramDeltas } from '../prices/index.js';
import type { PriceStore } from '../prices/index.js';
import { requireRole, type Viewer } from '../shared/auth.js';
import { retryWithBackoff } from '../shared/retry.js';
import type { TransactPart } from '../shared/transactions.js';
import { badUserInput, notFound } from '../shared/errors.js';
import { communeByCode } from '../shared/geography.js';
import { idForSubject, newId } from '../shared/identifiers.js';
import {
  connectionOf,
  cursorScope,
  pageSize,
  type Connection,
  type CursorCodec,
  type Page,
  pageInfoOf,
  signedEdge,
} from '../shared/pagination.js';
import { parseInput } from '../shared/validation.js';
import {
  addOfferInput,
  MAX_OFFERS,
  providerFilterInput,
  registerProviderInput,
  removeOfferInput,
  updateProviderInput,
} from './inputs.js';
import type { MarketplacePeers } from './peers.js';
import { sirenOf } from './policy.js';
import type { ProviderRecord, ReviewRecord } from './records.js';
import { planSearch } from './search.js';
import type { ProviderStore } from './store.js';

export type ProviderDeps = {
  viewer: Viewer;
  now: Date;
  cursors: CursorCodec;
  providerStore: ProviderStore;
  priceStore: PriceStore;
  providerLoader: DataLoader<string, ProviderRecord | undefined>;
  reviewLoader: DataLoader<string, ReviewRecord | undefined>;
  connecteurLoader: DataLoader<string, ConnecteurRecord | undefined>;
  marketplace: MarketplacePeers;
};

export const providerIdOf = (sub: string) => idForSubject('provider', sub);
export const reviewAuthorKey = (kind: 'PME' | 'CONNECTEUR', id: string) =>
  idForSubject('review-author', `${kind}:${id}`);

const servedWithHome = (home: string, served: string[]) => [...new Set([home, ...served])].sort();

export function toConnection<T>(
  deps: ProviderDeps,
  scope: string,
  page: Page<T>,
  position: (node: T) => Record<string, string>,
): Connection<T> {
  return connectionOf(deps.cursors, scope, page, position);
}

// ——— providers and offers ———

/** The prices a provider's offers contribute to the referential (source OFFERS, its home region). */
const offerObservations = (p: ProviderRecord) =>
  p.offers.map((o) => ({ ...offerObservation(o), regionCode: p.regionCode }));

/** Everything that changes with a provider: its item, search entries, SIRET entry and the price referential. */
function providerParts(deps: ProviderDeps, previous: ProviderRecord, next: ProviderRecord): TransactPart[] {
  return [
    ...deps.providerStore.saveParts(previous, next),
    ...deps.priceStore.histogramParts(
      histogramDeltas('OFFERS', offerObservations(previous), offerObservations(next)),
    ),
  ];
}

export async function registerProvider(deps: ProviderDeps, rawInput: unknown): Promise<ProviderRecord> {
  const viewer = requireRole(deps.viewer, 'PROVIDER');
  const input = parseInput(registerProviderInput, rawInput, ['input']);
  const commune = communeByCode(input.communeCode)!;
  const at = deps.now.toISOString();
  const record: ProviderRecord = {
    id: providerIdOf(viewer.sub),
    ownerSub: viewer.sub,
    siret: input.siret,
    siren: sirenOf(input.siret),
    name: input.name,
    communeCode: commune.code,
    departementCode: commune.departementCode,
    regionCode: commune.regionCode,
    regionsServed: servedWithHome(commune.regionCode, input.regionsServed),
    startup: input.startup,
    ...(input.website ? { website: input.website } : {}),
    offers: [],
    ratingCount: 0,
    ratingSum: 0,
    latestReviewIds: [],
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await deps.providerStore.commit(deps.providerStore.createParts(record));
  return record;
}

/**
 * Applies `change` to the caller's provider as read now, and writes it under that version; when a review
 * publication (or another edit) slipped in between, reads again and reapplies.
 */
async function changeOwnProvider(
  deps: ProviderDeps,
  change: (current: ProviderRecord) => Omit<ProviderRecord, 'version' | 'updatedAt'>,
): Promise<ProviderRecord> {
  const viewer = requireRole(deps.viewer, 'PROVIDER');
  const next = await retryWithBackoff(async () => {
    const current = await deps.providerStore.get(providerIdOf(viewer.sub), true);
    if (!current) throw notFound('Fiche de prestataire (inscrivez-vous d’abord avec registerProvider)');
    const next: ProviderRecord = {
      ...change(current),
      updatedAt: deps.now.toISOString(),
      version: current.version + 1,
    };
    await deps.providerStore.commit(providerParts(deps, current, next));
    return next;
  });
  deps.providerLoader.clear(next.id).prime(next.id, next);
  return next;
}

export async function updateProvider(deps: ProviderDeps, rawInput: unknown): Promise<ProviderRecord> {
  requireRole(deps.viewer, 'PROVIDER');
  const input = parseInput(updateProviderInput, rawInput, ['input']);
  const commune = input.communeCode ? communeByCode(input.communeCode)! : undefined;
  return changeOwnProvider(deps, (current) => {
    const { website: currentWebsite, version: _v, updatedAt: _u, ...rest } = current;
    const regionCode = commune?.regionCode ?? current.regionCode;
    // `website: null` removes it; an absent field keeps it.
    const website = input.website === undefined ? currentWebsite : (input.website ?? undefined);
    return {
      ...rest,
      ...(input.name ? { name: input.name } : {}),
      ...(commune
        ? {
            communeCode: commune.code,
            departementCode: commune.departementCode,
            regionCode: commune.regionCode,
          }
        : {}),
      regionsServed: servedWithHome(regionCode, input.regionsServed ?? current.regionsServed),
      ...(input.startup !== undefined && input.startup !== null ? { startup: input.startup } : {}),
      ...(website ? { website } : {}),
    };
  });
}

export async function addProviderOffer(deps: ProviderDeps, rawInput: unknown): Promise<ProviderRecord> {
  requireRole(deps.viewer, 'PROVIDER');
  const input = parseInput(addOfferInput, rawInput, ['input']);
  const offer = { id: newId(), ...input, createdAt: deps.now.toISOString() };
  return changeOwnProvider(deps, ({ version: _v, updatedAt: _u, ...current }) => {
    if (current.offers.length >= MAX_OFFERS)
      throw badUserInput(`Au plus ${MAX_OFFERS} offres : retirez-en une d’abord.`, [
        { path: ['input'], message: `Au plus ${MAX_OFFERS} offres.` },
      ]);
    return { ...current, offers: [...current.offers, offer] };
  });
}

export async function removeProviderOffer(deps: ProviderDeps, rawArgs: unknown): Promise<ProviderRecord> {
  requireRole(deps.viewer, 'PROVIDER');
  const { offerId } = parseInput(removeOfferInput, rawArgs);
  return changeOwnProvider(deps, ({ version: _v, updatedAt: _u, ...current }) => {
    if (!current.offers.some((o) => o.id === offerId)) throw notFound('Offre');
    return { ...current, offers: current.offers.filter((o) => o.id !== offerId) };
  });
}

export async function myProvider(deps: ProviderDeps): Promise<ProviderRecord | null> {
  const viewer = requireRole(deps.viewer, 'PROVIDER');
  return (await deps.providerLoader.load(providerIdOf(viewer.sub))) ?? null;
}

export async function searchProviders(
  deps: ProviderDeps,
  rawFilter: unknown,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<ProviderRecord>> {
  const limit = pageSize(first);
  const search = planSearch(parseInput(providerFilterInput, rawFilter, ['filter']) ?? {});
  const scope = cursorScope('providers', search);
  const position = after ? deps.cursors.decode(scope, after) : undefined;
  const page = await deps.providerStore.search(search, limit, position);
  const records = await deps.providerLoader.loadMany(page.ids.map((p) => p.id));
  const edges = page.ids.flatMap((p, i) => {
    const node = records[i];
    return node && !(node instanceof Error) ? [signedEdge(deps.cursors, scope, () => p.position, node)] : [];
  });
  const { resumeAt } = page;
  return {
    edges,
    pageInfo: pageInfoOf(
      edges,
      page.hasNextPage,
      resumeAt ? () => deps.cursors.encode(scope, resumeAt) : undefined,
    ),
  };
}

/** Home regions of the providers registered under each SIREN (for "local providers only" programmes). */
export async function providerRegionsBySiren(
  deps: Pick<ProviderDeps, 'providerStore'>,
  sirens: readonly string[],
): Promise<Map<string, string[]>> {
  const unique = [...new Set(sirens)];
  const found = await Promise.all(unique.map((siren) => deps.providerStore.establishmentsOf(siren)));
  return new Map(unique.map((siren, i) => [siren, [...new Set(found[i]!.map((e) => e.regionCode))].sort()]));
}

/** A provider is local to a region when one of its establishments in the directory is based there. */
export const isLocalProvider = (homeRegions: readonly string[] | undefined, regionCode: string): boolean =>
  homeRegions?.includes(regionCode) ?? false;

/** A provider by id, or NOT_FOUND. */
export async function providerOrNotFound(deps: ProviderDeps, id: string): Promise<ProviderRecord> {
  const provider = await deps.providerLoader.load(id);
  if (!provider) throw notFound('Prestataire');
  return provider;
}

/** The caller's connecteur profile, if it registered one. */
export async function ownConnecteur(deps: ProviderDeps, sub: string) {
  return deps.connecteurLoader.load(connecteurIdOf(sub));
}
