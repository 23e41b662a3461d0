import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { PriceStore } from '../../functions/prices/store.js';
import {
  histogramsOfRecords,
  type HistogramDelta,
  type RegionalObservation,
} from '../../functions/prices/referential.js';
import { histogramItem } from '../../functions/prices/store.js';
import { refreshPublishedAggregates } from '../../functions/publication/refresh.js';
import { batchPutItems } from '../../functions/shared/batch.js';
import { withRequestTally } from '../../functions/shared/dynamo.js';
import { packPublishedPriceHistograms } from '../../scripts/demo/price-histograms.js';
import { seededRandom } from '../../scripts/demo/random.js';
import { createTestApi, testDb } from '../support/api.js';
import type { PriceSource, Theme } from '../generated/graphql.js';

// Guadeloupe (01): no other test reports prices there.
const REGION = '01';
const RANGE = 'lowCents medianCents highCents observations';
const REFERENTIALS = `query { priceReferentials(regionCode: "${REGION}") {
  theme regionCode overall { ${RANGE} } offers { ${RANGE} } quotes { ${RANGE} } invoices { ${RANGE} } } }`;
const ONE_THEME = `query($t: Theme!, $s: PriceSource) { priceReferential(theme: $t, regionCode: "${REGION}", source: $s) {
  theme regionCode source ${RANGE} } }`;

const api = createTestApi();
const tableName = () => inject('tableName');
const publishedKey = (h: HistogramDelta) => ({ PK: `PRICEPUB#${h.scope}`, SK: `${h.theme}#${h.source}` });

/** `records` source records of 1–4 observations each, spread over 10–100,000 €, of one theme in the region. */
function records(theme: Theme, count: number, random: () => number): RegionalObservation[][] {
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(random() * 4) }, () => ({
      theme,
      amountCents: Math.floor(10 ** (3 + random() * 4)),
      regionCode: REGION,
    })),
  );
}

/** Each operation's answer and the DynamoDB requests it sent. */
async function answers() {
  const calls = [
    () => api.call(REFERENTIALS),
    ...(['OFFERS', 'QUOTES', null] as (PriceSource | null)[]).map(
      (s) => () => api.call(ONE_THEME, { t: 'CONTENT', s }),
    ),
  ];
  const out = [];
  for (const call of calls) {
    const { result, tally } = await withRequestTally(call);
    expect(result.errors).toBeUndefined();
    out.push({ data: result.data, requests: tally.byCommand });
  }
  return out;
}

describe('published price histograms packed in one attribute', () => {
  it('answer the same before and after the migration packs them, in one request per operation', async () => {
    const db = testDb();
    const random = seededRandom(2026).next;
    // Every source of three themes (one below the threshold), as the code before the packed form published them:
    // the running item's bucket attributes copied under the published key.
    const histograms = (['CONTENT', 'EXPORT', 'BOOKING'] as Theme[]).flatMap((theme, t) =>
      (['OFFERS', 'QUOTES', 'INVOICES'] as PriceSource[]).flatMap((source) =>
        histogramsOfRecords(source, records(theme, t === 2 ? 9 : 12 + Math.floor(random() * 60), random)),
      ),
    );
    const regional = histograms.filter((h) => h.scope === REGION);
    const legacy = regional.map((h) => ({
      ...histogramItem(h),
      ...publishedKey(h),
      GSI2PK: 'PRICE#PUB',
      publishedAt: '2026-12-01T00:00:00.000Z',
    }));
    expect(Object.keys(legacy[0]!).filter((name) => /^b\d+$/.test(name)).length).toBeGreaterThan(5);
    await batchPutItems(db, tableName(), legacy);

    const before = await answers();
    expect(before[0]!.requests, 'the referential is one Query').toEqual({ QueryCommand: 1 });
    expect(before[3]!.requests, 'a theme of every source is one BatchGetItem').toEqual({
      BatchGetItemCommand: 1,
    });
    const content = (before[0]!.data as { priceReferentials: { theme: string }[] }).priceReferentials.find(
      (r) => r.theme === 'CONTENT',
    );
    expect(content).toMatchObject({ overall: { observations: expect.any(Number) } });

    expect(await packPublishedPriceHistograms(new PriceStore(db, tableName()))).toBeGreaterThanOrEqual(
      legacy.length,
    );
    for (const item of legacy) {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName(), Key: { PK: item.PK, SK: item.SK } }),
      );
      const { r, ...rest } = Item!;
      expect(r).toBeInstanceOf(Uint8Array);
      // The same figures, without the bucket attributes.
      expect(rest).toEqual(Object.fromEntries(Object.entries(item).filter(([name]) => !/^b\d+$/.test(name))));
    }
    expect(await answers(), 'the same answers, the same requests').toEqual(before);
    // Run again, it finds nothing left to pack (no other test publishes in the old form).
    expect(await packPublishedPriceHistograms(new PriceStore(db, tableName()))).toBe(0);
  });

  it('are what the scheduled refresh publishes', async () => {
    const db = testDb();
    const [running] = histogramsOfRecords('OFFERS', records('MARKETPLACE', 12, seededRandom(7).next)).filter(
      (h) => h.scope === REGION,
    );
    await new PriceStore(db, tableName()).load([running!]);
    await refreshPublishedAggregates({ db, tableName: tableName(), clock: () => new Date() });
    const { Item } = await db.send(new GetCommand({ TableName: tableName(), Key: publishedKey(running!) }));
    expect(Item!.r).toBeInstanceOf(Uint8Array);
    expect(Object.keys(Item!).filter((name) => /^b\d+$/.test(name))).toEqual([]);
    expect(Item).toMatchObject({ n: running!.count, c: running!.contributors });
  });
});
