import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Role } from '../shared/auth.js';
import { batchDeleteItems, batchGetRecords } from '../shared/batch.js';
import type { NotificationCategory } from '../shared/notifications.js';
import type { Page } from '../shared/pagination.js';
import { queryAll, queryPage, queryPages } from '../shared/query.js';
import { recordOf } from '../shared/table.js';
import type {
  AccountRecord,
  CategoryPreference,
  DigestEntryRecord,
  NotificationRecord,
  SuppressionRecord,
} from './records.js';

// The only file that knows how notifications are laid out in the table (docs/data-model.md, "Notifications").
const accountKey = (sub: string) => ({ PK: `ACCOUNT#${sub}`, SK: 'ACCOUNT' });
/** The directory index of an account that is told as a group: the agents of a region, the moderators. */
const accountGroup = (role: Role, regionCode: string | undefined) =>
  role === 'REGION_AGENT' && regionCode
    ? `ACCOUNTS#REGION_AGENT#${regionCode}`
    : role === 'MODERATOR'
      ? 'ACCOUNTS#MODERATOR'
      : undefined;
const notificationKey = (sub: string, position: string) => ({ PK: `NOTIFS#${sub}`, SK: position });
/** Delivered once per notification and account: written with the in-app item, under attribute_not_exists. */
const deliveryKey = (notificationId: string, sub: string) => ({ PK: `NOTIFDONE#${notificationId}`, SK: sub });
const digestKey = (sub: string, position: string) => ({ PK: `DIGEST#${sub}`, SK: position });
const DIGEST_DUE = 'DIGESTDUE';
const suppressionKey = (email: string) => ({ PK: `MAILSUPPRESS#${email}`, SK: 'SUPPRESSION' });

/** Where a notification sits in its account's list: newest last in key order, so a Query reads it backwards. */
export const positionOf = (createdAt: string, notificationId: string) => `${createdAt}#${notificationId}`;

/** The state of a delivery to one account: the e-mail still to send, or everything done. */
export type DeliveryState = 'EMAIL_PENDING' | 'DONE';

