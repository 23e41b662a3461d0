import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { OUTBOX_PREFIX } from '../../functions/shared/outbox.js';

/**
 * Waits until the platform's stream consumer has delivered every outbox item (price observations, notifications):
 * the effects of committed writes land a moment after them, and the audit compares what they change. A load tool's
 * check on a test table (a Scan, never a request path).
 */
export async function outboxDrained(
  db: DynamoDBDocumentClient,
  tableName: string,
  options: { timeoutMs?: number; pollMs?: number } = {},
): Promise<{ waitedMs: number }> {
  const { timeoutMs = 120_000, pollMs = 500 } = options;
  const started = Date.now();
  for (;;) {
    let pending = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const page = await db.send(
        new ScanCommand({
          TableName: tableName,
          FilterExpression: 'begins_with(PK, :outbox)',
          ExpressionAttributeValues: { ':outbox': OUTBOX_PREFIX },
          Select: 'COUNT',
          ExclusiveStartKey: start,
        }),
      );
      pending += page.Count ?? 0;
      start = page.LastEvaluatedKey;
    } while (start);
    const waitedMs = Date.now() - started;
    if (pending === 0) return { waitedMs };
    if (waitedMs > timeoutMs)
      throw new Error(`${pending} outbox items still undelivered after ${waitedMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
