import { PriceStore } from '../../functions/prices/index.js';
import { packPublishedPriceHistograms } from '../../scripts/demo/price-histograms.js';
import type { Dataset } from './dataset.js';

/**
 * The demo seed's migrations, run once per bench table (their marker is the data set's) on data loaded before them:
 * a bench folder seeded by older code reads as the new code writes.
 */
export const priceHistogramsPacked: Dataset = {
  name: 'price-histograms-packed-v1',
  items: () => [],
  counters: async (db, table) => {
    await packPublishedPriceHistograms(new PriceStore(db, table));
  },
};
