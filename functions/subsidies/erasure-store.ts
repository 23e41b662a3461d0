import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAll } from '../shared/query.js';
import { recordOf } from '../shared/table.js';
import { inTransactions, TRANSACTION_ITEMS, type TransactItems } from '../shared/transactions.js';
import {
  applicationKey,
  attestationLinkChanges,
  idempotencyKey,
  ledgerKey,
  setAndRemove,
  TRAIL_PREFIX,
  trailKey,
  type TrailKind,
} from './keys.js';
import type { HistoryEntryRecord, NoteRecord, SubsidyApplicationRecord } from './records.js';
import { transactGuarded } from './write-guards.js';

/** A file's trail read whole, rewritten or deleted: personal-data export and erasure (privacy domain). */
export class SubsidyErasureStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** A file's trail: its history entries, messages, annotations and submission records (one Query on its partition). */
  async fileTrail(applicationId: string): Promise<FileTrail> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': applicationKey(applicationId).PK },
    });
    const trail: FileTrail = { history: [], messages: [], annotations: [], submissions: [] };
    for (const item of items) {
      const sk = String(item.SK);
      if (sk.startsWith(TRAIL_PREFIX.HIST)) trail.history.push(recordOf<HistoryEntryRecord>(item));
      else if (sk.startsWith(TRAIL_PREFIX.MSG)) trail.messages.push(recordOf<NoteRecord>(item));
      else if (sk.startsWith(TRAIL_PREFIX.NOTE)) trail.annotations.push(recordOf<NoteRecord>(item));
      else if (sk.startsWith('SUBMIT#'))
        trail.submissions.push({
          key: sk.slice('SUBMIT#'.length),
          ...(typeof item.sub === 'string' ? { sub: item.sub } : {}),
        });
    }
    return trail;
  }

  /**
   * Rewrites trail entries already erased by the caller (each must still exist) and strips the subject from
   * submission records, 100 items per transaction. Writing the same values twice changes nothing.
   */
  async rewriteTrail(applicationId: string, trail: FileTrail): Promise<void> {
    const rewrite = (kind: TrailKind, n: number, record: object) => ({
      Put: {
        TableName: this.tableName,
        Item: { ...trailKey(applicationId, kind, n), ...record },
        ConditionExpression: 'attribute_exists(PK)',
      },
    });
    const items: TransactItems = [
      ...trail.history.map((h) => rewrite('HIST', h.version, h)),
      ...trail.messages.map((m) => rewrite('MSG', m.seq, m)),
      ...trail.annotations.map((n) => rewrite('NOTE', n.seq, n)),
      ...trail.submissions.map((s) => ({
        Update: {
          TableName: this.tableName,
          Key: idempotencyKey(applicationId, s.key),
          UpdateExpression: 'REMOVE #sub',
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeNames: { '#sub': 'sub' },
        },
      })),
    ];
    await inTransactions(items, (chunk) =>
      transactGuarded(
        this.db,
        chunk,
        chunk.map(() => 'APPLICATION'),
      ),
    );
  }

  /**
   * Deletes a draft (account deletion, privacy domain) with its trail and its programme's DRAFT counter, under
   * `status = DRAFT AND version = :read`. Trail items beyond what one transaction holds go first (deleting them
   * again changes nothing); the file goes last, so a retry finds it and finishes.
   */
  async deleteDraft({ draft, trail }: DraftDeletion): Promise<void> {
    const keys = [
      ...trail.history.map((h) => trailKey(draft.id, 'HIST', h.version)),
      ...trail.messages.map((m) => trailKey(draft.id, 'MSG', m.seq)),
      ...trail.annotations.map((n) => trailKey(draft.id, 'NOTE', n.seq)),
      ...trail.submissions.map((s) => idempotencyKey(draft.id, s.key)),
    ].map((Key) => ({ Delete: { TableName: this.tableName, Key } }));
    const last: TransactItems = [
      {
        Delete: {
          TableName: this.tableName,
          Key: applicationKey(draft.id),
          ConditionExpression: '#cStatus = :draft AND #cVersion = :cVersion',
          ExpressionAttributeNames: { '#cStatus': 'status', '#cVersion': 'version' },
          ExpressionAttributeValues: { ':draft': 'DRAFT', ':cVersion': draft.version },
        },
      },
      {
        Update: {
          TableName: this.tableName,
          Key: ledgerKey(draft.programId),
          UpdateExpression: 'ADD countDRAFT :minusOne',
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeValues: { ':minusOne': -1 },
        },
      },
      ...attestationLinkChanges(this.tableName, draft, { ...draft, trustedThirdPartyId: undefined }),
    ];
    const room = TRANSACTION_ITEMS - last.length;
    const early = keys.slice(0, Math.max(0, keys.length - room));
    await inTransactions(early, (chunk) =>
      transactGuarded(
        this.db,
        chunk,
        chunk.map(() => undefined),
      ),
    );
    const items = [...keys.slice(early.length), ...last];
    await transactGuarded(
      this.db,
      items,
      items.map((_, i) => (i === keys.length - early.length ? 'APPLICATION' : undefined)),
    );
  }

  /**
   * The file's own erasure, at version + 1 with its history entry: under `status = :read AND version = :read`, so a
   * transition computed from the file before erasure cannot write its texts back (it fails and reads again).
   * Only the named attributes change: the ledger, the standing, the counters and the list positions do not.
   */
  async eraseFile(
    previous: SubsidyApplicationRecord,
    changes: { set: Record<string, unknown>; remove: string[] },
    history: HistoryEntryRecord,
  ): Promise<void> {
    const update = setAndRemove({ ...changes.set, version: history.version }, changes.remove);
    await transactGuarded(
      this.db,
      [
        {
          Update: {
            TableName: this.tableName,
            Key: applicationKey(previous.id),
            UpdateExpression: update.UpdateExpression,
            ConditionExpression: '#cStatus = :cStatus AND #cVersion = :cVersion',
            ExpressionAttributeNames: { ...update.names, '#cStatus': 'status', '#cVersion': 'version' },
            ExpressionAttributeValues: {
              ...update.values,
              ':cStatus': previous.status,
              ':cVersion': previous.version,
            },
          },
        },
        {
          Put: {
            TableName: this.tableName,
            Item: { ...trailKey(previous.id, 'HIST', history.version), ...history },
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
      ],
      ['APPLICATION', 'APPLICATION'],
    );
  }
}

/** The items of a draft to delete with it: its partition's trail, its link to a trusted third party. */
export type DraftDeletion = {
  draft: SubsidyApplicationRecord;
  trail: FileTrail;
};

/** What a file's partition holds besides the file itself (privacy: export and erasure). */
export type FileTrail = {
  history: HistoryEntryRecord[];
  messages: NoteRecord[];
  annotations: NoteRecord[];
  /** Submission records (idempotency keys), with the submitter's subject while it is kept. */
  submissions: { key: string; sub?: string }[];
};
