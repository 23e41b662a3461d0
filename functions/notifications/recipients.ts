import type { NotificationRecipient } from '../shared/notifications.js';
import type { NotificationPeers } from './peers.js';
import type { NotificationStore } from './store.js';

/**
 * The accounts (token subjects) behind a recipient: a company's members, the owner of a connecteur or provider
 * profile, the agents of one region, the moderators. Only those: the other regions' agents, the non-members are never
 * among them. Each kind costs one request (a Query on an index or a BatchGetItem).
 */
export async function resolveRecipients(
  deps: { peers: NotificationPeers; store: NotificationStore },
  recipient: NotificationRecipient,
): Promise<string[]> {
  const subs = await (() => {
    switch (recipient.kind) {
      case 'ACCOUNT':
        return Promise.resolve([recipient.sub]);
      case 'COMPANY':
        return deps.peers.companyMembers(recipient.companyId);
      case 'CONNECTEUR':
        return deps.peers.connecteurOwners([recipient.connecteurId]);
      case 'PROVIDER':
        return deps.peers.providerOwners([recipient.providerId]);
      case 'REGION_AGENTS':
        return deps.store.agentsOf(recipient.regionCode);
      case 'MODERATORS':
        return deps.store.moderators();
    }
  })();
  return [...new Set(subs)].sort();
}
