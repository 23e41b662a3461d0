import type { ProviderFilter, Theme } from '../../../generated/graphql';
import { THEMES } from '../../labels/connecteurs';
import { toSearchParams } from './ForwardPaging';

/** The providers search as it appears in the address bar. */
export type ProviderSearch = {
  regionCode: string;
  departementCode: string;
  themes: Theme[];
  /** "", or a minimum average such as "4". */
  minRating: string;
  text: string;
  /** INSEE code of the user's commune: providers based in its département. */
  communeCode: string;
  /** Only providers based in the chosen region (not merely serving it). */
  basedInRegion: boolean;
};

const isTheme = (value: string): value is Theme => (THEMES as string[]).includes(value);

export function readProviderSearch(params: URLSearchParams): ProviderSearch {
  return {
    regionCode: params.get('region') ?? '',
    departementCode: params.get('departement') ?? '',
    themes: params.getAll('theme').filter(isTheme),
    minRating: params.get('note') ?? '',
    text: params.get('nom') ?? '',
    communeCode: params.get('commune') ?? '',
    basedInRegion: params.get('installes') === 'oui',
  };
}

export const writeProviderSearch = (search: ProviderSearch): URLSearchParams =>
  toSearchParams({
    region: search.regionCode,
    departement: search.departementCode,
    theme: search.themes,
    note: search.minRating,
    nom: search.text,
    commune: search.communeCode,
    installes: search.basedInRegion && Boolean(search.regionCode),
  });

/** The API filter: `localTo` is the commune when one is typed, else the region when "based in it" is ticked. */
export function toProviderFilter(search: ProviderSearch): ProviderFilter {
  const localTo = search.communeCode.trim() || (search.basedInRegion ? search.regionCode : '');
  const minRating = Number(search.minRating);
  return {
    ...(search.regionCode && { regionCode: search.regionCode }),
    ...(search.departementCode && { departementCode: search.departementCode }),
    ...(search.themes.length > 0 && { themes: search.themes }),
    ...(search.minRating && minRating > 0 && { minRating }),
    ...(search.text.trim() && { text: search.text.trim() }),
    ...(localTo && { localTo }),
  };
}
