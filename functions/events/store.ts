import type { Page, Position } from '../shared/pagination.js';
import { getRecord, queryPage } from '../shared/query.js';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Theme } from '../generated/resolvers-types.js';
import { batchGetRecords } from '../shared/batch.js';
import { bulkPut } from '../shared/bulk.js';
import { allRegions } from '../shared/geography.js';
import { staleVersion } from '../shared/errors.js';
import { partsOf, writeTransaction, type TransactItems } from '../shared/transactions.js';
import { SpentClientKey, spentKeyPart } from '../shared/client-keys.js';
import type { EventRecord, NewsRecord } from './records.js';

// The only file that knows how events and news are laid out in the table (docs/data-model.md, "Events and news").
const eventKey = (id: string) => ({ PK: `EVENT#${id}`, SK: 'EVENT' });
const newsKey = (id: string) => ({ PK: `NEWS#${id}`, SK: 'NEWS' });
const entryKey = (pk: string, place: string) => ({ PK: pk, SK: `LIST#${place}` });
const EVENTS = (place: string) => `EVENTS#${place}`;
const NEWS = (place: string) => `NEWSLIST#${place}`;

/** Lists an item is in: every item in `ALL`; a regional one in its region's list, a national one in every region's. */
export function placesOf(regionCode: string | undefined): string[] {
  const regions = regionCode
    ? [regionCode]
    : allRegions()
        .filter((r) => r.code.length === 2)
        .map((r) => r.code);
  return ['ALL', ...regions.map((r) => `REG#${r}`)];
}

/** List entries carry the whole record, so a page is one Query. */
function entries<R extends { id: string; regionCode?: string }>(
  pk: string,
  list: (place: string) => string,
  sortKey: string,
  r: R,
) {
  return placesOf(r.regionCode).map((place) => ({
    ...entryKey(pk, place),
    GSI1PK: list(place),
    GSI1SK: sortKey,
    ...r,
  }));
}

export const eventPosition = (e: EventRecord): Position => ({ id: e.id, sk: `${e.startsAt}#${e.id}` });
export const newsPosition = (n: NewsRecord): Position => ({ id: n.id, sk: `${n.publishedAt}#${n.id}` });

