import { queryAll, queryPages } from '../shared/query.js';
import { publishCopies, readRegistries } from '../shared/publication.js';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { getItem } from '../shared/reads.js';
import type { PriceSource, Theme } from '../generated/resolvers-types.js';
import { batchGetItems } from '../shared/batch.js';
import { bulkPut } from '../shared/bulk.js';
import { StaleRead } from '../shared/retry.js';
import type { TransactPart } from '../shared/transactions.js';
import {
  histogramId,
  type Histogram,
  type HistogramDelta,
  type HistogramKey,
  type RankedBuckets,
  type RegionalObservation,
} from './referential.js';
import { packRanked, unpackRanked } from './packed.js';

// The only file that knows how the price referential is laid out in the table (docs/data-model.md, "Prices").
const histogramKey = (k: HistogramKey) => ({ PK: `PRICE#${k.scope}`, SK: `${k.theme}#${k.source}` });
/** The snapshot readers see, copied by the scheduled refresh (publication.ts); same layout, another partition. */
const publishedKey = (k: HistogramKey) => ({ PK: `PRICEPUB#${k.scope}`, SK: `${k.theme}#${k.source}` });
// Registries (GSI2) of the histograms that exist, running and published.
const RAW_HISTOGRAMS = 'PRICE#RAW';
const PUBLISHED_HISTOGRAMS = 'PRICE#PUB';
const HISTOGRAM_REGISTRIES = { raw: RAW_HISTOGRAMS, published: PUBLISHED_HISTOGRAMS };
const observationSetKey = (source: PriceSource, sourceId: string) => ({
  PK: `PRICEOBS#${source}#${sourceId}`,
  SK: 'SET',
});
const BUCKET_PREFIX = 'b';

/** The observations one application (or other source record) currently contributes. */
export type ObservationSetRecord = {
  source: PriceSource;
  sourceId: string;
  observations: RegionalObservation[];
  updatedAt: string;
  version: number;
};

/** A running item's bucket attribute (`b<cents>`, ADDed to by every write). */
const isBucket = (name: string) => name.startsWith(BUCKET_PREFIX) && name !== BUCKET_PREFIX;
/**
 * A published copy's buckets, packed in one binary attribute (packed.ts); a copy published before the packed form
 * (data not yet migrated by scripts/demo/price-histograms.ts) still holds them as bucket attributes.
 */
const PACKED = 'r';

/** The bucket attributes of an item, ranked: amounts sorted numerically, empty buckets left out. */
function bucketsOf(item: Record<string, unknown>): RankedBuckets {
  // A typed array sorts numerically without a comparator; each amount's count kept aside.
  const found: number[] = [];
  const countOf = new Map<number, number>();
  for (const name of Object.keys(item)) {
    const value = item[name];
    if (!isBucket(name) || typeof value !== 'number' || value <= 0) continue;
    const amount = Number(name.slice(BUCKET_PREFIX.length));
    found.push(amount);
    countOf.set(amount, value);
  }
  const amounts = Float64Array.from(found).sort();
  const counts = new Float64Array(amounts.length);
  for (let i = 0; i < amounts.length; i++) counts[i] = countOf.get(amounts[i]!)!;
  return { amounts, counts };
}

function toHistogram(item: Record<string, unknown>): Histogram {
  const packed = item[PACKED];
  return {
    ...keyOf(item),
    count: typeof item.n === 'number' ? item.n : 0,
    contributors: typeof item.c === 'number' ? item.c : 0,
    ranked: packed instanceof Uint8Array ? unpackRanked(packed) : bucketsOf(item),
  };
}

/**
 * What a published copy holds of a histogram's item (running, or a copy in the bucket-attribute form): everything
 * but the bucket attributes, and the buckets packed.
 */
function packedCopy(item: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const name of Object.keys(item)) if (!isBucket(name)) copy[name] = item[name];
  copy[PACKED] = packRanked(bucketsOf(item));
  return copy;
}

const keyOf = (item: Record<string, unknown>): HistogramKey => ({
  scope: String(item.scope),
  theme: item.theme as Theme,
  source: item.source as PriceSource,
});

/** A histogram computed from nothing, as one item (demo and benchmark loads). */
export const histogramItem = (h: HistogramDelta) => ({
  ...histogramKey(h),
  GSI2PK: RAW_HISTOGRAMS,
  GSI2SK: histogramId(h),
  scope: h.scope,
  theme: h.theme,
  source: h.source,
  n: h.count,
  c: h.contributors,
  rev: h.changes,
  ...Object.fromEntries(Object.entries(h.buckets).map(([bucket, n]) => [`${BUCKET_PREFIX}${bucket}`, n])),
});

/** A histogram computed from nothing and its published copy (benchmark loads, which run no scheduled refresh). */
export const histogramItems = (h: HistogramDelta, at: Date) => [
  histogramItem(h),
  {
    ...packedCopy(histogramItem(h)),
    ...publishedKey(h),
    GSI2PK: PUBLISHED_HISTOGRAMS,
    publishedAt: at.toISOString(),
  },
];

