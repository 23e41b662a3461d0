import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchGetItems, batchGetRecords } from '../shared/batch.js';
import { outboxPut } from '../shared/outbox.js';
import { noticeParts, type Notices } from '../shared/reminders.js';
import { getRecord } from '../shared/query.js';
import { recordOf } from '../shared/table.js';
import type { TransactPart, TransactItems } from '../shared/transactions.js';
import { CompanyCapStore } from './company-cap-store.js';
import { SubsidyDocumentStore } from './document-store.js';
import { SubsidyErasureStore } from './erasure-store.js';
import {
  addExpression,
  applicationIndexKeys,
  applicationItem,
  applicationKey,
  attestationLinkChanges,
  attestedFileChanges,
  historyItem,
  idempotencyKey,
  ledgerKey,
  programKey,
  SEPARATELY_WRITTEN,
  setAndRemove,
  TRAIL_PREFIX,
  trailKey,
  usageKey,
  type TrailKind,
} from './keys.js';
import { SubsidyListStore } from './list-store.js';
import { SubsidyNoteStore } from './note-store.js';
import { SubsidyProgramStore } from './program-store.js';
import type {
  CompanyUsageRecord,
  HistoryEntryRecord,
  LedgerDelta,
  NoteRecord,
  SubsidyApplicationRecord,
} from './records.js';
import { transactGuarded, WriteRejected, type Guard } from './write-guards.js';

// The chèque numérique's items, by aggregate: keys in keys.ts; programmes and ledgers (program-store.ts); a file,
// its transitions and its trail (here), its messages and annotations (note-store.ts); lists of files (list-store.ts); erasure (erasure-store.ts); the company's
// cap across a managing body's calls (company-cap-store.ts). docs/data-model.md, "Companies and chèque numérique".

/** A transition of one file: everything it changes, written in one TransactWriteItems. */
export type TransitionWrite = {
  previous: SubsidyApplicationRecord;
  next: SubsidyApplicationRecord;
  history: HistoryEntryRecord;
  ledger: { delta: LedgerDelta; requireRemainingCents?: number };
  /** The company's standing before (version 0: new) and after. */
  usage?: { previous: CompanyUsageRecord; next: CompanyUsageRecord };
  /** The rules the decision was computed with must still be those. */
  rulesVersion?: number;
  idempotency?: { key: string; at: string; sub: string };
  /** The attesting connecteur is labelled and unlinked to the funded providers now (connecteurs' ConditionCheck). */
  attestationGuard?: TransactPart;
  /** The company's ledger across the managing body's calls, under its version (company-cap-store.ts). */
  companyCap?: TransactItems[number];
  /** What must happen once this commits (shared/outbox.ts), written by the same transaction. */
  outbox?: { kind: string; payload: unknown; id: string }[];
  /** Who is told, now and later (subsidies/notices.ts), written by the same transaction. */
  notices?: Notices;
};

export class SubsidyStore {
  readonly programs: SubsidyProgramStore;
  readonly lists: SubsidyListStore;
  readonly erasure: SubsidyErasureStore;
  /** Caps per company across the calls of a managing body. */
  readonly companyCaps: CompanyCapStore;
  /** Quotes and invoices joined to files. */
  readonly documents: SubsidyDocumentStore;
  /** Messages and annotations of files. */
  readonly notes: SubsidyNoteStore;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {
    this.programs = new SubsidyProgramStore(db, tableName);
    this.lists = new SubsidyListStore(db, tableName);
    this.erasure = new SubsidyErasureStore(db, tableName);
    this.companyCaps = new CompanyCapStore(db, tableName);
    this.documents = new SubsidyDocumentStore(db, tableName);
    this.notes = new SubsidyNoteStore(db, tableName);
  }

  /** Application by id. */
  getApplication(id: string, consistent = false): Promise<SubsidyApplicationRecord | undefined> {
    return getRecord(this.db, this.tableName, applicationKey(id), consistent);
  }

  /** Applications by ids (DataLoader batch function). */
  async getApplications(ids: readonly string[]): Promise<SubsidyApplicationRecord[]> {
    return batchGetRecords<SubsidyApplicationRecord>(this.db, this.tableName, ids.map(applicationKey));
  }

  /** A company's standing in a programme (0 of everything when absent). */
  getUsage(
    programId: string,
    companyId: string,
    consistent = false,
  ): Promise<CompanyUsageRecord | undefined> {
    return getRecord(this.db, this.tableName, usageKey(programId, companyId), consistent);
  }

