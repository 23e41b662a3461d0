import DataLoader from 'dataloader';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Viewer } from '../shared/auth.js';
import type { Clock } from '../shared/clock.js';
import type { AppConfig } from '../shared/config.js';
import type { CursorCodec } from '../shared/pagination.js';
import type { DocumentStorage } from '../shared/document-storage.js';
import type { ConnecteurRecord } from '../connecteurs/records.js';
import { ConnecteurStore } from '../connecteurs/store.js';
import { ServedChangeStore } from '../connecteurs/served-store.js';
import type { CompanyRecord, MembershipRecord } from '../companies/records.js';
import { viewerCompany } from '../companies/service.js';
import { CompanyStore } from '../companies/store.js';
import type { SubsidyApplicationRecord, SubsidyProgramRecord } from '../subsidies/records.js';
import {
  subsidyDocumentLoader,
  subsidyLedgerLoader,
  subsidyTrailLoader,
  subsidyUsageLoader,
} from '../subsidies/loaders.js';
import { SubsidyStore } from '../subsidies/store.js';
import type { DiagnosticRecord, PeerAggregateRecord } from '../diagnostics/records.js';
import { groupId, type PeerGroup } from '../diagnostics/peers.js';
import { DiagnosticStore } from '../diagnostics/store.js';
import { recommendationCandidates } from '../diagnostics/service.js';
import { anonymousClientOf, clientKeyMaterial, type AnonymousClient } from '../diagnostics/anonymous.js';
import type { ContactNeedRecord, ContactRequestRecord } from '../contacts/records.js';
import { ContactStore } from '../contacts/store.js';
import type { ViewerCompany } from '../shared/caller.js';
import type { CompanyWorkspaceRecord, FollowRecord } from '../followups/records.js';
import { followId, FollowupStore } from '../followups/store.js';
import type { AppointmentRecord } from '../appointments/records.js';
import { AppointmentStore } from '../appointments/store.js';
import { IndicatorStore } from '../indicators/store.js';
import type { ProviderRecord, ReviewRecord } from '../providers/records.js';
import { ProviderStore } from '../providers/store.js';
import type { MarketplacePeers } from '../providers/peers.js';
import { PriceStore } from '../prices/store.js';
import type { HistogramLoader } from '../prices/service.js';
import type { TestimonialRecord } from '../testimonials/records.js';
import { TestimonialStore } from '../testimonials/store.js';
import type { EventRecord } from '../events/records.js';
import { EventStore } from '../events/store.js';
import { PrivacyStore } from '../privacy/store.js';
import { NotificationStore } from '../notifications/store.js';
import { marketplaceContext } from './marketplace.js';
import { attestationPeers, type AttestationPeers } from './attestation.js';
import { contactPeers } from './peers.js';
import type { IndicatorPeers } from '../indicators/peers.js';
import type { FollowupPeers } from '../followups/peers.js';

/** Built once per container: clients and stores. */
export type Services = {
  config: AppConfig;
  clock: Clock;
  db: DynamoDBDocumentClient;
  cursors: CursorCodec;
  connecteurStore: ConnecteurStore;
  servedChangeStore: ServedChangeStore;
  companyStore: CompanyStore;
  subsidyStore: SubsidyStore;
  diagnosticStore: DiagnosticStore;
  contactStore: ContactStore;
  followupStore: FollowupStore;
  appointmentStore: AppointmentStore;
  indicatorStore: IndicatorStore;
  providerStore: ProviderStore;
  priceStore: PriceStore;
  testimonialStore: TestimonialStore;
  eventStore: EventStore;
  privacyStore: PrivacyStore;
  notificationStore: NotificationStore;
  /** Quotes and invoices of chèque numérique files (graphql/documents.ts). */
  documentStorage: DocumentStorage;
};

export function createStores(db: DynamoDBDocumentClient, tableName: string) {
  return {
    connecteurStore: new ConnecteurStore(db, tableName),
    servedChangeStore: new ServedChangeStore(db, tableName),
    companyStore: new CompanyStore(db, tableName),
    subsidyStore: new SubsidyStore(db, tableName),
    diagnosticStore: new DiagnosticStore(db, tableName),
    contactStore: new ContactStore(db, tableName),
    followupStore: new FollowupStore(db, tableName),
    appointmentStore: new AppointmentStore(db, tableName),
    indicatorStore: new IndicatorStore(db, tableName),
    providerStore: new ProviderStore(db, tableName),
    priceStore: new PriceStore(db, tableName),
    testimonialStore: new TestimonialStore(db, tableName),
    eventStore: new EventStore(db, tableName),
    privacyStore: new PrivacyStore(db, tableName),
    notificationStore: new NotificationStore(db, tableName),
  };
}

