import { BatchGetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export type Item = Record<string, unknown>;

/**
 * What the audit reads with: Query and BatchGetItem on known partitions, never Scan, so that it can run against a
 * deployed table without reading all of it. Strongly consistent where DynamoDB allows it (not on GSIs).
 */
export class AuditReader {
  requests = 0;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  /** Every item of a partition (`index` for a GSI: `GSI1`, `GSI2`, `GSI3`), all pages. */
  async partition(pk: string, index?: 'GSI1' | 'GSI2' | 'GSI3'): Promise<Item[]> {
    const items: Item[] = [];
    let ExclusiveStartKey: Item | undefined;
    do {
      this.requests++;
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          ...(index ? { IndexName: index } : { ConsistentRead: true }),
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': index ? `${index}PK` : 'PK' },
          ExpressionAttributeValues: { ':pk': pk },
          ExclusiveStartKey,
        }),
      );
      items.push(...((page.Items ?? []) as Item[]));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  }

  /** Items by key (absent ones left out), 100 keys per BatchGetItem, unprocessed keys sent again. */
  async items(keys: { PK: string; SK: string }[]): Promise<Item[]> {
    const found: Item[] = [];
    const unique = [...new Map(keys.map((k) => [`${k.PK}\u0000${k.SK}`, k])).values()];
    for (let i = 0; i < unique.length; i += 100) {
      let pending: Item[] | undefined = unique.slice(i, i + 100);
      while (pending?.length) {
        this.requests++;
        const answer = await this.db.send(
          new BatchGetCommand({
            RequestItems: { [this.tableName]: { Keys: pending, ConsistentRead: true } },
          }),
        );
        found.push(...((answer.Responses?.[this.tableName] ?? []) as Item[]));
        pending = answer.UnprocessedKeys?.[this.tableName]?.Keys as Item[] | undefined;
      }
    }
    return found;
  }
}

export const num = (value: unknown) => (typeof value === 'number' ? value : Number(value ?? 0) || 0);

/** Attributes of an item whose name matches, as numbers. */
export function numbersOf(item: Item | undefined, pattern: RegExp): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries(item ?? {}))
    if (pattern.test(name) && typeof value === 'number') out[name] = value;
  return out;
}

export function addInto(target: Record<string, number>, source: Record<string, number>, sign = 1) {
  for (const [name, value] of Object.entries(source)) target[name] = (target[name] ?? 0) + sign * value;
}
