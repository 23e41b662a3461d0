import { aggregateDeltas } from '../../functions/diagnostics/peers.js';
import type { DiagnosticRecord } from '../../functions/diagnostics/records.js';
import { scoredDiagnostic } from '../../functions/diagnostics/service.js';
import { DiagnosticStore, diagnosticItem } from '../../functions/diagnostics/store.js';
import { regionAndNation } from '../../functions/indicators/counters.js';
import { IndicatorStore } from '../../functions/indicators/store.js';
import { loadCommunes } from '../../scripts/demo/places.js';
import { seededRandom, type Random } from '../../scripts/demo/random.js';
import { randomAnswers, TRADES } from '../../scripts/demo/workspace.js';
import type { Dataset } from './dataset.js';

export const DIAGNOSTICS = 200_000;
const DAY = 86_400_000;
const SIZE_BANDS = ['SOLO', 'MICRO', 'MICRO', 'MICRO', 'SMALL', 'SMALL', 'MEDIUM'] as const;
const CLIENTELES = ['B2B', 'B2C', 'BOTH'] as const;

/** One valid submission input (answers around a trade's propensity), as the web app sends it. */
export function diagnosticInput(random: Random, communeCode: string) {
  const [nafCode, propensity] = random.pick(TRADES);
  return {
    answers: randomAnswers(random, Math.min(0.95, Math.max(0.05, propensity + (random.next() - 0.5) * 0.5))),
    companyFacts: {
      sizeBand: random.pick(SIZE_BANDS),
      nafCode,
      clientele: random.pick(CLIENTELES),
      communeCode,
    },
  };
}

let cached: { now: number; records: DiagnosticRecord[] } | undefined;

/** 200,000 anonymous results over 18 months, scored by the submission's own function. */
function diagnostics(now: Date): DiagnosticRecord[] {
  if (cached?.now === now.getTime()) return cached.records;
  const random = seededRandom(99);
  const communes = loadCommunes(1500);
  const records = Array.from({ length: DIAGNOSTICS }, () => {
    const at = new Date(now.getTime() - random.int(1, 540) * DAY - random.int(0, 86_000) * 1000);
    return scoredDiagnostic(diagnosticInput(random, random.pick(communes).code), at, { kind: 'anonymous' });
  });
  cached = { now: now.getTime(), records };
  return records;
}

/**
 * The results as items; the peer aggregates and the "diagnostics done" counters are then written by the stores'
 * own ADD updates, with the sums of every result (as 200,000 submissions would have added them).
 */
export const diagnosticDataset: Dataset = {
  name: `diagnostics-${DIAGNOSTICS}`,
  items: (now) => diagnostics(now).map(diagnosticItem),
  counters: async (db, table, now) => {
    const records = diagnostics(now);
    const store = new DiagnosticStore(db, table);
    const deltas = aggregateDeltas(records.map((r) => ({ contribution: r, sign: 1 as const })));
    // A transaction holds at most 100 items.
    for (let i = 0; i < deltas.length; i += 100) await store.addToAggregates(deltas.slice(i, i + 100));
    await new IndicatorStore(db, table).add(
      records.flatMap((r) => regionAndNation(r.facts.regionCode, { diagnosticsDone: 1 })),
    );
    cached = undefined;
  },
};
