import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchGetRecords } from '../shared/batch.js';
import { getRecord, queryRecords } from '../shared/query.js';
import type { TransactItems } from '../shared/transactions.js';
import { ALL_PROGRAMS, emptyLedger, ledgerItem, ledgerKey, programItem, programKey } from './keys.js';
import type { SubsidyLedgerRecord, SubsidyProgramRecord } from './records.js';
import { transactGuarded } from './write-guards.js';

/** Programmes (their rules, as data) and their ledgers (docs/data-model.md, "Companies and chèque numérique"). */
export class SubsidyProgramStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Programme rules by id. */
  getProgram(id: string, consistent = false): Promise<SubsidyProgramRecord | undefined> {
    return getRecord(this.db, this.tableName, programKey(id), consistent);
  }

  /** Programmes by ids (DataLoader batch function). */
  async getPrograms(ids: readonly string[]): Promise<SubsidyProgramRecord[]> {
    return batchGetRecords<SubsidyProgramRecord>(this.db, this.tableName, ids.map(programKey));
  }

  /** Every programme, or one region's, by region then opening (GSI2 `SUBPROG#ALL`; a few dozen items). */
  async listPrograms(regionCode?: string): Promise<SubsidyProgramRecord[]> {
    return queryRecords<SubsidyProgramRecord>(this.db, {
      TableName: this.tableName,
      IndexName: 'GSI2',
      KeyConditionExpression: regionCode ? 'GSI2PK = :all AND begins_with(GSI2SK, :region)' : 'GSI2PK = :all',
      ExpressionAttributeValues: {
        ':all': ALL_PROGRAMS,
        ...(regionCode ? { ':region': `${regionCode}#` } : {}),
      },
    });
  }

  /** A programme's running totals. */
  getLedger(programId: string, consistent = false): Promise<SubsidyLedgerRecord | undefined> {
    return getRecord(this.db, this.tableName, ledgerKey(programId), consistent);
  }

  /** Ledgers by programme ids (DataLoader batch function). */
  async getLedgers(programIds: readonly string[]): Promise<SubsidyLedgerRecord[]> {
    return batchGetRecords<SubsidyLedgerRecord>(this.db, this.tableName, programIds.map(ledgerKey));
  }

  /** A new programme and its empty ledger. */
  async openProgram(program: SubsidyProgramRecord): Promise<void> {
    await transactGuarded(
      this.db,
      [programItem(program), ledgerItem(emptyLedger(program))].map((Item) => ({
        Put: { TableName: this.tableName, Item, ConditionExpression: 'attribute_not_exists(PK)' },
      })),
      ['RULES', 'LEDGER'],
    );
  }

  /**
   * New rules under the version read; a new envelope moves the remaining amount in the same transaction, under
   * `remainingCents >= :cut` so it never goes below what is committed and paid (guard LEDGER).
   */
  async updateProgram(previous: SubsidyProgramRecord, next: SubsidyProgramRecord): Promise<void> {
    const delta = next.envelopeCents - previous.envelopeCents;
    const items: TransactItems = [
      {
        Put: {
          TableName: this.tableName,
          Item: programItem(next),
          ConditionExpression: 'version = :version',
          ExpressionAttributeValues: { ':version': previous.version },
        },
      },
    ];
    if (delta !== 0) {
      items.push({
        Update: {
          TableName: this.tableName,
          Key: ledgerKey(next.id),
          UpdateExpression: 'ADD envelopeCents :delta, remainingCents :delta',
          ConditionExpression: 'remainingCents >= :cut',
          ExpressionAttributeValues: { ':delta': delta, ':cut': Math.max(0, -delta) },
        },
      });
    }
    await transactGuarded(this.db, items, ['RULES', 'LEDGER']);
  }
}
