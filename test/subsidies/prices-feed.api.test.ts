import { expect, it } from 'vitest';
import { createTestApi } from '../support/api.js';
import { createApplication, dataOf, expense, openProgram, ops, pme, registerCompany } from './support.js';

const api = createTestApi();

it('feeds submitted quotes into the price referential, published from the fifth observation', async () => {
  const program = await openProgram(api, { regionCode: '94' });
  const referential = async () =>
    dataOf(
      await api.call<{ priceReferential: { observations: number; medianCents: number } | null }>(
        `{ priceReferential(theme: BOOKING, regionCode: "94", source: QUOTES) { observations medianCents } }`,
      ),
    ).priceReferential;
  const amounts = [300_000, 400_000, 500_000, 600_000, 700_000];
  for (const [i, amountCents] of amounts.entries()) {
    expect(await referential(), `after ${i} submissions`).toBeNull();
    const caller = pme();
    await registerCompany(api, { communeCode: '2A004' }, caller);
    const app = await createApplication(api, caller, program.id, {
      expenses: [expense({ theme: 'BOOKING', description: 'Prise de rendez-vous en ligne', amountCents })],
    });
    const submitted = await ops(api).submit(caller, app.id);
    expect(submitted.errors).toBeUndefined();
  }
  expect(await referential()).toEqual({ observations: 5, medianCents: 500_000 });
});
