/**
 * The front door of the privacy domain: what other domains may import from it; the rest is its own (README, "Layout").
 */
export { privacyResolvers } from './resolvers.js';
