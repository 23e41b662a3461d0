import { type Page, type Position } from '../shared/pagination.js';
import { getRecord, queryAll, queryPage } from '../shared/query.js';
import { noticeParts, type Notices } from '../shared/reminders.js';
import { recordOf } from '../shared/table.js';
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { batchGetRecords } from '../shared/batch.js';
import { bulkPut } from '../shared/bulk.js';
import { writeContendedParts, type TransactPart } from '../shared/transactions.js';
import { StaleRead } from '../shared/retry.js';
import { conflict } from '../shared/errors.js';
import { EngagementStore, RecommendationStore } from './engagement-store.js';
import { splitCompositeId } from './positions.js';
import type { ProviderRecord, ReviewRecord } from './records.js';
import { searchEntriesOf, sortKey, type ProviderSearch, type SearchEntry } from './search.js';

// How providers and reviews are laid out in the table; engagements and recommendations in engagement-store.ts
// (docs/data-model.md, "Providers").
const profileKey = (id: string) => ({ PK: `PROV#${id}`, SK: 'PROFILE' });
/**
 * Index reads of one search page at most: a filter that matches few providers would otherwise read the whole
 * directory in one request (docs/security.md, the DynamoDB requests a query may cost).
 */
export const MAX_SEARCH_READS = 3;
const searchEntryKey = (id: string, place: string) => ({ PK: `PROV#${id}`, SK: `SEARCH#${place}` });
const siretKey = (siret: string) => ({ PK: `PROVSIREN#${siret.slice(0, 9)}`, SK: `SIRET#${siret}` });
const reviewKey = (providerId: string, authorKey: string) => ({
  PK: `PROV#${providerId}`,
  SK: `REVIEW#${authorKey}`,
});
const SEARCH = (place: string) => `PSEARCH#${place}`;
const PENDING_REVIEWS = 'REVIEW#PENDING';
const PUBLISHED_REVIEWS = (providerId: string) => `PREVIEWS#${providerId}`;
const REVIEWS_BY = (authorKey: string) => `REVIEWBY#${authorKey}`;

function searchEntryItem(e: SearchEntry) {
  return { ...searchEntryKey(e.providerId, e.place), GSI1PK: SEARCH(e.place), GSI1SK: sortKey(e), ...e };
}

function reviewItem(r: ReviewRecord) {
  return {
    ...reviewKey(r.providerId, r.authorKey),
    ...r,
    GSI1PK: REVIEWS_BY(r.authorKey),
    GSI1SK: `${r.createdAt}#${r.providerId}`,
    // Sparse indexes: the moderators' queue holds pending reviews, a provider's page its published ones.
    ...(r.status === 'PENDING' ? { GSI2PK: PENDING_REVIEWS, GSI2SK: `${r.submittedAt}#${r.id}` } : {}),
    ...(r.status === 'PUBLISHED'
      ? { GSI3PK: PUBLISHED_REVIEWS(r.providerId), GSI3SK: `${r.publishedAt}#${r.authorKey}` }
      : {}),
  };
}

/** Providers with their ratings already summed, and their reviews, as items (demo and benchmark loads). */
export const providerLoadItems = (providers: ProviderRecord[], reviews: ReviewRecord[]) => [
  ...providers.flatMap((p) => [
    { ...profileKey(p.id), ...p },
    { ...siretKey(p.siret), providerId: p.id, siret: p.siret, regionCode: p.regionCode },
    ...searchEntriesOf(p).map(searchEntryItem),
  ]),
  ...reviews.map(reviewItem),
];

export const reviewPosition = {
  pending: (r: ReviewRecord): Position => ({ id: r.id, sk: `${r.submittedAt}#${r.id}` }),
  published: (r: ReviewRecord): Position => ({ id: r.id, sk: `${r.publishedAt}#${r.authorKey}` }),
  byAuthor: (r: ReviewRecord): Position => ({ id: r.id, sk: `${r.createdAt}#${r.providerId}` }),
};

