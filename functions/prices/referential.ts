import type { PricePlacement, PriceSource, Theme } from '../generated/resolvers-types.js';
import { MIN_CONTRIBUTORS } from '../shared/disclosure.js';

/**
 * The price referential keeps, per theme × scope (the country, or a region) × source, a histogram of observed
 * amounts: fixed buckets of 3 significant digits (0.5 % at most from the amount), updated with ADD on every write.
 * Quartiles are computed from the histogram alone, so nothing is ever re-read to publish a range.
 */
export const PRICE_SOURCES = ['OFFERS', 'QUOTES', 'INVOICES'] as const satisfies readonly PriceSource[];
export const NATIONAL = 'FR';

/** One price seen for a theme somewhere. */
export type Observation = { theme: Theme; amountCents: number };
export type RegionalObservation = Observation & { regionCode: string };

/** Which histogram: a theme's prices from one source, nationally or in one region. */
export type HistogramKey = { scope: string; theme: Theme; source: PriceSource };
/**
 * `count`: observations; `contributors`: source records (an application, a provider's offers) with at least one
 * observation in the histogram: k-anonymity counts these (functions/shared/disclosure.ts).
 */
export type Histogram = HistogramKey & { count: number; contributors: number; ranked: RankedBuckets };
/** A histogram's non-empty buckets in amount order: `amounts[i]` was observed `counts[i]` times. */
export type RankedBuckets = { amounts: ArrayLike<number>; counts: ArrayLike<number> };
/** `changes`: how many source records changed their contribution (the scheduled refresh counts them). */
export type HistogramDelta = HistogramKey & {
  count: number;
  contributors: number;
  changes: number;
  buckets: Record<string, number>;
};

/** The bucket an amount falls in: the amount rounded to 3 significant digits (half up), in cents. */
export function bucketOf(amountCents: number): number {
  if (amountCents < 1000) return Math.max(0, Math.round(amountCents));
  const scale = 10 ** (Math.floor(Math.log10(amountCents)) - 2);
  return Math.round(amountCents / scale) * scale;
}

export const histogramId = (k: HistogramKey) => `${k.scope}#${k.theme}#${k.source}`;

/** Each observation counts nationally and in its region. */
const scopesOf = (o: RegionalObservation) => [NATIONAL, o.regionCode];

/**
 * What to ADD to each histogram when a set of observations is replaced by another (a provider's offers after an
 * edit, an application's quotes after a resubmission): merged per histogram, histograms left unchanged dropped.
 */
export function histogramDeltas(
  source: PriceSource,
  before: RegionalObservation[],
  after: RegionalObservation[],
): HistogramDelta[] {
  const deltas = new Map<string, HistogramDelta>();
  const touched = new Map<string, { before: boolean; after: boolean }>();
  const apply = (o: RegionalObservation, sign: 1 | -1) => {
    for (const scope of scopesOf(o)) {
      const key = { scope, theme: o.theme, source };
      const id = histogramId(key);
      const delta = deltas.get(id) ?? { ...key, count: 0, contributors: 0, changes: 1, buckets: {} };
      const bucket = String(bucketOf(o.amountCents));
      delta.count += sign;
      delta.buckets[bucket] = (delta.buckets[bucket] ?? 0) + sign;
      deltas.set(id, delta);
      const seen = touched.get(id) ?? { before: false, after: false };
      if (sign < 0) seen.before = true;
      else seen.after = true;
      touched.set(id, seen);
    }
  };
  before.forEach((o) => apply(o, -1));
  after.forEach((o) => apply(o, 1));
  // The record contributes to a histogram when it has an observation there.
  for (const [id, seen] of touched) deltas.get(id)!.contributors = Number(seen.after) - Number(seen.before);
  return [...deltas.values()]
    .map((d) => ({ ...d, buckets: Object.fromEntries(Object.entries(d.buckets).filter(([, n]) => n !== 0)) }))
    .filter((d) => d.count !== 0 || d.contributors !== 0 || Object.keys(d.buckets).length > 0);
}

/** Histograms computed from nothing for many source records at once (demo and benchmark loads). */
export function histogramsOfRecords(source: PriceSource, records: RegionalObservation[][]): HistogramDelta[] {
  const merged = new Map<string, HistogramDelta>();
  for (const delta of records.flatMap((r) => histogramDeltas(source, [], r))) {
    const id = histogramId(delta);
    const into = merged.get(id) ?? { ...delta, count: 0, contributors: 0, changes: 0, buckets: {} };
    into.count += delta.count;
    into.contributors += delta.contributors;
    into.changes += delta.changes;
    for (const [bucket, n] of Object.entries(delta.buckets))
      into.buckets[bucket] = (into.buckets[bucket] ?? 0) + n;
    merged.set(id, into);
  }
  return [...merged.values()];
}

