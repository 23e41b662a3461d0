import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchPutItems } from '../../functions/shared/batch.js';
import { inParallel, progressBar } from '../stats.js';

type Item = Record<string, unknown>;

/**
 * A scale data set: its items as the stores write them, and optionally the items that grow its searched part
 * ten-fold (only data sets with `grow` go into the 10× table). `counters` runs after the items, for aggregates
 * the write path keeps with ADD (so they are written by the store's own updates, not re-described here).
 */
export type Dataset = {
  name: string;
  items: (now: Date) => Item[];
  grow?: (now: Date) => Item[];
  counters?: (db: DynamoDBDocumentClient, table: string, now: Date) => Promise<void>;
};

/** BatchWriteItem streams in flight while seeding. */
const STREAMS = 16;

/** Loads a part of a data set once per table (a marker item records it), so later runs reuse it. */
export async function load(
  db: DynamoDBDocumentClient,
  table: string,
  dataset: Dataset,
  now: Date,
  part: 'base' | 'grown',
): Promise<string> {
  const marker = { PK: 'META#BENCH', SK: `${dataset.name}#${part}` };
  const done = (await db.send(new GetCommand({ TableName: table, Key: marker }))).Item;
  if (done) return `reused (${done.items} items)`;
  const started = performance.now();
  const items = part === 'base' ? dataset.items(now) : (dataset.grow?.(now) ?? []);
  const bar = progressBar(`${dataset.name} (${part})`, items.length);
  const chunks: Item[][] = [];
  for (let i = 0; i < items.length; i += 25) chunks.push(items.slice(i, i + 25));
  await inParallel(chunks, STREAMS, async (chunk) => {
    await batchPutItems(db, table, chunk);
    bar.tick(chunk.length);
  });
  bar.done();
  if (part === 'base') await dataset.counters?.(db, table, now);
  const seconds = (performance.now() - started) / 1000;
  await db.send(new PutCommand({ TableName: table, Item: { ...marker, items: items.length, seconds } }));
  return `${items.length} items in ${seconds.toFixed(0)} s`;
}