export class NotificationStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  // ----- The accounts directory -----

  /** Records (or refreshes) an account from its token, keeping its preferences. */
  async recordAccount(account: Omit<AccountRecord, 'preferences'>): Promise<void> {
    const group = accountGroup(account.role, account.regionCode);
    // The first sighting only: refreshing with the same token leaves the item exactly as it was.
    const set = ['#role = :role', 'seenAt = if_not_exists(seenAt, :seenAt)'];
    const remove: string[] = [];
    const values: Record<string, unknown> = { ':role': account.role, ':seenAt': account.seenAt };
    const names: Record<string, string> = { '#role': 'role' };
    for (const [field, value] of [
      ['regionCode', account.regionCode],
      ['email', account.email],
      ['GSI2PK', group],
      ['GSI2SK', group ? account.sub : undefined],
    ] as const) {
      if (value === undefined) remove.push(field);
      else {
        set.push(`${field} = :${field}`);
        values[`:${field}`] = value;
      }
    }
    set.push('#sub = :sub');
    names['#sub'] = 'sub';
    values[':sub'] = account.sub;
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: accountKey(account.sub),
        UpdateExpression: `SET ${set.join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
  }

  /** Accounts by subject, one BatchGetItem per 100. */
  async accounts(subs: readonly string[]): Promise<AccountRecord[]> {
    return batchGetRecords<AccountRecord>(this.db, this.tableName, subs.map(accountKey));
  }

  /** The subjects of the agents of a region (GSI2 `ACCOUNTS#REGION_AGENT#<region>`). */
  agentsOf(regionCode: string): Promise<string[]> {
    return this.groupMembers(`ACCOUNTS#REGION_AGENT#${regionCode}`);
  }

  /** The subjects of the moderators (GSI2 `ACCOUNTS#MODERATOR`). */
  moderators(): Promise<string[]> {
    return this.groupMembers('ACCOUNTS#MODERATOR');
  }

  private async groupMembers(group: string): Promise<string[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: 'GSI2',
      KeyConditionExpression: 'GSI2PK = :group',
      ExpressionAttributeValues: { ':group': group },
      ProjectionExpression: '#sub',
      ExpressionAttributeNames: { '#sub': 'sub' },
    });
    return items.map((item) => String(item.sub));
  }

  /** Sets one category's preference; the account must exist (it does once its owner called the API). */
  async setPreferences(
    sub: string,
    preferences: Partial<Record<NotificationCategory, CategoryPreference>>,
  ): Promise<void> {
    const entries = Object.entries(preferences);
    if (entries.length === 0) return;
    await this.db
      .send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: accountKey(sub),
          // One attribute per category, so two updates of different categories never overwrite each other.
          UpdateExpression: `SET ${entries.map((_, i) => `preferences.#c${i} = :p${i}`).join(', ')}`,
          ConditionExpression: 'attribute_exists(preferences)',
          ExpressionAttributeNames: Object.fromEntries(entries.map(([c], i) => [`#c${i}`, c])),
          ExpressionAttributeValues: Object.fromEntries(entries.map(([, p], i) => [`:p${i}`, p])),
        }),
      )
      .catch(async (error: Error) => {
        if (error.name !== 'ConditionalCheckFailedException') throw error;
        // First choice of this account: create the map (still keeping any other attribute).
        await this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: accountKey(sub),
            UpdateExpression: 'SET preferences = if_not_exists(preferences, :empty)',
            ExpressionAttributeValues: { ':empty': {} },
          }),
        );
        await this.setPreferences(sub, preferences);
      });
  }

  // ----- Suppressed addresses (SES bounces and complaints) -----

  async suppress(record: SuppressionRecord): Promise<void> {
    await this.db.send(
      new PutCommand({ TableName: this.tableName, Item: { ...suppressionKey(record.email), ...record } }),
    );
  }

  /** The suppressed ones among these addresses. */
  async suppressions(emails: readonly string[]): Promise<SuppressionRecord[]> {
    const unique = [...new Set(emails)];
    return batchGetRecords<SuppressionRecord>(this.db, this.tableName, unique.map(suppressionKey));
  }

  // ----- Delivery -----

  /**
   * Writes the in-app notification of one account, its digest entry if any and its delivery marker in one
   * transaction, once: a second delivery of the same notification to the same account writes nothing and answers
   * the state the first one left (the e-mail may still be to send, if the first delivery stopped before it).
   */
  async deliver(
    notification: NotificationRecord,
    state: DeliveryState,
    digest: boolean,
  ): Promise<{ first: boolean; state: DeliveryState }> {
    const position = positionOf(notification.createdAt, notification.notificationId);
    const { sub } = notification;
    const entry: DigestEntryRecord = {
      sub,
      notificationId: notification.notificationId,
      category: notification.category,
      title: notification.title,
      body: notification.body,
      link: notification.link,
      createdAt: notification.createdAt,
    };
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...deliveryKey(notification.notificationId, sub), state, position },
                ConditionExpression: 'attribute_not_exists(PK)',
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...notificationKey(sub, position),
                  ...notification,
                  GSI1PK: `UNREAD#${sub}`,
                  GSI1SK: position,
                },
              },
            },
            ...(digest
              ? [
                  {
                    Put: {
                      TableName: this.tableName,
                      Item: {
                        ...digestKey(sub, position),
                        ...entry,
                        GSI3PK: DIGEST_DUE,
                        GSI3SK: `${sub}#${position}`,
                      },
                    },
                  },
                ]
              : []),
          ],
        }),
      );
      return { first: true, state };
    } catch (error) {
      const reason =
        error instanceof TransactionCanceledException ? error.CancellationReasons?.[0] : undefined;
      if (reason?.Code !== 'ConditionalCheckFailed') throw error;
      const old = reason.Item ? unmarshall(reason.Item as Parameters<typeof unmarshall>[0]) : {};
      return { first: false, state: old.state === 'EMAIL_PENDING' ? 'EMAIL_PENDING' : 'DONE' };
    }
  }

  /** The e-mail of this delivery went out. */
  async emailSent(notificationId: string, sub: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: deliveryKey(notificationId, sub),
        UpdateExpression: 'SET #state = :done',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':done': 'DONE' },
      }),
    );
  }

  /**
   * Forgets an account (its PME deleted the company's account): the account item with its address and preferences,
   * its in-app notifications and what waited for its digest. Idempotent; the delivery markers keep only ids.
   */
  async eraseAccount(sub: string): Promise<void> {
    const keysOf = async (pk: string) =>
      (
        await queryAll(this.db, {
          TableName: this.tableName,
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': pk },
          ProjectionExpression: 'PK, SK',
        })
      ).map((item) => ({ PK: item.PK, SK: item.SK }));
    const keys = [accountKey(sub), ...(await keysOf(`NOTIFS#${sub}`)), ...(await keysOf(`DIGEST#${sub}`))];
    await batchDeleteItems(this.db, this.tableName, keys);
  }

  // ----- Digests -----

  /** Every digest entry waiting, grouped by account (GSI3 `DIGESTDUE`, small: one day of a few categories). */
  async dueDigests(): Promise<Map<string, DigestEntryRecord[]>> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: 'GSI3',
      KeyConditionExpression: 'GSI3PK = :due',
      ExpressionAttributeValues: { ':due': DIGEST_DUE },
    });
    const bySub = new Map<string, DigestEntryRecord[]>();
    for (const item of items) {
      const entry = recordOf<DigestEntryRecord>(item);
      bySub.set(entry.sub, [...(bySub.get(entry.sub) ?? []), entry]);
    }
    return bySub;
  }

  /** Removes the entries a digest carried. */
  async clearDigest(entries: readonly DigestEntryRecord[]): Promise<void> {
    for (const entry of entries) {
      await this.db.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: digestKey(entry.sub, positionOf(entry.createdAt, entry.notificationId)),
        }),
      );
    }
  }

  // ----- The in-app list -----

  /** An account's notifications, newest first (all, or the unread ones on GSI1 `UNREAD#<sub>`). */
  async list(
    sub: string,
    limit: number,
    unreadOnly: boolean,
    after?: string,
  ): Promise<Page<NotificationRecord>> {
    return queryPage<NotificationRecord>(
      this.db,
      {
        TableName: this.tableName,
        ...(unreadOnly
          ? {
              IndexName: 'GSI1',
              KeyConditionExpression: `GSI1PK = :pk${after ? ' AND GSI1SK < :after' : ''}`,
              ExpressionAttributeValues: { ':pk': `UNREAD#${sub}`, ...(after ? { ':after': after } : {}) },
            }
          : {
              KeyConditionExpression: `PK = :pk${after ? ' AND SK < :after' : ''}`,
              ExpressionAttributeValues: { ':pk': `NOTIFS#${sub}`, ...(after ? { ':after': after } : {}) },
            }),
        ScanIndexForward: false,
      },
      { limit },
    );
  }

  /** How many notifications the account has not read (a count on GSI1, no item read back). */
  async unreadCount(sub: string): Promise<number> {
    let count = 0;
    for await (const page of queryPages(this.db, {
      TableName: this.tableName,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': `UNREAD#${sub}` },
      Select: 'COUNT',
    }))
      count += page.Count ?? 0;
    return count;
  }

  /** The positions of every unread notification of the account. */
  async unreadPositions(sub: string): Promise<string[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': `UNREAD#${sub}` },
      ProjectionExpression: 'SK',
    });
    return items.map((item) => String(item.SK));
  }

  /**
   * Marks one notification of this account read, if it is its own and unread (the key is the account's partition:
   * another account's id names no item here). Answers whether it changed.
   */
  async markRead(sub: string, position: string, at: string): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: notificationKey(sub, position),
          UpdateExpression: 'SET readAt = :at REMOVE GSI1PK, GSI1SK',
          ConditionExpression: 'attribute_exists(GSI1PK)',
          ExpressionAttributeValues: { ':at': at },
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }
}
