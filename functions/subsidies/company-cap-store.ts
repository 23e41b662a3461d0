import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { getRecord } from '../shared/query.js';
import DataLoader from 'dataloader';
import { batchGetItems } from '../shared/batch.js';
import { recordOf } from '../shared/table.js';
import type { TransactItems } from '../shared/transactions.js';
import { managingBodyKey, type CompanyCapLedgerRecord } from './company-cap.js';

// The cap across calls of one managing body (docs/data-model.md, "Companies and chèque numérique"): one item per
// (region, managing body, company).
const companyCapKey = (regionCode: string, managingBody: string, companyId: string) => ({
  PK: `SUBCAP#${regionCode}#${managingBodyKey(managingBody)}`,
  SK: `COMPANY#${companyId}`,
});

export type CompanyCapRef = { regionCode: string; managingBody: string; companyId: string };
export const companyCapRef = (
  program: { regionCode: string; managingBody: string },
  app: { companyId: string },
): CompanyCapRef => ({
  regionCode: program.regionCode,
  managingBody: program.managingBody,
  companyId: app.companyId,
});
const refKey = (r: CompanyCapRef) => `${r.regionCode}|${managingBodyKey(r.managingBody)}|${r.companyId}`;

export class CompanyCapStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** One company's ledger with one managing body of a region. */
  async get(ref: CompanyCapRef, consistent = false): Promise<CompanyCapLedgerRecord | undefined> {
    return getRecord<CompanyCapLedgerRecord>(
      this.db,
      this.tableName,
      companyCapKey(ref.regionCode, ref.managingBody, ref.companyId),
      consistent,
    );
  }

  /** Many ledgers (DataLoader batch function): one BatchGetItem per 100. */
  async getMany(refs: readonly CompanyCapRef[]): Promise<(CompanyCapLedgerRecord | undefined)[]> {
    const items = await batchGetItems<Record<string, unknown>>(
      this.db,
      this.tableName,
      refs.map((r) => companyCapKey(r.regionCode, r.managingBody, r.companyId)),
    );
    const found = new Map(
      items.map((i) => {
        const record = recordOf<CompanyCapLedgerRecord>(i);
        return [refKey(record), record] as const;
      }),
    );
    return refs.map((r) => found.get(refKey(r)));
  }

  /**
   * The transaction part that writes the ledger after a transition, under the version read (created when version 0):
   * two decisions of two calls of the same body on the same company cannot both pass on the same reading.
   */
  write(next: CompanyCapLedgerRecord): TransactItems[number] {
    const { version } = next;
    return {
      Put: {
        TableName: this.tableName,
        Item: {
          ...companyCapKey(next.regionCode, next.managingBody, next.companyId),
          ...next,
          version: version + 1,
        },
        ConditionExpression: version === 0 ? 'attribute_not_exists(PK)' : 'version = :version',
        ...(version === 0 ? {} : { ExpressionAttributeValues: { ':version': version } }),
      },
    };
  }
}

/** Per-request loader of ledgers (reads of files' eligibility in lists), kept beside the request's other state. */
const loaders = new WeakMap<object, DataLoader<CompanyCapRef, CompanyCapLedgerRecord | undefined, string>>();

export function companyCapLoader(request: object, store: CompanyCapStore) {
  let loader = loaders.get(request);
  if (!loader) {
    loader = new DataLoader((refs: readonly CompanyCapRef[]) => store.getMany(refs), { cacheKeyFn: refKey });
    loaders.set(request, loader);
  }
  return loader;
}
