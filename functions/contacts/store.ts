import { SpentClientKey } from '../shared/client-keys.js';
import type { Page, Position } from '../shared/pagination.js';
import { getRecord, queryPage, queryPages } from '../shared/query.js';
import { getItem } from '../shared/reads.js';
import { recordOf } from '../shared/table.js';
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ContactRequestStatus } from '../generated/resolvers-types.js';
import { batchGetRecords } from '../shared/batch.js';
import { conflict } from '../shared/errors.js';
import { inTransactions, writeParts, type TransactPart } from '../shared/transactions.js';
import { noticeParts, type Notices, type ReminderGuard } from '../shared/reminders.js';
import { notificationPart, type NotificationEvent } from '../shared/notifications.js';
import type { ContactMessageRecord, ContactNeedRecord, ContactRequestRecord } from './records.js';

// The only file that knows how contact needs and requests are laid out in the table (docs/data-model.md, "Contacts").
const needKey = (id: string) => ({ PK: `NEED#${id}`, SK: 'NEED' });
const requestKey = (id: string) => ({ PK: `CREQ#${id}`, SK: 'CREQ' });
/** A request's messages live in its partition, in time order. */
const messageKey = (m: Pick<ContactMessageRecord, 'requestId' | 'at' | 'id'>) => ({
  PK: `CREQ#${m.requestId}`,
  SK: `MSG#${m.at}#${m.id}`,
});
/** A message written with a client key: where it is, so that a retry finds it instead of writing it again. */
const messageMarkerKey = (requestId: string, messageId: string) => ({
  PK: `CREQ#${requestId}`,
  SK: `MSGKEY#${messageId}`,
});
/** "This company has written to this connecteur": lets the connecteur propose a follow-up. */
const linkKey = (companyId: string, connecteurId: string) => ({
  PK: `CLINK#${companyId}`,
  SK: `TO#${connecteurId}`,
});
const NEEDS = (companyId: string) => `CNEEDS#${companyId}`;
const INBOX = (connecteurId: string) => `INBOX#${connecteurId}`;
const WAITING = (connecteurId: string) => `INBOX_WAITING#${connecteurId}`;

function requestItem(r: ContactRequestRecord) {
  return {
    ...requestKey(r.id),
    ...r,
    GSI1PK: INBOX(r.connecteurId),
    GSI1SK: `${r.createdAt}#${r.id}`,
    // Sparse index: the requests waiting for this connecteur's answer, oldest wait first (late ones are a prefix).
    ...(r.status === 'PENDING'
      ? { GSI2PK: WAITING(r.connecteurId), GSI2SK: `${r.pendingSince}#${r.id}` }
      : {}),
  };
}

