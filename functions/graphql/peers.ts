import { LATE_AFTER_MS } from '../contacts/deadlines.js';
import { NEED_STATUS_PRECEDENCE } from '../contacts/workflow.js';
import type { FollowupPeers } from '../followups/peers.js';
import type { IndicatorPeers } from '../indicators/peers.js';
import type { Services } from './context.js';

/**
 * What the indicators and the follow-ups ask of the contacts domain (their peers.ts), answered from its store and
 * rules: the dependency goes from the wiring to each domain, never between them (test/architecture/).
 */
export function contactPeers(services: Pick<Services, 'contactStore'>): {
  indicatorPeers: IndicatorPeers;
  followupPeers: FollowupPeers;
} {
  return {
    indicatorPeers: {
      lateRequests: (connecteurId, now) =>
        services.contactStore.countWaitingSince(
          connecteurId,
          new Date(now.getTime() - LATE_AFTER_MS + 1).toISOString(),
        ),
      requestStatuses: NEED_STATUS_PRECEDENCE,
    },
    followupPeers: {
      companyWroteTo: (companyId, connecteurId) => services.contactStore.hasWritten(companyId, connecteurId),
    },
  };
}
