import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ProviderStore } from './store.js';

/** The token subjects owning these provider profiles (who is told what concerns them: notifications). */
export async function providerOwnerSubs(
  db: DynamoDBDocumentClient,
  tableName: string,
  providerIds: readonly string[],
): Promise<string[]> {
  const profiles = await new ProviderStore(db, tableName).getMany(providerIds);
  return profiles.map((p) => p.ownerSub);
}
