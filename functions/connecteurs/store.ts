import type { Page, Position } from '../shared/pagination.js';
import { queryPage } from '../shared/query.js';
import { noticeParts, type Notices, type ReminderGuard } from '../shared/reminders.js';
import { recordOf } from '../shared/table.js';
import { type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { getItem } from '../shared/reads.js';
import { batchGetItems } from '../shared/batch.js';
import { conflict, staleVersion } from '../shared/errors.js';
import { connecteurCounterChanges } from '../indicators/index.js';
import { counterItems } from '../indicators/index.js';
import { queryAll } from '../shared/query.js';
import {
  TRANSACTION_ITEMS,
  writeParts,
  type TransactPart,
  type TransactItems,
} from '../shared/transactions.js';
import type { ConnecteurRecord } from './records.js';
import { pendingRequest } from './label.js';
import { attestationStandsCondition, LABEL_EXPIRES_AT, labelGuardAttributes } from './attestation-guard.js';
import {
  partitionOf,
  searchEntriesOf,
  searchPartition,
  type ConnecteurSearch,
  type SearchEntry,
} from './search.js';
import { entryOf, entryWrites, type EntryWrites } from './search-entries.js';
import { packedCard, storedCard, type ConnecteurCard } from './card.js';

// The only file that knows how connecteurs are laid out in the table (docs/data-model.md, "Connecteurs").
const profileKey = (id: string) => ({ PK: `CONN#${id}`, SK: 'PROFILE' });
/** `partition`: the place, or `<place>#THEME#<theme>` for a themed entry (search.ts `partitionOf`). */
const searchEntryKey = (id: string, partition: string) => ({ PK: `CONN#${id}`, SK: `SEARCH#${partition}` });
const PENDING_LABELS = 'LABEL#PENDING';

/** A search's page in order: each connecteur's id, position and, when asked and its entry has one, its card. */
export type SearchPage = {
  ids: { id: string; position: Position; card?: ConnecteurCard }[];
  hasNextPage: boolean;
};

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

function searchEntryItem({ card, ...e }: SearchEntry) {
  return {
    ...searchEntryKey(e.connecteurId, partitionOf(e)),
    GSI1PK: `CSEARCH#${partitionOf(e)}`,
    GSI1SK: `${e.searchName}#${e.connecteurId}`,
    ...e,
    ...(card ? { card: packedCard(card) } : {}),
  };
}

/** A later transaction of a write found the profile at another version: a newer write brings the entries in line. */
class Superseded extends Error {}

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
    const item = await getItem(this.db, this.tableName, profileKey(id), false);
    return item ? toRecord(item) : undefined;
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
      // Programme indicators (connecteurs declared and labelled per region) move with the profile.
      ...counterItems(this.tableName, connecteurCounterChanges(undefined, c)),
      ...extra,
    ];
    await this.writeWithEntries(
      items.map((item, i) => ({
        item,
        ...(i === 0 ? { onConditionFailed: () => conflict('Vous avez déjà un profil de connecteur.') } : {}),
      })),
      c,
      entryWrites([], [], searchEntriesOf(c, now)),
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
    const stored = await this.storedEntries(previous.id);
    const items: TransactItems = [
      {
        Put: {
          TableName: this.tableName,
          Item: profileItem(next),
          ConditionExpression: 'version = :version',
          ExpressionAttributeValues: { ':version': previous.version },
        },
      },
      ...counterItems(this.tableName, connecteurCounterChanges(previous, next)),
      ...extra,
    ];
    await this.writeWithEntries(
      items.map((item) => ({ item, onConditionFailed: () => staleVersion() })),
      next,
      entryWrites(stored, searchEntriesOf(previous, now), searchEntriesOf(next, now)),
    );
  }

  /**
   * Brings a profile's search entries in line with it, without changing the profile (data written before an entry
   * kind existed, or a write stopped between its transactions). Answers how many entries were put or deleted.
   */
  async refreshSearchEntries(id: string, now: Date): Promise<number> {
    const [profile, stored] = await Promise.all([this.get(id), this.storedEntries(id)]);
    const writes = entryWrites(stored, stored, profile ? searchEntriesOf(profile, now) : []);
    if (!profile || writes.put.length + writes.remove.length === 0) return 0;
    await this.writeWithEntries([], profile, writes);
    return writes.put.length + writes.remove.length;
  }

  /** Every search entry stored for a connecteur, read strongly consistent: the write that follows decides on it. */
  private async storedEntries(id: string): Promise<SearchEntry[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :search)',
      ExpressionAttributeValues: { ':pk': profileKey(id).PK, ':search': 'SEARCH#' },
      ConsistentRead: true,
    });
    return items.map(entryOf);
  }

  /**
   * The profile's write (`first`: the profile and what moves with it) with its entries' puts and deletes, the
   * per-place ones first. What does not fit in that transaction (a connecteur serving many départements with many
   * themes) follows in transactions of their own, each under a check that the profile is still at `profile.version`:
   * once a newer write committed, it brings the entries in line itself and this one stops (docs/data-model.md).
   */
  private async writeWithEntries(first: TransactPart[], profile: ConnecteurRecord, writes: EntryWrites) {
    const themed = (partition: string) => partition.includes('#THEME#');
    const put = (e: SearchEntry) => ({ Put: { TableName: this.tableName, Item: searchEntryItem(e) } });
    const remove = (partition: string) => ({
      Delete: { TableName: this.tableName, Key: searchEntryKey(profile.id, partition) },
    });
    const entryItems: TransactItems = [
      ...writes.put.filter((e) => !e.theme).map(put),
      ...writes.remove.filter((p) => !themed(p)).map(remove),
      ...writes.put.filter((e) => e.theme).map(put),
      ...writes.remove.filter(themed).map(remove),
    ];
    const room = first.length ? TRANSACTION_ITEMS - first.length : 0;
    if (first.length) {
      const onConditionFailed = () => staleVersion();
      await writeParts(this.db, [
        ...first,
        ...entryItems.slice(0, room).map((item) => ({ item, onConditionFailed })),
      ]);
    }
    const versionCheck: TransactPart = {
      item: {
        ConditionCheck: {
          TableName: this.tableName,
          Key: profileKey(profile.id),
          ConditionExpression: 'version = :version',
          ExpressionAttributeValues: { ':version': profile.version },
        },
      },
      onConditionFailed: () => new Superseded(),
    };
    const rest = entryItems.slice(room);
    try {
      for (let i = 0; i < rest.length; i += TRANSACTION_ITEMS - 1) {
        const chunk = rest.slice(i, i + TRANSACTION_ITEMS - 1);
        await writeParts(this.db, [versionCheck, ...chunk.map((item) => ({ item }))]);
      }
    } catch (error) {
      if (!(error instanceof Superseded)) throw error;
    }
  }

  /**
   * Connecteurs of one place in name order, filtered; reads on until the page is full or the place exhausted.
   * `withCards`: with the cards the entries carry (the themed ones), so the caller need not read those profiles.
   */
  async search(
    search: ConnecteurSearch,
    now: Date,
    limit: number,
    after?: Position,
    withCards = false,
  ): Promise<SearchPage> {
    const { partition, filterThemes } = searchPartition(search);
    const filters: string[] = [];
    const values: Record<string, unknown> = { ':place': `CSEARCH#${partition}` };
    if (filterThemes && search.themes?.length) {
      search.themes.forEach((theme, i) => (values[`:theme${i}`] = theme));
      filters.push(`(${search.themes.map((_, i) => `contains(themes, :theme${i})`).join(' OR ')})`);
    }
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
    const page = await queryPage(
      this.db,
      {
        TableName: this.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :place',
        ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
        ExpressionAttributeValues: values,
        ProjectionExpression: withCards ? 'connecteurId, GSI1SK, card' : 'connecteurId, GSI1SK',
      },
      {
        limit,
        startKey: after?.id
          ? {
              ...searchEntryKey(after.id, partition),
              GSI1PK: `CSEARCH#${partition}`,
              GSI1SK: after.sk ?? '',
            }
          : undefined,
        readAhead: filters.length ? 10 : 1,
      },
      (item) => {
        const position = { id: String(item.connecteurId), sk: String(item.GSI1SK) };
        const card = withCards ? storedCard(item.card) : undefined;
        return { id: position.id, position, ...(card ? { card } : {}) };
      },
    );
    return { ids: page.records, hasNextPage: page.hasNextPage };
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
