import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConnecteurStore } from './store.js';

/** The token subjects owning these connecteur profiles (who is told what concerns them: notifications). */
export async function connecteurOwnerSubs(
  db: DynamoDBDocumentClient,
  tableName: string,
  connecteurIds: readonly string[],
): Promise<string[]> {
  const profiles = await new ConnecteurStore(db, tableName).getMany(connecteurIds);
  return profiles.map((p) => p.ownerSub);
}
