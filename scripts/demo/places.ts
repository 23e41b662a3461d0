import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type DemoCommune = {
  code: string;
  name: string;
  departementCode: string;
  regionCode: string;
  population: number;
};

/** Real communes of metropolitan France and the overseas regions, with their names (scripts only, not bundled). */
export function loadCommunes(minimumPopulation: number): DemoCommune[] {
  const rows: {
    code: string;
    nom: string;
    departement: string;
    region: string;
    type: string;
    population?: number;
  }[] = require('@etalab/decoupage-administratif/data/communes.json');
  return rows
    .filter(
      (c) =>
        c.type === 'commune-actuelle' && (c.population ?? 0) >= minimumPopulation && c.region.length === 2,
    )
    .map((c) => ({
      code: c.code,
      name: c.nom,
      departementCode: c.departement,
      regionCode: c.region,
      population: c.population ?? 0,
    }));
}
