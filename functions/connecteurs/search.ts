import type { Theme } from '../generated/resolvers-types.js';
import { badUserInput } from '../shared/errors.js';
import { communeByCode, departementByCode, regionByCode } from '../shared/geography.js';
import { normalizeText } from '../shared/text.js';
import { validLabel } from './label.js';
import type { ConnecteurRecord } from './records.js';

/**
 * Search works on "places": a connecteur is listed under the whole country, each region and département it is
 * based in or serves, and its commune. One query reads one place, in name order; the other criteria filter it.
 */
export type Place = string;

export type SearchEntry = {
  place: Place;
  connecteurId: string;
  searchName: string;
  themes: Theme[];
  acceptsNewPmes: boolean;
  /** Present while a label is granted and not revoked; compared with the clock at query time. */
  labelExpiresAt?: string;
};

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
  return placesOf(c).map((place) => ({
    place,
    connecteurId: c.id,
    searchName: normalizeText(c.displayName),
    themes: c.themes,
    acceptsNewPmes: c.acceptsNewPmes,
    ...(current?.expiresAt ? { labelExpiresAt: current.expiresAt } : {}),
  }));
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
