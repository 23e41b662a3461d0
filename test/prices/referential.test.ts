import { describe, expect, it } from 'vitest';
import { MIN_CONTRIBUTORS } from '../../functions/shared/disclosure.js';
import {
  bucketOf,
  histogramDeltas,
  histogramsOfRecords,
  invoiceObservations,
  mergeRanked,
  placeAmount,
  priceRange,
} from '../../functions/prices/referential.js';

/** A histogram of the given amounts (in euros) from `contributors` source records, as the store reads it. */
const histogramOf = (euros: number[], contributors = MIN_CONTRIBUTORS) => {
  const buckets = new Map<number, number>();
  for (const e of euros) buckets.set(bucketOf(e * 100), (buckets.get(bucketOf(e * 100)) ?? 0) + 1);
  const amounts = [...buckets.keys()].sort((a, b) => a - b);
  return {
    count: euros.length,
    contributors,
    ranked: { amounts, counts: amounts.map((a) => buckets.get(a)!) },
  };
};

describe('buckets', () => {
  it('keep 3 significant digits, so round prices are exact and others within 0.5 %', () => {
    expect(bucketOf(150_000)).toBe(150_000);
    expect(bucketOf(123_456)).toBe(123_000);
    expect(bucketOf(123_500)).toBe(124_000);
    expect(bucketOf(999)).toBe(999);
    expect(bucketOf(1_234_567_89)).toBe(1_230_000_00);
  });
});

describe('quartiles', () => {
  it('interpolate between the two closest ranks, on known data', () => {
    // Sorted: 1000, 1200, 1500, 2000, 3000, 5000 € (n = 6).
    // Low quartile at rank (6 − 1) × 0.25 = 1.25: 1200 + 0.25 × (1500 − 1200) = 1275 €.
    // Median at rank 2.5: 1500 + 0.5 × (2000 − 1500) = 1750 €.
    // High quartile at rank 3.75: 2000 + 0.75 × (3000 − 2000) = 2750 €.
    expect(priceRange(histogramOf([3000, 1000, 5000, 1500, 1200, 2000]))).toEqual({
      lowCents: 127_500,
      medianCents: 175_000,
      highCents: 275_000,
      observations: 6,
    });
    // Five values fall on ranks exactly: 1, 2 and 3 (0-based).
    expect(priceRange(histogramOf([400, 400, 900, 1000, 8000]))).toEqual({
      lowCents: 40_000,
      medianCents: 90_000,
      highCents: 100_000,
      observations: 5,
    });
  });

  it(`are published from ${MIN_CONTRIBUTORS} contributors only, however many observations they made`, () => {
    const amounts = Array.from({ length: 30 }, (_, i) => 1000 + i * 100);
    expect(priceRange(histogramOf(amounts.slice(0, 1), 1))).toBeNull();
    expect(priceRange(histogramOf(amounts, MIN_CONTRIBUTORS - 1))).toBeNull();
    expect(priceRange(histogramOf(amounts.slice(0, 10), MIN_CONTRIBUTORS))?.observations).toBe(10);
    expect(priceRange(histogramOf([]))).toBeNull();
  });
});

describe('merged sources', () => {
  it('add the counts of equal amounts and keep the amounts in order', () => {
    const offers = { amounts: [1000, 1200, 5000], counts: [1, 1, 2] };
    const invoices = { amounts: [900, 1200, 3000], counts: [1, 2, 1] };
    const merged = mergeRanked([offers, invoices, { amounts: [], counts: [] }]);
    expect({ amounts: Array.from(merged.amounts), counts: Array.from(merged.counts) }).toEqual({
      amounts: [900, 1000, 1200, 3000, 5000],
      counts: [1, 1, 3, 1, 2],
    });
    // Quartiles of the merged amounts: 900, 1000, 1200 ×3, 3000, 5000 ×2 (n = 8).
    expect(priceRange({ count: 8, contributors: MIN_CONTRIBUTORS, ranked: merged })).toEqual({
      lowCents: 1150,
      medianCents: 1200,
      highCents: 3500,
      observations: 8,
    });
  });
});

describe('placing an amount', () => {
  const range = { lowCents: 100_000, highCents: 300_000 };
  it.each([
    [99_999, 'BELOW_RANGE'],
    [100_000, 'WITHIN_RANGE'],
    [300_000, 'WITHIN_RANGE'],
    [300_001, 'ABOVE_RANGE'],
  ] as const)('%i cents is %s', (amount, placement) => expect(placeAmount(amount, range)).toBe(placement));
  it('says so when there is no range to compare with', () =>
    expect(placeAmount(1, null)).toBe('NO_REFERENCE'));
});

describe('observations', () => {
  it('count nationally and in their region, and replacing them adds only the difference', () => {
    const before = [{ theme: 'CONTENT' as const, amountCents: 100_000, regionCode: '84' }];
    const moved = [{ theme: 'CONTENT' as const, amountCents: 100_000, regionCode: '53' }];
    expect(histogramDeltas('OFFERS', [], before).map((d) => [d.scope, d.count, d.buckets])).toEqual([
      ['FR', 1, { '100000': 1 }],
      ['84', 1, { '100000': 1 }],
    ]);
    expect(histogramDeltas('OFFERS', before, moved).map((d) => [d.scope, d.count, d.buckets])).toEqual([
      ['84', -1, { '100000': -1 }],
      ['53', 1, { '100000': 1 }],
    ]);
    expect(histogramDeltas('QUOTES', before, before)).toEqual([]);
  });

  it('count a source record once per histogram, however many of its observations fall there', () => {
    const three = [100_000, 200_000, 300_000].map((amountCents) => ({
      theme: 'CONTENT' as const,
      amountCents,
      regionCode: '84',
    }));
    expect(histogramDeltas('QUOTES', [], three).map((d) => [d.scope, d.count, d.contributors])).toEqual([
      ['FR', 3, 1],
      ['84', 3, 1],
    ]);
    // Dropping two of its three observations leaves it a contributor; dropping all takes it out.
    expect(histogramDeltas('QUOTES', three, three.slice(0, 1)).map((d) => d.contributors)).toEqual([0, 0]);
    expect(histogramDeltas('QUOTES', three, []).map((d) => d.contributors)).toEqual([-1, -1]);
    expect(histogramsOfRecords('QUOTES', [three, three]).map((d) => [d.count, d.contributors])).toEqual([
      [6, 2],
      [6, 2],
    ]);
  });

  it('share an invoice among the expenses in proportion to their quotes, to the cent', () => {
    const shares = invoiceObservations(
      [
        { theme: 'ECOMMERCE_WEBSITE', amountCents: 200_000 },
        { theme: 'ONLINE_PAYMENT', amountCents: 100_000 },
        { theme: 'HOSTING_SECURITY', amountCents: 100_000 },
      ],
      100_001,
    );
    expect(shares).toEqual([
      { theme: 'ECOMMERCE_WEBSITE', amountCents: 50_001 },
      { theme: 'ONLINE_PAYMENT', amountCents: 25_000 },
      { theme: 'HOSTING_SECURITY', amountCents: 25_000 },
    ]);
  });
});
