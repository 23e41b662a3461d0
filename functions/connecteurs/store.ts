import type { Page, Position } from '../shared/pagination.js';
import { queryPage } from '../shared/query.js';
import { query } from '../shared/reads.js';
import { noticeParts, type Notices, type ReminderGuard } from '../shared/reminders.js';
import { recordOf } from '../shared/table.js';
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchGetItems } from '../shared/batch.js';
import { conflict, staleVersion } from '../shared/errors.js';
import { connecteurCounterChanges } from '../indicators/index.js';
import { counterItems } from '../indicators/index.js';
import { writeParts, type TransactPart, type TransactItems } from '../shared/transactions.js';
import type { ConnecteurRecord } from './records.js';
import { pendingRequest } from './label.js';
import { attestationStandsCondition, LABEL_EXPIRES_AT, labelGuardAttributes } from './attestation-guard.js';
import { searchEntriesOf, type ConnecteurSearch, type SearchEntry } from './search.js';

// The only file that knows how connecteurs are laid out in the table (docs/data-model.md, "Connecteurs").
const profileKey = (id: string) => ({ PK: `CONN#${id}`, SK: 'PROFILE' });
const searchEntryKey = (id: string, place: string) => ({ PK: `CONN#${id}`, SK: `SEARCH#${place}` });
const PENDING_LABELS = 'LABEL#PENDING';

export type SearchPage = { ids: { id: string; position: Position }[]; hasNextPage: boolean };

const toRecord = (item: Record<string, unknown>): ConnecteurRecord =>
  recordOf<ConnecteurRecord>(item, [LABEL_EXPIRES_AT]);

function profileItem(c: ConnecteurRecord) {
  const pending = pendingRequest(c);
  return {
    ...profileKey(c.id),
    ...c,
    ...labelGuardAttributes(c),
    // Sparse index: only connecteurs with a pending request are in the moderators' queue.
    ...(pending ? { GSI2PK: PENDING_LABELS, GSI2SK: `${pending.requestedAt}#${c.id}` } : {}),
  };
}

function searchEntryItem(e: SearchEntry) {
  return {
    ...searchEntryKey(e.connecteurId, e.place),
    GSI1PK: `CSEARCH#${e.place}`,
    GSI1SK: `${e.searchName}#${e.connecteurId}`,
    ...e,
  };
}

/** Every item of one connecteur: its profile first, then its search entries (bulk loads use this too). */
export const connecteurItems = (c: ConnecteurRecord, now: Date): Record<string, unknown>[] => [
  profileItem(c),
  ...searchEntriesOf(c, now).map(searchEntryItem),
];

