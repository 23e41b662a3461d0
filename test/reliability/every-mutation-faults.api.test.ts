import { workerDynamoEndpoint } from '../support/dynamo-endpoint.js';
import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../../functions/generated/type-defs.js';
import { tableDefinition } from '../../functions/shared/table.js';
import { createTestApi, manualClock, testDb, type GraphqlResult } from '../support/api.js';
import { startFaultProxy, WRITE_OPERATIONS, type FaultProxy } from '../support/fault-proxy.js';
import { AUTHORIZATION_MATRIX, outcomeOf } from '../security/authorization-matrix.js';
import { buildWorld, CALLER_NAMES, NOW, type World } from '../security/authorization-world.js';

// Every mutation of the schema, with one caller the authorization matrix allows and its arguments, run twice on two
// twin fixture worlds: fault-free on one table; on the other, first with every write throttled and no client retry
// (the answer is a retryable SERVICE_UNAVAILABLE, or the mutation's own when it writes nothing, never an internal
// error), then again with the answer of its first write lost after DynamoDB executed it. Each answer equals the
// fault-free one, and at the end the two tables are equal, ids and times aside: nothing was written twice, and the
// throttled calls left nothing behind.
const schema = buildSchema(typeDefs);
const mutations = Object.values(schema.getMutationType()!.getFields());
const LATER = new Date(NOW.getTime() + 370 * 86_400_000);
const tables = { clean: `clean-${randomUUID().slice(0, 8)}`, faulty: `faulty-${randomUUID().slice(0, 8)}` };
const db = testDb();
// Scans compare the tables from outside the application's client (whose requests are checked to hold no Scan).
const raw = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    endpoint: workerDynamoEndpoint(),
    region: 'eu-west-3',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  }),
);
let proxy: FaultProxy;
let clean: World;
let faulty: World;
/** The faulty world's APIs through the proxy: with the client's retries, and with none (throttling pass). */
let through: Record<'now' | 'later' | 'throttledNow' | 'throttledLater', ReturnType<typeof createTestApi>>;

function leavesOf(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const leaves = Object.values(named.getFields()).filter(
    (f) => isLeafType(getNullableType(f.type)) && f.args.every((a) => !isNonNullType(a.type)),
  );
  return `{ ${leaves.map((f) => f.name).join(' ') || '__typename'} }`;
}

/** Ids, SIRENs, subjects and instants differ between the twin worlds; everything else must not. */
const normalized = (json: string) =>
  json
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
    .replace(/[0-9a-f]{32}/g, '<hex-id>')
    .replace(/(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{22}(?![A-Za-z0-9_-])/g, '<id>')
    .replace(/(?<=[ -])[0-9a-f]{8}\b/g, '<sub>')
    .replace(/\b\d{9}(\d{5})?\b/g, '<siren>')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<instant>')
    // Each test call comes from a random source address: its keyed hash differs between the twin worlds.
    .replace(/ANONCLIENT#[A-Za-z0-9_-]+/g, 'ANONCLIENT#<client>')
    // Two diagnostics of one company at the same instant (a frozen clock): the larger random id is the latest.
    .replace(/"counted":(true|false)/g, '"counted":<tie>');

async function dump(table: string): Promise<string[]> {
  const items: string[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await raw.send(
      new ScanCommand({ TableName: table, ExclusiveStartKey, ConsistentRead: true }),
    );
    items.push(...(page.Items ?? []).map((item) => normalized(JSON.stringify(item))));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items.sort();
}

const answerOf = (result: GraphqlResult) =>
  normalized(
    JSON.stringify({
      data: result.data ?? null,
      codes: (result.errors ?? []).map((e) => e.extensions?.code),
    }),
  );

beforeAll(async () => {
  await Promise.all(Object.values(tables).map((t) => db.send(new CreateTableCommand(tableDefinition(t)))));
  proxy = await startFaultProxy(workerDynamoEndpoint());
  [clean, faulty] = [await buildWorld(tables.clean), await buildWorld(tables.faulty)];
  const api = (at: Date, maxAttempts?: number) =>
    createTestApi({
      clock: manualClock(at),
      config: {
        tableName: tables.faulty,
        dynamoEndpoint: proxy.endpoint,
        ...(maxAttempts ? { dynamoClient: { maxAttempts } } : {}),
      },
    });
  through = { now: api(NOW), later: api(LATER), throttledNow: api(NOW, 1), throttledLater: api(LATER, 1) };
}, 240_000);

afterAll(async () => {
  await Promise.all(Object.values(tables).map((t) => db.send(new DeleteTableCommand({ TableName: t }))));
  db.destroy();
  raw.destroy();
  await proxy.close();
});

const tally = { lostResponses: 0, throttled: 0 };

describe('every mutation under a lost response and under throttling', () => {
  const ordered = [...mutations].sort(
    (a, b) => Number(!!AUTHORIZATION_MATRIX[a.name]?.last) - Number(!!AUTHORIZATION_MATRIX[b.name]?.last),
  );
  it.each(ordered.map((m) => [m.name, m] as const))('%s', async (name, field) => {
    const entry = AUTHORIZATION_MATRIX[name]!;
    const who =
      CALLER_NAMES.find((c) => outcomeOf(entry, c) === 'ALLOWED') ??
      CALLER_NAMES.find((c) => typeof outcomeOf(entry, c) === 'object')!;
    const variables = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
    const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const document = `mutation${variables ? `(${variables})` : ''} { ${name}${call ? `(${call})` : ''} ${leavesOf(field.type)} }`;
    const args = entry.args ?? (() => ({}));

    const expected = await (entry.later ? clean.later : clean.api).call(
      document,
      await args(clean, who),
      clean.callers[who],
    );
    const vars = await args(faulty, who);
    const throttledApi = entry.later ? through.throttledLater : through.throttledNow;
    // The caller's first request records its account (notifications' directory, best effort): done before the
    // faults, so that what is throttled is the mutation's own writes.
    await throttledApi.call('{ __typename }', {}, faulty.callers[who]);
    const throttledBefore = proxy.injected.throttle;
    proxy.arm({ kind: 'throttle', operations: [...WRITE_OPERATIONS], times: Infinity });
    let answer = await throttledApi.call(document, vars, faulty.callers[who]);
    proxy.clear();
    const codes = (answer.errors ?? []).map((e) => e.extensions?.code);
    expect(codes, JSON.stringify(answer.errors)).not.toContain('INTERNAL_SERVER_ERROR');
    if (codes.includes('SERVICE_UNAVAILABLE') || proxy.injected.throttle > throttledBefore) {
      expect(answer.errors?.[0]?.extensions?.retryable, JSON.stringify(answer.errors)).toBe(true);
      tally.throttled++;
      const lost = proxy.arm({ kind: 'lose-response', operations: [...WRITE_OPERATIONS] });
      answer = await (entry.later ? through.later : through.now).call(document, vars, faulty.callers[who]);
      proxy.clear();
      tally.lostResponses += lost.hits();
    }
    expect(answerOf(answer)).toBe(answerOf(expected));
  });

  it('lost responses and throttling were really injected, and the two tables are equal', async () => {
    console.log('faults injected', tally);
    expect(tally.lostResponses).toBeGreaterThan(mutations.length / 3);
    const [a, b] = [await dump(tables.clean), await dump(tables.faulty)];
    expect(
      b.filter((item) => !a.includes(item)),
      'only in the faulty table',
    ).toEqual([]);
    expect(
      a.filter((item) => !b.includes(item)),
      'only in the fault-free table',
    ).toEqual([]);
    expect(b).toEqual(a);
  }, 60_000);
});
