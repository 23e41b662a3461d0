import type { Theme } from '../generated/resolvers-types.js';
import { badUserInput } from '../shared/errors.js';
import { departementByCode } from '../shared/geography.js';
import type { MapFilter } from './map.js';
import type { TestimonialRecord } from './records.js';

/**
 * A published testimonial is listed, newest first, under `ALL`, its region `REG#`, département `DEP#`, NAF section
 * `SEC#` and size band `SIZE#`. A query reads the most selective of those lists and filters it by the rest.
 */
export function placesOf(
  t: Pick<TestimonialRecord, 'regionCode' | 'departementCode' | 'nafSection' | 'sizeBand'>,
) {
  return [
    'ALL',
    `REG#${t.regionCode}`,
    `DEP#${t.departementCode}`,
    `SEC#${t.nafSection}`,
    `SIZE#${t.sizeBand}`,
  ];
}

/** Attribute criteria on list entries: equal to, different from, any of the themes, awarded. */
export type ListCriteria = {
  equals?: Record<string, string>;
  differs?: Record<string, string>;
  themes?: Theme[];
  awardedOnly?: boolean;
};

export type ListPlan = { place: string; criteria: ListCriteria };

/** Refuses a département outside the filter's region: such a filter can only be a mistake. */
export function checkFilter(filter: MapFilter): MapFilter {
  if (filter.departementCode && filter.regionCode) {
    if (departementByCode(filter.departementCode)?.regionCode !== filter.regionCode) {
      const message = `Le département ${filter.departementCode} n’est pas dans la région ${filter.regionCode}.`;
      throw badUserInput(message, [{ path: ['filter', 'departementCode'], message }]);
    }
  }
  return {
    ...filter,
    ...(filter.themes?.length ? { themes: [...new Set(filter.themes)].sort() } : {}),
  };
}

export function planList(filter: MapFilter): ListPlan {
  const equals: Record<string, string> = {};
  if (filter.maturityLevel) equals.maturityLevel = filter.maturityLevel;
  if (filter.format) equals.format = filter.format;
  const rest = {
    ...(filter.themes?.length ? { themes: filter.themes } : {}),
    ...(filter.awardedOnly ? { awardedOnly: true } : {}),
  };
  const place = filter.departementCode
    ? `DEP#${filter.departementCode}`
    : filter.regionCode
      ? `REG#${filter.regionCode}`
      : filter.nafSection
        ? `SEC#${filter.nafSection}`
        : filter.sizeBand
          ? `SIZE#${filter.sizeBand}`
          : 'ALL';
  if (filter.nafSection && !place.startsWith('SEC#')) equals.nafSection = filter.nafSection;
  if (filter.sizeBand && !place.startsWith('SIZE#')) equals.sizeBand = filter.sizeBand;
  return { place, criteria: { equals, ...rest } };
}

export type MatchProfile = { nafSection: string; sizeBand: string; regionCode: string };

/**
 * The lists to read, in order, to find testimonials like a company: same sector first, then same size, then same
 * region; each step excludes what earlier steps covered, so no testimonial is listed twice.
 */
export function matchingSteps(p: MatchProfile): ListPlan[] {
  const sector = `SEC#${p.nafSection}`;
  const size = `SIZE#${p.sizeBand}`;
  return [
    { place: sector, criteria: { equals: { sizeBand: p.sizeBand, regionCode: p.regionCode } } },
    { place: sector, criteria: { equals: { sizeBand: p.sizeBand }, differs: { regionCode: p.regionCode } } },
    { place: sector, criteria: { equals: { regionCode: p.regionCode }, differs: { sizeBand: p.sizeBand } } },
    { place: sector, criteria: { differs: { sizeBand: p.sizeBand, regionCode: p.regionCode } } },
    {
      place: size,
      criteria: { equals: { regionCode: p.regionCode }, differs: { nafSection: p.nafSection } },
    },
    { place: size, criteria: { differs: { nafSection: p.nafSection, regionCode: p.regionCode } } },
    {
      place: `REG#${p.regionCode}`,
      criteria: { differs: { nafSection: p.nafSection, sizeBand: p.sizeBand } },
    },
    {
      place: 'ALL',
      criteria: { differs: { nafSection: p.nafSection, sizeBand: p.sizeBand, regionCode: p.regionCode } },
    },
  ];
}
