import type { MaturityLevel, SizeBand, TestimonialFormat, Theme } from '../generated/resolvers-types.js';
import { departementByCode, departementsOfRegion } from '../shared/geography.js';
import { FORMATS, MATURITY_LEVELS, MAX_TESTIMONIAL_THEMES } from './inputs.js';
import type { TestimonialRecord } from './records.js';

/**
 * Map counters, kept on write. A counter item is one "cell": a NAF section (or any), a size band (or any) and a set
 * of themes (or any); inside it, one number per département × format × awarded × maturity level. Publishing a
 * testimonial adds 1 to the 2 × 2 × (subsets of its themes + 1) ≤ 32 cells it belongs to, in the transaction that
 * publishes it; withdrawing it subtracts 1. A map is then read from a handful of cells, never from testimonials.
 *
 * Themes match "any of" the filter's: the cells of theme sets give the count of testimonials having all themes of a
 * set, and inclusion–exclusion over the filter's subsets turns them into "any of" (a testimonial has at most 3
 * themes, so larger intersections are empty).
 */
export const ANY = '*';

export type Cell = { naf: string; size: string; themes: string };
export const cellId = (c: Cell) => `${c.naf}#${c.size}#${c.themes}`;

/** Non-empty subsets of sorted themes, up to `max` elements, each as its sorted `A+B` key. */
export function themeSubsets(
  themes: readonly Theme[],
  max = MAX_TESTIMONIAL_THEMES,
): { key: string; size: number }[] {
  const sorted = [...new Set(themes)].sort();
  const out: { key: string; size: number }[] = [];
  const walk = (start: number, chosen: string[]) => {
    for (let i = start; i < sorted.length; i++) {
      const next = [...chosen, sorted[i]!];
      out.push({ key: next.join('+'), size: next.length });
      if (next.length < max) walk(i + 1, next);
    }
  };
  walk(0, []);
  return out;
}

/** The counter inside a cell a testimonial adds to. */
export const counterName = (
  t: Pick<TestimonialRecord, 'departementCode' | 'format' | 'award' | 'maturityLevel'>,
): string => `${t.departementCode}#${t.format}#${t.award ? 'A' : 'N'}#${t.maturityLevel}`;

export type CounterDelta = { cell: Cell; counter: string; delta: number };

/** Every cell a published testimonial counts in. */
export function counterDeltas(t: TestimonialRecord, delta: 1 | -1): CounterDelta[] {
  const themeKeys = [ANY, ...themeSubsets(t.themes).map((s) => s.key)];
  const counter = counterName(t);
  return [ANY, t.nafSection].flatMap((naf) =>
    [ANY, t.sizeBand].flatMap((size) =>
      themeKeys.map((themes) => ({ cell: { naf, size, themes }, counter, delta })),
    ),
  );
}

export type MapFilter = {
  nafSection?: string;
  sizeBand?: SizeBand;
  regionCode?: string;
  departementCode?: string;
  maturityLevel?: MaturityLevel;
  format?: TestimonialFormat;
  themes?: Theme[];
  awardedOnly?: boolean;
};

/** The cells to read for a filter, each with its inclusion–exclusion sign. */
export function mapPlan(filter: MapFilter): { cell: Cell; sign: 1 | -1 }[] {
  const naf = filter.nafSection ?? ANY;
  const size = filter.sizeBand ?? ANY;
  if (!filter.themes?.length) return [{ cell: { naf, size, themes: ANY }, sign: 1 }];
  return themeSubsets(filter.themes).map((s) => ({
    cell: { naf, size, themes: s.key },
    sign: s.size % 2 === 1 ? 1 : -1,
  }));
}

/** Whether a counter (département × format × awarded × level) is within the filter's other criteria. */
export function counterMatches(counter: string, filter: MapFilter): boolean {
  const [departement, format, awarded, level] = counter.split('#');
  if (filter.departementCode && departement !== filter.departementCode) return false;
  if (filter.regionCode && departementByCode(departement ?? '')?.regionCode !== filter.regionCode)
    return false;
  if (filter.format && format !== filter.format) return false;
  if (filter.awardedOnly && awarded !== 'A') return false;
  if (filter.maturityLevel && level !== filter.maturityLevel) return false;
  return true;
}

/**
 * The counters a filter on a place can match (every format, award and level of its départements, narrowed by the
 * filter's other criteria), to read only them of the national cells: a region's map needs about 300 of their
 * thousands. Undefined without a place: every counter is read.
 */
export function countersToRead(filter: MapFilter): string[] | undefined {
  const departements = filter.departementCode
    ? [filter.departementCode]
    : filter.regionCode
      ? departementsOfRegion(filter.regionCode).map((d) => d.code)
      : undefined;
  if (!departements) return undefined;
  const names: string[] = [];
  for (const departementCode of departements)
    for (const format of filter.format ? [filter.format] : FORMATS)
      for (const awarded of filter.awardedOnly ? [true] : [true, false])
        for (const maturityLevel of filter.maturityLevel ? [filter.maturityLevel] : MATURITY_LEVELS)
          names.push(
            counterName({ departementCode, format, award: awarded ? 'awarded' : undefined, maturityLevel }),
          );
  return names;
}

/**
 * Adds the cells' counters up per département; départements with no testimonial are left out. A cell is its item as
 * read (attributes that are not numbers, its keys, are skipped).
 */
export function departementCounts(
  plan: { cell: Cell; sign: 1 | -1 }[],
  cells: Map<string, Record<string, unknown>>,
  filter: MapFilter,
): { departementCode: string; count: number }[] {
  const counts = new Map<string, number>();
  // The cells of a plan hold the same counters (every département × format × awarded × level): each is judged once.
  const judged = new Map<string, string | undefined>();
  for (const { cell, sign } of plan) {
    const counters = cells.get(cellId(cell));
    if (!counters) continue;
    for (const counter in counters) {
      const n = counters[counter];
      if (typeof n !== 'number') continue;
      let departement = judged.get(counter);
      if (departement === undefined && !judged.has(counter)) {
        departement = counterMatches(counter, filter) ? counter.slice(0, counter.indexOf('#')) : undefined;
        judged.set(counter, departement);
      }
      if (departement === undefined) continue;
      counts.set(departement, (counts.get(departement) ?? 0) + sign * n);
    }
  }
  return [...counts.entries()]
    .filter(([, count]) => count > 0)
    .map(([departementCode, count]) => ({ departementCode, count }))
    .sort((a, b) => a.departementCode.localeCompare(b.departementCode));
}