export class ConnecteurStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Connecteur by id. */
  async get(id: string): Promise<ConnecteurRecord | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: profileKey(id) }));
    return Item ? toRecord(Item) : undefined;
  }

  /** Connecteurs by ids, one BatchGetItem per 100 (DataLoader batch function). */
  async getMany(ids: readonly string[]): Promise<ConnecteurRecord[]> {
    const items = await batchGetItems<Record<string, unknown>>(this.db, this.tableName, ids.map(profileKey));
    return items.map(toRecord);
  }

  /** A new profile and its search entries; the profile id is unique per token subject. `extra`: written with it. */
  async create(c: ConnecteurRecord, now: Date, extra: TransactItems = []): Promise<void> {
    const items: TransactItems = [
      {
        Put: {
          TableName: this.tableName,
          Item: profileItem(c),
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      ...searchEntriesOf(c, now).map((e) => ({
        Put: { TableName: this.tableName, Item: searchEntryItem(e) },
      })),
      // Programme indicators (connecteurs declared and labelled per region) move with the profile.
      ...counterItems(this.tableName, connecteurCounterChanges(undefined, c)),
      ...extra,
    ];
    await writeParts(
      this.db,
      items.map((item, i) => ({
        item,
        ...(i === 0 ? { onConditionFailed: () => conflict('Vous avez déjà un profil de connecteur.') } : {}),
      })),
    );
  }

  /**
   * Guards a write of another domain on the connecteur having no capital link with any of these SIRENs, so a link
   * declared while the write was being prepared still refuses it.
   */
  noCapitalLinkGuard(
    connecteurId: string,
    sirens: readonly string[],
    onConditionFailed: () => Error,
  ): TransactPart {
    const values = Object.fromEntries(sirens.map((siren, i) => [`:siren${i}`, siren]));
    const unlinked = sirens.map((_, i) => `NOT contains(capitalLinks, :siren${i})`).join(' AND ');
    return {
      item: {
        ConditionCheck: {
          TableName: this.tableName,
          Key: profileKey(connecteurId),
          ConditionExpression: `attribute_exists(PK) AND (attribute_not_exists(capitalLinks) OR (${unlinked}))`,
          ExpressionAttributeValues: values,
        },
      },
      onConditionFailed,
    };
  }

  /**
   * Guards a write of another domain (the chèque numérique's decision and payment) on an attestation by this
   * connecteur still standing at `now`: labelled at that instant (a granted label not revoked, not expired) and no
   * capital link with any of these SIRENs. A link declared or a label revoked while the write was being prepared
   * refuses it. One ConditionCheck: label and links live in the same profile item.
   */
  attestationStandsGuard(
    connecteurId: string,
    sirens: readonly string[],
    now: Date,
    onConditionFailed: () => Error,
  ): TransactPart {
    return attestationStandsCondition(
      this.tableName,
      profileKey(connecteurId),
      sirens,
      now,
      onConditionFailed,
    );
  }

  /** The notifications and reminders of a change, as items of its transaction. */
  noticeItems(notices: Notices, at: string): TransactItems {
    return noticeParts(notices, { tableName: this.tableName, at }).map((p) => p.item);
  }

  /** A reminder of a label's end applies while the profile still holds that label (not revoked, not replaced). */
  stillLabelledGuard(connecteurId: string, expiresAt: string): ReminderGuard {
    return {
      key: profileKey(connecteurId),
      condition: 'labelExpiresAt = :expiresAt',
      values: { ':expiresAt': expiresAt },
    };
  }

  /**
   * Replaces a profile read at `previous.version` and brings its search entries in line, in one transaction.
   * A concurrent write in between makes the version check fail: CONFLICT, nothing written.
   */
  async save(
    previous: ConnecteurRecord,
    next: ConnecteurRecord,
    now: Date,
    extra: TransactItems = [],
  ): Promise<void> {
    const entries = searchEntriesOf(next, now);
    const kept = new Set(entries.map((e) => e.place));
    const stale = searchEntriesOf(previous, now).filter((e) => !kept.has(e.place));
    const items: TransactItems = [
      {
        Put: {
          TableName: this.tableName,
          Item: profileItem(next),
          ConditionExpression: 'version = :version',
          ExpressionAttributeValues: { ':version': previous.version },
        },
      },
      ...entries.map((e) => ({ Put: { TableName: this.tableName, Item: searchEntryItem(e) } })),
      ...stale.map((e) => ({
        Delete: { TableName: this.tableName, Key: searchEntryKey(e.connecteurId, e.place) },
      })),
      ...counterItems(this.tableName, connecteurCounterChanges(previous, next)),
      ...extra,
    ];
    await writeParts(
      this.db,
      items.map((item) => ({ item, onConditionFailed: () => staleVersion() })),
    );
  }

  /** Connecteurs of one place in name order, filtered; reads on until the page is full or the place exhausted. */
  async search(search: ConnecteurSearch, now: Date, limit: number, after?: Position): Promise<SearchPage> {
    const filters: string[] = [];
    const values: Record<string, unknown> = { ':place': `CSEARCH#${search.place}` };
    search.themes?.forEach((theme, i) => (values[`:theme${i}`] = theme));
    if (search.themes?.length)
      filters.push(`(${search.themes.map((_, i) => `contains(themes, :theme${i})`).join(' OR ')})`);
    if (search.tier === 'LABELLED') filters.push('labelExpiresAt > :now');
    if (search.tier === 'VOLUNTEER')
      filters.push('(attribute_not_exists(labelExpiresAt) OR labelExpiresAt <= :now)');
    if (search.tier) values[':now'] = now.toISOString();
    if (search.acceptsNewPmes !== undefined) {
      filters.push('acceptsNewPmes = :accepts');
      values[':accepts'] = search.acceptsNewPmes;
    }
    if (search.text) {
      filters.push('contains(searchName, :text)');
      values[':text'] = search.text;
    }
    // Filtered reads skip items, so read wider chunks to fill a page in one request most of the time.
    const chunk = filters.length ? Math.min(1000, (limit + 1) * 10) : limit + 1;
    let startKey: Record<string, string> | undefined = after?.id
      ? {
          ...searchEntryKey(after.id, search.place),
          GSI1PK: `CSEARCH#${search.place}`,
          GSI1SK: after.sk ?? '',
        }
      : undefined;
    const found: { id: string; position: Position }[] = [];
    do {
      const page = await query(this.db, {
        TableName: this.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :place',
        ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
        ExpressionAttributeValues: values,
        ExclusiveStartKey: startKey,
        Limit: chunk,
        ProjectionExpression: 'connecteurId, GSI1SK',
      });
      for (const item of page.Items ?? []) {
        found.push({
          id: String(item.connecteurId),
          position: { id: String(item.connecteurId), sk: String(item.GSI1SK) },
        });
        if (found.length > limit) break;
      }
      startKey = page.LastEvaluatedKey as Record<string, string> | undefined;
    } while (found.length <= limit && startKey);
    return { ids: found.slice(0, limit), hasNextPage: found.length > limit };
  }

  /** Connecteurs whose label request awaits a moderator, oldest request first. */
  async pendingLabelRequests(limit: number, after?: Position): Promise<Page<ConnecteurRecord>> {
    return queryPage(
      this.db,
      {
        TableName: this.tableName,
        IndexName: 'GSI2',
        KeyConditionExpression: 'GSI2PK = :pending',
        ExpressionAttributeValues: { ':pending': PENDING_LABELS },
      },
      {
        limit,
        startKey: after?.id
          ? { ...profileKey(after.id), GSI2PK: PENDING_LABELS, GSI2SK: after.sk ?? '' }
          : undefined,
      },
      toRecord,
    );
  }
}

export const pendingLabelPosition = (c: ConnecteurRecord): Position => ({
  id: c.id,
  sk: `${pendingRequest(c)?.requestedAt ?? ''}#${c.id}`,
});