export class ProviderStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {
    this.engagements = new EngagementStore(db, tableName);
    this.recommendations = new RecommendationStore(db, tableName);
  }

  readonly engagements: EngagementStore;
  readonly recommendations: RecommendationStore;

  /** Writes parts contributed by several stores as one transaction (collisions are StaleReads, see contention.ts). */
  commit(parts: TransactPart[]): Promise<void> {
    return writeContendedParts(this.db, parts);
  }

  /** The notifications of a change, in its transaction. */
  noticeParts(notices: Notices, at: string): TransactPart[] {
    return noticeParts(notices, { tableName: this.tableName, at });
  }

  // ——— providers ———

  /** Provider by id (`consistent` before a read-modify-write under contention). */
  async get(id: string, consistent = false): Promise<ProviderRecord | undefined> {
    return getRecord<ProviderRecord>(this.db, this.tableName, profileKey(id), consistent);
  }

  /** Providers by ids, one BatchGetItem per 100 (DataLoader batch function). */
  async getMany(ids: readonly string[]): Promise<ProviderRecord[]> {
    return batchGetRecords<ProviderRecord>(this.db, this.tableName, ids.map(profileKey));
  }

  /** Providers (ids and home regions) registered under a SIREN: one Query on the SIREN's partition. */
  async establishmentsOf(
    siren: string,
  ): Promise<{ providerId: string; siret: string; regionCode: string }[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': `PROVSIREN#${siren}` },
    });
    return items.map((i) => ({
      providerId: String(i.providerId),
      siret: String(i.siret),
      regionCode: String(i.regionCode),
    }));
  }

  /** A new provider: its profile, its SIRET (unique) and its search entries. */
  createParts(p: ProviderRecord): TransactPart[] {
    return [
      {
        item: {
          Put: {
            TableName: this.tableName,
            Item: { ...profileKey(p.id), ...p },
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
        onConditionFailed: () => conflict('Vous avez déjà une fiche de prestataire.'),
      },
      {
        item: {
          Put: {
            TableName: this.tableName,
            Item: { ...siretKey(p.siret), providerId: p.id, siret: p.siret, regionCode: p.regionCode },
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
        onConditionFailed: () => conflict(`Le SIRET ${p.siret} est déjà inscrit dans l’annuaire.`),
      },
      ...searchEntriesOf(p).map((e) => ({
        item: { Put: { TableName: this.tableName, Item: searchEntryItem(e) } },
      })),
    ];
  }

  /**
   * Replaces a provider read at `previous.version` and brings its search entries (whose sort key holds the
   * rating) and SIRET entry in line. A concurrent write in between makes the version check fail: StaleRead.
   */
  saveParts(previous: ProviderRecord, next: ProviderRecord): TransactPart[] {
    const entries = searchEntriesOf(next);
    const kept = new Set(entries.map((e) => e.place));
    const stale = searchEntriesOf(previous).filter((e) => !kept.has(e.place));
    return [
      {
        item: {
          Put: {
            TableName: this.tableName,
            Item: { ...profileKey(next.id), ...next },
            ConditionExpression: 'version = :version',
            ExpressionAttributeValues: { ':version': previous.version },
          },
        },
        onConditionFailed: () => new StaleRead('provider'),
      },
      ...entries.map((e) => ({ item: { Put: { TableName: this.tableName, Item: searchEntryItem(e) } } })),
      ...stale.map((e) => ({
        item: { Delete: { TableName: this.tableName, Key: searchEntryKey(e.providerId, e.place) } },
      })),
      ...(previous.regionCode !== next.regionCode
        ? [
            {
              item: {
                Put: {
                  TableName: this.tableName,
                  Item: {
                    ...siretKey(next.siret),
                    providerId: next.id,
                    siret: next.siret,
                    regionCode: next.regionCode,
                  },
                },
              },
            },
          ]
        : []),
    ];
  }

  /**
   * Positions (`id`, `sk`) of the providers of one place in rank-then-name order (search.ts, rankMilli), filtered;
   * reads on until the page is full, the place exhausted or MAX_SEARCH_READS requests made.
   */
  async search(search: ProviderSearch, limit: number, after?: Position): Promise<Page<Position>> {
    const filters: string[] = [];
    const values: Record<string, unknown> = { ':place': SEARCH(search.place) };
    search.themes?.forEach((theme, i) => (values[`:theme${i}`] = theme));
    if (search.themes?.length)
      filters.push(`(${search.themes.map((_, i) => `contains(themes, :theme${i})`).join(' OR ')})`);
    if (search.servesRegion) {
      filters.push('contains(regionsServed, :serves)');
      values[':serves'] = search.servesRegion;
    }
    if (search.basedInRegion && !search.place.startsWith('IN#')) {
      filters.push('regionCode = :region');
      values[':region'] = search.basedInRegion;
    }
    if (search.text) {
      filters.push('contains(searchName, :text)');
      values[':text'] = search.text;
    }
    const keyCondition = 'GSI1PK = :place';
    if (search.minRatingMilli) {
      // The order is the Bayesian rank, the minimum the plain average: a filter, no longer a key range.
      filters.push('ratingMilli >= :minRating');
      values[':minRating'] = search.minRatingMilli;
    }
    // Filtered reads skip items, so read wider chunks to fill a page in one request most of the time (a theme
    // matches about one provider in five: five times the page fell just short, measured by npm run bench).
    const page = await queryPage(
      this.db,
      {
        TableName: this.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: keyCondition,
        ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
        ExpressionAttributeValues: values,
        ProjectionExpression: 'providerId, GSI1SK',
      },
      {
        limit,
        startKey: after?.id
          ? {
              ...searchEntryKey(after.id, search.place),
              GSI1PK: SEARCH(search.place),
              GSI1SK: after.sk ?? '',
            }
          : undefined,
        readAhead: filters.length ? 10 : 1,
        maxReads: MAX_SEARCH_READS,
      },
      (item): Position => ({ id: String(item.providerId), sk: String(item.GSI1SK) }),
    );
    const { stoppedAt, ...found } = page;
    // Out of reads before the page filled: a shorter page, and a cursor where the reading stopped.
    return stoppedAt
      ? {
          ...found,
          hasNextPage: true,
          resumeAt: { id: String(stoppedAt.PK).slice('PROV#'.length), sk: String(stoppedAt.GSI1SK) },
        }
      : found;
  }

  /** Demo data: providers (with their rating and latest reviews already summed) and their reviews, unconditionally. */
  async load(providers: ProviderRecord[], reviews: ReviewRecord[]): Promise<void> {
    await bulkPut(this.db, this.tableName, providerLoadItems(providers, reviews));
  }

  // ——— reviews ———

  async review(providerId: string, authorKey: string, consistent = false): Promise<ReviewRecord | undefined> {
    return getRecord<ReviewRecord>(this.db, this.tableName, reviewKey(providerId, authorKey), consistent);
  }

  /** Reviews by `<providerId>.<authorKey>` ids (DataLoader batch). */
  async reviews(ids: readonly string[]): Promise<ReviewRecord[]> {
    const keys = ids.flatMap((id) => {
      const parts = splitCompositeId(id);
      return parts ? [reviewKey(...parts)] : [];
    });
    return batchGetRecords<ReviewRecord>(this.db, this.tableName, keys);
  }

  /** A first review by this author of this provider; a second is CONFLICT. */
  newReviewPart(r: ReviewRecord): TransactPart {
    return {
      item: {
        Put: {
          TableName: this.tableName,
          Item: reviewItem(r),
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      onConditionFailed: () =>
        conflict('Vous avez déjà donné un avis sur ce prestataire : modifiez-le (editReview).', {
          reviewId: r.id,
        }),
    };
  }

  /** A review read at `previousVersion`, rewritten with its index entries; a concurrent change is a StaleRead. */
  reviewPart(next: ReviewRecord, previousVersion: number): TransactPart {
    return {
      item: {
        Put: {
          TableName: this.tableName,
          Item: reviewItem(next),
          ConditionExpression: 'version = :version',
          ExpressionAttributeValues: { ':version': previousVersion },
        },
      },
      onConditionFailed: () => new StaleRead('review'),
    };
  }

  /** The provider's single public reply, on a published review without one. */
  async reply(r: ReviewRecord, reply: NonNullable<ReviewRecord['reply']>): Promise<ReviewRecord> {
    try {
      const { Attributes } = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: reviewKey(r.providerId, r.authorKey),
          UpdateExpression: 'SET reply = :reply, version = version + :one',
          ConditionExpression: '#status = :published AND attribute_not_exists(reply)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':reply': reply, ':published': 'PUBLISHED', ':one': 1 },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return recordOf<ReviewRecord>(Attributes!);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException)
        throw conflict('Une seule réponse est possible, sur un avis publié.');
      throw error;
    }
  }

  private async reviewQuery(
    index: 'GSI1' | 'GSI2' | 'GSI3',
    partition: string,
    forward: boolean,
    limit: number,
    after: Position | undefined,
  ): Promise<Page<ReviewRecord>> {
    const startKey = after?.id
      ? (() => {
          const parts = splitCompositeId(after.id);
          return parts
            ? { ...reviewKey(...parts), [`${index}PK`]: partition, [`${index}SK`]: after.sk ?? '' }
            : undefined;
        })()
      : undefined;
    return queryPage<ReviewRecord>(
      this.db,
      {
        TableName: this.tableName,
        IndexName: index,
        KeyConditionExpression: `${index}PK = :pk`,
        ExpressionAttributeValues: { ':pk': partition },
        ScanIndexForward: forward,
      },
      { limit, startKey: startKey },
    );
  }

  /** Reviews waiting for a moderator, oldest submission first. */
  pendingReviews(limit: number, after?: Position) {
    return this.reviewQuery('GSI2', PENDING_REVIEWS, true, limit, after);
  }

  /** A provider's published reviews, newest first. */
  publishedReviews(providerId: string, limit: number, after?: Position) {
    return this.reviewQuery('GSI3', PUBLISHED_REVIEWS(providerId), false, limit, after);
  }

  /** An author's reviews, newest first. */
  reviewsBy(authorKey: string, limit: number, after?: Position) {
    return this.reviewQuery('GSI1', REVIEWS_BY(authorKey), false, limit, after);
  }
}
