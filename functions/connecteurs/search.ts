import type { Theme } from '../generated/resolvers-types.js';
import { badUserInput } from '../shared/errors.js';
import { communeByCode, departementByCode, regionByCode } from '../shared/geography.js';
import { normalizeText } from '../shared/text.js';
import { cardOf, type ConnecteurCard } from './card.js';
import { validLabel } from './label.js';
import type { ConnecteurRecord } from './records.js';

/**
 * Search works on "places": a connecteur is listed under the whole country, each region and département it is
 * based in or serves, and its commune. One query reads one place, in name order; the other criteria filter it.
 * The country, regions and départements also have one partition per theme (a themed entry per theme the
 * connecteur covers): a search of one theme there reads only the connecteurs of that theme (docs/data-model.md).
 */
export type Place = string;

export type SearchEntry = {
  place: Place;
  /** A themed entry: listed under `place` for this theme only (no `themes` list: the partition says it). */
  theme?: Theme;
  connecteurId: string;
  searchName: string;
  /** On the per-place entries only: a search of several themes (or in a commune) filters on it. */
  themes?: Theme[];
  acceptsNewPmes: boolean;
  /** Present while a label is granted and not revoked; compared with the clock at query time. */
  labelExpiresAt?: string;
  /** On the themed entries: what the search's result shows, so that a themed page reads no profile (card.ts). */
  card?: ConnecteurCard;
};

/** Communes are small partitions: a theme filter there reads little, so they have no themed entries. */
const hasThemedEntries = (place: Place) => !place.startsWith('COM#');

/** The index partition (and the entry's sort key suffix) an entry belongs to. */
export const partitionOf = (entry: Pick<SearchEntry, 'place' | 'theme'>): string =>
  entry.theme ? `${entry.place}#THEME#${entry.theme}` : entry.place;

export type ConnecteurSearch = {
  place: Place;
  themes?: Theme[];
  tier?: 'LABELLED' | 'VOLUNTEER';
  acceptsNewPmes?: boolean;
  text?: string;
};

export function placesOf(c: Pick<ConnecteurRecord, 'communeCode' | 'departementsServed'>): Place[] {
  const departements = [...new Set(c.departementsServed)].sort();
  const regions = [
    ...new Set(departements.map((d) => departementByCode(d)?.regionCode).filter(Boolean)),
  ].sort();
  return [
    'ALL',
    ...regions.map((r) => `REG#${r}`),
    ...departements.map((d) => `DEP#${d}`),
    `COM#${c.communeCode}`,
  ];
}

export function searchEntriesOf(c: ConnecteurRecord, now: Date): SearchEntry[] {
  // A revoked or rejected label has no expiry here; a granted one keeps it even once past, the query compares.
  const granted = c.labelHistory.find((r) => r.status === 'GRANTED' && r.expiresAt);
  const current = validLabel(c, now) ?? granted;
  const shared = {
    connecteurId: c.id,
    searchName: normalizeText(c.displayName),
    acceptsNewPmes: c.acceptsNewPmes,
    ...(current?.expiresAt ? { labelExpiresAt: current.expiresAt } : {}),
  };
  const places = placesOf(c);
  const themes = [...new Set(c.themes)].sort();
  const card = cardOf(c);
  // The per-place entries first: a write too large for one transaction keeps them with the profile.
  return [
    ...places.map((place) => ({ place, ...shared, themes: c.themes })),
    ...places
      .filter(hasThemedEntries)
      .flatMap((place) => themes.map((theme) => ({ place, theme, ...shared, card }))),
  ];
}

/**
 * Where a search reads: one theme in the country, a region or a département reads that theme's partition (only
 * matching entries); otherwise the place's partition, the themes (any of) filtered. Several themes stay a filter:
 * one Query of wider chunks, where merging one Query per theme would cost a request per theme (docs/performance.md).
 */
export function searchPartition(search: ConnecteurSearch): { partition: string; filterThemes: boolean } {
  const [theme, ...others] = search.themes ?? [];
  return theme && others.length === 0 && hasThemedEntries(search.place)
    ? { partition: partitionOf({ place: search.place, theme }), filterThemes: false }
    : { partition: search.place, filterThemes: Boolean(theme) };
}

export type ConnecteurFilterInput = {
  regionCode?: string | null;
  departementCode?: string | null;
  communeCode?: string | null;
  themes?: Theme[] | null;
  tier?: 'LABELLED' | 'VOLUNTEER' | null;
  labelledOnly?: boolean | null;
  acceptsNewPmes?: boolean | null;
  text?: string | null;
};

/** Turns a public filter into one place to read and the criteria to filter it by; unknown or contradictory places are refused. */
export function planSearch(filter: ConnecteurFilterInput): ConnecteurSearch {
  const { regionCode, departementCode, communeCode } = filter;
  const invalid = (field: string, message: string) =>
    badUserInput(message, [{ path: ['filter', field], message }]);
  if (regionCode && !regionByCode(regionCode))
    throw invalid('regionCode', `Région inconnue : ${regionCode}.`);
  const departement = departementCode ? departementByCode(departementCode) : undefined;
  if (departementCode && !departement)
    throw invalid('departementCode', `Département inconnu : ${departementCode}.`);
  const commune = communeCode ? communeByCode(communeCode) : undefined;
  if (communeCode && !commune)
    throw invalid('communeCode', `Commune inconnue (code INSEE) : ${communeCode}.`);
  if (departement && regionCode && departement.regionCode !== regionCode) {
    throw invalid(
      'departementCode',
      `Le département ${departementCode} n’est pas dans la région ${regionCode}.`,
    );
  }
  if (commune && regionCode && commune.regionCode !== regionCode) {
    throw invalid('communeCode', `La commune ${communeCode} n’est pas dans la région ${regionCode}.`);
  }
  if (commune && departementCode && commune.departementCode !== departementCode) {
    throw invalid(
      'communeCode',
      `La commune ${communeCode} n’est pas dans le département ${departementCode}.`,
    );
  }
  if (filter.labelledOnly && filter.tier === 'VOLUNTEER') {
    throw invalid('tier', 'labelledOnly et tier VOLUNTEER s’excluent.');
  }
  const place = commune
    ? `COM#${commune.code}`
    : departement
      ? `DEP#${departement.code}`
      : regionCode
        ? `REG#${regionCode}`
        : 'ALL';
  const text = filter.text ? normalizeText(filter.text) : '';
  const tier = filter.labelledOnly ? 'LABELLED' : (filter.tier ?? undefined);
  return {
    place,
    ...(filter.themes?.length ? { themes: [...new Set(filter.themes)].sort() } : {}),
    ...(tier ? { tier } : {}),
    ...(typeof filter.acceptsNewPmes === 'boolean' ? { acceptsNewPmes: filter.acceptsNewPmes } : {}),
    ...(text ? { text } : {}),
  };
}
