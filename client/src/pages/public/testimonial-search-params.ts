import type {
  MaturityLevel,
  SizeBand,
  TestimonialFilter,
  TestimonialFormat,
  Theme,
} from '../../../generated/graphql';
import { THEMES } from '../../labels/connecteurs';
import { maturityLevelLabels, sizeBandLabels, testimonialFormatLabels } from '../../labels/marketplace';
import { toSearchParams } from './ForwardPaging';

/** The testimonials search as it appears in the address bar. */
export type TestimonialSearch = {
  regionCode: string;
  departementCode: string;
  nafSection: string;
  sizeBand: SizeBand | '';
  maturityLevel: MaturityLevel | '';
  format: TestimonialFormat | '';
  themes: Theme[];
  awardedOnly: boolean;
};

const oneOf = <T extends string>(labels: Record<T, string>, value: string | null): T | '' =>
  value !== null && value in labels ? (value as T) : '';

export function readTestimonialSearch(params: URLSearchParams): TestimonialSearch {
  return {
    regionCode: params.get('region') ?? '',
    departementCode: params.get('departement') ?? '',
    nafSection: params.get('secteur') ?? '',
    sizeBand: oneOf(sizeBandLabels, params.get('taille')),
    maturityLevel: oneOf(maturityLevelLabels, params.get('maturite')),
    format: oneOf(testimonialFormatLabels, params.get('format')),
    themes: params.getAll('theme').filter((t): t is Theme => (THEMES as string[]).includes(t)),
    awardedOnly: params.get('primes') === 'oui',
  };
}

export const writeTestimonialSearch = (search: TestimonialSearch): URLSearchParams =>
  toSearchParams({
    region: search.regionCode,
    departement: search.departementCode,
    secteur: search.nafSection,
    taille: search.sizeBand,
    maturite: search.maturityLevel,
    format: search.format,
    theme: search.themes,
    primes: search.awardedOnly,
  });

export function toTestimonialFilter(search: TestimonialSearch): TestimonialFilter {
  return {
    ...(search.regionCode && { regionCode: search.regionCode }),
    ...(search.departementCode && { departementCode: search.departementCode }),
    ...(search.nafSection && { nafSection: search.nafSection }),
    ...(search.sizeBand && { sizeBand: search.sizeBand }),
    ...(search.maturityLevel && { maturityLevel: search.maturityLevel }),
    ...(search.format && { format: search.format }),
    ...(search.themes.length > 0 && { themes: search.themes }),
    ...(search.awardedOnly && { awardedOnly: true }),
  };
}
