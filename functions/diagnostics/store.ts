import { SpentClientKey } from '../shared/client-keys.js';
import type { Page, Position } from '../shared/pagination.js';
import { queryPage } from '../shared/query.js';
import { recordOf } from '../shared/table.js';
import { type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { getItem } from '../shared/reads.js';
import { batchGetItems } from '../shared/batch.js';
import { publishCopies, readRegistries } from '../shared/publication.js';
import { conflict } from '../shared/errors.js';
import { writeParts, type TransactPart } from '../shared/transactions.js';
import { AlreadyCountedToday, CLIENT_KEY_TTL_SECONDS } from './anonymous.js';
import { groupId, type AggregateDelta, type PeerGroup } from './peers.js';
import type { DiagnosticRecord, PeerAggregateRecord } from './records.js';

// The only file that knows how diagnostics are laid out in the table (docs/data-model.md, "Diagnostics").
const diagnosticKey = (id: string) => ({ PK: `DIAG#${id}`, SK: 'DIAG' });
const aggregateKey = (g: PeerGroup) => ({ PK: `DIAGAGG#${groupId(g)}`, SK: 'AGG' });
/** The snapshot readers see, copied from the running aggregate by the scheduled refresh (publication.ts). */
const publishedKey = (id: string) => ({ PK: `DIAGAGG#${id}`, SK: 'PUB' });
// Registries (GSI2) of the groups that exist: their running aggregates, and their published snapshots.
const RAW_GROUPS = 'DIAGAGG#RAW';
const PUBLISHED_GROUPS = 'DIAGAGG#PUB';
const GROUP_REGISTRIES = { raw: RAW_GROUPS, published: PUBLISHED_GROUPS };
const COMPANY_DIAGNOSTICS = (companyId: string) => `CDIAG#${companyId}`;
/** The mark that an anonymous client was counted on a day. */
const anonymousClientKey = (clientKey: string, day: string) => ({ PK: `ANONCLIENT#${clientKey}`, SK: day });

const toRecord = (item: Record<string, unknown>): DiagnosticRecord => recordOf<DiagnosticRecord>(item);

export function diagnosticItem(d: DiagnosticRecord) {
  return {
    ...diagnosticKey(d.id),
    ...d,
    // Sparse index: a company's diagnostics in time order (its maturity timeline); unclaimed ones are not in it.
    ...(d.companyId ? { GSI1PK: COMPANY_DIAGNOSTICS(d.companyId), GSI1SK: `${d.submittedAt}#${d.id}` } : {}),
  };
}

/** Aggregates are items with a count, sums and one attribute per score bucket: `b<score>`, `t<theme>`. */
function toAggregate(item: Record<string, unknown>): PeerAggregateRecord {
  const aggregate: PeerAggregateRecord = {
    count: Number(item.n ?? 0),
    sumOverall: Number(item.sum ?? 0),
    sumThemes: {},
    buckets: {},
    revision: Number(item.rev ?? 0),
    ...(typeof item.publishedAt === 'string' ? { publishedAt: item.publishedAt } : {}),
  };
  for (const [name, value] of Object.entries(item)) {
    if (/^b\d+$/.test(name)) aggregate.buckets[Number(name.slice(1))] = Number(value);
    else if (name.startsWith('t_')) aggregate.sumThemes[name.slice(2)] = Number(value);
  }
  return aggregate;
}

function aggregateUpdate(delta: AggregateDelta) {
  const adds: [string, number][] = [
    ['n', delta.count],
    ['sum', delta.sumOverall],
    ...Object.entries(delta.sumThemes).map(([theme, v]) => [`t_${theme}`, v ?? 0] as [string, number]),
    ...Object.entries(delta.buckets).map(([score, v]) => [`b${score}`, v ?? 0] as [string, number]),
  ];
  // `rev` counts the changes, so the refresh can tell how many happened since the last publication.
  adds.push(['rev', delta.changes]);
  return {
    UpdateExpression: `SET #scope = :scope, #group = :group, #version = :version, GSI2PK = :raw, GSI2SK = :id ADD ${adds.map((_, i) => `#a${i} :a${i}`).join(', ')}`,
    ExpressionAttributeNames: {
      '#scope': 'scope',
      '#group': 'group',
      '#version': 'questionnaireVersion',
      ...Object.fromEntries(adds.map(([name], i) => [`#a${i}`, name])),
    },
    ExpressionAttributeValues: {
      ':scope': delta.scope,
      ':group': delta.group,
      ':version': delta.version,
      ':raw': RAW_GROUPS,
      ':id': groupId(delta),
      ...Object.fromEntries(adds.map(([, value], i) => [`:a${i}`, value])),
    },
  };
}

export class DiagnosticStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  commit(parts: TransactPart[]): Promise<void> {
    return writeParts(this.db, parts);
  }

  /** Diagnostic by id. */
  async get(id: string, consistent = false): Promise<DiagnosticRecord | undefined> {
    const item = await getItem(this.db, this.tableName, diagnosticKey(id), consistent);
    return item ? toRecord(item) : undefined;
  }

  /** Diagnostics by ids (DataLoader batch). */
  async getMany(ids: readonly string[]): Promise<DiagnosticRecord[]> {
    const items = await batchGetItems<Record<string, unknown>>(
      this.db,
      this.tableName,
      ids.map(diagnosticKey),
    );
    return items.map(toRecord);
  }

  /** A new diagnostic. */
  createPart(d: DiagnosticRecord): TransactPart {
    return {
      item: {
        Put: {
          TableName: this.tableName,
          Item: diagnosticItem(d),
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      // Only a keyed id can exist already: the client sent the same diagnostic again.
      onConditionFailed: () => new SpentClientKey(),
    };
  }

  /** Attaches an unclaimed diagnostic to a company: only one company can ever claim it. */
  claimPart(claimed: DiagnosticRecord): TransactPart {
    return {
      item: {
        Put: {
          TableName: this.tableName,
          Item: diagnosticItem(claimed),
          ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(companyId)',
        },
      },
      onConditionFailed: () => conflict('Ce diagnostic est déjà rattaché à une entreprise.'),
    };
  }

  /** The mark that an anonymous client was counted today (a keyed hash, never the IP; gone after the TTL). */
  anonymousClientPart(clientKey: string, day: string, now: Date): TransactPart {
    return {
      item: {
        Put: {
          TableName: this.tableName,
          Item: {
            ...anonymousClientKey(clientKey, day),
            ttl: Math.floor(now.getTime() / 1000) + CLIENT_KEY_TTL_SECONDS,
          },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      onConditionFailed: () => new AlreadyCountedToday(),
    };
  }

  /**
   * Whether a client was counted on a day, read with the request's other reads of the same tick (one BatchGetItem,
   * eventually consistent: a mark written a moment ago may be missed, the counting transaction's condition is the
   * guard).
   */
  async anonymousClientCounted(clientKey: string, day: string): Promise<boolean> {
    const items = await batchGetItems(this.db, this.tableName, [anonymousClientKey(clientKey, day)]);
    return items.length > 0;
  }

  /** The mark of a client and day, if any (tests and support). */
  async anonymousClientSeen(clientKey: string, day: string): Promise<Record<string, unknown> | undefined> {
    return getItem(this.db, this.tableName, anonymousClientKey(clientKey, day), false);
  }

  /** Takes a company's previous diagnostic out of the peer aggregates (it was counted, and no longer is). */
  uncountPart(id: string): TransactPart {
    return {
      item: {
        Update: {
          TableName: this.tableName,
          Key: diagnosticKey(id),
          UpdateExpression: 'SET counted = :false',
          ConditionExpression: 'counted = :true',
          ExpressionAttributeValues: { ':false': false, ':true': true },
        },
      },
      onConditionFailed: () =>
        conflict('Les diagnostics de cette entreprise ont changé entre-temps : réessayez.'),
    };
  }

  /** ADDs to peer groups, in the same transaction as the diagnostics they count. */
  aggregateParts(deltas: AggregateDelta[]): TransactPart[] {
    return deltas.map((delta) => ({
      item: { Update: { TableName: this.tableName, Key: aggregateKey(delta), ...aggregateUpdate(delta) } },
    }));
  }

  /** The same ADDs outside a transaction (demo data). */
  async addToAggregates(deltas: AggregateDelta[]): Promise<void> {
    await writeParts(this.db, this.aggregateParts(deltas));
  }

  /** Published snapshots of peer groups by id (DataLoader batch); a group never published has no entry. */
  async published(groups: readonly PeerGroup[]): Promise<Map<string, PeerAggregateRecord>> {
    const items = await batchGetItems<Record<string, unknown>>(
      this.db,
      this.tableName,
      groups.map((g) => publishedKey(groupId(g))),
    );
    return new Map(items.map((item) => [String(item.PK).slice('DIAGAGG#'.length), toAggregate(item)]));
  }

  /** Every group's running aggregate and published snapshot, from the two registries (two Queries, no Scan). */
  allGroups() {
    return readRegistries(this.db, this.tableName, GROUP_REGISTRIES, 'n');
  }

  /** Replaces the snapshots of these groups by copies of their running aggregates. */
  async publish(raw: Record<string, unknown>[], at: Date): Promise<void> {
    await publishCopies(
      this.db,
      this.tableName,
      GROUP_REGISTRIES,
      raw,
      (item) => publishedKey(String(item.GSI2SK)),
      at,
    );
  }

  /** A company's diagnostics, newest first. */
  async ofCompany(companyId: string, limit: number, after?: Position): Promise<Page<DiagnosticRecord>> {
    return queryPage(
      this.db,
      {
        TableName: this.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': COMPANY_DIAGNOSTICS(companyId) },
        ScanIndexForward: false,
      },
      {
        limit,
        startKey: after?.id
          ? { ...diagnosticKey(after.id), GSI1PK: COMPANY_DIAGNOSTICS(companyId), GSI1SK: after.sk ?? '' }
          : undefined,
      },
      toRecord,
    );
  }

  /** Detaches a diagnostic from the user who took it (account deletion); its answers stay in the statistics. */
  forgetSubmitterPart(id: string): TransactPart {
    return {
      item: {
        Update: {
          TableName: this.tableName,
          Key: diagnosticKey(id),
          UpdateExpression: 'REMOVE submittedBySub',
          ConditionExpression: 'attribute_exists(PK)',
        },
      },
    };
  }
}

export const diagnosticPosition = (d: DiagnosticRecord): Position => ({
  id: d.id,
  sk: `${d.submittedAt}#${d.id}`,
});
