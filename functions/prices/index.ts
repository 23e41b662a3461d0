/**
 * The front door of the prices domain: what other domains may import from it; the rest is its own (README, "Layout").
 */
export { recordPriceObservations, type ObservationChange } from './service.js';
export { PriceStore } from './store.js';
export { publishPriceHistograms } from './publication.js';
export { histogramDeltas, invoiceObservations, offerObservation } from './referential.js';
