import DataLoader from 'dataloader';
import type * as z from 'zod';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PriceSource, Theme } from '../generated/resolvers-types.js';
import { THEMES } from '../shared/themes.js';
import { retryWithBackoff } from '../shared/retry.js';
import { writeContendedParts, type TransactPart } from '../shared/transactions.js';
import { parseInput } from '../shared/validation.js';
import {
  observationChangeInput,
  priceReferentialInput,
  priceReferentialsInput,
  pricePositionInput,
} from './inputs.js';
import {
  histogramDeltas,
  histogramId,
  mergeHistograms,
  NATIONAL,
  placeAmount,
  priceRange,
  PRICE_SOURCES,
  type Histogram,
  type HistogramKey,
  type PriceRangeValue,
} from './referential.js';
import type { PriceStore } from './store.js';

export type PriceRangeResult = PriceRangeValue & {
  theme: Theme;
  regionCode: string | null;
  source: PriceSource | null;
};

export type HistogramLoader = DataLoader<HistogramKey, Histogram | undefined, string>;

export type PriceDeps = {
  db: DynamoDBDocumentClient;
  now: Date;
  priceStore: PriceStore;
  histogramLoader: HistogramLoader;
};

/** Per request: histograms asked for by many fields (every expense of a list) are read in one BatchGetItem. */
export function createHistogramLoader(store: PriceStore): HistogramLoader {
  return new DataLoader<HistogramKey, Histogram | undefined, string>(
    async (keys) => {
      const found = new Map((await store.getMany(keys)).map((h) => [histogramId(h), h]));
      return keys.map((k) => found.get(histogramId(k)));
    },
    { cacheKeyFn: histogramId },
  );
}

const empty = (key: HistogramKey): Histogram => ({
  ...key,
  count: 0,
  contributors: 0,
  ranked: { amounts: [], counts: [] },
});

function rangeOf(
  histograms: Histogram[],
  theme: Theme,
  regionCode: string | null,
  source: PriceSource | null,
) {
  const merged = mergeHistograms(histograms, { scope: regionCode ?? NATIONAL, theme });
  const range = priceRange(merged);
  return range ? { theme, regionCode, source, ...range } : null;
}

/** One theme's range in a region (or the country), from one source or all of them; null below the threshold. */
export async function rangeFor(
  deps: Pick<PriceDeps, 'histogramLoader'>,
  theme: Theme,
  regionCode: string | null,
  source: PriceSource | null,
): Promise<PriceRangeResult | null> {
  const keys = (source ? [source] : PRICE_SOURCES).map((s) => ({
    scope: regionCode ?? NATIONAL,
    theme,
    source: s,
  }));
  const histograms = await deps.histogramLoader.loadMany(keys);
  return rangeOf(
    histograms.map((h, i) => (h && !(h instanceof Error) ? h : empty(keys[i]!))),
    theme,
    regionCode,
    source,
  );
}

export async function priceReferential(deps: PriceDeps, rawArgs: unknown): Promise<PriceRangeResult | null> {
  const args = parseInput(priceReferentialInput, rawArgs);
  return rangeFor(deps, args.theme, args.regionCode ?? null, args.source ?? null);
}

/** Every theme of a scope, each source apart and all together, from one Query of the scope's histograms. */
export async function priceReferentials(deps: PriceDeps, rawArgs: unknown) {
  const args = parseInput(priceReferentialsInput, rawArgs);
  const regionCode = args.regionCode ?? null;
  const histograms = await deps.priceStore.histograms(regionCode ?? NATIONAL);
  return THEMES.map((theme) => {
    const ofTheme = histograms.filter((h) => h.theme === theme);
    const bySource = (source: PriceSource) =>
      rangeOf(
        ofTheme.filter((h) => h.source === source),
        theme,
        regionCode,
        source,
      );
    return {
      theme,
      regionCode,
      overall: rangeOf(ofTheme, theme, regionCode, null),
      offers: bySource('OFFERS'),
      quotes: bySource('QUOTES'),
      invoices: bySource('INVOICES'),
    };
  });
}

/**
 * Where an amount sits for a theme: against the region's range (every source together) when published, else the
 * national one. Subsidy applications call this for each expense.
 */
export async function positionOf(
  deps: Pick<PriceDeps, 'histogramLoader'>,
  theme: Theme,
  regionCode: string | null,
  amountCents: number,
) {
  const regional = regionCode ? await rangeFor(deps, theme, regionCode, null) : null;
  const range = regional ?? (await rangeFor(deps, theme, null, null));
  return { placement: placeAmount(amountCents, range), range };
}

export async function pricePosition(deps: PriceDeps, rawArgs: unknown) {
  const args = parseInput(pricePositionInput, rawArgs);
  return positionOf(deps, args.theme, args.regionCode ?? null, args.amountCents);
}

export type ObservationChange = z.input<typeof observationChangeInput>;

/**
 * The transaction parts that make `change.observations` what the record contributes (replacing what it
 * contributed before, so reporting twice counts once), for a caller that wants them in its own transaction.
 * The parts are guarded by the version read: a concurrent change makes the transaction fail with a StaleRead.
 */
export async function priceObservationParts(
  deps: Pick<PriceDeps, 'priceStore' | 'now'>,
  rawChange: ObservationChange,
): Promise<TransactPart[]> {
  const change = parseInput(observationChangeInput, rawChange);
  const current = await deps.priceStore.observationSet(change.source, change.sourceId);
  const next = change.observations.map((o) => ({ ...o, regionCode: change.regionCode }));
  const deltas = histogramDeltas(change.source, current?.observations ?? [], next);
  if (deltas.length === 0 && current) return [];
  return [
    deps.priceStore.observationSetPart(
      {
        source: change.source,
        sourceId: change.sourceId,
        observations: next,
        updatedAt: deps.now.toISOString(),
        version: current?.version ?? 0,
      },
      current?.version ?? 0,
    ),
    ...deps.priceStore.histogramParts(deltas),
  ];
}

/**
 * Records what an application contributes to the referential: its quotes when submitted (source QUOTES), its
 * invoice when paid (source INVOICES, see `invoiceObservations`). Idempotent: a record's observations replace the
 * ones it reported before. Meant to run after the caller's own transaction has committed.
 */
export async function recordPriceObservations(
  deps: Pick<PriceDeps, 'priceStore' | 'now' | 'db'>,
  change: ObservationChange,
): Promise<void> {
  await retryWithBackoff(async () => {
    const parts = await priceObservationParts(deps, change);
    if (parts.length) await writeContendedParts(deps.db, parts);
  });
}