/** Built per GraphQL operation: the caller, one instant for every rule, and DataLoaders (a batch per tick). */
export type Context = Services & {
  viewer: Viewer;
  now: Date;
  /** Filled in as the response goes out, for the operation's log line. */
  outcome: { operationName?: string; errorCodes: string[] };
  connecteurLoader: DataLoader<string, ConnecteurRecord | undefined>;
  companyLoader: DataLoader<string, CompanyRecord | undefined>;
  /** A PME user's company, keyed by token subject. */
  membershipLoader: DataLoader<string, MembershipRecord | undefined>;
  subsidyProgramLoader: DataLoader<string, SubsidyProgramRecord | undefined>;
  subsidyApplicationLoader: DataLoader<string, SubsidyApplicationRecord | undefined>;
  subsidyLedgerLoader: ReturnType<typeof subsidyLedgerLoader>;
  subsidyUsageLoader: ReturnType<typeof subsidyUsageLoader>;
  /** History entries, messages and annotations of applications. */
  subsidyTrailLoader: ReturnType<typeof subsidyTrailLoader>;
  subsidyDocumentLoader: ReturnType<typeof subsidyDocumentLoader>;
  /** The calling PME user's company (memoized for the request). */
  viewerCompany: ViewerCompany;
  diagnosticLoader: DataLoader<string, DiagnosticRecord | undefined>;
  peerAggregateLoader: DataLoader<PeerGroup, PeerAggregateRecord | undefined, string>;
  contactNeedLoader: DataLoader<string, ContactNeedRecord | undefined>;
  contactRequestLoader: DataLoader<string, ContactRequestRecord | undefined>;
  /** Keyed by `companyId|connecteurId`. */
  followLoader: DataLoader<string, FollowRecord | undefined>;
  /** Keyed by company id. */
  workspaceLoader: DataLoader<string, CompanyWorkspaceRecord | undefined>;
  appointmentLoader: DataLoader<string, AppointmentRecord | undefined>;
  /** A region's chèque numérique programmes, keyed by region code (diagnostic recommendations). */
  regionProgramsLoader: DataLoader<string, SubsidyProgramRecord[]>;
  /** Connecteurs a diagnostic may recommend, keyed by département. */
  recommendationLoader: DataLoader<string, string[]>;
  providerLoader: DataLoader<string, ProviderRecord | undefined>;
  /** Home regions of the providers registered under a SIREN ("local providers only" programmes). */
  providerRegionsLoader: DataLoader<string, string[]>;
  reviewLoader: DataLoader<string, ReviewRecord | undefined>;
  histogramLoader: HistogramLoader;
  testimonialLoader: DataLoader<string, TestimonialRecord | undefined>;
  eventLoader: DataLoader<string, EventRecord | undefined>;
  /** What the marketplace (providers, testimonials) asks of the companies, follow-up and subsidy domains. */
  marketplace: MarketplacePeers;
  /** What the indicators and the follow-ups ask of the contacts domain (graphql/peers.ts). */
  indicatorPeers: IndicatorPeers;
  followupPeers: FollowupPeers;
  /** The caller's keyed hash for a day, from its source IP (the IP itself is not kept in the context). */
  anonymousClient: AnonymousClient;
} & AttestationPeers;

/** What the request says of its origin (API Gateway v2 `requestContext.http`, or the local adapter's). */
export type RequestOrigin = { sourceIp?: string };

/** DataLoader wants results in the order of the keys, missing ones as undefined. */
export function byIdLoader<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | undefined>(async (ids) => {
    const found = new Map((await fetch(ids)).map((item) => [item.id, item]));
    return ids.map((id) => found.get(id));
  });
}

/** Like byIdLoader, for records whose key is computed. */
export function byKeyLoader<T>(keyOf: (item: T) => string, fetch: (keys: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | undefined>(async (keys) => {
    const found = new Map((await fetch(keys)).map((item) => [keyOf(item), item]));
    return keys.map((key) => found.get(key));
  });
}

/** The anonymous clients' key, derived once per secret (an HMAC: it was computed on every request). */
const clientKeys = new Map<string, Buffer>();
function clientKeyOf(secret: string): Buffer {
  let key = clientKeys.get(secret);
  if (!key) clientKeys.set(secret, (key = clientKeyMaterial(secret)));
  return key;
}

/** A lookup done at most once per operation. */
function memoize<T>(fn: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= fn());
}

