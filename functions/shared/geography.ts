import { communeBitmaps, departementRows, regionRows } from '../generated/reference-data.js';

// INSEE reference data (@etalab/decoupage-administratif), compacted at codegen time.
export type Region = { code: string; name: string };
export type Departement = { code: string; name: string; regionCode: string };
export type Commune = { code: string; departementCode: string; regionCode: string };

const regionsByCode = new Map<string, Region>(regionRows.map(([code, name]) => [code, { code, name }]));
const departementsByCode = new Map<string, Departement>(
  departementRows.map(([code, name, regionCode]) => [code, { code, name, regionCode }]),
);

export const allRegions = (): Region[] => [...regionsByCode.values()];
export const allDepartements = (): Departement[] => [...departementsByCode.values()];
export const regionByCode = (code: string): Region | undefined => regionsByCode.get(code);
export const departementByCode = (code: string): Departement | undefined => departementsByCode.get(code);
export const departementsOfRegion = (regionCode: string): Departement[] =>
  allDepartements().filter((d) => d.regionCode === regionCode);

const bitmaps = new Map<string, Buffer>();
const bitmapOf = (departementCode: string): Buffer | undefined => {
  const encoded = communeBitmaps[departementCode];
  if (!encoded) return undefined;
  if (!bitmaps.has(departementCode)) bitmaps.set(departementCode, Buffer.from(encoded, 'base64'));
  return bitmaps.get(departementCode);
};

/** A commune code is its département's code (2 or 3 characters) followed by a number. */
export function communeByCode(code: string): Commune | undefined {
  if (!/^[0-9][0-9AB][0-9]{3}$/.test(code)) return undefined;
  for (const length of [3, 2]) {
    const departement = departementsByCode.get(code.slice(0, length));
    const bits = departement && bitmapOf(departement.code);
    if (!departement || !bits) continue;
    const end = Number(code.slice(length));
    if ((bits[Math.floor(end / 8)]! >> (end % 8)) & 1) {
      return { code, departementCode: departement.code, regionCode: departement.regionCode };
    }
  }
  return undefined;
}
