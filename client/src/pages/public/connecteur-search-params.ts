import type { ConnecteurFilter, Theme } from '../../../generated/graphql';
import { THEMES } from '../../labels/connecteurs';

/** The search as it appears in the address bar, so a search can be bookmarked, shared and navigated back to. */
export type ConnecteurSearch = {
  regionCode: string;
  departementCode: string;
  communeCode: string;
  themes: Theme[];
  labelledOnly: boolean;
  text: string;
};

const PARAM = {
  region: 'region',
  departement: 'departement',
  commune: 'commune',
  theme: 'theme',
  labelledOnly: 'labellises',
  text: 'nom',
  after: 'apres',
} as const;

const isTheme = (value: string): value is Theme => (THEMES as string[]).includes(value);

export function readSearch(params: URLSearchParams): ConnecteurSearch {
  return {
    regionCode: params.get(PARAM.region) ?? '',
    departementCode: params.get(PARAM.departement) ?? '',
    communeCode: params.get(PARAM.commune) ?? '',
    themes: params.getAll(PARAM.theme).filter(isTheme),
    labelledOnly: params.get(PARAM.labelledOnly) === 'oui',
    text: params.get(PARAM.text) ?? '',
  };
}

/** The cursor of the page shown (absent on the first page). */
export const readCursor = (params: URLSearchParams): string | undefined =>
  params.get(PARAM.after) ?? undefined;

export function writeSearch(search: ConnecteurSearch, after?: string): URLSearchParams {
  const params = new URLSearchParams();
  if (search.regionCode) params.set(PARAM.region, search.regionCode);
  if (search.departementCode) params.set(PARAM.departement, search.departementCode);
  if (search.communeCode.trim()) params.set(PARAM.commune, search.communeCode.trim());
  for (const theme of search.themes) params.append(PARAM.theme, theme);
  if (search.labelledOnly) params.set(PARAM.labelledOnly, 'oui');
  if (search.text.trim()) params.set(PARAM.text, search.text.trim());
  if (after) params.set(PARAM.after, after);
  return params;
}

/** The API filter: only what the user chose (the API keeps the most precise place). */
export function toFilter(search: ConnecteurSearch): ConnecteurFilter {
  return {
    ...(search.regionCode && { regionCode: search.regionCode }),
    ...(search.departementCode && { departementCode: search.departementCode }),
    ...(search.communeCode.trim() && { communeCode: search.communeCode.trim() }),
    ...(search.themes.length > 0 && { themes: search.themes }),
    ...(search.labelledOnly && { labelledOnly: true }),
    ...(search.text.trim() && { text: search.text.trim() }),
  };
}

/** The département of an INSEE commune code: 3 characters overseas (97x), else 2 (2A and 2B for Corsica). */
export const departementOfCommune = (communeCode: string): string =>
  communeCode.startsWith('97') ? communeCode.slice(0, 3) : communeCode.slice(0, 2);
