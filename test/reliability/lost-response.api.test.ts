import { workerDynamoEndpoint } from '../support/dynamo-endpoint.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createTestApi, testDb } from '../support/api.js';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { registerPme } from '../support/workspace.js';
import { registerProvider } from '../providers/helpers.js';
import { graphql } from '../generated/gql.js';
import { typedCall } from '../support/typed.js';

// A write DynamoDB executed whose answer the network lost: the SDK sends it again. The caller must get the answer
// of its own write, not a CONFLICT against itself, and the write must take effect once.
let proxy: FaultProxy;
let api: ReturnType<typeof createTestApi>;
const db = testDb();

beforeAll(async () => {
  proxy = await startFaultProxy(workerDynamoEndpoint());
  api = createTestApi({ config: { dynamoEndpoint: proxy.endpoint } });
});

afterAll(async () => {
  db.destroy();
  await proxy.close();
});

const UPDATE = graphql(`
  mutation ReliabilityLostUpdate($input: UpdateCompanyInput!, $v: Int!) {
    updateCompany(input: $input, expectedVersion: $v) {
      employees
      version
    }
  }
`);
const DECLARE = graphql(`
  mutation ReliabilityLostDeclare($p: ID!) {
    declareProviderEngagement(providerId: $p, description: "Refonte du site vitrine.") {
      id
    }
  }
`);
const CONFIRM = graphql(`
  mutation ReliabilityLostConfirm($id: ID!) {
    confirmProviderEngagement(engagementId: $id) {
      status
    }
  }
`);

describe('a write whose response is lost after DynamoDB executed it', () => {
  it('updateCompany answers the updated company, not CONFLICT, and the version moves by one', async () => {
    const { caller, companyId } = await registerPme(api);
    const lost = proxy.arm({
      kind: 'lose-response',
      operations: ['PutItem', 'UpdateItem', 'TransactWriteItems'],
    });
    const result = await typedCall(api, UPDATE, { input: { employees: 12 }, v: 1 }, caller);
    expect(lost.hits()).toBe(1);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ updateCompany: { employees: 12, version: 2 } });
    const { Item } = await db.send(
      new GetCommand({
        TableName: inject('tableName'),
        Key: { PK: `COMPANY#${companyId}`, SK: 'PROFILE' },
        ConsistentRead: true,
      }),
    );
    expect(Item).toMatchObject({ employees: 12, version: 2 });
  });

  it('a stale version is still CONFLICT, through the same path', async () => {
    const { caller } = await registerPme(api);
    expect((await typedCall(api, UPDATE, { input: { employees: 5 }, v: 1 }, caller)).errors).toBeUndefined();
    const stale = await typedCall(api, UPDATE, { input: { employees: 6 }, v: 1 }, caller);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('confirmProviderEngagement (a guarded update answering the new item) answers CONFIRMED once', async () => {
    const { caller: provider, provider: p } = await registerProvider(api);
    const { caller: pme } = await registerPme(api);
    const declared = await typedCall(api, DECLARE, { p: p.id as string }, pme);
    expect(declared.errors).toBeUndefined();
    const lost = proxy.arm({ kind: 'lose-response', operations: ['UpdateItem', 'TransactWriteItems'] });
    const confirmed = await typedCall(
      api,
      CONFIRM,
      { id: declared.data!.declareProviderEngagement.id },
      provider,
    );
    expect(lost.hits()).toBe(1);
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data).toEqual({ confirmProviderEngagement: { status: 'CONFIRMED' } });
  });

  it('registerCompany (a transaction) answers the company, not "already registered"', async () => {
    const lost = proxy.arm({ kind: 'lose-response', operations: ['TransactWriteItems'] });
    const { companyId } = await registerPme(api);
    expect(lost.hits()).toBe(1);
    expect(companyId).toBeTruthy();
  });
});