export class EventStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Demo data: events and news with their list entries, unconditionally. */
  async load(events: EventRecord[], news: NewsRecord[]): Promise<void> {
    await bulkPut(this.db, this.tableName, [
      ...events.flatMap((e) => [
        { ...eventKey(e.id), ...e },
        ...entries(`EVENT#${e.id}`, EVENTS, `${e.startsAt}#${e.id}`, e),
      ]),
      ...news.flatMap((n) => [
        { ...newsKey(n.id), ...n },
        ...entries(`NEWS#${n.id}`, NEWS, `${n.publishedAt}#${n.id}`, n),
      ]),
    ]);
  }

  /** `consistent`: a keyed publication's retry must see the first call's write. */
  async event(id: string, consistent = false): Promise<EventRecord | undefined> {
    return getRecord<EventRecord>(this.db, this.tableName, eventKey(id), consistent);
  }

  /** Events by ids (DataLoader batch). */
  async events(ids: readonly string[]): Promise<EventRecord[]> {
    return batchGetRecords<EventRecord>(this.db, this.tableName, ids.map(eventKey));
  }

  /**
   * Writes an event read at `previous` (undefined: a new one) and its list entries, in one transaction. A new event
   * whose id comes from a client key (`keyed`) already spent fails as SpentClientKey.
   */
  async saveEvent(next: EventRecord, previous: EventRecord | undefined, keyed = false): Promise<void> {
    const kept = new Set(placesOf(next.regionCode));
    const stale = previous ? placesOf(previous.regionCode).filter((p) => !kept.has(p)) : [];
    const items: TransactItems = [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...eventKey(next.id), ...next },
          ConditionExpression: previous ? 'version = :version' : 'attribute_not_exists(PK)',
          ...(previous ? { ExpressionAttributeValues: { ':version': previous.version } } : {}),
        },
      },
      ...entries(`EVENT#${next.id}`, EVENTS, `${next.startsAt}#${next.id}`, next).map((Item) => ({
        Put: { TableName: this.tableName, Item },
      })),
      ...stale.map((place) => ({
        Delete: { TableName: this.tableName, Key: entryKey(`EVENT#${next.id}`, place) },
      })),
    ];
    const keyedCreation = keyed && !previous ? { id: next.id, at: next.publishedAt } : undefined;
    await writePublication(this.db, this.tableName, items, keyedCreation);
  }

  /** Removes an event read at `previous.version` and its entries. */
  async deleteEvent(previous: EventRecord): Promise<void> {
    const items: TransactItems = [
      {
        Delete: {
          TableName: this.tableName,
          Key: eventKey(previous.id),
          ConditionExpression: 'version = :version',
          ExpressionAttributeValues: { ':version': previous.version },
        },
      },
      ...placesOf(previous.regionCode).map((place) => ({
        Delete: { TableName: this.tableName, Key: entryKey(`EVENT#${previous.id}`, place) },
      })),
    ];
    await writeTransaction(
      this.db,
      partsOf(items, () => staleVersion()),
      { contention: 'rethrow' },
    );
  }

  /** Events of a list starting in [from, to], soonest first. */
  async eventList(
    place: string,
    range: { from: string; to?: string },
    themes: Theme[] | undefined,
    limit: number,
    after?: Position,
  ): Promise<Page<EventRecord>> {
    return this.list<EventRecord>(EVENTS(place), `EVENT#`, range, themes, true, limit, after);
  }

  async news(id: string, consistent = false): Promise<NewsRecord | undefined> {
    return getRecord<NewsRecord>(this.db, this.tableName, newsKey(id), consistent);
  }

  /** Writes a news item and its list entries; `keyed` as for saveEvent. */
  async publishNews(n: NewsRecord, keyed = false): Promise<void> {
    const items: TransactItems = [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...newsKey(n.id), ...n },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      ...entries(`NEWS#${n.id}`, NEWS, `${n.publishedAt}#${n.id}`, n).map((Item) => ({
        Put: { TableName: this.tableName, Item },
      })),
    ];
    await writePublication(
      this.db,
      this.tableName,
      items,
      keyed ? { id: n.id, at: n.publishedAt } : undefined,
    );
  }

  async deleteNews(n: NewsRecord): Promise<void> {
    const items: TransactItems = [
      {
        Delete: {
          TableName: this.tableName,
          Key: newsKey(n.id),
          ConditionExpression: 'attribute_exists(PK)',
        },
      },
      ...placesOf(n.regionCode).map((place) => ({
        Delete: { TableName: this.tableName, Key: entryKey(`NEWS#${n.id}`, place) },
      })),
    ];
    await writeTransaction(
      this.db,
      partsOf(items, () => staleVersion()),
      { contention: 'rethrow' },
    );
  }

  /** News of a list, newest first. */
  async newsList(
    place: string,
    themes: Theme[] | undefined,
    limit: number,
    after?: Position,
  ): Promise<Page<NewsRecord>> {
    return this.list<NewsRecord>(NEWS(place), 'NEWS#', {}, themes, false, limit, after);
  }

  private async list<T>(
    partition: string,
    pkPrefix: string,
    range: { from?: string; to?: string },
    themes: Theme[] | undefined,
    forward: boolean,
    limit: number,
    after?: Position,
  ): Promise<Page<T>> {
    const values: Record<string, unknown> = {
      ':pk': partition,
      ':from': range.from ?? '0',
      ':to': `${range.to ?? '~'}~`,
    };
    themes?.forEach((t, i) => (values[`:t${i}`] = t));
    const filter = themes?.length ? themes.map((_, i) => `contains(themes, :t${i})`).join(' OR ') : undefined;
    return queryPage<T>(
      this.db,
      {
        TableName: this.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to',
        ...(filter ? { FilterExpression: filter } : {}),
        ExpressionAttributeValues: values,
        ScanIndexForward: forward,
      },
      {
        limit,
        startKey: after?.id
          ? {
              ...entryKey(`${pkPrefix}${after.id}`, partition.slice(partition.indexOf('#') + 1)),
              GSI1PK: partition,
              GSI1SK: after.sk ?? '',
            }
          : undefined,
        readAhead: filter ? 4 : 1,
      },
    );
  }
}

/**
 * A publication's write: its first item is the guarded one. An unkeyed write touches only its own items, so a
 * collision is rethrown. A keyed creation also spends its key (shared/client-keys.ts), so that a retry after a
 * withdrawal does not publish again; it may race its own retry, so a collision is sent again until one of the two
 * finds the other's write (SpentClientKey).
 */
async function writePublication(
  db: DynamoDBDocumentClient,
  tableName: string,
  items: TransactItems,
  keyedCreation: { id: string; at: string } | undefined,
) {
  if (!keyedCreation) {
    await writeTransaction(
      db,
      partsOf(items, () => staleVersion()),
      { contention: 'rethrow' },
    );
    return;
  }
  const duplicate = () => new SpentClientKey();
  const spent = spentKeyPart(tableName, keyedCreation.id, new Date(keyedCreation.at), duplicate);
  await writeTransaction(db, [spent, ...partsOf(items, duplicate)], { contention: 'retry' });
}
