import { expect, inject, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { typedCall } from '../support/typed.js';
import { refreshPublishedAggregates } from '../../functions/publication/refresh.js';
import { priceReportId } from '../../functions/subsidies/price-report.js';
import { createTestApi, testDb } from '../support/api.js';
import { deliverOutbox } from '../support/outbox.js';
import { createApplication, dataOf, expense, openProgram, ops, pme, registerCompany } from './support.js';

const Referential = graphql(`
  query SubsidiesPricesFeedReferential {
    priceReferential(theme: BOOKING, regionCode: "94", source: QUOTES) {
      observations
      medianCents
    }
  }
`);

const api = createTestApi();

it('feeds submitted quotes into the price referential, published from the tenth application on', async () => {
  const program = await openProgram(api, { regionCode: '94' });
  const referential = async () => dataOf(await typedCall(api, Referential, {})).priceReferential;
  const refresh = () =>
    refreshPublishedAggregates({ db: testDb(), tableName: inject('tableName'), clock: () => new Date() });
  const amounts = [300_000, 400_000, 500_000, 600_000, 700_000, 300_000, 400_000, 500_000, 600_000, 700_000];
  for (const [i, amountCents] of amounts.entries()) {
    await refresh();
    expect(await referential(), `after ${i} submissions`).toBeNull();
    const caller = pme();
    await registerCompany(api, { communeCode: '2A004' }, caller);
    const app = await createApplication(api, caller, program.id, {
      expenses: [expense({ theme: 'BOOKING', description: 'Prise de rendez-vous en ligne', amountCents })],
    });
    const submitted = await ops(api).submit(caller, app.id);
    expect(submitted.errors).toBeUndefined();
    // The submission's outbox item, delivered as the stream consumer does.
    const { version } = submitted.data!.submitSubsidyApplication;
    expect(await deliverOutbox([priceReportId(app.id, version, 'QUOTES')])).toEqual({
      batchItemFailures: [],
    });
  }
  await refresh();
  expect(await referential()).toEqual({ observations: 10, medianCents: 500_000 });
});
