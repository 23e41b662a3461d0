import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchPutItems } from './batch.js';

/** Demo data: puts many items without conditions, several BatchWriteItem streams at once (faster local starts). */
export async function bulkPut(
  client: DynamoDBDocumentClient,
  tableName: string,
  items: Record<string, unknown>[],
  streams = 8,
): Promise<void> {
  const size = Math.ceil(items.length / streams / 25) * 25 || 25;
  const slices: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += size) slices.push(items.slice(i, i + size));
  await Promise.all(slices.map((slice) => batchPutItems(client, tableName, slice)));
}
