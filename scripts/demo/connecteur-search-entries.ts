import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ConnecteurStore } from '../../functions/connecteurs/store.js';

/**
 * Brings every connecteur's search entries in line with its profile (`ConnecteurStore.refreshSearchEntries`): on
 * data written before the themed entries existed, writes them; on a fresh table, finds nothing to do. A migration,
 * run once by the seed's marker (on AWS, once by hand: it scans the table). Answers the entries put or deleted.
 */
export async function refreshConnecteurSearchEntries(
  db: DynamoDBDocumentClient,
  tableName: string,
  store: ConnecteurStore,
  now: Date,
  concurrency = 8,
): Promise<number> {
  let written = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: 'begins_with(PK, :conn) AND SK = :profile',
        ExpressionAttributeValues: { ':conn': 'CONN#', ':profile': 'PROFILE' },
        ProjectionExpression: 'id',
        ExclusiveStartKey: start,
      }),
    );
    const ids = (page.Items ?? []).map((i) => String(i.id));
    for (let i = 0; i < ids.length; i += concurrency) {
      const counts = await Promise.all(
        ids.slice(i, i + concurrency).map((id) => store.refreshSearchEntries(id, now)),
      );
      written += counts.reduce((a, b) => a + b, 0);
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return written;
}
