import { ERASURE_PAGE, eraseEach, everyPage, type CompanyErasure } from '../shared/company-erasure.js';
import type { ReviewRecord } from './records.js';
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
