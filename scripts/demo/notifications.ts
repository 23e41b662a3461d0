import { ScanCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { membersIndexEntry } from '../../functions/companies/index.js';
import { NotificationStore } from '../../functions/notifications/index.js';
import type { Role } from '../../functions/shared/auth.js';
import { demoEmailOf } from './identity.js';

/**
 * Completes the companies' members index (who a company's notifications go to) on memberships loaded before it
 * existed; on a fresh table there are none yet. A migration, run once by the seed's marker.
 */
export async function backfillMembersIndex(db: DynamoDBDocumentClient, tableName: string): Promise<number> {
  let done = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: 'begins_with(PK, :member) AND attribute_not_exists(GSI3PK)',
        ExpressionAttributeValues: { ':member': 'MEMBER#' },
        ExclusiveStartKey: start,
      }),
    );
    for (const item of page.Items ?? []) {
      const { key, companyId, entry } = membersIndexEntry(item);
      await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: key,
          UpdateExpression: 'SET GSI3PK = :pk, GSI3SK = :sk',
          ConditionExpression: 'companyId = :company',
          ExpressionAttributeValues: { ':pk': entry.GSI3PK, ':sk': entry.GSI3SK, ':company': companyId },
        }),
      );
      done++;
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return done;
}

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
