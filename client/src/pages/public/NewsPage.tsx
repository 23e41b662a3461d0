import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import { useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { themeLabels } from '../../labels/connecteurs';
import { formatDateTime } from '../../labels/date-times';
import { REGIONS, regionName } from '../../labels/geography';
import { AFTER_PARAM, ForwardPaging } from './ForwardPaging';

const PublicNewsQuery = graphql(`
  query PublicNews($filter: NewsFilter, $first: Int, $after: String) {
    news(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          title
          body
          link
          regionCode
          themes
          publishedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** `/actualites`: the programme's news, newest first, national and per region. */
export function NewsPage() {
  const [params, setParams] = useSearchParams();
  const regionCode = params.get('region') ?? '';
  const after = params.get(AFTER_PARAM) ?? undefined;
  const { data, error, loading } = useQuery(PublicNewsQuery, {
    filter: regionCode ? { regionCode } : {},
    first: 20,
    after,
  });
  const edges = data?.news.edges ?? [];
  return (
    <>
      <PageHeading title="Actualités" />
      <p>
        Les nouvelles du programme, nationales et régionales. Voir aussi l’
        <Link to="/agenda">agenda des événements</Link>.
      </p>
      <Select
        label="Région"
        hint="Avec les actualités nationales"
        className="fr-col-12 fr-col-md-6"
        nativeSelectProps={{
          value: regionCode,
          onChange: (event) => setParams(event.target.value ? { region: event.target.value } : {}),
        }}
      >
        <option value="">Toutes les régions</option>
        {REGIONS.map((region) => (
          <option key={region.code} value={region.code}>
            {region.name}
          </option>
        ))}
      </Select>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {!loading && data && edges.length === 0 && <p>Aucune actualité pour le moment.</p>}
      <ul className="fr-raw-list">
        {edges.map(({ node }) => (
          <li key={node.id}>
            <article className="fr-py-3w" style={{ borderBottom: '1px solid var(--border-default-grey)' }}>
              <h2 className="fr-h5 fr-mb-1w">{node.title}</h2>
              <p className="fr-text--sm fr-mb-1w">
                Publiée le {formatDateTime(node.publishedAt)}{' '}
                <Badge as="span" small noIcon className="fr-ml-1w">
                  {node.regionCode ? regionName(node.regionCode) : 'National'}
                </Badge>
              </p>
              <p className="fr-mb-1w">{node.body}</p>
              {node.themes.length > 0 && (
                <p className="fr-text--xs fr-mb-1w">
                  {node.themes.map((theme) => themeLabels[theme]).join(' · ')}
                </p>
              )}
              {node.link && (
                <a
                  href={node.link}
                  target="_blank"
                  rel="noopener noreferrer"
                  title={`${node.title} — nouvelle fenêtre`}
                >
                  En savoir plus
                </a>
              )}
            </article>
          </li>
        ))}
      </ul>
      {data && (
        <ForwardPaging
          label="Pagination des actualités"
          endCursor={data.news.pageInfo.hasNextPage ? data.news.pageInfo.endCursor : null}
        />
      )}
    </>
  );
}
