import type { PriceStore } from '../../functions/prices/index.js';

/**
 * Packs the published price histograms' buckets into one attribute (`PriceStore.packPublishedCopies`,
 * docs/data-model.md, "Prices"): on data published before the packed form, puts every copy again packed, with the
 * same figures; on a fresh table (the demo's publication already writes packed copies), finds nothing to do. A
 * migration, run once by the seed's marker (on AWS, once by hand; until then readers still read the old form).
 * Answers the copies packed.
 */
export const packPublishedPriceHistograms = (store: PriceStore): Promise<number> =>
  store.packPublishedCopies();
