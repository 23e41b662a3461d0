import type { ContactRequestStatus } from '../generated/resolvers-types.js';

/**
 * What the indicators ask of the contacts domain, wired in graphql/peers.ts, so this domain never reads its keys
 * or its workflow (the counters themselves are written by each domain with its own transaction).
 */
export type IndicatorPeers = {
  /** How many of the connecteur's contact requests have waited past the answer deadline at `now`. */
  lateRequests(connecteurId: string, now: Date): Promise<number>;
  /** The contact request statuses, in the order the programme indicators list them. */
  requestStatuses: readonly ContactRequestStatus[];
};
