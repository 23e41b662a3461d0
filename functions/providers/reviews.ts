import { requireRole } from '../shared/auth.js';
import { conflict, forbidden, notFound } from '../shared/errors.js';
import { retryWithBackoff } from '../shared/retry.js';
import type { TransactPart } from '../shared/transactions.js';
import { cursorScope, pageSize, type Connection } from '../shared/pagination.js';
import { parseInput } from '../shared/validation.js';
import { connecteurIdOf } from '../shared/caller.js';
import { editReviewInput, moderateReviewInput, replyInput, reviewInput } from './inputs.js';
import { reviewChangeNotices, reviewPendingNotices } from './notices.js';
import { reviewAuthor, type Reviewer } from './policy.js';
import type { ProviderRecord, ReviewRecord } from './records.js';
import {
  ownConnecteur,
  providerIdOf,
  providerOrNotFound,
  reviewAuthorKey,
  toConnection,
  type ProviderDeps,
} from './service.js';
import { splitCompositeId } from './positions.js';
import { reviewPosition } from './store.js';
import {
  applyReviewEvent,
  latestAfter,
  LATEST_REVIEWS,
  type ReviewChange,
  type ReviewEvent,
} from './workflow.js';

// Reviews: written by a PME that used the provider or by a connecteur, moderated, counted in the rating once published.

/** The caller as a potential review author, with what the checks found (see policy.ts). */
async function reviewerFor(deps: ProviderDeps, provider: ProviderRecord): Promise<Reviewer> {
  const viewer = requireRole(deps.viewer, 'PME', 'CONNECTEUR');
  if (viewer.role === 'PME') {
    const company = await deps.marketplace.viewerCompany();
    if (!company) return { kind: 'PME', usedProvider: false };
    const [funded, engagement] = await Promise.all([
      deps.marketplace.fundedExpenseWith(company.id, provider.siren),
      deps.providerStore.engagements.get(provider.id, company.id),
    ]);
    return {
      kind: 'PME',
      company: { id: company.id, name: company.name ?? 'Entreprise' },
      usedProvider: funded || engagement?.status === 'CONFIRMED',
    };
  }
  const connecteur = await ownConnecteur(deps, viewer.sub);
  if (!connecteur) return { kind: 'CONNECTEUR', linkedToProvider: false };
  return {
    kind: 'CONNECTEUR',
    connecteur,
    linkedToProvider: (connecteur.capitalLinks ?? []).includes(provider.siren),
  };
}

export async function reviewProvider(deps: ProviderDeps, rawArgs: unknown): Promise<ReviewRecord> {
  requireRole(deps.viewer, 'PME', 'CONNECTEUR');
  const args = parseInput(reviewInput, rawArgs);
  const provider = await providerOrNotFound(deps, args.providerId);
  const author = reviewAuthor(await reviewerFor(deps, provider));
  const authorKey = reviewAuthorKey(author.kind, author.id);
  const at = deps.now.toISOString();
  const review: ReviewRecord = {
    id: `${provider.id}.${authorKey}`,
    providerId: provider.id,
    authorKey,
    authorKind: author.kind,
    authorId: author.id,
    authorName: author.name,
    rating: args.rating,
    comment: args.comment,
    status: 'PENDING',
    createdAt: at,
    submittedAt: at,
    version: 1,
  };
  await deps.providerStore.commit([
    deps.providerStore.newReviewPart(review),
    ...deps.providerStore.noticeParts(reviewPendingNotices(review), at),
  ]);
  return review;
}

/**
 * Applies a workflow event to a review, and — when it enters or leaves the published ones — changes the provider's
 * rating count and sum, latest reviews and rating-ordered search entries in the same transaction. Both are written
 * under the versions read; a concurrent publication on the same provider makes one of them read again and retry.
 */
async function applyToReview(
  deps: ProviderDeps,
  reviewId: string,
  event: ReviewEvent,
): Promise<ReviewRecord> {
  const ids = splitCompositeId(reviewId);
  if (!ids) throw notFound('Avis');
  let decidedOn: string | undefined;
  const next = await retryWithBackoff(async () => {
    // The provider is read beside the review (its id is the review's first part): one round trip per try, which
    // matters when many publications on one provider collide and retry.
    const [current, provider] = await Promise.all([
      deps.providerStore.review(ids[0], ids[1], true),
      deps.providerStore.get(ids[0], true),
    ]);
    if (!current) throw notFound('Avis');
    // A moderator decides on the text it read: if the author edited it in between, the decision is not carried over.
    decidedOn ??= current.submittedAt;
    if (event.type !== 'EDIT' && current.submittedAt !== decidedOn)
      throw conflict('L’auteur a modifié cet avis entre-temps : relisez-le avant de décider.');
    const change = applyReviewEvent(current, event, deps.now);
    const parts = [
      deps.providerStore.reviewPart(change.next, current.version),
      ...deps.providerStore.noticeParts(reviewChangeNotices(current, change.next), deps.now.toISOString()),
    ];
    if (change.ratingDelta.count !== 0 || change.ratingDelta.sum !== 0)
      parts.push(...(await ratingParts(deps, change, provider)));
    await deps.providerStore.commit(parts);
    return change.next;
  });
  deps.reviewLoader.clear(next.id).prime(next.id, next);
  deps.providerLoader.clear(next.providerId);
  return next;
}