export class PriceStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** ADDs to the histograms, one Update per histogram touched, for the transaction that changes the observations. */
  histogramParts(deltas: HistogramDelta[]): TransactPart[] {
    return deltas.map((d) => {
      const buckets = Object.entries(d.buckets);
      return {
        item: {
          Update: {
            TableName: this.tableName,
            Key: histogramKey(d),
            UpdateExpression: `SET #scope = :scope, #theme = :theme, #source = :source, GSI2PK = :raw, GSI2SK = :id ADD #n :n, #c :c, #rev :rev${buckets
              .map((_, i) => `, #b${i} :b${i}`)
              .join('')}`,
            ExpressionAttributeNames: {
              '#scope': 'scope',
              '#theme': 'theme',
              '#source': 'source',
              '#n': 'n',
              '#c': 'c',
              '#rev': 'rev',
              ...Object.fromEntries(buckets.map(([bucket], i) => [`#b${i}`, `${BUCKET_PREFIX}${bucket}`])),
            },
            ExpressionAttributeValues: {
              ':scope': d.scope,
              ':theme': d.theme,
              ':source': d.source,
              ':n': d.count,
              ':c': d.contributors,
              ':rev': d.changes,
              ':raw': RAW_HISTOGRAMS,
              ':id': histogramId(d),
              ...Object.fromEntries(buckets.map(([, n], i) => [`:b${i}`, n])),
            },
          },
        },
      };
    });
  }

  /**
   * Demo data on a fresh table: the histograms as computed from nothing, put whole (so a rerun after a crash writes
   * the same items instead of adding twice).
   */
  async load(histograms: HistogramDelta[]): Promise<void> {
    await bulkPut(this.db, this.tableName, histograms.map(histogramItem));
  }

  /** Every published histogram of a scope (the country or a region), optionally of one theme: one Query. */
  async histograms(scope: string, theme?: Theme): Promise<Histogram[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: theme ? 'PK = :pk AND begins_with(SK, :theme)' : 'PK = :pk',
      ExpressionAttributeValues: { ':pk': `PRICEPUB#${scope}`, ...(theme ? { ':theme': `${theme}#` } : {}) },
    });
    return items.map(toHistogram);
  }

  /** Published histograms by key, one BatchGetItem per 100 (DataLoader batch); missing ones are absent. */
  async getMany(keys: readonly HistogramKey[]): Promise<Histogram[]> {
    const items = await batchGetItems<Record<string, unknown>>(
      this.db,
      this.tableName,
      keys.map(publishedKey),
    );
    return items.map(toHistogram);
  }

  /** Every histogram's running item and published figures, from the two registries (two Queries, no Scan). */
  allHistograms() {
    return readRegistries(this.db, this.tableName, HISTOGRAM_REGISTRIES, 'c');
  }

  /** Replaces the published copies of these histograms by their running items. */
  async publish(raw: Record<string, unknown>[], at: Date): Promise<void> {
    await publishCopies(
      this.db,
      this.tableName,
      HISTOGRAM_REGISTRIES,
      raw.map(packedCopy),
      (item) => publishedKey(keyOf(item)),
      at,
    );
  }

  /**
   * The migration to packed copies (scripts/demo/price-histograms.ts): every published copy still in the
   * bucket-attribute form is put again packed, with the same figures (what readers see does not change; a copy is
   * never replaced by its running item here, which only the scheduled refresh may publish). Conditional on the copy
   * still being unpacked, so a refresh publishing meanwhile wins. Answers the copies packed.
   */
  async packPublishedCopies(concurrency = 8): Promise<number> {
    let packed = 0;
    for await (const page of queryPages(this.db, {
      TableName: this.tableName,
      IndexName: 'GSI2',
      KeyConditionExpression: 'GSI2PK = :pk',
      ExpressionAttributeValues: { ':pk': PUBLISHED_HISTOGRAMS },
    })) {
      const legacy = (page.Items ?? []).filter((item) => !(item[PACKED] instanceof Uint8Array));
      for (let i = 0; i < legacy.length; i += concurrency) {
        const done = await Promise.all(legacy.slice(i, i + concurrency).map((item) => this.packCopy(item)));
        packed += done.filter(Boolean).length;
      }
    }
    return packed;
  }

  private async packCopy(item: Record<string, unknown>): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: packedCopy(item),
          ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(#packed)',
          ExpressionAttributeNames: { '#packed': PACKED },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** What a source record (an application) contributes now, if anything. */
  async observationSet(source: PriceSource, sourceId: string): Promise<ObservationSetRecord | undefined> {
    const Item = await getItem(this.db, this.tableName, observationSetKey(source, sourceId), true);
    if (!Item) return undefined;
    const { PK: _pk, SK: _sk, ...record } = Item;
    return record as ObservationSetRecord;
  }

  /** Replaces the set read at `previousVersion` (0: none yet); a concurrent replacement is a StaleRead. */
  observationSetPart(next: ObservationSetRecord, previousVersion: number): TransactPart {
    return {
      item: {
        Put: {
          TableName: this.tableName,
          Item: { ...observationSetKey(next.source, next.sourceId), ...next, version: previousVersion + 1 },
          ConditionExpression: previousVersion === 0 ? 'attribute_not_exists(PK)' : 'version = :version',
          ...(previousVersion === 0 ? {} : { ExpressionAttributeValues: { ':version': previousVersion } }),
        },
      },
      onConditionFailed: () => new StaleRead('price observations'),
    };
  }
}
