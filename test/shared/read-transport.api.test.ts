import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { createServer as createNetServer, connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createDocumentClient, withRequestTally } from '../../functions/shared/dynamo.js';
import { createReadTransport } from '../../functions/shared/read-transport.js';
import { batchGet, query } from '../../functions/shared/reads.js';
import { isTransientDynamoError } from '../../functions/shared/transient-errors.js';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { testDb, uniqueId } from '../support/api.js';
import { workerDynamoEndpoint } from '../support/dynamo-endpoint.js';

// The request path's Query and BatchGetItem go through the read transport (functions/shared/read-transport.ts), not
// the SDK: what they answer, how they count, and how they meet throttling, held answers, refused connections and
// errors, through the fault proxy in front of DynamoDB Local.
let proxy: FaultProxy;
let db: ReturnType<typeof createDocumentClient>;
const direct = testDb();
const tableName = inject('tableName');
const pk = uniqueId('TRANSPORT#');
const item = {
  PK: pk,
  SK: 'ITEM#1',
  text: 'Écrit à Saint-Étienne',
  cents: 1_234_567,
  ratio: 0.25,
  flag: true,
  nothing: null,
  list: ['a', 2, { three: [3] }],
  map: { nested: { deeper: 'oui' } },
  strings: new Set(['x', 'y']),
  bytes: Uint8Array.from([0, 1, 254, 255]),
};

beforeAll(async () => {
  proxy = await startFaultProxy(workerDynamoEndpoint());
  db = createDocumentClient({
    dynamoEndpoint: proxy.endpoint,
    awsRegion: 'eu-west-3',
    dynamoClient: { requestTimeoutMs: 800, maxAttempts: 3 },
  });
  await direct.send(new PutCommand({ TableName: tableName, Item: item }));
  await direct.send(new PutCommand({ TableName: tableName, Item: { PK: pk, SK: 'ITEM#2', cents: 2 } }));
});

afterAll(async () => {
  proxy.clear();
  await proxy.close();
});

const queryItems = () =>
  query(db, {
    TableName: tableName,
    KeyConditionExpression: 'PK = :pk AND SK >= :from',
    ExpressionAttributeValues: { ':pk': pk, ':from': 'ITEM#' },
    ConsistentRead: true,
  });

