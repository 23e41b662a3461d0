import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { outboxHandlers, type OutboxHandler } from '../../functions/outbox/index.js';
import { PriceStore } from '../../functions/prices/index.js';
import { OUTBOX_KINDS } from '../../functions/shared/outbox.js';
import { priceReportId } from '../../functions/subsidies/price-report.js';
import { createTestApi, testDb } from '../support/api.js';
import { consume, outboxItem, streamEventOf } from '../support/outbox.js';
import { agentOf, codeOf, dataOf, expense, fileUnderReview, ops, openProgram } from './support.js';

const api = createTestApi();
const o = ops(api);
const agent = agentOf('84');
const prices = () => new PriceStore(testDb(), inject('tableName'));

/** A file accepted then paid on a 10,000 € invoice: its version after the payment, and its outbox item's id. */
async function paidFile() {
  const program = await openProgram(api);
  const { application } = await fileUnderReview(api, program.id, agent, {
    expenses: [expense({ amountCents: 1_000_000 })],
  });
  const accepted = dataOf(
    await o.decide(agent, application.id, 'ACCEPT', application.version),
  ).decideSubsidyApplication;
  const paid = dataOf(await o.pay(agent, accepted.id, 1_000_000, accepted.version)).recordSubsidyPayment;
  return { accepted, paid, outboxId: priceReportId(paid.id, paid.version, 'INVOICES') };
}

describe('the price figures of a payment go through the outbox', () => {
  it('a payment writes its outbox item with the payment; a refused payment writes none', async () => {
    const { paid, outboxId } = await paidFile();
    expect(await outboxItem(outboxId)).toMatchObject({
      kind: OUTBOX_KINDS.priceObservations,
      payload: { source: 'INVOICES', sourceId: paid.id, regionCode: '84' },
    });
    // Not recorded yet: the consumer does it once the stream delivers the item.
    expect(await prices().observationSet('INVOICES', paid.id)).toBeUndefined();

    const program = await openProgram(api);
    const { application } = await fileUnderReview(api, program.id, agent);
    const accepted = dataOf(
      await o.decide(agent, application.id, 'ACCEPT', application.version),
    ).decideSubsidyApplication;
    expect(codeOf(await o.pay(agent, accepted.id, 50_000, accepted.version))).toBe('NOT_ELIGIBLE');
    expect(await outboxItem(priceReportId(accepted.id, accepted.version + 1, 'INVOICES'))).toBeUndefined();
  });

  it('the consumer records the invoice once and deletes the item; the same batch twice records once', async () => {
    const { paid, outboxId } = await paidFile();
    let runs = 0;
    const counting: Record<string, OutboxHandler> = {
      [OUTBOX_KINDS.priceObservations]: async (payload, context) => {
        runs += 1;
        await outboxHandlers[OUTBOX_KINDS.priceObservations]!(payload, context);
      },
    };
    const event = await streamEventOf([outboxId]);
    expect(await consume(event, counting)).toEqual({ batchItemFailures: [] });
    expect(await consume(event, counting)).toEqual({ batchItemFailures: [] });
    expect(runs).toBe(1);
    const recorded = await prices().observationSet('INVOICES', paid.id);
    expect(recorded?.observations.length).toBeGreaterThan(0);
    expect(recorded?.version).toBe(1);
    expect(await outboxItem(outboxId)).toBeUndefined();
  });

  it('a failed handler is reported in batchItemFailures and its item stays for the next delivery', async () => {
    const { paid, outboxId } = await paidFile();
    const event = await streamEventOf([outboxId]);
    const failing: Record<string, OutboxHandler> = {
      [OUTBOX_KINDS.priceObservations]: () => Promise.reject(new Error('referential unavailable')),
    };
    const answer = await consume(event, failing);
    expect(answer.batchItemFailures).toEqual([
      { itemIdentifier: event.Records[0]!.dynamodb!.SequenceNumber },
    ]);
    expect(await outboxItem(outboxId)).toBeDefined();
    expect(await prices().observationSet('INVOICES', paid.id)).toBeUndefined();

    expect(await consume(event)).toEqual({ batchItemFailures: [] });
    expect(await prices().observationSet('INVOICES', paid.id)).toBeDefined();
    expect(await outboxItem(outboxId)).toBeUndefined();
  });

  it('skips stream records that are not inserted outbox items', async () => {
    const event = await streamEventOf([]);
    event.Records.push({
      eventName: 'MODIFY',
      dynamodb: { NewImage: { PK: { S: 'OUTBOX#x' }, SK: { S: 'OUTBOX' } }, SequenceNumber: '1' },
    });
    expect(await consume(event)).toEqual({ batchItemFailures: [] });
  });
});
