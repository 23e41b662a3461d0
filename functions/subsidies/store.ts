import { queryAll, queryPages } from '../shared/query.js';
import { recordOf } from '../shared/table.js';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { batchGetItems } from '../shared/batch.js';
import type { TransactPart } from '../shared/transaction-parts.js';
import { CompanyCapStore } from './company-cap-store.js';
import type { TransactItems } from '../shared/transactions.js';
import {
  SUBSIDY_STATUSES,
  type CompanyUsageRecord,
  type HistoryEntryRecord,
  type LedgerDelta,
  type NoteRecord,
  type SubsidyApplicationRecord,
  type SubsidyLedgerRecord,
  type SubsidyProgramRecord,
  type SubsidyStatus,
} from './records.js';
import { OPEN_STATUSES } from './workflow.js';

// The only file that knows how the chèque numérique is laid out in the table (docs/data-model.md,
// "Companies and chèque numérique").
const programKey = (id: string) => ({ PK: `SUBPROG#${id}`, SK: 'RULES' });
const ledgerKey = (programId: string) => ({ PK: `SUBPROG#${programId}`, SK: 'LEDGER' });
const usageKey = (programId: string, companyId: string) => ({
  PK: `SUBPROG#${programId}`,
  SK: `USAGE#${companyId}`,
});
const applicationKey = (id: string) => ({ PK: `SUBAPP#${id}`, SK: 'APP' });
const seq = (n: number) => String(n).padStart(6, '0');
const TRAIL_PREFIX = { HIST: 'HIST#', MSG: 'MSG#', NOTE: 'NOTE#' } as const;
export type TrailKind = keyof typeof TRAIL_PREFIX;
const trailKey = (applicationId: string, kind: TrailKind, n: number) => ({
  PK: `SUBAPP#${applicationId}`,
  SK: `${TRAIL_PREFIX[kind]}${seq(n)}`,
});
const idempotencyKey = (applicationId: string, key: string) => ({
  PK: `SUBAPP#${applicationId}`,
  SK: `SUBMIT#${key}`,
});

// Index partitions (access patterns).
const ALL_PROGRAMS = 'SUBPROG#ALL';
const companyFiles = (companyId: string) => `SUBAPP#COMPANY#${companyId}`;
/** A file naming a connecteur as trusted third party: one item in the connecteur's partition, newest file last. */
const attestationLinkKey = (connecteurId: string, a: Pick<SubsidyApplicationRecord, 'id' | 'createdAt'>) => ({
  PK: `SUBATTEST#${connecteurId}`,
  SK: `${a.createdAt}#${a.id}`,
});
/** A file attested by a connecteur and still open (before the decision): what a withdrawal goes through. */
const attestedFileKey = (connecteurId: string, applicationId: string) => ({
  PK: `SUBATTESTED#${connecteurId}`,
  SK: applicationId,
});
const attestedOpen = (a: SubsidyApplicationRecord | undefined) =>
  a?.attestedBy && OPEN_STATUSES.includes(a.status) ? a.attestedBy : undefined;
const regionFiles = (regionCode: string) => `SUBAPP#REGION#${regionCode}`;
const regionStatusFiles = (regionCode: string, status: SubsidyStatus) =>
  `SUBAPP#REGION#${regionCode}#${status}`;

export function programItem(p: SubsidyProgramRecord) {
  return { ...programKey(p.id), GSI2PK: ALL_PROGRAMS, GSI2SK: `${p.regionCode}#${p.opensAt}#${p.id}`, ...p };
}

/** Sort key of a file in its lists: newest change first, the id making it unique (and the cursor position). */
export const applicationPosition = (a: Pick<SubsidyApplicationRecord, 'updatedAt' | 'id'>) =>
  `${a.updatedAt}#${a.id}`;

/** The index entries of a file: its company's list always; its region's lists once submitted. */
function applicationIndexKeys(a: SubsidyApplicationRecord): Record<string, string> {
  const position = applicationPosition(a);
  return {
    GSI2PK: companyFiles(a.companyId),
    GSI2SK: position,
    ...(a.status !== 'DRAFT'
      ? {
          GSI3PK: regionFiles(a.regionCode),
          GSI3SK: position,
          GSI1PK: regionStatusFiles(a.regionCode, a.status),
          GSI1SK: position,
        }
      : {}),
  };
}

