/**
 * The front door of the indicators domain: what other domains may import from it; the rest is its own (README, "Layout").
 */
export { counterItems, type IndicatorStore } from './store.js';
export {
  connecteurCounterChanges,
  firstAnswerBucket,
  forConnecteur,
  regionAndNation,
  type CounterChange,
} from './counters.js';
