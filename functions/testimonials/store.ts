import { SpentClientKey } from '../shared/client-keys.js';
import type { Page, Position } from '../shared/pagination.js';
import { queryPage } from '../shared/query.js';
import { noticeParts, type Notices } from '../shared/reminders.js';
import { recordOf } from '../shared/table.js';
import { type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { getItem } from '../shared/reads.js';
import { batchGetItems } from '../shared/batch.js';
import { bulkPut } from '../shared/bulk.js';
import { writeContendedParts, type TransactPart } from '../shared/transactions.js';
import { StaleRead } from '../shared/retry.js';
import { cellId, counterDeltas, type Cell } from './map.js';
import type { TestimonialRecord } from './records.js';
import { placesOf, type ListCriteria } from './search.js';
import { publicationDelta } from './workflow.js';

// The only file that knows how testimonials are laid out in the table (docs/data-model.md, "Testimonials").
const testimonialKey = (id: string) => ({ PK: `TESTI#${id}`, SK: 'TESTI' });
const entryKey = (id: string, place: string) => ({ PK: `TESTI#${id}`, SK: `LIST#${place}` });
const cellKey = (c: Cell) => ({ PK: `TMAP#${cellId(c)}`, SK: 'COUNTS' });
const LIST = (place: string) => `TESTIS#${place}`;
const PENDING = 'TESTI#PENDING';
const OF_COMPANY = (companyId: string) => `TESTIFOR#${companyId}`;
const BY_CONNECTEUR = (connecteurId: string) => `TESTIBY#${connecteurId}`;

const strip = (item: Record<string, unknown>): TestimonialRecord =>
  recordOf<TestimonialRecord>(item, ['awarded']);

function testimonialItem(t: TestimonialRecord) {
  return {
    ...testimonialKey(t.id),
    ...t,
    GSI3PK: OF_COMPANY(t.companyId),
    GSI3SK: `${t.submittedAt}#${t.id}`,
    ...(t.connecteurId ? { GSI1PK: BY_CONNECTEUR(t.connecteurId), GSI1SK: `${t.submittedAt}#${t.id}` } : {}),
    // Sparse index: the moderators' queue holds pending testimonials only.
    ...(t.status === 'PENDING' ? { GSI2PK: PENDING, GSI2SK: `${t.submittedAt}#${t.id}` } : {}),
  };
}

/** List entries carry the whole record (and `awarded` to filter on), so a page is one Query. */
const entryItems = (t: TestimonialRecord) =>
  placesOf(t).map((place) => ({
    ...entryKey(t.id, place),
    GSI1PK: LIST(place),
    GSI1SK: `${t.publishedAt}#${t.id}`,
    ...t,
    awarded: !!t.award,
  }));

/**
 * Testimonials of a fresh table as items (demo and benchmark loads): each record, the list entries of the published
 * ones and the map cells counting them, summed as their publications would have added them.
 */
export function testimonialLoadItems(testimonials: TestimonialRecord[]): Record<string, unknown>[] {
  const published = testimonials.filter((t) => t.status === 'PUBLISHED');
  const cells = new Map<string, Record<string, unknown>>();
  for (const { cell, counter, delta } of published.flatMap((t) => counterDeltas(t, 1))) {
    const item: Record<string, unknown> = cells.get(cellId(cell)) ?? cellKey(cell);
    item[counter] = ((item[counter] as number | undefined) ?? 0) + delta;
    cells.set(cellId(cell), item);
  }
  return [...testimonials.map(testimonialItem), ...published.flatMap(entryItems), ...cells.values()];
}

export const positions = {
  listed: (t: TestimonialRecord): Position => ({ id: t.id, sk: `${t.publishedAt}#${t.id}` }),
  submitted: (t: TestimonialRecord): Position => ({ id: t.id, sk: `${t.submittedAt}#${t.id}` }),
};

export class TestimonialStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  commit(parts: TransactPart[]): Promise<void> {
    return writeContendedParts(this.db, parts);
  }

  /** The notifications of a change, in its transaction. */
  noticeParts(notices: Notices, at: string): TransactPart[] {
    return noticeParts(notices, { tableName: this.tableName, at });
  }

  async get(id: string, consistent = false): Promise<TestimonialRecord | undefined> {
    const item = await getItem(this.db, this.tableName, testimonialKey(id), consistent);
    return item ? strip(item) : undefined;
  }

  /** Testimonials by ids (DataLoader batch). */
  async getMany(ids: readonly string[]): Promise<TestimonialRecord[]> {
    const items = await batchGetItems<Record<string, unknown>>(
      this.db,
      this.tableName,
      ids.map(testimonialKey),
    );
    return items.map(strip);
  }

  /** A keyed testimonial's id comes from its client key: a second write of the same key fails as SpentClientKey. */
  createPart(t: TestimonialRecord, keyed = false): TransactPart {
    return {
      item: {
        Put: {
          TableName: this.tableName,
          Item: testimonialItem(t),
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      ...(keyed ? { onConditionFailed: () => new SpentClientKey() } : {}),
    };
  }

  /**
   * A testimonial read at `previous.version`, rewritten; when it becomes public (or stops being), its list entries
   * are put (or deleted) and the map counters of its cells ADDed in the same transaction.
   */
  changeParts(previous: TestimonialRecord, next: TestimonialRecord): TransactPart[] {
    const delta = publicationDelta(previous, next);
    const parts: TransactPart[] = [
      {
        item: {
          Put: {
            TableName: this.tableName,
            Item: testimonialItem(next),
            ConditionExpression: 'version = :version',
            ExpressionAttributeValues: { ':version': previous.version },
          },
        },
        onConditionFailed: () => new StaleRead('testimonial'),
      },
    ];
    if (delta === 0) return parts;
    const published = delta > 0 ? next : previous;
    for (const item of entryItems(published)) {
      parts.push({
        item:
          delta > 0
            ? { Put: { TableName: this.tableName, Item: item } }
            : { Delete: { TableName: this.tableName, Key: { PK: item.PK, SK: item.SK } } },
      });
    }
    for (const { cell, counter } of counterDeltas(published, delta)) {
      parts.push({
        item: {
          Update: {
            TableName: this.tableName,
            Key: cellKey(cell),
            UpdateExpression: 'ADD #counter :delta',
            ExpressionAttributeNames: { '#counter': counter },
            ExpressionAttributeValues: { ':delta': delta },
          },
        },
      });
    }
    return parts;
  }

  /**
   * Demo data on a fresh table: testimonials, the list entries of the published ones and the map counters they sum
   * to, put whole (so a rerun after a crash writes the same items instead of adding twice).
   */
  async load(testimonials: TestimonialRecord[]): Promise<void> {
    await bulkPut(this.db, this.tableName, testimonialLoadItems(testimonials));
  }

  /**
   * Map counters of the cells, one BatchGetItem per 100; a cell never counted is absent. Each cell is its item as
   * read, not copied (a national cell holds thousands of counters): its counters are its number attributes. With
   * `counters`, only those are read (see countersToRead).
   */
  async cells(cells: Cell[], counters?: string[]): Promise<Map<string, Record<string, unknown>>> {
    const projection = counters && {
      expression: ['PK', 'SK', ...counters.map((_, i) => `#c${i}`)].join(','),
      names: Object.fromEntries(counters.map((name, i) => [`#c${i}`, name])),
    };
    const items = await batchGetItems<Record<string, unknown>>(
      this.db,
      this.tableName,
      cells.map(cellKey),
      projection,
    );
    return new Map(items.map((item) => [String(item.PK).slice('TMAP#'.length), item]));
  }

  /**
   * Published testimonials of one list, newest first, filtered; reads on until the page is full, the list
   * exhausted, or `maxEvaluated` entries were read (matching lists stop early rather than read a whole list).
   */
  async list(
    place: string,
    criteria: ListCriteria,
    limit: number,
    after?: Position,
    maxEvaluated = Infinity,
  ): Promise<Page<TestimonialRecord>> {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = { ':pk': LIST(place) };
    const filters: string[] = [];
    let n = 0;
    for (const [attribute, value] of Object.entries(criteria.equals ?? {})) {
      names[`#a${n}`] = attribute;
      values[`:v${n}`] = value;
      filters.push(`#a${n} = :v${n}`);
      n++;
    }
    for (const [attribute, value] of Object.entries(criteria.differs ?? {})) {
      names[`#a${n}`] = attribute;
      values[`:v${n}`] = value;
      filters.push(`#a${n} <> :v${n}`);
      n++;
    }
    if (criteria.themes?.length) {
      criteria.themes.forEach((t, i) => (values[`:t${i}`] = t));
      filters.push(`(${criteria.themes.map((_, i) => `contains(themes, :t${i})`).join(' OR ')})`);
    }
    if (criteria.awardedOnly) {
      values[':awarded'] = true;
      filters.push('awarded = :awarded');
    }
    return queryPage(
      this.db,
      {
        TableName: this.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
        ...(n > 0 ? { ExpressionAttributeNames: names } : {}),
        ExpressionAttributeValues: values,
        ScanIndexForward: false,
      },
      {
        limit,
        startKey: after?.id
          ? { ...entryKey(after.id, place), GSI1PK: LIST(place), GSI1SK: after.sk ?? '' }
          : undefined,
        // Wide chunks when filtered, so one request fills a page most of the time (npm run bench).
        readAhead: filters.length ? 10 : 1,
        maxEvaluated,
      },
      strip,
    );
  }

  private async indexQuery(
    index: 'GSI1' | 'GSI2' | 'GSI3',
    partition: string,
    forward: boolean,
    limit: number,
    after?: Position,
  ): Promise<Page<TestimonialRecord>> {
    return queryPage(
      this.db,
      {
        TableName: this.tableName,
        IndexName: index,
        KeyConditionExpression: `${index}PK = :pk`,
        ExpressionAttributeValues: { ':pk': partition },
        ScanIndexForward: forward,
      },
      {
        limit,
        startKey: after?.id
          ? { ...testimonialKey(after.id), [`${index}PK`]: partition, [`${index}SK`]: after.sk ?? '' }
          : undefined,
      },
      strip,
    );
  }

  /** Testimonials waiting for a moderator, oldest first. */
  pending(limit: number, after?: Position) {
    return this.indexQuery('GSI2', PENDING, true, limit, after);
  }

  /** A company's testimonials, whatever their status, newest first. */
  ofCompany(companyId: string, limit: number, after?: Position) {
    return this.indexQuery('GSI3', OF_COMPANY(companyId), false, limit, after);
  }

  /** Testimonials a connecteur wrote, newest first. */
  byConnecteur(connecteurId: string, limit: number, after?: Position) {
    return this.indexQuery('GSI1', BY_CONNECTEUR(connecteurId), false, limit, after);
  }
}
