import { describe, expect, it } from 'vitest';
import type { ReviewStatus } from '../../functions/generated/resolvers-types.js';
import { conflictingProviders, reviewAuthor, type Reviewer } from '../../functions/providers/policy.js';
import type { ReviewRecord } from '../../functions/providers/records.js';
import { rankMilli, ratingKey, ratingMilli, sortKey } from '../../functions/providers/search.js';
import { applyReviewEvent, latestAfter, type ReviewEvent } from '../../functions/providers/workflow.js';
import { AppError } from '../../functions/shared/errors.js';

const now = new Date('2026-11-26T10:00:00.000Z');
const review = (overrides: Partial<ReviewRecord> = {}): ReviewRecord => ({
  id: 'p.a',
  providerId: 'p',
  authorKey: 'a',
  authorKind: 'CONNECTEUR',
  authorId: 'c',
  authorName: 'Camille',
  rating: 4,
  comment: 'Très bon travail',
  status: 'PENDING',
  createdAt: '2026-11-01T10:00:00.000Z',
  submittedAt: '2026-11-01T10:00:00.000Z',
  version: 1,
  ...overrides,
});
const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'OK';
  } catch (error) {
    return error instanceof AppError ? error.extensions.code : String(error);
  }
};

describe('the review workflow', () => {
  const events: Record<string, ReviewEvent> = {
    EDIT: { type: 'EDIT', rating: 2, comment: 'Finalement moyen' },
    PUBLISH: { type: 'PUBLISH', moderator: 'm' },
    REJECT: { type: 'REJECT', moderator: 'm', reason: 'Hors sujet' },
    ERASE: { type: 'ERASE' },
  };
  const matrix: [ReviewStatus, string, ReviewStatus | 'CONFLICT', number][] = [
    ['PENDING', 'PUBLISH', 'PUBLISHED', 1],
    ['PENDING', 'REJECT', 'REJECTED', 0],
    ['PENDING', 'EDIT', 'PENDING', 0],
    ['PUBLISHED', 'EDIT', 'PENDING', -1],
    ['PUBLISHED', 'PUBLISH', 'CONFLICT', 0],
    ['PUBLISHED', 'REJECT', 'CONFLICT', 0],
    ['REJECTED', 'EDIT', 'PENDING', 0],
    ['REJECTED', 'PUBLISH', 'CONFLICT', 0],
    ['REJECTED', 'REJECT', 'CONFLICT', 0],
    // The author's account deletion: a published review keeps its stars, a pending one leaves moderation.
    ['PENDING', 'ERASE', 'REJECTED', 0],
    ['PUBLISHED', 'ERASE', 'PUBLISHED', 0],
    ['REJECTED', 'ERASE', 'REJECTED', 0],
  ];
  it.each(matrix)('%s + %s → %s (rating count %i)', (from, event, to, countDelta) => {
    const current = review({ status: from, ...(from === 'PUBLISHED' ? { publishedAt: 'x' } : {}) });
    if (to === 'CONFLICT') {
      expect(codeOf(() => applyReviewEvent(current, events[event]!, now))).toBe('CONFLICT');
      return;
    }
    const change = applyReviewEvent(current, events[event]!, now);
    expect(change.next.status).toBe(to);
    expect(change.next.version).toBe(2);
    expect(change.ratingDelta.count).toBe(countDelta);
    expect(change.ratingDelta.sum).toBe(countDelta === 1 ? 4 : countDelta === -1 ? -4 : 0);
  });

  it('erases the author and the text of a review whose author deleted its account', () => {
    const { next } = applyReviewEvent(review({ status: 'PENDING' }), events.ERASE!, now);
    expect(next).toMatchObject({
      authorName: 'Entreprise ayant supprimé son compte',
      rejectionReason: 'Avis retiré : l’entreprise a supprimé son compte.',
      erasedAt: now.toISOString(),
    });
    expect(JSON.stringify(next)).not.toContain('Très bon travail');
  });

  it('keeps the latest published reviews, topping the list up when one leaves it', () => {
    const published = applyReviewEvent(review({ id: 'p.n' }), events.PUBLISH!, now);
    expect(latestAfter(['p.1', 'p.2', 'p.3'], published, [])).toEqual(['p.n', 'p.1', 'p.2']);
    const edited = applyReviewEvent(review({ id: 'p.1', status: 'PUBLISHED' }), events.EDIT!, now);
    expect(latestAfter(['p.1', 'p.2', 'p.3'], edited, ['p.1', 'p.2', 'p.3', 'p.4'])).toEqual([
      'p.2',
      'p.3',
      'p.4',
    ]);
  });
});

