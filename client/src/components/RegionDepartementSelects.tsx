import { Select } from '@codegouvfr/react-dsfr/Select';
import { DEPARTEMENTS, departementsOfRegion, REGIONS } from '../labels/geography';

export type PlaceChoice = { regionCode: string; departementCode: string };

/**
 * A region, then one of its départements (every département while no region is chosen), as two columns of a
 * search form; choosing another region drops a département that is not in it.
 */
export function RegionDepartementSelects({
  value,
  onChange,
  regionLabel = 'Région',
  departementLabel = 'Département',
  departementHint,
}: {
  value: PlaceChoice;
  onChange: (place: PlaceChoice) => void;
  regionLabel?: string;
  departementLabel?: string;
  departementHint?: string;
}) {
  const departements = value.regionCode ? departementsOfRegion(value.regionCode) : DEPARTEMENTS;
  return (
    <>
      <div className="fr-col-12 fr-col-md-4">
        <Select
          label={regionLabel}
          nativeSelectProps={{
            value: value.regionCode,
            onChange: (event) => {
              const regionCode = event.target.value;
              const keepsDepartement = DEPARTEMENTS.some(
                (d) => d.code === value.departementCode && d.regionCode === regionCode,
              );
              onChange({ regionCode, departementCode: keepsDepartement ? value.departementCode : '' });
            },
          }}
        >
          <option value="">Toutes les régions</option>
          {REGIONS.map((region) => (
            <option key={region.code} value={region.code}>
              {region.name}
            </option>
          ))}
        </Select>
      </div>
      <div className="fr-col-12 fr-col-md-4">
        <Select
          label={departementLabel}
          {...(departementHint ? { hint: departementHint } : {})}
          nativeSelectProps={{
            value: value.departementCode,
            onChange: (event) => onChange({ ...value, departementCode: event.target.value }),
          }}
        >
          <option value="">Tous les départements</option>
          {departements.map((departement) => (
            <option key={departement.code} value={departement.code}>
              {departement.code} – {departement.name}
            </option>
          ))}
        </Select>
      </div>
    </>
  );
}
