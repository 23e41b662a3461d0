// INSEE regions and départements, straight from the reference package the API uses (about 13 KB of JSON).
import departements from '@etalab/decoupage-administratif/data/departements.json';
import regions from '@etalab/decoupage-administratif/data/regions.json';

export type Region = { code: string; name: string };
export type Departement = { code: string; name: string; regionCode: string };

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fr');

/** The 18 regions (metropolitan and overseas); the overseas collectivities (COM) are outside the programme. */
export const REGIONS: readonly Region[] = regions
  .filter((r) => r.zone !== 'com')
  .map((r) => ({ code: r.code, name: r.nom }))
  .sort(byName);

/** In INSEE code order, as people know them ("01 – Ain"). */
export const DEPARTEMENTS: readonly Departement[] = departements.map((d) => ({
  code: d.code,
  name: d.nom,
  regionCode: d.region,
}));

const regionsByCode = new Map(REGIONS.map((r) => [r.code, r]));
const departementsByCode = new Map(DEPARTEMENTS.map((d) => [d.code, d]));

export const regionName = (code: string): string => regionsByCode.get(code)?.name ?? code;
export const departementName = (code: string): string => departementsByCode.get(code)?.name ?? code;
export const departementsOfRegion = (regionCode: string): Departement[] =>
  DEPARTEMENTS.filter((d) => d.regionCode === regionCode);
