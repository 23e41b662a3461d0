import { workerDynamoEndpoint } from '../support/dynamo-endpoint.js';
import { CreateTableCommand, DeleteTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { consumeOutbox, outboxHandlers } from '../../functions/outbox/index.js';
import { PriceStore } from '../../functions/prices/index.js';
import { ensureTable, tableDefinition } from '../../functions/shared/table.js';
import { priceReportId } from '../../functions/subsidies/price-report.js';
import { startStreamConsumer } from '../../scripts/local/stream-consumer.js';
import { createTestApi, testDb, uniqueId } from '../support/api.js';
import { outboxItem } from '../support/outbox.js';
import { agentOf, dataOf, expense, fileUnderReview, ops, openProgram } from '../subsidies/support.js';

// A table of its own: the worker's shared table holds every earlier file's outbox items in its stream, which the
// poller would have to work through first.
const tableName = `stream-${uniqueId('poller')}`;
const db = testDb();
await ensureTable(db, tableName);
const api = createTestApi({ config: { tableName } });
const agent = agentOf('84');

// `npm start`'s poller of DynamoDB Local's stream, against the test table (created with its stream by ensureTable).
const stop = startStreamConsumer({
  db,
  tableName,
  endpoint: workerDynamoEndpoint(),
  handle: (event) =>
    consumeOutbox({ db, tableName, handlers: outboxHandlers, clock: () => new Date() }, event),
  intervalMs: 200,
});
afterAll(() => stop());

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; ; i++) {
    const value = await read();
    if (done(value) || i >= 300) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the local stream poller', () => {
  it('delivers a payment’s outbox item end to end: the invoice reaches the price referential, the item is gone', async () => {
    const o = ops(api);
    const program = await openProgram(api);
    const { application } = await fileUnderReview(api, program.id, agent, {
      expenses: [expense({ amountCents: 1_000_000 })],
    });
    const accepted = dataOf(
      await o.decide(agent, application.id, 'ACCEPT', application.version),
    ).decideSubsidyApplication;
    const paid = dataOf(await o.pay(agent, accepted.id, 1_000_000, accepted.version)).recordSubsidyPayment;

    const prices = new PriceStore(db, tableName);
    const recorded = await eventually(
      () => prices.observationSet('INVOICES', paid.id),
      (set) => set !== undefined,
    );
    expect(recorded?.observations.length).toBeGreaterThan(0);
    const id = priceReportId(paid.id, paid.version, 'INVOICES');
    expect(
      await eventually(
        () => outboxItem(id, tableName),
        (item) => item === undefined,
      ),
    ).toBeUndefined();
  });
});

describe('the local table', () => {
  it('gets its stream when it was created before the outbox existed', async () => {
    const name = `${tableName}-${uniqueId('nostream')}`;
    const { StreamSpecification: _, ...withoutStream } = tableDefinition(name);
    await db.send(new CreateTableCommand(withoutStream));
    expect(await ensureTable(db, name)).toBe('existed');
    const { Table } = await db.send(new DescribeTableCommand({ TableName: name }));
    expect(Table?.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_IMAGE' });
    await db.send(new DeleteTableCommand({ TableName: name }));
  });
});
