import type { ReviewStatus } from '../generated/resolvers-types.js';
import { ERASED_TEXT } from '../shared/erased.js';
import { conflict } from '../shared/errors.js';
import type { ReviewRecord } from './records.js';

export type ReviewEvent =
  | { type: 'EDIT'; rating: number; comment: string }
  | { type: 'PUBLISH'; moderator: string }
  | { type: 'REJECT'; moderator: string; reason: string }
  | { type: 'ERASE' };

export const ERASED_AUTHOR_NAME = 'Entreprise ayant supprimé son compte';
export const WITHDRAWN_REVIEW_REASON = 'Avis retiré : l’entreprise a supprimé son compte.';

/**
 * The review workflow: a new review is PENDING; only a moderator moves it on; the author's edit sends it back. Its
 * author's account deletion (ERASE) anonymizes it: a published one keeps its stars (the rating does not move), a
 * pending one is withdrawn from moderation (refused with a reason), so it never counts.
 */
export const REVIEW_TRANSITIONS: readonly {
  event: ReviewEvent['type'];
  from: readonly ReviewStatus[];
  to: ReviewStatus;
}[] = [
  { event: 'EDIT', from: ['PENDING', 'PUBLISHED', 'REJECTED'], to: 'PENDING' },
  { event: 'PUBLISH', from: ['PENDING'], to: 'PUBLISHED' },
  { event: 'REJECT', from: ['PENDING'], to: 'REJECTED' },
  { event: 'ERASE', from: ['PENDING'], to: 'REJECTED' },
  { event: 'ERASE', from: ['PUBLISHED'], to: 'PUBLISHED' },
  { event: 'ERASE', from: ['REJECTED'], to: 'REJECTED' },
];

const STATUS_NAMES: Record<ReviewStatus, string> = {
  PENDING: 'en attente de modération',
  PUBLISHED: 'publié',
  REJECTED: 'refusé',
};

/** What a review contributes to its provider's rating: only published reviews count. */
export const ratingContribution = (r: Pick<ReviewRecord, 'status' | 'rating'>) =>
  r.status === 'PUBLISHED' ? { count: 1, sum: r.rating } : { count: 0, sum: 0 };

export type ReviewChange = {
  next: ReviewRecord;
  /** What to add to the provider's rating count and sum, in the same transaction. */
  ratingDelta: { count: number; sum: number };
};

/** Applies an event to a review read at some version; the store writes `next` under that version. */
export function applyReviewEvent(current: ReviewRecord, event: ReviewEvent, now: Date): ReviewChange {
  const row = REVIEW_TRANSITIONS.find((t) => t.event === event.type && t.from.includes(current.status));
  if (!row) {
    throw conflict(`Impossible : cet avis est ${STATUS_NAMES[current.status]}.`, { status: current.status });
  }
  const at = now.toISOString();
  const {
    rejectionReason: _reason,
    publishedAt: _published,
    moderatedAt: _at,
    moderatedBy: _by,
    ...rest
  } = current;
  let next: ReviewRecord;
  switch (event.type) {
    case 'EDIT':
      next = { ...rest, rating: event.rating, comment: event.comment, status: 'PENDING', submittedAt: at };
      break;
    case 'PUBLISH':
      next = { ...rest, status: 'PUBLISHED', publishedAt: at, moderatedAt: at, moderatedBy: event.moderator };
      break;
    case 'REJECT':
      next = {
        ...rest,
        status: 'REJECTED',
        rejectionReason: event.reason,
        moderatedAt: at,
        moderatedBy: event.moderator,
      };
      break;
    case 'ERASE':
      next = {
        ...current,
        status: row.to,
        authorName: ERASED_AUTHOR_NAME,
        comment: ERASED_TEXT,
        ...(current.status === 'PENDING' ? { rejectionReason: WITHDRAWN_REVIEW_REASON } : {}),
        erasedAt: at,
      };
      break;
  }
  next = { ...next, version: current.version + 1 };
  const before = ratingContribution(current);
  const after = ratingContribution(next);
  return { next, ratingDelta: { count: after.count - before.count, sum: after.sum - before.sum } };
}

/** How many published reviews a provider's item lists for free. */
export const LATEST_REVIEWS = 3;

/** The provider's list of latest published reviews after a change of one review. */
export function latestAfter(latest: string[], change: ReviewChange, refill: string[]): string[] {
  const without = latest.filter((id) => id !== change.next.id);
  if (change.next.status === 'PUBLISHED') return [change.next.id, ...without].slice(0, LATEST_REVIEWS);
  if (without.length === latest.length) return latest;
  // A review left the list: top it up with the next published ones.
  return [...new Set([...without, ...refill.filter((id) => id !== change.next.id)])].slice(0, LATEST_REVIEWS);
}