describe('the read transport', () => {
  it('answers what the SDK reads, every attribute type included, and pages from a start key', async () => {
    const { Item } = await direct.send(
      new GetCommand({ TableName: tableName, Key: { PK: pk, SK: 'ITEM#1' }, ConsistentRead: true }),
    );
    const answer = await queryItems();
    expect(answer.Items).toHaveLength(2);
    expect(answer.Items![0]).toEqual(Item);
    expect([...(answer.Items![0]!.bytes as Uint8Array)]).toEqual([0, 1, 254, 255]);

    const second = await query(db, {
      TableName: tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': pk },
      Limit: 1,
      ExclusiveStartKey: { PK: pk, SK: 'ITEM#1' },
    });
    expect(second.Items).toEqual([{ PK: pk, SK: 'ITEM#2', cents: 2 }]);

    const batch = await batchGet(db, tableName, [
      { PK: pk, SK: 'ITEM#2' },
      { PK: pk, SK: 'ITEM#9' },
    ]);
    expect(batch).toEqual({ items: [{ PK: pk, SK: 'ITEM#2', cents: 2 }], unprocessed: [] });
  });

  it('counts its requests in the operation’s tally, with what they consumed when asked', async () => {
    const { tally } = await withRequestTally(
      async () => {
        await queryItems();
        await batchGet(db, tableName, [{ PK: pk, SK: 'ITEM#1' }]);
      },
      { record: true, capacity: true },
    );
    expect(tally.byCommand).toEqual({ QueryCommand: 1, BatchGetItemCommand: 1 });
    expect(tally.recorded!.map((r) => r.command)).toEqual(['QueryCommand', 'BatchGetItemCommand']);
    expect(tally.capacity!.read).toBeGreaterThan(0);
  });

  it('retries a throttled read after a pause, and gives up after its attempts with a transient error', async () => {
    const once = proxy.arm({ kind: 'throttle', operations: ['Query'] });
    expect((await queryItems()).Items).toHaveLength(2);
    expect(once.hits()).toBe(1);

    const always = proxy.arm({ kind: 'throttle', operations: ['BatchGetItem'], times: Infinity });
    const error = await batchGet(db, tableName, [{ PK: pk, SK: 'ITEM#1' }]).catch((e: unknown) => e);
    proxy.clear();
    expect(always.hits()).toBe(3);
    expect((error as Error).name).toBe('ProvisionedThroughputExceededException');
    expect(isTransientDynamoError(error)).toBe(true);
  });

  it('sends again a read whose answer is held past the request timeout, and one whose connection is refused', async () => {
    const held = proxy.arm({ kind: 'delay', delayMs: 2_000, operations: ['Query'] });
    expect((await queryItems()).Items).toHaveLength(2);
    expect(held.hits()).toBe(1);

    const refused = proxy.arm({ kind: 'refuse', operations: ['Query'], times: 2 });
    expect((await queryItems()).Items).toHaveLength(2);
    expect(refused.hits()).toBe(2);

    proxy.arm({ kind: 'delay', delayMs: 2_000, operations: ['Query'], times: Infinity });
    const error = await queryItems().catch((e: unknown) => e);
    proxy.clear();
    expect((error as Error).name).toBe('TimeoutError');
    expect(isTransientDynamoError(error)).toBe(true);
  });

  it('stops retrying once its retry quota is spent, and earns it back with successes', async () => {
    const send = createReadTransport({
      endpoint: proxy.endpoint,
      region: 'eu-west-3',
      credentials: async () => ({ accessKeyId: 'local', secretAccessKey: 'local' }),
      settings: { connectionTimeoutMs: 1_000, requestTimeoutMs: 800, maxAttempts: 3 },
      retryQuota: 10,
    });
    const input = {
      TableName: tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': { S: pk } },
    };
    const throttled = async () => {
      const rule = proxy.arm({ kind: 'throttle', operations: ['Query'], times: Infinity });
      await expect(send('Query', input)).rejects.toThrow();
      proxy.clear();
      return rule.hits();
    };
    expect(await throttled()).toBe(3); // two retries: the 10 tokens spent
    expect(await throttled()).toBe(1); // none left: no retry
    for (let n = 0; n < 5; n++) expect((await send('Query', input)).Count).toBe(2);
    expect(await throttled()).toBe(2); // five successes gave back 5 tokens: one retry
  });

  it('corrects a clock 20 minutes off from DynamoDB’s answer, then signs in time from the first attempt', async () => {
    const refusals = proxy.arm({ kind: 'check-signature-time', times: Infinity });
    const key = { TableName: tableName, Key: { PK: { S: pk }, SK: { S: 'ITEM#1' } }, ConsistentRead: true };
    for (const offMs of [20 * 60_000, -20 * 60_000]) {
      const send = createReadTransport({
        endpoint: proxy.endpoint,
        region: 'eu-west-3',
        credentials: async () => ({ accessKeyId: 'local', secretAccessKey: 'local' }),
        settings: { connectionTimeoutMs: 1_000, requestTimeoutMs: 800, maxAttempts: 3 },
        clock: () => Date.now() + offMs,
      });
      const before = refusals.hits();
      expect((await send('GetItem', key)).Item).toMatchObject({ text: { S: 'Écrit à Saint-Étienne' } });
      expect(refusals.hits() - before, 'the first request, refused').toBe(1);
      expect(
        (
          await send('Query', {
            TableName: tableName,
            KeyConditionExpression: 'PK = :pk',
            ExpressionAttributeValues: { ':pk': { S: pk } },
          })
        ).Count,
      ).toBe(2);
      expect(refusals.hits() - before, 'the next ones signed in time').toBe(1);
    }
    // The proxy refuses as AWS does: the SDK, its clock as far off, corrects it from the same answer.
    const sdk = new DynamoDBClient({
      endpoint: proxy.endpoint,
      region: 'eu-west-3',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      systemClockOffset: -20 * 60_000,
    });
    const before = refusals.hits();
    expect((await sdk.send(new GetItemCommand(key))).Item?.text).toEqual({ S: 'Écrit à Saint-Étienne' });
    expect(refusals.hits() - before).toBe(1);
    sdk.destroy();
    proxy.clear();
  });

  it('keeps one connection for its reads, and closes it with the client it serves', async () => {
    // A TCP relay in front of DynamoDB Local, to count the connections the client holds.
    const target = new URL(workerDynamoEndpoint());
    const relay = createNetServer((socket) => {
      const upstream = connect(Number(target.port), target.hostname);
      socket.pipe(upstream).pipe(socket);
      socket.on('close', () => upstream.destroy());
      upstream.on('close', () => socket.destroy());
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const open = () =>
      new Promise<number>((resolve, reject) => relay.getConnections((e, n) => (e ? reject(e) : resolve(n))));
    const client = createDocumentClient({
      dynamoEndpoint: `http://127.0.0.1:${(relay.address() as AddressInfo).port}`,
      awsRegion: 'eu-west-3',
    });
    for (let n = 0; n < 3; n++) await batchGet(client, tableName, [{ PK: pk, SK: 'ITEM#1' }]);
    expect(await open()).toBe(1);
    client.destroy();
    await vi.waitFor(async () => expect(await open()).toBe(0), { timeout: 500 });
    await new Promise((resolve) => relay.close(resolve));
  });

  it('does not retry what DynamoDB refuses for good, and names it as the SDK does', async () => {
    const before = proxy.seen.Query ?? 0;
    const error = await query(db, {
      TableName: `${tableName}-absent`,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': pk },
    }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('ResourceNotFoundException');
    expect((error as { $metadata: unknown }).$metadata).toEqual({ httpStatusCode: 400, attempts: 1 });
    expect(isTransientDynamoError(error)).toBe(false);
    expect((proxy.seen.Query ?? 0) - before).toBe(1);
  });
});
