import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchPutItems } from '../../functions/shared/batch.js';
import { inParallel, progressBar } from '../stats.js';

/** A scale data set: records, how a record becomes items, and how to grow the searched part ten-fold. */
export type Dataset<R> = {
  name: string;
  records: (now: Date) => R[];
  items: (record: R, now: Date) => Record<string, unknown>[];
  grow?: (records: R[]) => R[];
};

/** Loads a data set once per table (a marker item records it), so runs reuse what earlier runs seeded. */
export async function load<R>(
  db: DynamoDBDocumentClient,
  table: string,
  dataset: Dataset<R>,
  now: Date,
  part: 'base' | 'grown',
) {
  const marker = { PK: 'META#BENCH', SK: `${dataset.name}#${part}` };
  if ((await db.send(new GetCommand({ TableName: table, Key: marker }))).Item) return 'reused';
  const base = dataset.records(now);
  const records = part === 'base' ? base : (dataset.grow?.(base) ?? []);
  const items = records.flatMap((r) => dataset.items(r, now));
  const bar = progressBar(`${dataset.name} (${part})`, items.length);
  const chunks: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) chunks.push(items.slice(i, i + 25));
  await inParallel(chunks, 16, async (chunk) => {
    await batchPutItems(db, table, chunk);
    bar.tick(chunk.length);
  });
  bar.done();
  await db.send(new PutCommand({ TableName: table, Item: { ...marker, items: items.length } }));
  return `${items.length} items`;
}
