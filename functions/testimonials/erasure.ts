import { ERASURE_PAGE, eraseEach, everyPage, type CompanyErasure } from '../shared/company-erasure.js';
import type { TestimonialRecord } from './records.js';
import { positions, type TestimonialStore } from './store.js';
import { applyTestimonialEvent } from './workflow.js';

/**
 * A company's testimonials, for its account deletion: each takes the workflow's ERASE (withdrawn, its story and
 * names erased); off the lists, the map counters move in the same transaction.
 */
export function testimonialErasure(testimonialStore: TestimonialStore): CompanyErasure<TestimonialRecord> {
  const collect = (companyId: string) =>
    everyPage((after) => testimonialStore.ofCompany(companyId, ERASURE_PAGE, after), positions.submitted);
  return {
    collect,
    async erase(companyId, at) {
      await eraseEach(await collect(companyId), async (gathered, attempt) => {
        const testimonial = attempt === 1 ? gathered : await testimonialStore.get(gathered.id, true);
        if (!testimonial || testimonial.erasedAt) return;
        const next = applyTestimonialEvent(testimonial, { type: 'ERASE' }, at);
        await testimonialStore.commit(testimonialStore.changeParts(testimonial, next));
      });
    },
  };
}
