import { DeleteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { getRecord, queryAll } from '../shared/query.js';
import { recordOf } from '../shared/table.js';
import { partsOf, writeTransaction } from '../shared/transactions.js';
import { applicationKey } from './keys.js';
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
};

export const DOCUMENT_PREFIX = 'DOC#';
const documentKey = (applicationId: string, id: string) => ({
  PK: `SUBAPP#${applicationId}`,
  SK: `${DOCUMENT_PREFIX}${id}`,
});

/** Raised when the file is no longer in a status that takes this kind of document. */
export class DocumentRefused extends Error {}

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

  /** PENDING → READY once; false when it was not pending any more (confirmed twice at once, or deleted). */
  async markReady(applicationId: string, id: string, at: string): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: documentKey(applicationId, id),
          UpdateExpression: 'SET #status = :ready, checkedAt = :at',
          ConditionExpression: '#status = :pending',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':ready': 'READY', ':pending': 'PENDING', ':at': at },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** A kept document of an erased company's file: a neutral name, no uploader (account deletion). */
  async pseudonymise(applicationId: string, id: string, fileName: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: documentKey(applicationId, id),
        UpdateExpression: 'SET fileName = :name REMOVE uploadedBySub',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':name': fileName },
      }),
    );
  }

  async remove(applicationId: string, id: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: documentKey(applicationId, id) }));
  }

  /** A file's documents, oldest first (a file has a handful: one Query on its partition). */
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
}
