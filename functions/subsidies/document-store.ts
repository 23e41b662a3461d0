import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchGetItems } from '../shared/batch.js';
import { getRecord, queryAll } from '../shared/query.js';
import { recordOf } from '../shared/table.js';
import { partsOf, writeTransaction } from '../shared/transactions.js';
import { applicationKey, seq } from './keys.js';
import type { SubsidyStatus } from './records.js';

export type SubsidyDocumentKind = 'QUOTE' | 'INVOICE';

/**
 * A quote or invoice of a file (item `SUBAPP#<id>` / `DOC#<documentId>`, in the file's partition): PENDING from the
 * upload link until its bytes are checked, then READY; the bytes are in the document storage under `storageKey`.
 */
export type DocumentRecord = {
  applicationId: string;
  id: string;
  kind: SubsidyDocumentKind;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  storageKey: string;
  status: 'PENDING' | 'READY';
  uploadedBySub: string;
  createdAt: string;
  checkedAt?: string;
  /** Its number among the file's READY documents (1…`documentCount` of the file), once checked. */
  seq?: number;
};

export const DOCUMENT_PREFIX = 'DOC#';
const documentKey = (applicationId: string, id: string) => ({
  PK: `SUBAPP#${applicationId}`,
  SK: `${DOCUMENT_PREFIX}${id}`,
});

/**
 * A checked document again under its number (item `SUBAPP#<id>` / `DOCREADY#<n>`): the file's READY documents are
 * 1…`documentCount`, so a whole list's documents are read with BatchGetItem, like its trails (no Query per file).
 */
const readyDocumentKey = (applicationId: string, n: number) => ({
  PK: `SUBAPP#${applicationId}`,
  SK: `DOCREADY#${seq(n)}`,
});

/** Raised when the file is no longer in a status that takes this kind of document. */
export class DocumentRefused extends Error {}

/** What confirming a document did: done, already not pending, or the file's count moved meanwhile (read again). */
export type MarkReady = 'READY' | 'NOT_PENDING' | 'COUNT_MOVED';

/** A file's READY documents to read: `count` is the file's `documentCount` (the key changes with every new one). */
export type ReadyDocumentsKey = { applicationId: string; count: number };

export class SubsidyDocumentStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** A new document, while the file is in one of `statuses` (the guard is in the write, not read before it). */
  async create(document: DocumentRecord, statuses: readonly SubsidyStatus[]): Promise<void> {
    const values = Object.fromEntries(statuses.map((s, i) => [`:s${i}`, s]));
    await writeTransaction(
      this.db,
      partsOf(
        [
          {
            ConditionCheck: {
              TableName: this.tableName,
              Key: applicationKey(document.applicationId),
              ConditionExpression: `#status IN (${Object.keys(values).join(', ')})`,
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: values,
            },
          },
          {
            Put: {
              TableName: this.tableName,
              Item: { ...documentKey(document.applicationId, document.id), ...document },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
        ],
        () => new DocumentRefused(),
      ),
      { contention: 'rethrow' },
    );
  }

  get(applicationId: string, id: string): Promise<DocumentRecord | undefined> {
    return getRecord<DocumentRecord>(this.db, this.tableName, documentKey(applicationId, id), true);
  }

  /**
   * PENDING → READY once, as number `read + 1` of the file's READY documents: the document's status (guard
   * PENDING), the file's `documentCount` (guard: still `read`) and the numbered copy, in one transaction.
   */
  async markReady(document: DocumentRecord, read: number, at: string): Promise<MarkReady> {
    const n = read + 1;
    const ready: DocumentRecord = { ...document, status: 'READY', checkedAt: at, seq: n };
    let outcome: MarkReady = 'READY';
    try {
      await writeTransaction(
        this.db,
        [
          {
            item: {
              Update: {
                TableName: this.tableName,
                Key: documentKey(document.applicationId, document.id),
                UpdateExpression: 'SET #status = :ready, checkedAt = :at, seq = :n',
                ConditionExpression: '#status = :pending',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: { ':ready': 'READY', ':pending': 'PENDING', ':at': at, ':n': n },
              },
            },
          },
          {
            item: {
              Update: {
                TableName: this.tableName,
                Key: applicationKey(document.applicationId),
                UpdateExpression: 'SET documentCount = :n',
                ConditionExpression:
                  read === 0
                    ? 'attribute_exists(PK) AND (attribute_not_exists(documentCount) OR documentCount = :read)'
                    : 'documentCount = :read',
                ExpressionAttributeValues: { ':n': n, ':read': read },
              },
            },
          },
          {
            item: {
              Put: {
                TableName: this.tableName,
                Item: { ...readyDocumentKey(document.applicationId, n), ...ready },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
          },
        ],
        {
          contention: 'rethrow',
          onCancelled: ({ failed }) => {
            outcome = failed.includes(0) ? 'NOT_PENDING' : 'COUNT_MOVED';
            return new DocumentRefused();
          },
        },
      );
    } catch (error) {
      if (!(error instanceof DocumentRefused)) throw error;
      return outcome;
    }
    return outcome;
  }

  /** Every document of a file, pending or checked (account deletion; not a list's read). */
  async ofFile(applicationId: string): Promise<DocumentRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :doc)',
      ExpressionAttributeValues: { ':pk': `SUBAPP#${applicationId}`, ':doc': DOCUMENT_PREFIX },
    });
    return items
      .map((item) => recordOf<DocumentRecord>(item))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** The document's item and, once checked, its numbered copy. */
  private keysOf(document: DocumentRecord) {
    return [
      documentKey(document.applicationId, document.id),
      ...(document.seq ? [readyDocumentKey(document.applicationId, document.seq)] : []),
    ];
  }

  /** A kept document of an erased company's file: a neutral name, no uploader (account deletion), on both copies. */
  async pseudonymise(document: DocumentRecord, fileName: string): Promise<void> {
    await writeTransaction(
      this.db,
      this.keysOf(document).map((Key) => ({
        item: {
          Update: {
            TableName: this.tableName,
            Key,
            UpdateExpression: 'SET fileName = :name REMOVE uploadedBySub',
            ConditionExpression: 'attribute_exists(PK)',
            ExpressionAttributeValues: { ':name': fileName },
          },
        },
      })),
      { contention: 'rethrow' },
    );
  }

  /** Deletes the document's item and its numbered copy (the file's other numbers stay: a read skips the gap). */
  async remove(document: DocumentRecord): Promise<void> {
    await writeTransaction(
      this.db,
      this.keysOf(document).map((Key) => ({ item: { Delete: { TableName: this.tableName, Key } } })),
      { contention: 'rethrow' },
    );
  }

  /**
   * The READY documents of many files, in order, with one BatchGetItem for all (shared with the other reads of the
   * same tick: shared/batch.ts), keyed `<applicationId>`.
   */
  async ready(files: readonly ReadyDocumentsKey[]): Promise<Map<string, DocumentRecord[]>> {
    const keys = files.flatMap((f) =>
      Array.from({ length: f.count }, (_, i) => readyDocumentKey(f.applicationId, i + 1)),
    );
    const byFile = new Map<string, DocumentRecord[]>();
    for (const item of await batchGetItems<Record<string, unknown>>(this.db, this.tableName, keys)) {
      const document = recordOf<DocumentRecord>(item);
      byFile.set(document.applicationId, [...(byFile.get(document.applicationId) ?? []), document]);
    }
    for (const list of byFile.values()) list.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
    return byFile;
  }
}