/** Items as the writes below put them (also bulk loads of generated data). */
export const ledgerItem = (l: SubsidyLedgerRecord) => ({ ...ledgerKey(l.programId), ...l });
export const applicationItem = (a: SubsidyApplicationRecord) => ({
  ...applicationKey(a.id),
  ...applicationIndexKeys(a),
  ...a,
});
export const historyItem = (h: HistoryEntryRecord) => ({
  ...trailKey(h.applicationId, 'HIST', h.version),
  ...h,
});
export const usageItem = (u: CompanyUsageRecord) => ({ ...usageKey(u.programId, u.companyId), ...u });

/** A new programme's ledger: the whole envelope remaining, every counter at 0. */
export function emptyLedger(program: SubsidyProgramRecord): SubsidyLedgerRecord {
  return {
    programId: program.id,
    regionCode: program.regionCode,
    envelopeCents: program.envelopeCents,
    committedCents: 0,
    paidCents: 0,
    remainingCents: program.envelopeCents,
    applicantCompanies: 0,
    fundedCompanies: 0,
    followUpResponses: 0,
    followUpBenefitCount: 0,
    followUpRevenueChangePercentSum: 0,
    followUpEmployeesChangeSum: 0,
    followUpSatisfactionSum: 0,
    ...(Object.fromEntries(SUBSIDY_STATUSES.map((s) => [`count${s}`, 0])) as Record<
      `count${SubsidyStatus}`,
      0
    >),
  };
}

/** Attributes of a file that its own writes manage (messages, annotations, follow-up): transitions leave them. */
const SEPARATELY_WRITTEN = new Set(['id', 'messageCount', 'annotationCount', 'followUp']);

function setAndRemove(set: Record<string, unknown>, remove: string[]) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets = Object.entries(set).map(([name, value], i) => {
    names[`#s${i}`] = name;
    values[`:s${i}`] = value;
    return `#s${i} = :s${i}`;
  });
  const removes = remove.map((name, i) => {
    names[`#r${i}`] = name;
    return `#r${i}`;
  });
  return {
    UpdateExpression: [`SET ${sets.join(', ')}`, removes.length ? `REMOVE ${removes.join(', ')}` : '']
      .join(' ')
      .trim(),
    names,
    values,
  };
}

function addExpression(delta: LedgerDelta) {
  const entries = Object.entries(delta).filter(([, v]) => v !== 0);
  return {
    expression: entries.length ? `ADD ${entries.map((_, i) => `#a${i} :a${i}`).join(', ')}` : '',
    names: Object.fromEntries(entries.map(([name], i) => [`#a${i}`, name])),
    values: Object.fromEntries(entries.map(([, value], i) => [`:a${i}`, value])),
  };
}

/** Which guard of a write failed (the service turns it into an answer or a retry). */
export type Guard = 'IDEMPOTENCY' | 'APPLICATION' | 'RULES' | 'USAGE' | 'LEDGER' | 'NOTE' | 'COMPANY_CAP';
const GUARD_PRIORITY: Guard[] = [
  'IDEMPOTENCY',
  'APPLICATION',
  'RULES',
  'USAGE',
  'COMPANY_CAP',
  'NOTE',
  'LEDGER',
];

export class WriteRejected extends Error {
  constructor(
    /** The failed guard; CONTENTION: another transaction held one of the items (retry). */
    readonly guard: Guard | 'CONTENTION',
  ) {
    super(`subsidy write rejected: ${guard}`);
  }
}

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
};

export type ApplicationPage = { records: SubsidyApplicationRecord[]; hasNextPage: boolean };

export type ApplicationQuery = {
  partitions: { index: 'GSI1' | 'GSI2' | 'GSI3'; pk: string }[];
  programId?: string;
  /** A filter expression where the partition does not already select the status. */
  status?: SubsidyStatus;
  /** Position (exclusive) the page starts after. */
  before?: string;
  /** Oldest change to include (ISO instant). */
  since?: string;
  limit: number;
};

export class SubsidyStore {
  /** Caps per company across the calls of a managing body (their own file). */
  readonly companyCaps: CompanyCapStore;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {
    this.companyCaps = new CompanyCapStore(db, tableName);
  }

