/**
 * The front door of the events domain: what other domains may import from it; the rest is its own (README, "Layout").
 */
export { eventResolvers } from './resolvers.js';
