import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { OUTBOX_PREFIX } from '../../functions/shared/outbox.js';

/**
 * Waits until the platform's stream consumer has delivered every outbox item (price observations, notifications):
 * the effects of committed writes land a moment after them, and the audit compares what they change. A load tool's
 * check on a test table (a Scan, never a request path, through a client of its own: not the platform's).
 */
export async function outboxDrained(
  dynamoEndpoint: string,
  tableName: string,
  options: { timeoutMs?: number; pollMs?: number } = {},
): Promise<{ waitedMs: number }> {
  const { timeoutMs = 120_000, pollMs = 500 } = options;
  const db = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: dynamoEndpoint,
      region: 'eu-west-3',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
  );
  try {
    return await poll(db, tableName, timeoutMs, pollMs);
  } finally {
    db.destroy();
  }
}

async function poll(db: DynamoDBDocumentClient, tableName: string, timeoutMs: number, pollMs: number) {
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
