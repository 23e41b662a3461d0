import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { getRecord } from '../shared/query.js';
import { idForSubject } from '../shared/identifiers.js';
import { writeParts, type TransactPart } from '../shared/transactions.js';
import type { AccountDeletionReceipt } from './records.js';

// The only file that knows how deletion receipts are laid out (docs/data-model.md, "Personal data"). The key is a
// hash of the token subject and the item holds no company id: the subject maps to the fact of its deletion only.
const receiptKey = (sub: string) => ({ PK: `ERASED#${idForSubject('erasure', sub)}`, SK: 'RECEIPT' });

export class PrivacyStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Runs parts contributed by several stores as one transaction. */
  commit(parts: TransactPart[]): Promise<void> {
    return writeParts(this.db, parts);
  }

  /** The receipt of the subject's deletion, read strongly (a concurrent deletion may have just written it). */
  async receipt(sub: string): Promise<AccountDeletionReceipt | undefined> {
    return getRecord<AccountDeletionReceipt>(this.db, this.tableName, receiptKey(sub), true);
  }

  /** Written with the deletion's last step; a later deletion of a new company of the same user replaces it. */
  receiptPart(sub: string, receipt: AccountDeletionReceipt): TransactPart {
    return { item: { Put: { TableName: this.tableName, Item: { ...receiptKey(sub), ...receipt } } } };
  }
}
