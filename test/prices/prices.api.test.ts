import { describe, expect, inject, it } from 'vitest';
import { createStores } from '../../functions/graphql/context.js';
import { recordPriceObservations } from '../../functions/prices/service.js';
import { codeOf, createTestApi, testDb } from '../support/api.js';
import { addOffer, registerProvider } from '../providers/helpers.js';
import { createApplication, expense, openProgram, registerCompany } from '../subsidies/support.js';

// Each test owns a theme × region nobody else's tests use (overseas regions, themes the provider tests leave alone).
const api = createTestApi();

const range = (theme: string, regionCode: string | null, source: string | null = 'OFFERS') =>
  api.call<any>(
    `query($t: Theme!, $r: String, $s: PriceSource) { priceReferential(theme: $t, regionCode: $r, source: $s) { theme regionCode source lowCents medianCents highCents observations } }`,
    { t: theme, r: regionCode, s: source },
  );

async function offer(
  communeCode: string,
  theme: string,
  priceFromCents: number,
  priceToCents = priceFromCents,
) {
  const { caller } = await registerProvider(api, { communeCode });
  return { caller, provider: await addOffer(api, caller, { theme, priceFromCents, priceToCents }) };
}

describe('the price referential', () => {
  it('publishes a range from 5 observations only', async () => {
    // Mayotte (06), EXPORT: each offer is observed at the middle of its range.
    for (const [from, to] of [
      [100_000, 300_000],
      [150_000, 250_000],
      [300_000, 300_000],
      [80_000, 120_000],
    ])
      await offer('97611', 'EXPORT', from!, to!);
    expect((await range('EXPORT', '06')).data.priceReferential).toBeNull();
    expect((await range('EXPORT', '06', null)).data.priceReferential, 'all sources together').toBeNull();
    await offer('97611', 'EXPORT', 500_000, 700_000);
    // Middles, sorted: 1000, 2000, 2000, 3000, 6000 €; quartiles on ranks 1, 2 and 3 exactly.
    expect((await range('EXPORT', '06')).data.priceReferential).toEqual({
      theme: 'EXPORT',
      regionCode: '06',
      source: 'OFFERS',
      lowCents: 200_000,
      medianCents: 200_000,
      highCents: 300_000,
      observations: 5,
    });
  });

  it('gives the quartiles of known data, and follows offers as they are removed', async () => {
    // Guyane (03), MARKETPLACE: 1000, 1200, 1500, 2000, 3000, 5000 €.
    const made = [];
    for (const euros of [3000, 1000, 5000, 1500, 1200, 2000])
      made.push(await offer('97302', 'MARKETPLACE', euros * 100));
    // By hand: low quartile at rank 1.25 → 1200 + 0.25 × 300 = 1275 €; median at rank 2.5 → 1500 + 0.5 × 500 = 1750 €;
    // high quartile at rank 3.75 → 2000 + 0.75 × 1000 = 2750 €.
    expect((await range('MARKETPLACE', '03')).data.priceReferential).toMatchObject({
      lowCents: 127_500,
      medianCents: 175_000,
      highCents: 275_000,
      observations: 6,
    });
    const priciest = made[2]!;
    await api.call(
      `mutation($id: ID!) { removeProviderOffer(offerId: $id) { id } }`,
      { id: priciest.provider.offers[0].id },
      priciest.caller,
    );
    // 1000, 1200, 1500, 2000, 3000 €: ranks 1, 2 and 3 exactly.
    expect((await range('MARKETPLACE', '03')).data.priceReferential).toMatchObject({
      lowCents: 120_000,
      medianCents: 150_000,
      highCents: 200_000,
      observations: 5,
    });
    // A provider moving away takes its offer to its new region.
    const moved = made[0]!;
    await api.call(`mutation { updateProvider(input: { communeCode: "97209" }) { id } }`, {}, moved.caller);
    expect((await range('MARKETPLACE', '03')).data.priceReferential).toBeNull();
  });

  it('keeps quotes apart from offers, and counts an application once however often it is reported', async () => {
    // Martinique (02), POINT_OF_SALE: what the subsidy workflow reports at submission.
    const deps = { db: testDb(), now: new Date(), ...createStores(testDb(), inject('tableName')) };
    const report = (applicationId: string, amounts: number[]) =>
      recordPriceObservations(deps, {
        source: 'QUOTES',
        sourceId: applicationId,
        regionCode: '02',
        observations: amounts.map((amountCents) => ({ theme: 'POINT_OF_SALE' as const, amountCents })),
      });
    const run = `${Date.now()}`;
    await report(`app-a-${run}`, [900_000]);
    await report(`app-a-${run}`, [100_000]); // corrected and submitted again: replaces the first quote
    await Promise.all([2, 3, 4].map((i) => report(`app-${i}-${run}`, [i * 100_000])));
    expect((await range('POINT_OF_SALE', '02', 'QUOTES')).data.priceReferential).toBeNull();
    await report(`app-5-${run}`, [500_000]);
    expect((await range('POINT_OF_SALE', '02', 'QUOTES')).data.priceReferential).toMatchObject({
      lowCents: 200_000,
      medianCents: 300_000,
      highCents: 400_000,
      observations: 5,
    });
    const all = await api.call<any>(
      `{ priceReferentials(regionCode: "02") { theme overall { observations } offers { observations } quotes { medianCents } invoices { observations } } }`,
    );
    expect(all.data.priceReferentials.find((r: any) => r.theme === 'POINT_OF_SALE')).toEqual({
      theme: 'POINT_OF_SALE',
      overall: { observations: 5 },
      offers: null,
      quotes: { medianCents: 300_000 },
      invoices: null,
    });

    const position = (amountCents: number) =>
      api.call<any>(
        `query($a: Cents!) { pricePosition(theme: POINT_OF_SALE, regionCode: "02", amountCents: $a) { placement range { regionCode } } }`,
        {
          a: amountCents,
        },
      );
    expect((await position(150_000)).data.pricePosition).toEqual({
      placement: 'BELOW_RANGE',
      range: { regionCode: '02' },
    });
    expect((await position(300_000)).data.pricePosition.placement).toBe('WITHIN_RANGE');
    expect((await position(450_000)).data.pricePosition.placement).toBe('ABOVE_RANGE');

    // Each expense of an application, against its programme's region.
    const { caller } = await registerCompany(api, { communeCode: '97209' });
    const program = await openProgram(api, { regionCode: '02' });
    const application = await createApplication(api, caller, program.id, {
      expenses: [
        expense({ theme: 'POINT_OF_SALE', amountCents: 150_000 }),
        expense({ theme: 'POINT_OF_SALE', amountCents: 300_000 }),
        expense({ theme: 'EXPORT', amountCents: 300_000 }),
      ],
    });
    const read = await api.call<any>(
      `query($id: ID!) { subsidyApplication(id: $id) { expensePricePositions { placement range { regionCode medianCents } } } }`,
      { id: application.id },
      caller,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data.subsidyApplication.expensePricePositions.map((p: any) => p.placement)).toEqual([
      'BELOW_RANGE',
      'WITHIN_RANGE',
      expect.stringMatching(/RANGE|NO_REFERENCE/),
    ]);
  });

  it('refuses an unknown region', async () => {
    expect(codeOf(await range('CONTENT', '99'))).toBe('BAD_USER_INPUT');
  });
});