async function ratingParts(
  deps: ProviderDeps,
  change: ReviewChange,
  provider: ProviderRecord | undefined,
): Promise<TransactPart[]> {
  if (!provider) throw notFound('Prestataire');
  const leaving = change.ratingDelta.count < 0 && provider.latestReviewIds.includes(change.next.id);
  const refill = leaving
    ? (await deps.providerStore.publishedReviews(provider.id, LATEST_REVIEWS + 1)).records.map((r) => r.id)
    : [];
  const next: ProviderRecord = {
    ...provider,
    ratingCount: provider.ratingCount + change.ratingDelta.count,
    ratingSum: provider.ratingSum + change.ratingDelta.sum,
    latestReviewIds: latestAfter(provider.latestReviewIds, change, refill),
    version: provider.version + 1,
  };
  return deps.providerStore.saveParts(provider, next);
}

/** The author key of the caller (its company for a PME user, its profile for a connecteur). */
async function callerAuthorKey(deps: ProviderDeps): Promise<string | undefined> {
  const viewer = requireRole(deps.viewer, 'PME', 'CONNECTEUR');
  if (viewer.role === 'PME') {
    const company = await deps.marketplace.viewerCompany();
    return company ? reviewAuthorKey('PME', company.id) : undefined;
  }
  return reviewAuthorKey('CONNECTEUR', connecteurIdOf(viewer.sub));
}

export async function editReview(deps: ProviderDeps, rawArgs: unknown): Promise<ReviewRecord> {
  requireRole(deps.viewer, 'PME', 'CONNECTEUR');
  const args = parseInput(editReviewInput, rawArgs);
  const authorKey = await callerAuthorKey(deps);
  if (!authorKey || splitCompositeId(args.reviewId)?.[1] !== authorKey)
    throw forbidden('Seul l’auteur d’un avis peut le modifier.');
  return applyToReview(deps, args.reviewId, { type: 'EDIT', rating: args.rating, comment: args.comment });
}

export async function moderateReview(deps: ProviderDeps, rawArgs: unknown): Promise<ReviewRecord> {
  const moderator = requireRole(deps.viewer, 'MODERATOR');
  const args = parseInput(moderateReviewInput, rawArgs);
  return applyToReview(
    deps,
    args.reviewId,
    args.decision === 'PUBLISH'
      ? { type: 'PUBLISH', moderator: moderator.sub }
      : { type: 'REJECT', moderator: moderator.sub, reason: args.reason! },
  );
}

export async function replyToReview(deps: ProviderDeps, rawArgs: unknown): Promise<ReviewRecord> {
  const viewer = requireRole(deps.viewer, 'PROVIDER');
  const args = parseInput(replyInput, rawArgs);
  const ids = splitCompositeId(args.reviewId);
  if (!ids) throw notFound('Avis');
  if (ids[0] !== providerIdOf(viewer.sub))
    throw forbidden('Seul le prestataire évalué peut répondre à cet avis.');
  const review = await deps.providerStore.review(ids[0], ids[1]);
  if (!review) throw notFound('Avis');
  const replied = await deps.providerStore.reply(review, {
    text: args.text,
    repliedAt: deps.now.toISOString(),
    repliedBy: viewer.sub,
  });
  deps.reviewLoader.clear(replied.id).prime(replied.id, replied);
  return replied;
}

export async function moderationQueue(
  deps: ProviderDeps,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<ReviewRecord>> {
  requireRole(deps.viewer, 'MODERATOR');
  const limit = pageSize(first);
  const scope = cursorScope('moderationQueue', null);
  const page = await deps.providerStore.pendingReviews(
    limit,
    after ? deps.cursors.decode(scope, after) : undefined,
  );
  return toConnection(deps, scope, page, reviewPosition.pending);
}

export async function publishedReviews(
  deps: ProviderDeps,
  providerId: string,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<ReviewRecord>> {
  const limit = pageSize(first);
  const scope = cursorScope('providerReviews', providerId);
  const page = await deps.providerStore.publishedReviews(
    providerId,
    limit,
    after ? deps.cursors.decode(scope, after) : undefined,
  );
  return toConnection(deps, scope, page, reviewPosition.published);
}

/** The provider's latest published reviews, read with every other provider of the page in one BatchGetItem. */
export async function latestReviews(deps: ProviderDeps, provider: ProviderRecord): Promise<ReviewRecord[]> {
  const reviews = await deps.reviewLoader.loadMany(provider.latestReviewIds);
  return reviews.filter((r): r is ReviewRecord => !!r && !(r instanceof Error) && r.status === 'PUBLISHED');
}

export async function myReviews(
  deps: ProviderDeps,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<ReviewRecord>> {
  requireRole(deps.viewer, 'PME', 'CONNECTEUR');
  const limit = pageSize(first);
  const authorKey = await callerAuthorKey(deps);
  if (!authorKey) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
  const scope = cursorScope('myReviews', authorKey);
  const page = await deps.providerStore.reviewsBy(
    authorKey,
    limit,
    after ? deps.cursors.decode(scope, after) : undefined,
  );
  return toConnection(deps, scope, page, reviewPosition.byAuthor);
}
