import { ERASURE_PAGE, eraseEach, everyPage, type CompanyErasure } from '../shared/company-erasure.js';
import { inTransactions } from '../shared/transactions.js';
import { ERASED_COMPANY_NAME, ERASED_TEXT } from '../shared/erased.js';
import type { EngagementRecord, RecommendationRecord, ReviewRecord } from './records.js';
import { reviewAuthorKey } from './service.js';
import { reviewPosition, type ProviderStore } from './store.js';
import { applyReviewEvent } from './workflow.js';

/**
 * A company's reviews, for its account deletion: each takes the review workflow's ERASE (workflow.ts), under the
 * version read; its rating contribution does not move, so the provider's item is not written.
 */
export function reviewErasure(providerStore: ProviderStore): CompanyErasure<ReviewRecord> {
  const collect = (companyId: string) =>
    everyPage(
      (after) => providerStore.reviewsBy(reviewAuthorKey('PME', companyId), ERASURE_PAGE, after),
      reviewPosition.byAuthor,
    );
  return {
    collect,
    async erase(companyId, at) {
      await eraseEach(await collect(companyId), async (gathered, attempt) => {
        const review =
          attempt === 1
            ? gathered
            : await providerStore.review(gathered.providerId, gathered.authorKey, true);
        if (!review || review.erasedAt) return;
        const { next } = applyReviewEvent(review, { type: 'ERASE' }, at);
        await providerStore.commit([providerStore.reviewPart(next, review.version)]);
      });
    },
  };
}

/**
 * A company's declared engagements, for its account deletion: its name, words and user go; the provider's
 * confirmation, the status and the dates stay (the provider's references).
 */
export function engagementErasure(providerStore: ProviderStore): CompanyErasure<EngagementRecord> {
  const collect = (companyId: string) => providerStore.engagements.ofCompany(companyId);
  return {
    collect,
    async erase(companyId) {
      const erased = { companyName: ERASED_COMPANY_NAME, description: ERASED_TEXT };
      await inTransactions(
        (await collect(companyId))
          .filter(
            (e) =>
              e.companyName !== erased.companyName ||
              e.description !== erased.description ||
              e.declaredBySub !== undefined,
          )
          .map((e) => providerStore.engagements.erasurePart(e, erased)),
        (parts) => providerStore.commit(parts),
      );
    },
  };
}

/** The baskets of providers connecteurs recommended to a company: the connecteur's note goes, the providers stay. */
export function recommendationErasure(providerStore: ProviderStore): CompanyErasure<RecommendationRecord> {
  const collect = (companyId: string) => providerStore.recommendations.forCompany(companyId);
  return {
    collect,
    async erase(companyId) {
      await inTransactions(
        (await collect(companyId))
          .filter((r) => r.note !== undefined)
          .map((r) => providerStore.recommendations.erasurePart(r)),
        (parts) => providerStore.commit(parts),
      );
    },
  };
}