  /** Standings by (programme, company) (DataLoader batch function). */
  async getUsages(keys: readonly { programId: string; companyId: string }[]): Promise<CompanyUsageRecord[]> {
    return batchGetRecords<CompanyUsageRecord>(
      this.db,
      this.tableName,
      keys.map((k) => usageKey(k.programId, k.companyId)),
    );
  }

  /** Whether a submission with this key was recorded (strongly consistent: read after a lost race). */
  async hasSubmission(applicationId: string, key: string): Promise<boolean> {
    return (await getRecord(this.db, this.tableName, idempotencyKey(applicationId, key), true)) !== undefined;
  }

  /** A new draft, its first history entry and the programme's DRAFT counter (the programme must exist). */
  async createApplication(
    application: SubsidyApplicationRecord,
    history: HistoryEntryRecord,
    notices: Notices = {},
  ): Promise<void> {
    const told = noticeParts(notices, { tableName: this.tableName, at: history.at }).map((p) => p.item);
    await transactGuarded(
      this.db,
      [
        {
          Put: {
            TableName: this.tableName,
            Item: applicationItem(application),
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
        {
          Put: {
            TableName: this.tableName,
            Item: historyItem(history),
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
        {
          Update: {
            TableName: this.tableName,
            Key: ledgerKey(application.programId),
            UpdateExpression: 'ADD countDRAFT :one',
            ConditionExpression: 'attribute_exists(PK)',
            ExpressionAttributeValues: { ':one': 1 },
          },
        },
        ...attestationLinkChanges(this.tableName, undefined, application),
        ...told,
      ],
      ['APPLICATION', 'APPLICATION', 'LEDGER', 'APPLICATION', ...told.map(() => undefined)],
    );
  }

  /**
   * One transition in one TransactWriteItems: the file under `status = :from AND version = :read`, its history
   * entry, the ledger's ADDs (under `remainingCents >= :need` when it commits money), the company's standing under
   * its version, the rules' version, and the idempotency record of a submission.
   */
  async commitTransition(write: TransitionWrite): Promise<void> {
    const { previous, next } = write;
    const items: TransactItems = [];
    const guards: (Guard | undefined)[] = [];
    if (write.idempotency) {
      items.push({
        Put: {
          TableName: this.tableName,
          Item: {
            ...idempotencyKey(previous.id, write.idempotency.key),
            applicationId: previous.id,
            version: next.version,
            at: write.idempotency.at,
            sub: write.idempotency.sub,
          },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      });
      guards.push('IDEMPOTENCY');
    }

    const set: Record<string, unknown> = { ...applicationIndexKeys(next) };
    for (const [name, value] of Object.entries(next)) if (!SEPARATELY_WRITTEN.has(name)) set[name] = value;
    const remove = Object.keys(previous).filter((name) => !SEPARATELY_WRITTEN.has(name) && !(name in next));
    const app = setAndRemove(set, remove);
    items.push({
      Update: {
        TableName: this.tableName,
        Key: applicationKey(previous.id),
        UpdateExpression: app.UpdateExpression,
        ConditionExpression: '#cStatus = :cStatus AND #cVersion = :cVersion',
        ExpressionAttributeNames: { ...app.names, '#cStatus': 'status', '#cVersion': 'version' },
        ExpressionAttributeValues: {
          ...app.values,
          ':cStatus': previous.status,
          ':cVersion': previous.version,
        },
      },
    });
    guards.push('APPLICATION');

    items.push({
      Put: {
        TableName: this.tableName,
        Item: historyItem(write.history),
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    });
    guards.push('APPLICATION');
    for (const change of [
      ...attestationLinkChanges(this.tableName, previous, next),
      ...attestedFileChanges(this.tableName, previous, next),
    ]) {
      items.push(change);
      guards.push('APPLICATION');
    }

    const ledger = addExpression(write.ledger.delta);
    const need = write.ledger.requireRemainingCents;
    if (ledger.expression || need !== undefined) {
      items.push({
        Update: {
          TableName: this.tableName,
          Key: ledgerKey(next.programId),
          UpdateExpression: ledger.expression || 'SET programId = programId',
          ConditionExpression: need !== undefined ? 'remainingCents >= :need' : 'attribute_exists(PK)',
          ...(Object.keys(ledger.names).length ? { ExpressionAttributeNames: ledger.names } : {}),
          ExpressionAttributeValues: { ...ledger.values, ...(need !== undefined ? { ':need': need } : {}) },
        },
      });
      guards.push('LEDGER');
    }

    if (write.usage) {
      const { previous: before, next: after } = write.usage;
      items.push({
        Put: {
          TableName: this.tableName,
          Item: { ...usageKey(after.programId, after.companyId), ...after, version: before.version + 1 },
          ConditionExpression: before.version === 0 ? 'attribute_not_exists(PK)' : 'version = :version',
          ...(before.version === 0 ? {} : { ExpressionAttributeValues: { ':version': before.version } }),
        },
      });
      guards.push('USAGE');
    }

    if (write.rulesVersion !== undefined) {
      items.push({
        ConditionCheck: {
          TableName: this.tableName,
          Key: programKey(next.programId),
          ConditionExpression: 'version = :version',
          ExpressionAttributeValues: { ':version': write.rulesVersion },
        },
      });
      guards.push('RULES');
    }
    const foreign = new Map<number, () => Error>();
    if (write.attestationGuard) {
      foreign.set(
        items.length,
        write.attestationGuard.onConditionFailed ?? (() => new WriteRejected('RULES')),
      );
      items.push(write.attestationGuard.item);
      guards.push(undefined);
    }
    if (write.companyCap) {
      items.push(write.companyCap);
      guards.push('COMPANY_CAP');
    }
    for (const effect of write.outbox ?? []) {
      const where = { tableName: this.tableName, at: write.history.at };
      items.push(outboxPut(effect.kind, effect.payload, effect.id, where).item);
      guards.push(undefined);
    }
    for (const part of noticeParts(write.notices ?? {}, {
      tableName: this.tableName,
      at: write.history.at,
    })) {
      items.push(part.item);
      guards.push(undefined);
    }
    await transactGuarded(this.db, items, guards, foreign);
  }

  /** History entries, messages or annotations of many files: keys 1…count each, one BatchGetItem per 100. */
  async trails(
    requests: readonly { applicationId: string; kind: TrailKind; count: number }[],
  ): Promise<Map<string, (HistoryEntryRecord | NoteRecord)[]>> {
    const keys = requests.flatMap((r) =>
      Array.from({ length: r.count }, (_, i) => trailKey(r.applicationId, r.kind, i + 1)),
    );
    const items = await batchGetItems<Record<string, unknown>>(this.db, this.tableName, keys);
    const byRequest = new Map<string, { n: number; record: HistoryEntryRecord | NoteRecord }[]>();
    for (const item of items) {
      const sk = String(item.SK);
      const kind = (Object.keys(TRAIL_PREFIX) as TrailKind[]).find((k) => sk.startsWith(TRAIL_PREFIX[k]))!;
      const id = String(item.PK).slice('SUBAPP#'.length);
      const list = byRequest.get(`${id}:${kind}`) ?? [];
      list.push({ n: Number(sk.slice(TRAIL_PREFIX[kind].length)), record: recordOf(item) });
      byRequest.set(`${id}:${kind}`, list);
    }
    return new Map(
      [...byRequest].map(([key, list]) => [key, list.sort((a, b) => a.n - b.n).map((e) => e.record)]),
    );
  }

  /** The one-year follow-up answer of a paid file, once, and the programme's running sums. */
  async answerFollowUp(
    application: SubsidyApplicationRecord,
    followUp: NonNullable<SubsidyApplicationRecord['followUp']>,
    delta: LedgerDelta,
  ): Promise<void> {
    const ledger = addExpression(delta);
    await transactGuarded(
      this.db,
      [
        {
          Update: {
            TableName: this.tableName,
            Key: applicationKey(application.id),
            UpdateExpression: 'SET followUp = :answer',
            ConditionExpression: '#status = :paid AND attribute_not_exists(followUp)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':answer': followUp, ':paid': 'PAID' },
          },
        },
        {
          Update: {
            TableName: this.tableName,
            Key: ledgerKey(application.programId),
            UpdateExpression: ledger.expression,
            ExpressionAttributeNames: ledger.names,
            ExpressionAttributeValues: ledger.values,
          },
        },
      ],
      ['APPLICATION', 'LEDGER'],
    );
  }
}