/** Several sources' histograms of one theme and scope, added together. */
export function mergeHistograms(histograms: Histogram[], key: Omit<HistogramKey, 'source'>) {
  let count = 0;
  let contributors = 0;
  for (const h of histograms) {
    count += h.count;
    // A record contributing to two sources is counted twice: sources are different records (offers, applications).
    contributors += h.contributors;
  }
  return { ...key, count, contributors, ranked: mergeRanked(histograms.map((h) => h.ranked)) };
}

/** Ranked buckets added together: a linear merge of the sorted lists, equal amounts summed (one list: itself). */
export function mergeRanked(lists: RankedBuckets[]): RankedBuckets {
  if (lists.length === 1) return lists[0]!;
  const amounts: number[] = [];
  const counts: number[] = [];
  const next = lists.map(() => 0);
  for (;;) {
    let smallest = Infinity;
    for (let i = 0; i < lists.length; i++)
      if (next[i]! < lists[i]!.amounts.length) smallest = Math.min(smallest, lists[i]!.amounts[next[i]!]!);
    if (smallest === Infinity) return { amounts, counts };
    let n = 0;
    for (let i = 0; i < lists.length; i++)
      if (lists[i]!.amounts[next[i]!] === smallest) n += lists[i]!.counts[next[i]!++]!;
    amounts.push(smallest);
    counts.push(n);
  }
}

/**
 * The p-quantiles (0–1) of the amounts in a histogram, interpolated linearly between the two closest ranks
 * (the usual "type 7" definition: position (n − 1) × p in the sorted amounts), rounded to the cent; one walk of the
 * buckets for all of them.
 */
function quantilesOf({ amounts, counts }: RankedBuckets, ps: readonly number[]): number[] | null {
  let n = 0;
  for (let i = 0; i < counts.length; i++) n += counts[i]!;
  if (n === 0) return null;
  const positions = ps.map((p) => (n - 1) * p);
  // Each position's lower rank and the next one.
  const ranks = positions.flatMap((position) => {
    const lower = Math.floor(position);
    return [lower, Math.min(n - 1, lower + 1)];
  });
  const wanted = [...new Set(ranks)].sort((a, b) => a - b);
  const valueAt = new Map<number, number>();
  let seen = 0;
  for (let i = 0, w = 0; i < amounts.length && w < wanted.length; i++) {
    seen += counts[i]!;
    while (w < wanted.length && wanted[w]! < seen) valueAt.set(wanted[w++]!, amounts[i]!);
  }
  return positions.map((position, j) => {
    const lowerRank = Math.floor(position);
    const lower = valueAt.get(ranks[2 * j]!)!;
    const upper = valueAt.get(ranks[2 * j + 1]!)!;
    return Math.round(lower + (position - lowerRank) * (upper - lower));
  });
}

export type PriceRangeValue = {
  lowCents: number;
  medianCents: number;
  highCents: number;
  observations: number;
};

const QUARTILES = [0.25, 0.5, 0.75] as const;

/** Low quartile, median and high quartile, or null with fewer than MIN_CONTRIBUTORS contributors. */
export function priceRange(h: {
  count: number;
  contributors: number;
  ranked: RankedBuckets;
}): PriceRangeValue | null {
  if (h.contributors < MIN_CONTRIBUTORS || h.count === 0) return null;
  const quartiles = quantilesOf(h.ranked, QUARTILES);
  if (!quartiles) return null;
  const [lowCents, medianCents, highCents] = quartiles;
  return { lowCents: lowCents!, medianCents: medianCents!, highCents: highCents!, observations: h.count };
}

/** Where an amount sits against a range: below the low quartile, between the quartiles, or above the high one. */
export function placeAmount(
  amountCents: number,
  range: Pick<PriceRangeValue, 'lowCents' | 'highCents'> | null,
): PricePlacement {
  if (!range) return 'NO_REFERENCE';
  if (amountCents < range.lowCents) return 'BELOW_RANGE';
  if (amountCents > range.highCents) return 'ABOVE_RANGE';
  return 'WITHIN_RANGE';
}

/** A provider's offer is observed at the middle of its range, rounded down to the cent. */
export const offerObservation = (o: {
  theme: Theme;
  priceFromCents: number;
  priceToCents: number;
}): Observation => ({
  theme: o.theme,
  amountCents: Math.floor((o.priceFromCents + o.priceToCents) / 2),
});

/**
 * An application's invoice covers all its expenses: it is shared among them in proportion to their quoted
 * amounts (largest remainders, so the shares add up to the invoice exactly), one observation per expense.
 */
export function invoiceObservations(expenses: Observation[], invoiceCents: number): Observation[] {
  const total = expenses.reduce((sum, e) => sum + e.amountCents, 0);
  if (total <= 0 || expenses.length === 0) return [];
  const exact = expenses.map((e) => (e.amountCents * invoiceCents) / total);
  const shares = exact.map(Math.floor);
  let left = invoiceCents - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    shares[i]! += 1;
    left -= 1;
  }
  return expenses
    .map((e, i) => ({ theme: e.theme, amountCents: shares[i]! }))
    .filter((o) => o.amountCents > 0);
}
