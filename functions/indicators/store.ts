import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchGetItems } from '../shared/batch.js';
import type { TransactPart } from '../shared/transactions.js';
import { mergeCounterChanges, type CounterChange, type CounterTarget } from './counters.js';

// The only file that knows how counters are laid out in the table (docs/data-model.md, "Indicators").
const counterKey = (t: CounterTarget) =>
  t.kind === 'region'
    ? { PK: `INDICATORS#${t.code}`, SK: 'COUNTERS' }
    : { PK: `CSTATS#${t.id}`, SK: 'COUNTERS' };

const KEY_ATTRIBUTES = new Set(['PK', 'SK']);

export type Counters = Record<string, number>;

function toCounters(item: Record<string, unknown>): Counters {
  const counters: Counters = {};
  for (const [name, value] of Object.entries(item))
    if (!KEY_ATTRIBUTES.has(name) && typeof value === 'number') counters[name] = value;
  return counters;
}

function addExpression(add: Record<string, number>) {
  const entries = Object.entries(add);
  return {
    UpdateExpression: `ADD ${entries.map((_, i) => `#c${i} :c${i}`).join(', ')}`,
    ExpressionAttributeNames: Object.fromEntries(entries.map(([name], i) => [`#c${i}`, name])),
    ExpressionAttributeValues: Object.fromEntries(entries.map(([, value], i) => [`:c${i}`, value])),
  };
}

/** ADDs as raw transaction items, for a store of another domain that writes counters with its own items. */
export function counterItems(tableName: string, changes: CounterChange[]) {
  return mergeCounterChanges(changes).map((change) => ({
    Update: { TableName: tableName, Key: counterKey(change.target), ...addExpression(change.add) },
  }));
}

export class IndicatorStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** ADDs for a workflow transaction: one Update per region or connecteur touched. */
  parts(changes: CounterChange[]): TransactPart[] {
    return counterItems(this.tableName, changes).map((item) => ({ item }));
  }

  /** The same ADDs outside a transaction (demo data). */
  async add(changes: CounterChange[]): Promise<void> {
    for (const change of mergeCounterChanges(changes)) {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: counterKey(change.target),
          ...addExpression(change.add),
        }),
      );
    }
  }

  /** Counters of many regions or connecteurs, one BatchGetItem; a target never counted has no entry. */
  async getMany(targets: CounterTarget[]): Promise<Map<string, Counters>> {
    const keys = targets.map(counterKey);
    const items = await batchGetItems<Record<string, unknown>>(this.db, this.tableName, keys);
    const byPk = new Map(items.map((item) => [String(item.PK), toCounters(item)]));
    return new Map(targets.map((t, i) => [idOf(t), byPk.get(keys[i]!.PK) ?? {}]));
  }
}

export const idOf = (t: CounterTarget) => (t.kind === 'region' ? `region:${t.code}` : `connecteur:${t.id}`);
