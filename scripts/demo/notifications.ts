import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { backfillCompanyMembersIndex } from '../../functions/companies/index.js';
import { NotificationStore } from '../../functions/notifications/index.js';
import type { Role } from '../../functions/shared/auth.js';
import { demoEmailOf } from './identity.js';

/**
 * Completes the companies' members index (who a company's notifications go to) on memberships loaded before it
 * existed; on a fresh table there are none yet. A migration, run once by the seed's marker.
 */
export const backfillMembersIndex = (db: DynamoDBDocumentClient, tableName: string) =>
  backfillCompanyMembersIndex(db, tableName);

/** The demo users' accounts in the notifications' directory, so that the agents and moderators are told at once. */
export async function seedDemoAccounts(
  db: DynamoDBDocumentClient,
  tableName: string,
  users: readonly { role: Role; sub: string; region?: string }[],
  now: Date,
): Promise<number> {
  const store = new NotificationStore(db, tableName);
  for (const user of users) {
    await store.recordAccount({
      sub: user.sub,
      role: user.role,
      ...(user.region ? { regionCode: user.region } : {}),
      email: demoEmailOf(user.sub),
      seenAt: now.toISOString(),
    });
  }
  return users.length;
}
