import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { batchGetItems } from '../../functions/shared/batch.js';
import { withRequestTally } from '../../functions/shared/dynamo.js';
import { testDb, uniqueId } from '../support/api.js';

describe('batchGetItems', () => {
  it('sends the reads asked in one tick of a request as one BatchGetItem, and gives each caller its own items', async () => {
    const db = testDb();
    const tableName = inject('tableName');
    const pk = uniqueId('BATCH#');
    const key = (n: number) => ({ PK: pk, SK: `ITEM#${n}` });
    for (let n = 0; n < 150; n++)
      await db.send(new PutCommand({ TableName: tableName, Item: { ...key(n), n } }));

    const { result, tally } = await withRequestTally(() =>
      Promise.all([
        batchGetItems<{ n: number }>(db, tableName, [key(1), key(2), key(999)]),
        batchGetItems<{ n: number }>(db, tableName, [key(2), key(3)]),
        // More than one chunk of 100 together: two requests, not one per caller.
        batchGetItems<{ n: number }>(
          db,
          tableName,
          Array.from({ length: 120 }, (_, n) => key(n + 10)),
        ),
      ]),
    );
    expect(result[0]!.map((i) => i.n).sort((a, b) => a - b)).toEqual([1, 2]);
    expect(result[1]!.map((i) => i.n).sort((a, b) => a - b)).toEqual([2, 3]);
    expect(result[2]).toHaveLength(120);
    expect(tally.byCommand).toEqual({ BatchGetItemCommand: 2 });

    // Reads awaited one after the other are separate requests.
    const { tally: sequential } = await withRequestTally(async () => {
      await batchGetItems(db, tableName, [key(1)]);
      await batchGetItems(db, tableName, [key(2)]);
    });
    expect(sequential.byCommand).toEqual({ BatchGetItemCommand: 2 });
  });

  it('reads only a projection’s attributes, and never mixes two projections asked in the same tick', async () => {
    const db = testDb();
    const tableName = inject('tableName');
    const key = { PK: uniqueId('BATCH#'), SK: 'COUNTS' };
    await db.send(new PutCommand({ TableName: tableName, Item: { ...key, a: 1, b: 2, c: 3 } }));
    // The same expression, naming other attributes.
    const only = (name: string) => ({ expression: 'PK, SK, #x', names: { '#x': name } });
    const { result, tally } = await withRequestTally(() =>
      Promise.all([
        batchGetItems(db, tableName, [key], only('a')),
        batchGetItems(db, tableName, [key], only('b')),
        batchGetItems(db, tableName, [key], only('b')),
        batchGetItems(db, tableName, [key]),
      ]),
    );
    expect(result).toEqual([
      [{ ...key, a: 1 }],
      [{ ...key, b: 2 }],
      [{ ...key, b: 2 }],
      [{ ...key, a: 1, b: 2, c: 3 }],
    ]);
    // One request per distinct projection.
    expect(tally.byCommand).toEqual({ BatchGetItemCommand: 3 });
  });
});