describe('who may review (policy)', () => {
  const cases: [string, Reviewer, string][] = [
    ['a PME without company', { kind: 'PME', usedProvider: false }, 'FORBIDDEN'],
    [
      'a PME that never used the provider',
      { kind: 'PME', company: { id: 'c', name: 'x' }, usedProvider: false },
      'FORBIDDEN',
    ],
    ['a PME that used it', { kind: 'PME', company: { id: 'c', name: 'x' }, usedProvider: true }, 'OK'],
    ['an unregistered connecteur', { kind: 'CONNECTEUR', linkedToProvider: false }, 'FORBIDDEN'],
    [
      'a connecteur',
      { kind: 'CONNECTEUR', connecteur: { id: 'k', displayName: 'K' }, linkedToProvider: false },
      'OK',
    ],
    [
      'a linked connecteur',
      { kind: 'CONNECTEUR', connecteur: { id: 'k', displayName: 'K' }, linkedToProvider: true },
      'CONFLICT_OF_INTEREST',
    ],
    ['a provider', { kind: 'PROVIDER' }, 'FORBIDDEN'],
    ['a region agent', { kind: 'REGION_AGENT' }, 'FORBIDDEN'],
    ['a moderator', { kind: 'MODERATOR' }, 'FORBIDDEN'],
  ];
  it.each(cases)('%s: %s', (_, reviewer, expected) =>
    expect(codeOf(() => reviewAuthor(reviewer))).toBe(expected),
  );

  it('finds the providers a connecteur is linked to by SIREN', () => {
    const providers = [
      { id: 'a', siren: '732829320' },
      { id: 'b', siren: '552100554' },
    ];
    expect(conflictingProviders(['552100554'], providers).map((p) => p.id)).toEqual(['b']);
    expect(conflictingProviders([], providers)).toEqual([]);
  });
});

describe('the rating order of the search index', () => {
  it('ranks by Bayesian average, then by name, unrated last', () => {
    const keys = [
      sortKey({ rankMilli: rankMilli(2, 9), searchName: 'beta', providerId: '1' }), // 4.5 ×2
      sortKey({ rankMilli: 0, searchName: 'alpha', providerId: '2' }), // unrated
      sortKey({ rankMilli: rankMilli(1, 5), searchName: 'zeta', providerId: '3' }), // 5 ×1
      sortKey({ rankMilli: rankMilli(2, 9), searchName: 'alpha', providerId: '4' }), // 4.5 ×2
      sortKey({ rankMilli: rankMilli(3, 3), searchName: 'alpha', providerId: '5' }), // 1 ×3
      sortKey({ rankMilli: rankMilli(5, 23), searchName: 'omega', providerId: '6' }), // 4.6 ×5
    ];
    expect([...keys].sort().map((k) => k.split('#')[2])).toEqual(['6', '4', '1', '3', '5', '2']);
  });

  it('does not rank one 5/5 review above five reviews averaging 4.6', () => {
    expect(rankMilli(1, 5)).toBe(3875); // (3 × 3.5 + 5) / 4
    expect(rankMilli(5, 23)).toBe(4188); // (3 × 3.5 + 23) / 8
    expect(rankMilli(1, 5)).toBeLessThan(rankMilli(5, 23));
    // The plain average stays what is shown and filtered on.
    expect(ratingMilli(1, 5)).toBe(5000);
    expect(ratingMilli(5, 23)).toBe(4600);
  });

  it('tends to the plain average as reviews accumulate, and is bounded by the stars', () => {
    expect(rankMilli(1000, 4600)).toBe(4597);
    expect(rankMilli(1, 1)).toBeGreaterThanOrEqual(1000);
    expect(rankMilli(100, 500)).toBeLessThanOrEqual(5000);
    expect(`${ratingKey(rankMilli(100, 500))}` < ratingKey(rankMilli(1, 5))).toBe(true);
  });
});
