import { describe, expect, inject, it } from 'vitest';
import { createStores } from '../../functions/graphql/context.js';
import { recordPriceObservations } from '../../functions/prices/service.js';
import { refreshPublishedAggregates } from '../../functions/publication/refresh.js';
import { MIN_CONTRIBUTORS } from '../../functions/shared/disclosure.js';
import { codeOf, createTestApi, testDb } from '../support/api.js';
import { addOffer, registerProvider } from '../providers/helpers.js';
import { createApplication, expense, openProgram, registerCompany } from '../subsidies/support.js';
import { graphql } from '../generated/gql.js';
import type { PriceSource, Theme } from '../generated/graphql.js';
import { typedCall } from '../support/typed.js';

const Range = graphql(`
  query PricesRange($t: Theme!, $r: String, $s: PriceSource) {
    priceReferential(theme: $t, regionCode: $r, source: $s) {
      theme
      regionCode
      source
      lowCents
      medianCents
      highCents
      observations
    }
  }
`);
const RemoveOffer = graphql(`
  mutation PricesRemoveOffer($id: ID!) {
    removeProviderOffer(offerId: $id) {
      id
    }
  }
`);
const MoveProvider = graphql(`
  mutation PricesMoveProvider {
    updateProvider(input: { communeCode: "97209" }) {
      id
    }
  }
`);
const Referentials = graphql(`
  query PricesReferentials {
    priceReferentials(regionCode: "02") {
      theme
      overall {
        observations
      }
      offers {
        observations
      }
      quotes {
        medianCents
      }
      invoices {
        observations
      }
    }
  }
`);
const Position = graphql(`
  query PricesPosition($a: Cents!) {
    pricePosition(theme: POINT_OF_SALE, regionCode: "02", amountCents: $a) {
      placement
      range {
        regionCode
      }
    }
  }
`);
const ExpensePositions = graphql(`
  query PricesExpensePositions($id: ID!) {
    subsidyApplication(id: $id) {
      expensePricePositions {
        placement
        range {
          regionCode
          medianCents
        }
      }
    }
  }
`);

// Each test owns a theme × region nobody else's tests use (overseas regions, themes the provider tests leave alone).
const api = createTestApi();
const refresh = () =>
  refreshPublishedAggregates({ db: testDb(), tableName: inject('tableName'), clock: () => new Date() });

const range = (theme: Theme, regionCode: string | null, source: PriceSource | null = 'OFFERS') =>
  typedCall(api, Range, { t: theme, r: regionCode, s: source });

async function offer(
  communeCode: string,
  theme: Theme,
  priceFromCents: number,
  priceToCents = priceFromCents,
) {
  const { caller } = await registerProvider(api, { communeCode });
  return { caller, provider: await addOffer(api, caller, { theme, priceFromCents, priceToCents }) };
}