export class ContactStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  commit(parts: TransactPart[]): Promise<void> {
    return writeParts(this.db, parts);
  }

  /** The notifications and reminders of a change, in its transaction. */
  noticeParts(notices: Notices, at: string): TransactPart[] {
    return noticeParts(notices, { tableName: this.tableName, at });
  }

  /** A reminder of a request's wait applies while it still waits, since the same instant. */
  stillWaitingGuard(r: ContactRequestRecord): ReminderGuard {
    return {
      key: requestKey(r.id),
      condition: '#status = :pending AND pendingSince = :since',
      names: { '#status': 'status' },
      values: { ':pending': 'PENDING', ':since': r.pendingSince },
    };
  }

  /** A new need, its requests and the company → connecteur links, in one transaction with the counters. */
  createParts(need: ContactNeedRecord, requests: ContactRequestRecord[], keyed = false): TransactPart[] {
    const put = (Item: Record<string, unknown>, onConditionFailed?: () => Error): TransactPart => ({
      item: { Put: { TableName: this.tableName, Item, ConditionExpression: 'attribute_not_exists(PK)' } },
      ...(onConditionFailed ? { onConditionFailed } : {}),
    });
    return [
      // A keyed need's id comes from its client key: a second write of the same key fails as SpentClientKey.
      put(
        {
          ...needKey(need.id),
          ...need,
          GSI1PK: NEEDS(need.companyId),
          GSI1SK: `${need.createdAt}#${need.id}`,
        },
        keyed ? () => new SpentClientKey() : undefined,
      ),
      ...requests.map((r) => put(requestItem(r))),
      ...requests.map((r) => ({
        item: {
          Update: {
            TableName: this.tableName,
            Key: linkKey(r.companyId, r.connecteurId),
            UpdateExpression:
              'SET companyId = :company, connecteurId = :connecteur, firstAt = if_not_exists(firstAt, :at)',
            ExpressionAttributeValues: {
              ':company': r.companyId,
              ':connecteur': r.connecteurId,
              ':at': r.createdAt,
            },
          },
        },
      })),
    ];
  }

  /** Replaces a request read with `previous`: its status and version are the write's guard. */
  requestPart(previous: ContactRequestRecord, next: ContactRequestRecord): TransactPart {
    return {
      item: {
        Put: {
          TableName: this.tableName,
          Item: requestItem(next),
          ConditionExpression: '#status = :from AND version = :version',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':from': previous.status, ':version': previous.version },
        },
      },
      onConditionFailed: () =>
        conflict('Cette demande a été modifiée entre-temps : rechargez-la puis réessayez.', {
          status: previous.status,
        }),
    };
  }

  async need(id: string): Promise<ContactNeedRecord | undefined> {
    return getRecord<ContactNeedRecord>(this.db, this.tableName, needKey(id), false);
  }

  /** A need as written, read consistently (the need a client key already created). */
  async keyedNeed(id: string): Promise<ContactNeedRecord | undefined> {
    return getRecord<ContactNeedRecord>(this.db, this.tableName, needKey(id), true);
  }

  /** Needs by ids (DataLoader batch). */
  async needs(ids: readonly string[]): Promise<ContactNeedRecord[]> {
    return batchGetRecords<ContactNeedRecord>(this.db, this.tableName, ids.map(needKey));
  }

  /** Requests by ids (DataLoader batch). */
  async requests(ids: readonly string[]): Promise<ContactRequestRecord[]> {
    return batchGetRecords<ContactRequestRecord>(this.db, this.tableName, ids.map(requestKey));
  }

  /** Erases a need's text and author (account deletion); its requests, themes and dates stay for the indicators. */
  needErasurePart(needId: string, text: string): TransactPart {
    return {
      item: {
        Update: {
          TableName: this.tableName,
          Key: needKey(needId),
          UpdateExpression: 'SET #text = :text REMOVE authorSub, contact',
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeNames: { '#text': 'text' },
          ExpressionAttributeValues: { ':text': text },
        },
      },
    };
  }

  /**
   * A new message: the request's count and version move under the guard that it is still open and not full, the
   * message is put, and, with a client key, its marker (a second write of the same key fails as SpentClientKey).
   */
  messageParts(
    message: ContactMessageRecord,
    guard: { openStatuses: readonly ContactRequestStatus[]; maxMessages: number; keyed: boolean },
  ): TransactPart[] {
    const values: Record<string, unknown> = {
      ':zero': 0,
      ':one': 1,
      ':at': message.at,
      ':max': guard.maxMessages,
    };
    guard.openStatuses.forEach((s, i) => (values[`:s${i}`] = s));
    return [
      {
        item: {
          Update: {
            TableName: this.tableName,
            Key: requestKey(message.requestId),
            UpdateExpression:
              'SET messageCount = if_not_exists(messageCount, :zero) + :one, lastMessageAt = :at, version = version + :one',
            ConditionExpression:
              `#status IN (${guard.openStatuses.map((_, i) => `:s${i}`).join(', ')})` +
              ' AND (attribute_not_exists(messageCount) OR messageCount < :max)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: values,
          },
        },
        onConditionFailed: () =>
          conflict('Cette demande a été clôturée entre-temps : rechargez-la, puis rouvrez-la pour écrire.'),
      },
      ...(guard.keyed
        ? [
            {
              item: {
                Put: {
                  TableName: this.tableName,
                  Item: { ...messageMarkerKey(message.requestId, message.id), messageAt: message.at },
                  ConditionExpression: 'attribute_not_exists(PK)',
                },
              },
              onConditionFailed: () => new SpentClientKey(),
            },
          ]
        : []),
      {
        item: {
          Put: {
            TableName: this.tableName,
            Item: { ...messageKey(message), ...message },
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
        onConditionFailed: () => new SpentClientKey(),
      },
    ];
  }

  /** Tells someone once the transaction it belongs to commits (shared/notifications.ts). */
  notificationPart(event: NotificationEvent, at: string): TransactPart {
    return notificationPart(event, { tableName: this.tableName, at });
  }

  /** The message a client key already wrote, if any. */
  async keyedMessage(requestId: string, messageId: string): Promise<ContactMessageRecord | undefined> {
    const marker = await getItem(this.db, this.tableName, messageMarkerKey(requestId, messageId), true);
    if (!marker) return undefined;
    return getRecord<ContactMessageRecord>(
      this.db,
      this.tableName,
      messageKey({ requestId, id: messageId, at: String(marker.messageAt) }),
      true,
    );
  }

  /** A request's messages, oldest first. */
  async messages(requestId: string, limit: number, after?: Position): Promise<Page<ContactMessageRecord>> {
    return queryPage<ContactMessageRecord>(
      this.db,
      {
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :msg)',
        ExpressionAttributeValues: { ':pk': `CREQ#${requestId}`, ':msg': 'MSG#' },
      },
      { limit, startKey: after?.sk ? { PK: `CREQ#${requestId}`, SK: after.sk } : undefined },
    );
  }

  /** Erases the texts of the company's messages on a request (account deletion; idempotent). */
  async eraseCompanyMessages(requestId: string, text: string): Promise<void> {
    const pages = queryPages(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :msg)',
      FilterExpression: '#by = :pme AND #text <> :text',
      ExpressionAttributeNames: { '#by': 'by', '#text': 'text' },
      ExpressionAttributeValues: { ':pk': `CREQ#${requestId}`, ':msg': 'MSG#', ':pme': 'PME', ':text': text },
    });
    for await (const page of pages) {
      const parts = (page.Items ?? []).map((item) => ({
        item: {
          Update: {
            TableName: this.tableName,
            Key: messageKey(recordOf<ContactMessageRecord>(item)),
            UpdateExpression: 'SET #text = :text REMOVE #sub',
            ExpressionAttributeNames: { '#text': 'text', '#sub': 'sub' },
            ExpressionAttributeValues: { ':text': text },
          },
        },
      }));
      await inTransactions(parts, (chunk) => writeParts(this.db, chunk));
    }
  }

  /** Whether a company ever sent a request to a connecteur. */
  async hasWritten(companyId: string, connecteurId: string): Promise<boolean> {
    const { Item } = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: linkKey(companyId, connecteurId),
        ProjectionExpression: 'PK',
      }),
    );
    return Item !== undefined;
  }

  /** A company's needs, newest first. */
  async needsOfCompany(companyId: string, limit: number, after?: Position): Promise<Page<ContactNeedRecord>> {
    return queryPage<ContactNeedRecord>(
      this.db,
      {
        TableName: this.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': NEEDS(companyId) },
        ScanIndexForward: false,
      },
      {
        limit,
        startKey: after?.id
          ? { ...needKey(after.id), GSI1PK: NEEDS(companyId), GSI1SK: after.sk ?? '' }
          : undefined,
      },
    );
  }

  /** A connecteur's inbox, newest first, optionally only some statuses (read on until the page is full). */
  async inbox(
    connecteurId: string,
    statuses: readonly ContactRequestStatus[] | undefined,
    limit: number,
    after?: Position,
  ): Promise<Page<ContactRequestRecord>> {
    const filtered = statuses && statuses.length > 0;
    const values: Record<string, unknown> = { ':pk': INBOX(connecteurId) };
    statuses?.forEach((s, i) => (values[`:s${i}`] = s));
    return queryPage<ContactRequestRecord>(
      this.db,
      {
        TableName: this.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ...(filtered
          ? {
              FilterExpression: '#status IN (' + statuses.map((_, i) => `:s${i}`).join(', ') + ')',
              ExpressionAttributeNames: { '#status': 'status' },
            }
          : {}),
        ExpressionAttributeValues: values,
        ScanIndexForward: false,
      },
      {
        limit,
        startKey: after?.id
          ? { ...requestKey(after.id), GSI1PK: INBOX(connecteurId), GSI1SK: after.sk ?? '' }
          : undefined,
        readAhead: filtered ? 4 : 1,
      },
    );
  }

  /** How many requests have waited for this connecteur's answer since before `cutoff` (one COUNT query). */
  async countWaitingSince(connecteurId: string, cutoff: string): Promise<number> {
    let count = 0;
    const pages = queryPages(this.db, {
      TableName: this.tableName,
      IndexName: 'GSI2',
      KeyConditionExpression: 'GSI2PK = :pk AND GSI2SK < :cutoff',
      ExpressionAttributeValues: { ':pk': WAITING(connecteurId), ':cutoff': cutoff },
      Select: 'COUNT',
    });
    for await (const page of pages) count += page.Count ?? 0;
    return count;
  }
}

export const messagePosition = (m: ContactMessageRecord): Position => ({
  id: m.id,
  sk: `MSG#${m.at}#${m.id}`,
});
export const needPosition = (n: ContactNeedRecord): Position => ({ id: n.id, sk: `${n.createdAt}#${n.id}` });
export const inboxPosition = (r: ContactRequestRecord): Position => ({
  id: r.id,
  sk: `${r.createdAt}#${r.id}`,
});
