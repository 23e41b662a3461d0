import { MIN_CONTRIBUTORS } from '../shared/disclosure.js';
import type { PriceStore } from './store.js';

/**
 * The scheduled refresh of the price referential (issue #11), like the peer comparison's: readers see published
 * copies only. A histogram's copy is replaced once MIN_CONTRIBUTORS source records changed since the last
 * publication, or while the copy is too small to be shown (fewer contributors than that), so the difference
 * between two published ranges never isolates one application or one provider.
 */
export async function publishPriceHistograms(deps: {
  priceStore: PriceStore;
  now: Date;
}): Promise<{ histograms: number; published: number }> {
  const { raw, published } = await deps.priceStore.allHistograms();
  const due = [...raw.entries()]
    .filter(([id, item]) => {
      const last = published.get(id);
      if (!last || last.contributors < MIN_CONTRIBUTORS) return true;
      return Number(item.rev ?? 0) - last.revision >= MIN_CONTRIBUTORS;
    })
    .map(([, item]) => item);
  await deps.priceStore.publish(due, deps.now);
  return { histograms: raw.size, published: due.length };
}
