import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { companyMemberSubs } from '../companies/index.js';
import { connecteurOwnerSubs } from '../connecteurs/index.js';
import { providerOwnerSubs } from '../providers/index.js';

/**
 * What the notifier asks of the other domains to turn "a company", "a connecteur", "a provider" into the accounts
 * behind them; each domain answers from its own store through its front door, so this one never builds their keys.
 */
export type NotificationPeers = {
  companyMembers(companyId: string): Promise<string[]>;
  connecteurOwners(connecteurIds: readonly string[]): Promise<string[]>;
  providerOwners(providerIds: readonly string[]): Promise<string[]>;
};

export const storePeers = (db: DynamoDBDocumentClient, tableName: string): NotificationPeers => ({
  companyMembers: (companyId) => companyMemberSubs(db, tableName, companyId),
  connecteurOwners: (ids) => connecteurOwnerSubs(db, tableName, ids),
  providerOwners: (ids) => providerOwnerSubs(db, tableName, ids),
});