export function createContext(services: Services, viewer: Viewer, origin: RequestOrigin = {}): Context {
  const now = services.clock();
  const companyLoader = byIdLoader((ids) => services.companyStore.getMany(ids));
  const membershipLoader = byKeyLoader(
    (m: MembershipRecord) => m.sub,
    (subs) => services.companyStore.memberships(subs),
  );
  const viewerCompanyOnce = memoize(() => viewerCompany({ viewer, companyLoader, membershipLoader }));
  const followLoader = byKeyLoader(followId, (ids) => services.followupStore.follows(ids));
  const { attestationGuard, withdrawAttestations } = attestationPeers(services, () => context);
  const { indicatorPeers, followupPeers } = contactPeers(services);
  const marketplace = marketplaceContext(services, { viewerCompany: viewerCompanyOnce, followLoader });
  // One object literal naming every property, not spreads followed by more properties: V8 builds that shape
  // property by property, about 60 µs per request (docs/performance.md, "Fourth pass"). The type keeps it complete.
  const context: Context = {
    config: services.config,
    clock: services.clock,
    db: services.db,
    cursors: services.cursors,
    connecteurStore: services.connecteurStore,
    servedChangeStore: services.servedChangeStore,
    companyStore: services.companyStore,
    subsidyStore: services.subsidyStore,
    diagnosticStore: services.diagnosticStore,
    contactStore: services.contactStore,
    followupStore: services.followupStore,
    appointmentStore: services.appointmentStore,
    indicatorStore: services.indicatorStore,
    providerStore: services.providerStore,
    priceStore: services.priceStore,
    testimonialStore: services.testimonialStore,
    eventStore: services.eventStore,
    privacyStore: services.privacyStore,
    notificationStore: services.notificationStore,
    documentStorage: services.documentStorage,
    attestationGuard,
    withdrawAttestations,
    indicatorPeers,
    followupPeers,
    viewer,
    now,
    outcome: { errorCodes: [] },
    connecteurLoader: byIdLoader((ids) => services.connecteurStore.getMany(ids)),
    viewerCompany: viewerCompanyOnce,
    companyLoader,
    membershipLoader,
    subsidyProgramLoader: byIdLoader((ids) => services.subsidyStore.programs.getPrograms(ids)),
    subsidyApplicationLoader: byIdLoader((ids) => services.subsidyStore.getApplications(ids)),
    subsidyLedgerLoader: subsidyLedgerLoader(services.subsidyStore),
    subsidyUsageLoader: subsidyUsageLoader(services.subsidyStore),
    subsidyTrailLoader: subsidyTrailLoader(services.subsidyStore),
    subsidyDocumentLoader: subsidyDocumentLoader(services.subsidyStore),
    diagnosticLoader: byIdLoader((ids) => services.diagnosticStore.getMany(ids)),
    peerAggregateLoader: new DataLoader<PeerGroup, PeerAggregateRecord | undefined, string>(
      async (groups) => {
        const found = await services.diagnosticStore.published(groups);
        return groups.map((g) => found.get(groupId(g)));
      },
      { cacheKeyFn: groupId },
    ),
    contactNeedLoader: byIdLoader((ids) => services.contactStore.needs(ids)),
    contactRequestLoader: byIdLoader((ids) => services.contactStore.requests(ids)),
    followLoader,
    workspaceLoader: byKeyLoader(
      (w) => w.companyId,
      (ids) => services.followupStore.workspaces(ids),
    ),
    appointmentLoader: byIdLoader((ids) => services.appointmentStore.appointments(ids)),
    regionProgramsLoader: new DataLoader<string, SubsidyProgramRecord[]>((regions) =>
      Promise.all(regions.map((region) => services.subsidyStore.programs.listPrograms(region))),
    ),
    recommendationLoader: new DataLoader<string, string[]>((departements) =>
      Promise.all(departements.map((d) => recommendationCandidates({ ...services, now }, d))),
    ),
    anonymousClient: anonymousClientOf(clientKeyOf(services.config.cursorSecret), origin.sourceIp),
    providerLoader: marketplace.providerLoader,
    providerRegionsLoader: marketplace.providerRegionsLoader,
    reviewLoader: marketplace.reviewLoader,
    histogramLoader: marketplace.histogramLoader,
    testimonialLoader: marketplace.testimonialLoader,
    eventLoader: marketplace.eventLoader,
    marketplace: marketplace.marketplace,
  };
  return context;
}