describe('the price referential', () => {
  it(`publishes a range from ${MIN_CONTRIBUTORS} contributors only, and only at the scheduled refresh`, async () => {
    // Mayotte (06), EXPORT: each offer is observed at the middle of its range.
    const euros = [1000, 2000, 2000, 3000, 6000, 1000, 2000, 2000, 3000];
    for (const e of euros) await offer('97611', 'EXPORT', (e - 100) * 100, (e + 100) * 100);
    await refresh();
    // Nine providers: their offers could be read back one by one, so nothing is shown.
    expect((await range('EXPORT', '06')).data!.priceReferential).toBeNull();
    expect((await range('EXPORT', '06', null)).data!.priceReferential, 'all sources together').toBeNull();
    await offer('97611', 'EXPORT', 590_000, 610_000);
    // The tenth is not shown before the refresh…
    expect((await range('EXPORT', '06')).data!.priceReferential).toBeNull();
    await refresh();
    // …then all ten are. Sorted: 1000, 1000, 2000 ×4, 3000 ×2, 6000 ×2 €.
    expect((await range('EXPORT', '06')).data!.priceReferential).toEqual({
      theme: 'EXPORT',
      regionCode: '06',
      source: 'OFFERS',
      lowCents: 200_000,
      medianCents: 200_000,
      highCents: 300_000,
      observations: 10,
    });
  });

  it('moves a published range only once ten contributions changed, not one by one', async () => {
    // Guyane (03), MARKETPLACE.
    const made = [];
    for (let i = 1; i <= MIN_CONTRIBUTORS; i++) made.push(await offer('97302', 'MARKETPLACE', i * 100_000));
    await refresh();
    const published = (await range('MARKETPLACE', '03')).data!.priceReferential;
    expect(published).toMatchObject({ observations: 10, medianCents: 550_000 });
    // One provider removes its offer, another moves away: readers still see the same range after a refresh.
    const priciest = made.at(-1)!;
    await typedCall(api, RemoveOffer, { id: priciest.provider.offers[0]!.id }, priciest.caller);
    await typedCall(api, MoveProvider, {}, made[0]!.caller);
    await refresh();
    expect((await range('MARKETPLACE', '03')).data!.priceReferential).toEqual(published);
    // Eight more changes (ten in all): the new range is published.
    for (let i = 0; i < 8; i++) await offer('97302', 'MARKETPLACE', 100_000);
    await refresh();
    expect((await range('MARKETPLACE', '03')).data!.priceReferential).toMatchObject({ observations: 16 });
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
    await Promise.all([2, 3, 4, 5, 6, 7, 8, 9].map((i) => report(`app-${i}-${run}`, [i * 100_000])));
    await refresh();
    expect((await range('POINT_OF_SALE', '02', 'QUOTES')).data!.priceReferential).toBeNull();
    await report(`app-10-${run}`, [1_000_000]);
    await refresh();
    // 1000 to 10 000 € by 1000: quartiles at ranks 2.25, 4.5 and 6.75.
    expect((await range('POINT_OF_SALE', '02', 'QUOTES')).data!.priceReferential).toMatchObject({
      lowCents: 325_000,
      medianCents: 550_000,
      highCents: 775_000,
      observations: 10,
    });
    const all = await typedCall(api, Referentials, {});
    expect(all.data!.priceReferentials.find((r) => r.theme === 'POINT_OF_SALE')).toEqual({
      theme: 'POINT_OF_SALE',
      overall: { observations: 10 },
      offers: null,
      quotes: { medianCents: 550_000 },
      invoices: null,
    });

    const position = (amountCents: number) =>
      typedCall(api, Position, {
        a: amountCents,
      });
    expect((await position(150_000)).data!.pricePosition).toEqual({
      placement: 'BELOW_RANGE',
      range: { regionCode: '02' },
    });
    expect((await position(550_000)).data!.pricePosition!.placement).toBe('WITHIN_RANGE');
    expect((await position(900_000)).data!.pricePosition!.placement).toBe('ABOVE_RANGE');

    // Each expense of an application, against its programme's region.
    const { caller } = await registerCompany(api, { communeCode: '97209' });
    const program = await openProgram(api, { regionCode: '02' });
    const application = await createApplication(api, caller, program.id, {
      expenses: [
        expense({ theme: 'POINT_OF_SALE', amountCents: 150_000 }),
        expense({ theme: 'POINT_OF_SALE', amountCents: 550_000 }),
        expense({ theme: 'EXPORT', amountCents: 300_000 }),
      ],
    });
    const read = await typedCall(api, ExpensePositions, { id: application.id }, caller);
    expect(read.errors).toBeUndefined();
    expect(read.data!.subsidyApplication!.expensePricePositions.map((p) => p.placement)).toEqual([
      'BELOW_RANGE',
      'WITHIN_RANGE',
      expect.stringMatching(/RANGE|NO_REFERENCE/),
    ]);
  });

  it('refuses an unknown region', async () => {
    expect(codeOf(await range('CONTENT', '99'))).toBe('BAD_USER_INPUT');
  });
});
