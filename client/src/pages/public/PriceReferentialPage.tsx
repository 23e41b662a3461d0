import { Select } from '@codegouvfr/react-dsfr/Select';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import type { PublicPriceReferentialsQuery } from '../../../generated/graphql';
import { useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { themeLabels } from '../../labels/connecteurs';
import { REGIONS, regionName } from '../../labels/geography';
import { priceSourceLabels } from '../../labels/marketplace';
import { formatEuros } from '../../labels/money';
import './price-table.css';

const PublicPriceReferentialsQuery = graphql(`
  query PublicPriceReferentials($regionCode: String) {
    priceReferentials(regionCode: $regionCode) {
      theme
      overall {
        ...PublicPriceRange
      }
      offers {
        ...PublicPriceRange
      }
      quotes {
        ...PublicPriceRange
      }
      invoices {
        ...PublicPriceRange
      }
    }
  }
  fragment PublicPriceRange on PriceRange {
    lowCents
    medianCents
    highCents
    observations
  }
`);

type ThemeReferential = PublicPriceReferentialsQuery['priceReferentials'][number];
type Range = ThemeReferential['overall'];

/** Rows of each theme: every source together first, then each source apart. */
const ROWS: { key: 'overall' | 'offers' | 'quotes' | 'invoices'; label: string }[] = [
  { key: 'overall', label: 'Toutes sources' },
  { key: 'offers', label: priceSourceLabels.OFFERS },
  { key: 'quotes', label: priceSourceLabels.QUOTES },
  { key: 'invoices', label: priceSourceLabels.INVOICES },
];

/** `/referentiel-des-prix`: what digital services cost, per theme, in the whole country or in one region. */
export function PriceReferentialPage() {
  const [params, setParams] = useSearchParams();
  const regionCode = params.get('region') ?? '';
  const { data, error, loading } = useQuery(PublicPriceReferentialsQuery, {
    regionCode: regionCode || null,
  });
  const place = regionCode ? regionName(regionCode) : 'France entière';

  return (
    <>
      <PageHeading title="Référentiel des prix" />
      <p>
        Ce que coûtent les prestations numériques, d’après les offres déclarées par les prestataires, les
        devis des demandes de chèque numérique et les factures des chèques payés. Pour chaque thème : le
        quartile bas (un quart des prix observés sont en dessous), la médiane (la moitié en dessous) et le
        quartile haut (trois quarts en dessous).
      </p>
      <p className="fr-text--sm">
        Une fourchette n’est publiée qu’à partir de 10 contributeurs (dossiers ou prestataires), pour
        qu’aucune entreprise ne puisse être reconnue, et elle est mise à jour toutes les heures, non à chaque
        dossier : en dessous, la ligne indique « Moins de 10 contributeurs ».
      </p>
      <Select
        label="Territoire"
        className="fr-col-12 fr-col-md-6"
        nativeSelectProps={{
          value: regionCode,
          onChange: (event) => setParams(event.target.value ? { region: event.target.value } : {}),
        }}
      >
        <option value="">France entière</option>
        {REGIONS.map((region) => (
          <option key={region.code} value={region.code}>
            {region.name}
          </option>
        ))}
      </Select>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {data && (
        <div className="fr-table fr-table--bordered price-table">
          <table>
            <caption>Prix observés par thème — {place}</caption>
            <thead>
              <tr>
                <th scope="col">Thème</th>
                <th scope="col">Source</th>
                <th scope="col">Quartile bas</th>
                <th scope="col">Médiane</th>
                <th scope="col">Quartile haut</th>
                <th scope="col">Observations</th>
              </tr>
            </thead>
            {/* One row group per theme, set apart by a rule and its own shade: its total ("Toutes sources") is
                its first row, under the theme's name, never read as the previous theme's. */}
            {data.priceReferentials.map((referential) => (
              <tbody key={referential.theme} className="price-table__theme">
                {ROWS.map((row, index) => (
                  <tr key={row.key} className={index === 0 ? 'price-table__total' : undefined}>
                    {index === 0 && (
                      <th scope="rowgroup" rowSpan={ROWS.length}>
                        {themeLabels[referential.theme]}
                      </th>
                    )}
                    <th scope="row">{index === 0 ? `${row.label} (total du thème)` : row.label}</th>
                    <RangeCells range={referential[row.key]} />
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </>
  );
}

function RangeCells({ range }: { range: Range }) {
  if (!range) {
    return (
      <td colSpan={4} className="fr-text--sm">
        Moins de 10 contributeurs : fourchette non publiée
      </td>
    );
  }
  return (
    <>
      <td>{formatEuros(range.lowCents)}</td>
      <td>
        <strong>{formatEuros(range.medianCents)}</strong>
      </td>
      <td>{formatEuros(range.highCents)}</td>
      <td>{range.observations}</td>
    </>
  );
}
