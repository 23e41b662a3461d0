import { workerDynamoEndpoint } from '../support/dynamo-endpoint.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createTestApi, testDb, type Caller } from '../support/api.js';
import { startFaultProxy, WRITE_OPERATIONS, type FaultProxy } from '../support/fault-proxy.js';
import { pmeWithSiret } from '../support/workspace.js';
import { graphql } from '../generated/gql.js';
import { typedCall } from '../support/typed.js';

// Throttling, hung sockets and refused connections between the API and DynamoDB: the caller gets its answer after
// the client's retries, or a retryable SERVICE_UNAVAILABLE with a French message, never an internal error; and a
// call that failed wrote nothing.
let proxy: FaultProxy;
let api: ReturnType<typeof createTestApi>;
const db = testDb();

beforeAll(async () => {
  proxy = await startFaultProxy(workerDynamoEndpoint());
  // Short request timeout so that a held answer counts as lost within the test.
  api = createTestApi({
    config: { dynamoEndpoint: proxy.endpoint, dynamoClient: { requestTimeoutMs: 1_500 } },
  });
});

afterAll(async () => {
  db.destroy();
  await proxy.close();
});

const REGISTER = graphql(`
  mutation ReliabilityFaultsRegister($input: RegisterCompanyInput!) {
    registerCompany(input: $input) {
      id
      siren
    }
  }
`);
const MY_COMPANY = graphql(`
  query ReliabilityFaultsMyCompany {
    myCompany {
      id
    }
  }
`);
const UPDATE = graphql(`
  mutation ReliabilityFaultsUpdate($v: Int!) {
    updateCompany(input: { employees: 9 }, expectedVersion: $v) {
      version
    }
  }
`);
const register = (caller: Caller) =>
  typedCall(
    api,
    REGISTER,
    {
      input: {
        name: 'Boulangerie Fautive',
        nafCode: '10.71C',
        employees: 3,
        annualRevenueCents: 20_000_000,
        independent: true,
        communeCode: '35238',
      },
    },
    caller,
  );
const pme = (): NonNullable<Caller> => pmeWithSiret();

/** The items under the caller's membership key, read directly (strongly) from DynamoDB Local. */
async function membershipItems(sub: string) {
  const { Items = [] } = await db.send(
    new QueryCommand({
      TableName: inject('tableName'),
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': `MEMBER#${sub}` },
      ConsistentRead: true,
    }),
  );
  return Items;
}

const myCompany = (caller: Caller) => typedCall(api, MY_COMPANY, {}, caller);

describe('throttling', () => {
  it('a write throttled once succeeds after the client retries it', async () => {
    const caller = pme();
    const throttled = proxy.arm({ kind: 'throttle', operations: [...WRITE_OPERATIONS] });
    const result = await register(caller);
    expect(throttled.hits()).toBe(1);
    expect(result.errors).toBeUndefined();
    expect((await myCompany(caller)).data?.myCompany?.id).toBe(result.data?.registerCompany.id);
  });

  it.each(['ProvisionedThroughputExceededException', 'ThrottlingException', 'TransactionConflict'] as const)(
    'persistent %s: SERVICE_UNAVAILABLE, retryable, in French, and nothing written',
    async (throttle) => {
      const caller = pme();
      const throttled = proxy.arm({
        kind: 'throttle',
        throttle,
        operations: [...WRITE_OPERATIONS],
        times: Infinity,
      });
      const result = await register(caller);
      proxy.clear();
      expect(throttled.hits()).toBeGreaterThan(0);
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });
      expect(result.errors?.[0]?.message).toMatch(/réessayez/);
      expect(await membershipItems(caller.sub)).toEqual([]);
      // Once DynamoDB answers again, the same call goes through.
      expect((await register(caller)).errors).toBeUndefined();
    },
  );

  it('a throttled read is retried too, and a persistent one is SERVICE_UNAVAILABLE', async () => {
    const caller = pme();
    expect((await register(caller)).errors).toBeUndefined();
    proxy.arm({ kind: 'throttle', operations: ['GetItem', 'BatchGetItem', 'Query'] });
    expect((await myCompany(caller)).data?.myCompany).not.toBeNull();
    proxy.arm({ kind: 'throttle', operations: ['GetItem', 'BatchGetItem', 'Query'], times: Infinity });
    const refused = await myCompany(caller);
    proxy.clear();
    expect(refused.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });
});

describe('a guarded single-item write colliding with a transaction on its item', () => {
  it('is sent again after a pause and succeeds once the other transaction is done', async () => {
    const caller = pme();
    expect((await register(caller)).errors).toBeUndefined();
    const collided = proxy.arm({
      kind: 'throttle',
      throttle: 'TransactionConflict',
      operations: ['TransactWriteItems'],
      times: 2,
    });
    const result = await typedCall(api, UPDATE, { v: 1 }, caller);
    expect(collided.hits()).toBe(2);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ updateCompany: { version: 2 } });
  });

  it('persistent collisions: SERVICE_UNAVAILABLE, retryable, and the company unchanged', async () => {
    const caller = pme();
    expect((await register(caller)).errors).toBeUndefined();
    proxy.arm({
      kind: 'throttle',
      throttle: 'TransactionConflict',
      operations: ['TransactWriteItems'],
      times: Infinity,
    });
    const result = await typedCall(api, UPDATE, { v: 1 }, caller);
    proxy.clear();
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    expect((await typedCall(api, UPDATE, { v: 1 }, caller)).data).toEqual({ updateCompany: { version: 2 } });
  });
});

describe('hung sockets and refused connections', () => {
  it('an answer held past the request timeout: the write is sent again and takes effect once', async () => {
    const caller = pme();
    const held = proxy.arm({ kind: 'delay', delayMs: 3_000, operations: ['TransactWriteItems'] });
    const result = await register(caller);
    expect(held.hits()).toBe(1);
    expect(result.errors).toBeUndefined();
    expect(await membershipItems(caller.sub)).toHaveLength(1);
  });

  it('a connection reset before DynamoDB saw the write: retried, written once', async () => {
    const caller = pme();
    const refused = proxy.arm({ kind: 'refuse', operations: ['TransactWriteItems'] });
    const result = await register(caller);
    expect(refused.hits()).toBe(1);
    expect(result.errors).toBeUndefined();
    expect(await membershipItems(caller.sub)).toHaveLength(1);
  });

  it('DynamoDB unreachable for good: SERVICE_UNAVAILABLE, not an internal error', async () => {
    const caller = pme();
    proxy.arm({ kind: 'refuse', times: Infinity });
    const result = await register(caller);
    proxy.clear();
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    expect(await membershipItems(caller.sub)).toEqual([]);
  });
});
