import type {
  EngagementStatus,
  ReviewAuthorKind,
  ReviewStatus,
  Theme,
} from '../generated/resolvers-types.js';

/** One offer of a provider, kept inside the provider's item (at most MAX_OFFERS). */
export type ProviderOfferRecord = {
  id: string;
  theme: Theme;
  description: string;
  priceFromCents: number;
  priceToCents: number;
  createdAt: string;
};

/** The stored shape of a provider (item `PROV#<id>` / `PROFILE`). */
export type ProviderRecord = {
  id: string;
  ownerSub: string;
  siret: string;
  siren: string;
  name: string;
  communeCode: string;
  departementCode: string;
  regionCode: string;
  /** Always includes the home region; sorted. */
  regionsServed: string[];
  startup: boolean;
  website?: string;
  offers: ProviderOfferRecord[];
  /** Running sums over PUBLISHED reviews, changed in the transaction that publishes or unpublishes one. */
  ratingCount: number;
  ratingSum: number;
  /** Ids of the most recent published reviews, newest first (at most LATEST_REVIEWS). */
  latestReviewIds: string[];
  createdAt: string;
  updatedAt: string;
  /** Optimistic lock: every write requires the version it read (profile, offers and rating alike). */
  version: number;
};

/** A review (item `PROV#<providerId>` / `REVIEW#<authorKey>`: one per author and provider). */
export type ReviewRecord = {
  /** `<providerId>.<authorKey>`. */
  id: string;
  providerId: string;
  /** The reviewing company (PME) or connecteur, hashed: see `reviewAuthorKey`. */
  authorKey: string;
  authorKind: ReviewAuthorKind;
  authorName: string;
  /** The company (PME) or connecteur id. */
  authorId: string;
  rating: number;
  comment: string;
  status: ReviewStatus;
  rejectionReason?: string;
  createdAt: string;
  /** When the current text was submitted (a new one on every edit). */
  submittedAt: string;
  publishedAt?: string;
  moderatedAt?: string;
  moderatedBy?: string;
  reply?: { text: string; repliedAt: string; repliedBy: string };
  /** When its author's account deletion anonymized it (the workflow's ERASE). */
  erasedAt?: string;
  version: number;
};

/** A PME's declaration that it used a provider (item `PROV#<providerId>` / `ENGAGE#<companyId>`). */
export type EngagementRecord = {
  /** `<providerId>.<companyId>`. */
  id: string;
  providerId: string;
  companyId: string;
  companyName: string;
  declaredBySub: string;
  description: string;
  status: EngagementStatus;
  declaredAt: string;
  confirmedAt?: string;
  confirmedBySub?: string;
};

/** A connecteur's basket for a company (item `CREC#<companyId>` / `BY#<connecteurId>`). */
export type RecommendationRecord = {
  companyId: string;
  connecteurId: string;
  providerIds: string[];
  note?: string;
  recommendedAt: string;
};