  private async getItem<T>(key: { PK: string; SK: string }, consistent: boolean): Promise<T | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: consistent }),
    );
    return Item ? recordOf<T>(Item) : undefined;
  }

  /** Writes all items or none; a failed guard or a concurrent transaction becomes WriteRejected. */
  private async transact(
    items: TransactItems,
    guards: (Guard | undefined)[],
    /** Other domains' guards by position: their error when only they failed. */
    foreign: Map<number, () => Error> = new Map(),
  ): Promise<void> {
    try {
      await this.db.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const failed = new Set(
        reasons.flatMap((r, i) => (r.Code === 'ConditionalCheckFailed' && guards[i] ? [guards[i]] : [])),
      );
      const guard = GUARD_PRIORITY.find((g) => failed.has(g));
      if (guard && guard !== 'LEDGER') throw new WriteRejected(guard);
      const other = reasons.findIndex((r, i) => r.Code === 'ConditionalCheckFailed' && foreign.has(i));
      if (other >= 0) throw foreign.get(other)!();
      if (guard) throw new WriteRejected(guard);
      if (reasons.some((r) => r.Code === 'TransactionConflict')) throw new WriteRejected('CONTENTION');
      throw error;
    }
  }

  // ——— programmes ———

  /** Programme rules by id. */
  getProgram(id: string, consistent = false): Promise<SubsidyProgramRecord | undefined> {
    return this.getItem(programKey(id), consistent);
  }

  /** Programmes by ids (DataLoader batch function). */
  async getPrograms(ids: readonly string[]): Promise<SubsidyProgramRecord[]> {
    const items = await batchGetItems<Record<string, unknown>>(this.db, this.tableName, ids.map(programKey));
    return items.map((item) => recordOf<SubsidyProgramRecord>(item));
  }

  /** Every programme, or one region's, by region then opening (GSI2 `SUBPROG#ALL`; a few dozen items). */
  async listPrograms(regionCode?: string): Promise<SubsidyProgramRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: 'GSI2',
      KeyConditionExpression: regionCode ? 'GSI2PK = :all AND begins_with(GSI2SK, :region)' : 'GSI2PK = :all',
      ExpressionAttributeValues: {
        ':all': ALL_PROGRAMS,
        ...(regionCode ? { ':region': `${regionCode}#` } : {}),
      },
    });
    return items.map((item) => recordOf<SubsidyProgramRecord>(item));
  }

  /** A programme's running totals. */
  getLedger(programId: string, consistent = false): Promise<SubsidyLedgerRecord | undefined> {
    return this.getItem(ledgerKey(programId), consistent);
  }

  /** Ledgers by programme ids (DataLoader batch function). */
  async getLedgers(programIds: readonly string[]): Promise<SubsidyLedgerRecord[]> {
    const items = await batchGetItems<Record<string, unknown>>(
      this.db,
      this.tableName,
      programIds.map(ledgerKey),
    );
    return items.map((item) => recordOf<SubsidyLedgerRecord>(item));
  }

  /** A new programme and its empty ledger. */
  async openProgram(program: SubsidyProgramRecord): Promise<void> {
    await this.transact(
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
    await this.transact(items, ['RULES', 'LEDGER']);
  }

  // ——— applications ———

  /** Application by id. */
  getApplication(id: string, consistent = false): Promise<SubsidyApplicationRecord | undefined> {
    return this.getItem(applicationKey(id), consistent);
  }

  /** Applications by ids (DataLoader batch function). */
  async getApplications(ids: readonly string[]): Promise<SubsidyApplicationRecord[]> {
    const items = await batchGetItems<Record<string, unknown>>(
      this.db,
      this.tableName,
      ids.map(applicationKey),
    );
    return items.map((item) => recordOf<SubsidyApplicationRecord>(item));
  }

  /** A company's standing in a programme (0 of everything when absent). */
  getUsage(
    programId: string,
    companyId: string,
    consistent = false,
  ): Promise<CompanyUsageRecord | undefined> {
    return this.getItem(usageKey(programId, companyId), consistent);
  }

  /** Standings by (programme, company) (DataLoader batch function). */
  async getUsages(keys: readonly { programId: string; companyId: string }[]): Promise<CompanyUsageRecord[]> {
    const items = await batchGetItems<Record<string, unknown>>(
      this.db,
      this.tableName,
      keys.map((k) => usageKey(k.programId, k.companyId)),
    );
    return items.map((item) => recordOf<CompanyUsageRecord>(item));
  }

  /** Whether a submission with this key was recorded (strongly consistent: read after a lost race). */
  async hasSubmission(applicationId: string, key: string): Promise<boolean> {
    return (await this.getItem(idempotencyKey(applicationId, key), true)) !== undefined;
  }

  /** A new draft, its first history entry and the programme's DRAFT counter (the programme must exist). */
  async createApplication(application: SubsidyApplicationRecord, history: HistoryEntryRecord): Promise<void> {
    await this.transact(
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
        ...this.attestationLinkChanges(undefined, application),
      ],
      ['APPLICATION', 'APPLICATION', 'LEDGER', 'APPLICATION'],
    );
  }

  /** Moves the file's link to the connecteur it names as trusted third party, when that changes. */
  private attestationLinkChanges(
    previous: SubsidyApplicationRecord | undefined,
    next: SubsidyApplicationRecord,
  ): TransactItems {
    if (previous?.trustedThirdPartyId === next.trustedThirdPartyId) return [];
    return [
      ...(previous?.trustedThirdPartyId
        ? [
            {
              Delete: {
                TableName: this.tableName,
                Key: attestationLinkKey(previous.trustedThirdPartyId, previous),
              },
            },
          ]
        : []),
      ...(next.trustedThirdPartyId
        ? [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...attestationLinkKey(next.trustedThirdPartyId, next), applicationId: next.id },
              },
            },
          ]
        : []),
    ];
  }

  /** Keeps the connecteur's list of open attested files in line with the file (attested and before the decision). */
  private attestedFileChanges(
    previous: SubsidyApplicationRecord,
    next: SubsidyApplicationRecord,
  ): TransactItems {
    const before = attestedOpen(previous);
    const after = attestedOpen(next);
    if (before === after) return [];
    return [
      ...(before
        ? [{ Delete: { TableName: this.tableName, Key: attestedFileKey(before, previous.id) } }]
        : []),
      ...(after
        ? [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...attestedFileKey(after, next.id), applicationId: next.id },
              },
            },
          ]
        : []),
    ];
  }

  /** Ids of the open files a connecteur attested (its SUBATTESTED partition: one Query, no Scan). */
  async openAttestedFiles(connecteurId: string): Promise<string[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': attestedFileKey(connecteurId, '').PK },
      ProjectionExpression: 'applicationId',
    });
    return items.map((i) => String(i.applicationId));
  }

  /** The files naming a connecteur as trusted third party, newest first (ids and positions). */
  async filesToAttest(
    connecteurId: string,
    limit: number,
    after?: string,
  ): Promise<{ ids: { id: string; sk: string }[]; hasNextPage: boolean }> {
    const pk = `SUBATTEST#${connecteurId}`;
    const page = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        ScanIndexForward: false,
        Limit: limit + 1,
        ...(after ? { ExclusiveStartKey: { PK: pk, SK: after } } : {}),
      }),
    );
    const ids = (page.Items ?? []).map((i) => ({ id: String(i.applicationId), sk: String(i.SK) }));
    return { ids: ids.slice(0, limit), hasNextPage: ids.length > limit };
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
      ...this.attestationLinkChanges(previous, next),
      ...this.attestedFileChanges(previous, next),
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
    await this.transact(items, guards, foreign);
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

  /**
   * A message or an annotation, number count + 1: the file's counter moves under the count read (guard NOTE), so two
   * writers never take the same number. The file's version is left alone: notes do not make agents' reads stale.
   */
  async addNote(
    application: SubsidyApplicationRecord,
    kind: 'MSG' | 'NOTE',
    note: NoteRecord,
  ): Promise<void> {
    const counter = kind === 'MSG' ? 'messageCount' : 'annotationCount';
    await this.transact(
      [
        {
          Update: {
            TableName: this.tableName,
            Key: applicationKey(application.id),
            UpdateExpression: 'SET #counter = :next',
            ConditionExpression: '#counter = :read',
            ExpressionAttributeNames: { '#counter': counter },
            ExpressionAttributeValues: { ':next': note.seq, ':read': note.seq - 1 },
          },
        },
        {
          Put: {
            TableName: this.tableName,
            Item: { ...trailKey(application.id, kind, note.seq), ...note },
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
      ],
      ['NOTE', 'NOTE'],
    );
  }

  /** The one-year follow-up answer of a paid file, once, and the programme's running sums. */
  async answerFollowUp(
    application: SubsidyApplicationRecord,
    followUp: NonNullable<SubsidyApplicationRecord['followUp']>,
    delta: LedgerDelta,
  ): Promise<void> {
    const ledger = addExpression(delta);
    await this.transact(
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

  /**
   * Files of a company (GSI2) or of regions (GSI3, or GSI1 per region and status), newest change first. Several
   * partitions (a moderator's regions) are read from the same position and merged. Filtered reads go on until the
   * page is full or the partition exhausted.
   */
  async listApplications(query: ApplicationQuery): Promise<ApplicationPage> {
    const pages = await Promise.all(query.partitions.map((p) => this.readPartition(p, query)));
    const records = pages
      .flat()
      .sort((a, b) => (applicationPosition(a) < applicationPosition(b) ? 1 : -1))
      .slice(0, query.limit + 1);
    return { records: records.slice(0, query.limit), hasNextPage: records.length > query.limit };
  }

  private async readPartition(
    partition: ApplicationQuery['partitions'][number],
    query: ApplicationQuery,
  ): Promise<SubsidyApplicationRecord[]> {
    const pk = `${partition.index}PK`;
    const sk = `${partition.index}SK`;
    const names: Record<string, string> = {
      '#pk': pk,
      ...(query.before || query.since ? { '#sk': sk } : {}),
    };
    const values: Record<string, unknown> = { ':pk': partition.pk };
    let range = '';
    if (query.before && query.since) {
      range = ' AND #sk BETWEEN :since AND :before';
      values[':since'] = query.since;
      values[':before'] = query.before;
    } else if (query.before) {
      range = ' AND #sk < :before';
      values[':before'] = query.before;
    } else if (query.since) {
      range = ' AND #sk >= :since';
      values[':since'] = query.since;
    }
    const filters: string[] = [];
    if (query.programId) {
      filters.push('programId = :programId');
      values[':programId'] = query.programId;
    }
    if (query.status) {
      filters.push('#status = :status');
      names['#status'] = 'status';
      values[':status'] = query.status;
    }
    const wanted = query.limit + 1;
    const chunk = filters.length ? Math.min(1000, wanted * 5) : wanted + 1;
    const found: SubsidyApplicationRecord[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: partition.index,
          KeyConditionExpression: `#pk = :pk${range}`,
          ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ScanIndexForward: false,
          ExclusiveStartKey: startKey,
          Limit: chunk,
        }),
      );
      for (const item of page.Items ?? []) {
        if (item[sk] === query.before) continue; // BETWEEN includes the cursor's own file
        found.push(recordOf<SubsidyApplicationRecord>(item));
      }
      startKey = page.LastEvaluatedKey;
    } while (found.length < wanted && startKey);
    return found.slice(0, wanted);
  }

  /** The partitions a list reads, by scope: a company's files, or regions' (one per region, or per region and status). */
  static partitionsFor(
    scope: { kind: 'company'; companyId: string } | { kind: 'regions'; regionCodes: string[] },
    status: SubsidyStatus | undefined,
  ): { partitions: ApplicationQuery['partitions']; statusFilter?: SubsidyStatus } {
    if (scope.kind === 'company')
      return { partitions: [{ index: 'GSI2', pk: companyFiles(scope.companyId) }], statusFilter: status };
    return {
      partitions: scope.regionCodes.map((r) =>
        status
          ? { index: 'GSI1' as const, pk: regionStatusFiles(r, status) }
          : { index: 'GSI3' as const, pk: regionFiles(r) },
      ),
    };
  }

  /** Every submitted file of a programme (export): its region's partition, filtered on the programme. */
  async applicationsOfProgram(
    program: Pick<SubsidyProgramRecord, 'id' | 'regionCode'>,
  ): Promise<SubsidyApplicationRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: 'GSI3',
      KeyConditionExpression: 'GSI3PK = :pk',
      FilterExpression: 'programId = :programId',
      ExpressionAttributeValues: { ':pk': regionFiles(program.regionCode), ':programId': program.id },
    });
    return items.map((item) => recordOf<SubsidyApplicationRecord>(item));
  }

  /** Whether one of a company's files holds aid (accepted or paid) for an expense with this provider's SIREN. */
  async fundsProvider(companyId: string, providerSiren: string): Promise<boolean> {
    const pages = queryPages(this.db, {
      TableName: this.tableName,
      IndexName: 'GSI2',
      KeyConditionExpression: 'GSI2PK = :pk',
      FilterExpression: '#status IN (:accepted, :paid)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':pk': companyFiles(companyId),
        ':accepted': 'ACCEPTED',
        ':paid': 'PAID',
      },
      ProjectionExpression: 'expenses',
    });
    for await (const page of pages) {
      const items = (page.Items ?? []) as Pick<SubsidyApplicationRecord, 'expenses'>[];
      if (items.some((a) => a.expenses.some((e) => e.providerSiren === providerSiren))) return true;
    }
    return false;
  }

  // ——— personal-data erasure (privacy domain) ———

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
    for (let i = 0; i < items.length; i += 100) {
      const chunk = items.slice(i, i + 100);
      await this.transact(
        chunk,
        chunk.map(() => 'APPLICATION'),
      );
    }
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
      ...this.attestationLinkChanges(draft, { ...draft, trustedThirdPartyId: undefined }),
    ];
    const room = 100 - last.length;
    const early = keys.slice(0, Math.max(0, keys.length - room));
    for (let i = 0; i < early.length; i += 100) {
      const chunk = early.slice(i, i + 100);
      await this.transact(
        chunk,
        chunk.map(() => undefined),
      );
    }
    const items = [...keys.slice(early.length), ...last];
    await this.transact(
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
    await this.transact(
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
