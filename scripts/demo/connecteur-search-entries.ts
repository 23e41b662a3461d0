import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ConnecteurStore } from '../../functions/connecteurs/store.js';
import { queryPages } from '../../functions/shared/query.js';

/**
 * Brings every connecteur's search entries in line with its profile (`ConnecteurStore.refreshSearchEntries`): on
 * data written before the themed entries existed, writes them; on a fresh table, finds nothing to do. A migration,
 * run once by the seed's marker (on AWS, once by hand). The connecteurs are those of the country's search partition:
 * every profile has its per-place entries, written in the profile's own transaction. Answers the entries put or
 * deleted.
 */
export async function refreshConnecteurSearchEntries(
  db: DynamoDBDocumentClient,
  tableName: string,
  store: ConnecteurStore,
  now: Date,
  concurrency = 8,
): Promise<number> {
  let written = 0;
  for await (const page of queryPages(db, {
    TableName: tableName,
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :all',
    ExpressionAttributeValues: { ':all': 'CSEARCH#ALL' },
    ProjectionExpression: 'connecteurId',
  })) {
    const ids = (page.Items ?? []).map((i) => String(i.connecteurId));
    for (let i = 0; i < ids.length; i += concurrency) {
      const counts = await Promise.all(
        ids.slice(i, i + concurrency).map((id) => store.refreshSearchEntries(id, now)),
      );
      written += counts.reduce((a, b) => a + b, 0);
    }
  }
  return written;
}
