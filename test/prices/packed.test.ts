import { describe, expect, it } from 'vitest';
import { MIN_CONTRIBUTORS } from '../../functions/shared/disclosure.js';
import { packRanked, unpackRanked } from '../../functions/prices/packed.js';
import { bucketOf, priceRange, type RankedBuckets } from '../../functions/prices/referential.js';
import { seededRandom } from '../../scripts/demo/random.js';

const plain = (r: RankedBuckets) => ({ amounts: Array.from(r.amounts), counts: Array.from(r.counts) });
const roundTrip = (r: RankedBuckets) => plain(unpackRanked(packRanked(r)));

/** Ranked buckets of `n` random amounts from 1 cent to 100,000 €, as the published histograms hold them. */
function randomRanked(n: number, random: () => number): RankedBuckets {
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const bucket = bucketOf(Math.floor(10 ** (random() * 7)));
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1 + Math.floor(random() * 3));
  }
  const amounts = [...counts.keys()].sort((a, b) => a - b);
  return { amounts, counts: amounts.map((a) => counts.get(a)!) };
}

describe('packed histogram buckets', () => {
  it('read back as they were packed, whatever the amounts and counts', () => {
    const cases: RankedBuckets[] = [
      { amounts: [], counts: [] },
      { amounts: [0], counts: [1] },
      { amounts: [127, 128, 16_383, 16_384], counts: [127, 128, 16_383, 16_384] },
      // Beyond 2³¹ cents, and a count beyond 2³¹.
      { amounts: [999, 1_230_000_00, 9_990_000_000_00], counts: [1, 3_000_000_000, 2] },
      { amounts: [Number.MAX_SAFE_INTEGER], counts: [Number.MAX_SAFE_INTEGER] },
    ];
    for (const ranked of cases) expect(roundTrip(ranked)).toEqual(plain(ranked));
    const random = seededRandom(16).next;
    for (let i = 0; i < 20; i++) {
      const ranked = randomRanked(1 + Math.floor(random() * 400), random);
      expect(roundTrip(ranked)).toEqual(plain(ranked));
    }
  });

  it('give the same ranges as the buckets they pack', () => {
    const random = seededRandom(17).next;
    for (let i = 0; i < 20; i++) {
      const ranked = randomRanked(10 + Math.floor(random() * 300), random);
      let count = 0;
      for (const n of Array.from(ranked.counts)) count += n;
      const histogram = { count, contributors: MIN_CONTRIBUTORS };
      expect(priceRange({ ...histogram, ranked: unpackRanked(packRanked(ranked)) })).toEqual(
        priceRange({ ...histogram, ranked }),
      );
    }
  });

  it('take a few bytes per bucket', () => {
    // 200 buckets of the usual spread: one attribute of a few hundred bytes instead of 200 attributes.
    const ranked = randomRanked(400, seededRandom(18).next);
    expect(packRanked(ranked).length).toBeLessThan(5 * ranked.amounts.length);
  });

  it('refuse what they cannot hold, and bytes that are not a packed histogram', () => {
    expect(() => packRanked({ amounts: [2, 1], counts: [1, 1] })).toThrow(RangeError);
    expect(() => packRanked({ amounts: [1, 1], counts: [1, 1] })).toThrow(RangeError);
    expect(() => packRanked({ amounts: [-1], counts: [1] })).toThrow(RangeError);
    expect(() => packRanked({ amounts: [1.5], counts: [1] })).toThrow(RangeError);
    expect(() => packRanked({ amounts: [1], counts: [0.5] })).toThrow(RangeError);
    const packed = packRanked({ amounts: [100, 200_000], counts: [1, 2] });
    expect(() => unpackRanked(packed.slice(0, -1))).toThrow(RangeError);
    expect(() => unpackRanked(Uint8Array.from([...packed, 0]))).toThrow(RangeError);
    expect(() => unpackRanked(Uint8Array.from([2, ...packed.slice(1)]))).toThrow(RangeError);
  });
});
