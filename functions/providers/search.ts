import type { Theme } from '../generated/resolvers-types.js';
import { badUserInput } from '../shared/errors.js';
import { communeByCode, departementByCode, regionByCode } from '../shared/geography.js';
import { normalizeText } from '../shared/text.js';
import type { ProviderRecord } from './records.js';

/**
 * Provider search reads one "place" in rating-then-name order; the other criteria filter it.
 * A provider is listed under `ALL`, `SERVES#<region>` for each region served, `IN#REG#<region>` and
 * `IN#DEP#<département>` where it is based.
 */
export type Place = string;

export type SearchEntry = {
  place: Place;
  providerId: string;
  searchName: string;
  themes: Theme[];
  regionsServed: string[];
  regionCode: string;
  departementCode: string;
  /** Average rating in thousandths (1000–5000), 0 when unrated: what `minRating` filters on. */
  ratingMilli: number;
  /** Rank of the rating (Bayesian average, rankMilli), in thousandths, 0 when unrated: what the order follows. */
  rankMilli: number;
};

export type ProviderSearch = {
  place: Place;
  servesRegion?: string;
  basedInRegion?: string;
  basedInDepartement?: string;
  themes?: Theme[];
  minRatingMilli?: number;
  text?: string;
};

/** Average in thousandths of a star, rounded; 0 for a provider without published review. */
export const ratingMilli = (count: number, sum: number): number =>
  count > 0 ? Math.round((sum * 1000) / count) : 0;

/**
 * The rating the directory ranks by: a Bayesian average, the reviews' average pulled towards a prior of
 * PRIOR_MEAN stars by PRIOR_WEIGHT imaginary reviews, (PRIOR_WEIGHT × PRIOR_MEAN + sum) / (PRIOR_WEIGHT + count).
 * One 5/5 review ranks 3.88, below five reviews averaging 4.6 (4.19); many reviews make it the plain average. The
 * prior is a constant, not the directory's mean, so a review changes the rank of its provider only (one
 * transaction). In thousandths of a star, rounded; 0 for a provider without published review (ranked last).
 */
export const PRIOR_MEAN = 3.5;
export const PRIOR_WEIGHT = 3;
export const rankMilli = (count: number, sum: number): number =>
  count > 0 ? Math.round(((PRIOR_WEIGHT * PRIOR_MEAN + sum) * 1000) / (PRIOR_WEIGHT + count)) : 0;

/**
 * The sort key prefix: best rank first, unrated last. Four digits, so string order is numeric order;
 * a change of rating rewrites the entries in the transaction that publishes the review.
 */
export const ratingKey = (milli: number): string =>
  milli > 0 ? String(5000 - milli).padStart(4, '0') : '9999';

export const sortKey = (e: Pick<SearchEntry, 'rankMilli' | 'searchName' | 'providerId'>): string =>
  `${ratingKey(e.rankMilli)}#${e.searchName}#${e.providerId}`;

export function placesOf(
  p: Pick<ProviderRecord, 'regionsServed' | 'regionCode' | 'departementCode'>,
): Place[] {
  return [
    'ALL',
    ...[...new Set(p.regionsServed)].sort().map((r) => `SERVES#${r}`),
    `IN#REG#${p.regionCode}`,
    `IN#DEP#${p.departementCode}`,
  ];
}

/** The themes a provider offers, sorted and without duplicates. */
export const offeredThemes = (p: Pick<ProviderRecord, 'offers'>): Theme[] =>
  [...new Set(p.offers.map((o) => o.theme))].sort();

export function searchEntriesOf(p: ProviderRecord): SearchEntry[] {
  return placesOf(p).map((place) => ({
    place,
    providerId: p.id,
    searchName: normalizeText(p.name),
    themes: offeredThemes(p),
    regionsServed: p.regionsServed,
    regionCode: p.regionCode,
    departementCode: p.departementCode,
    ratingMilli: ratingMilli(p.ratingCount, p.ratingSum),
    rankMilli: rankMilli(p.ratingCount, p.ratingSum),
  }));
}

export type ProviderFilterInput = {
  regionCode?: string | null;
  departementCode?: string | null;
  localTo?: string | null;
  themes?: Theme[] | null;
  minRating?: number | null;
  text?: string | null;
};

/** Turns a public filter into one place to read and the criteria to filter it by; unknown or contradictory places are refused. */
export function planSearch(filter: ProviderFilterInput): ProviderSearch {
  const invalid = (field: string, message: string) =>
    badUserInput(message, [{ path: ['filter', field], message }]);
  const { regionCode, departementCode, localTo } = filter;
  if (regionCode && !regionByCode(regionCode))
    throw invalid('regionCode', `Région inconnue : ${regionCode}.`);
  if (departementCode && !departementByCode(departementCode))
    throw invalid('departementCode', `Département inconnu : ${departementCode}.`);

  let basedInRegion: string | undefined;
  let basedInDepartement = departementCode ?? undefined;
  if (localTo) {
    const commune = localTo.length === 5 ? communeByCode(localTo) : undefined;
    if (commune) {
      if (basedInDepartement && basedInDepartement !== commune.departementCode)
        throw invalid(
          'localTo',
          `La commune ${localTo} n’est pas dans le département ${basedInDepartement}.`,
        );
      basedInDepartement = commune.departementCode;
    } else if (regionByCode(localTo)) {
      basedInRegion = localTo;
    } else {
      throw invalid('localTo', `localTo : code INSEE de commune ou de région attendu (reçu ${localTo}).`);
    }
  }
  if (
    basedInDepartement &&
    basedInRegion &&
    departementByCode(basedInDepartement)?.regionCode !== basedInRegion
  )
    throw invalid(
      'localTo',
      `Le département ${basedInDepartement} n’est pas dans la région ${basedInRegion}.`,
    );

  const text = filter.text ? normalizeText(filter.text) : undefined;
  const criteria = {
    ...(regionCode ? { servesRegion: regionCode } : {}),
    ...(filter.themes?.length ? { themes: [...new Set(filter.themes)].sort() } : {}),
    ...(filter.minRating ? { minRatingMilli: Math.round(filter.minRating * 1000) } : {}),
    ...(text ? { text } : {}),
  };
  if (basedInDepartement) return { place: `IN#DEP#${basedInDepartement}`, basedInDepartement, ...criteria };
  if (basedInRegion) return { place: `IN#REG#${basedInRegion}`, basedInRegion, ...criteria };
  if (regionCode) {
    const { servesRegion: _read, ...rest } = criteria;
    return { place: `SERVES#${regionCode}`, ...rest };
  }
  return { place: 'ALL', ...criteria };
}
