import { describe, expect, it } from 'vitest';
import {
  counterDeltas,
  counterName,
  countersToRead,
  departementCounts,
  mapPlan,
  themeSubsets,
  cellId,
} from '../../functions/testimonials/map.js';
import type { TestimonialRecord } from '../../functions/testimonials/records.js';

const testimonial = (overrides: Partial<TestimonialRecord> = {}): TestimonialRecord => ({
  id: 't',
  companyId: 'c',
  companyName: 'C',
  submittedBySub: 's',
  title: 'x',
  story: 'x',
  format: 'ARTICLE',
  themes: ['BOOKING', 'CONTENT'],
  nafCode: '56.10A',
  nafSection: 'I',
  sizeBand: 'MICRO',
  communeCode: '35238',
  departementCode: '35',
  regionCode: '53',
  maturityLevel: 'DYNAMIC',
  status: 'PUBLISHED',
  submittedAt: 'x',
  version: 1,
  ...overrides,
});

describe('map counters', () => {
  it('count a testimonial in every cell of its sector, size and theme subsets (or any)', () => {
    expect(themeSubsets(['CONTENT', 'BOOKING']).map((s) => s.key)).toEqual([
      'BOOKING',
      'BOOKING+CONTENT',
      'CONTENT',
    ]);
    const deltas = counterDeltas(testimonial(), 1);
    expect(deltas).toHaveLength(2 * 2 * 4);
    expect(new Set(deltas.map((d) => d.counter))).toEqual(new Set(['35#ARTICLE#N#DYNAMIC']));
    expect(counterDeltas(testimonial({ themes: ['BOOKING', 'CONTENT', 'EMAILING'] }), 1)).toHaveLength(
      2 * 2 * 8,
    );
  });

  it('turn "any of these themes" into a signed sum of intersections', () => {
    const plan = mapPlan({ themes: ['BOOKING', 'CONTENT'] });
    expect(plan.map((p) => [p.cell.themes, p.sign])).toEqual([
      ['BOOKING', 1],
      ['BOOKING+CONTENT', -1],
      ['CONTENT', 1],
    ]);
    // Two testimonials: one about booking and content, one about content only, both in the 35.
    const cells = new Map<string, Record<string, number>>();
    for (const t of [testimonial(), testimonial({ themes: ['CONTENT'] })])
      for (const d of counterDeltas(t, 1)) {
        const counters = cells.get(cellId(d.cell)) ?? {};
        counters[d.counter] = (counters[d.counter] ?? 0) + d.delta;
        cells.set(cellId(d.cell), counters);
      }
    expect(departementCounts(plan, cells, { themes: ['BOOKING', 'CONTENT'] })).toEqual([
      { departementCode: '35', count: 2 },
    ]);
    expect(departementCounts(mapPlan({ themes: ['BOOKING'] }), cells, {})).toEqual([
      { departementCode: '35', count: 1 },
    ]);
    expect(departementCounts(mapPlan({}), cells, { regionCode: '84' })).toEqual([]);
  });

  it('read, for a map of a place, only the counters that place can match', () => {
    expect(countersToRead({ themes: ['BOOKING'] })).toBeUndefined();
    // A département: every format (3), awarded or not, every maturity level (4).
    const ille = countersToRead({ departementCode: '35' })!;
    expect(ille).toHaveLength(3 * 2 * 4);
    expect(ille).toContain(counterName(testimonial()));
    expect(ille.every((c) => c.startsWith('35#'))).toBe(true);
    // Bretagne: its four départements.
    expect(new Set(countersToRead({ regionCode: '53' })!.map((c) => c.split('#')[0]))).toEqual(
      new Set(['22', '29', '35', '56']),
    );
    expect(
      countersToRead({
        departementCode: '35',
        format: 'ARTICLE',
        awardedOnly: true,
        maturityLevel: 'DYNAMIC',
      }),
    ).toEqual([counterName(testimonial({ award: 'Trophée' }))]);
  });
});
