import { ThemeCheckboxes } from '../../components/ThemeCheckboxes';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import type { PublicProvidersQuery as PublicProvidersData } from '../../../generated/graphql';
import { useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { CommuneField } from '../../components/CommuneField';
import { Loading } from '../../components/Loading';
import { RegionDepartementSelects } from '../../components/RegionDepartementSelects';
import { PageHeading } from '../../components/PageHeading';
import { StarRating } from '../../components/StarRating';
import { themeLabels } from '../../labels/connecteurs';
import { formatDate } from '../../labels/dates';
import { departementName } from '../../labels/geography';
import { reviewAuthorKindLabels } from '../../labels/marketplace';
import { AFTER_PARAM, ForwardPaging } from './ForwardPaging';
import {
  readProviderSearch,
  toProviderFilter,
  writeProviderSearch,
  type ProviderSearch,
} from './provider-search-params';

export const PROVIDERS_PAGE_SIZE = 10;

const PublicProvidersQuery = graphql(`
  query PublicProviders($filter: ProviderFilter, $first: Int, $after: String) {
    providers(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          name
          communeCode
          departementCode
          startup
          offers {
            id
            theme
          }
          rating {
            average
            count
          }
          latestReviews {
            id
            rating
            comment
            authorKind
            authorName
            publishedAt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** `/prestataires`: the public directory of digital providers, best rated first, with their latest reviews. */
export function ProvidersPage() {
  const [params] = useSearchParams();
  const search = readProviderSearch(params);
  const after = params.get(AFTER_PARAM) ?? undefined;
  const { data, error, loading } = useQuery(PublicProvidersQuery, {
    filter: toProviderFilter(search),
    first: PROVIDERS_PAGE_SIZE,
    after,
  });

  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusResults = useRef(false);
  useEffect(() => {
    if (!loading && focusResults.current) {
      focusResults.current = false;
      resultsHeading.current?.focus();
    }
  }, [loading]);

  const edges = data?.providers.edges ?? [];
  return (
    <>
      <PageHeading title="Prestataires du numérique" />
      <p>
        Les professionnels du numérique référencés par le programme, avec les avis des entreprises et des
        connecteurs qui ont travaillé avec eux (publiés après modération). Les mieux notés apparaissent en
        premier, en tenant compte du nombre d’avis : une seule note de 5/5 ne passe pas devant cinq avis à
        4,6/5 (moyenne bayésienne).
      </p>
      <ProviderSearchForm
        key={writeProviderSearch(search).toString()}
        initial={search}
        onSearchRequested={() => (focusResults.current = true)}
      />

      <h2 ref={resultsHeading} tabIndex={-1} className="fr-h4 fr-mt-6w">
        Résultats
      </h2>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading label="Recherche en cours…" />}
      {!loading && data && (
        <p role="status">
          {edges.length === 0
            ? 'Aucun prestataire ne correspond à ces critères.'
            : `${edges.length} prestataire${edges.length > 1 ? 's' : ''} sur cette page.`}
        </p>
      )}
      <ul className="fr-raw-list">
        {edges.map(({ node }) => (
          <li key={node.id}>
            <ProviderSummary provider={node} />
          </li>
        ))}
      </ul>
      {data && (
        <ForwardPaging
          label="Pagination des prestataires"
          endCursor={data.providers.pageInfo.hasNextPage ? data.providers.pageInfo.endCursor : null}
          onPageRequested={() => (focusResults.current = true)}
        />
      )}
    </>
  );
}

type ProviderNode = PublicProvidersData['providers']['edges'][number]['node'];

function ProviderSummary({ provider }: { provider: ProviderNode }) {
  const themes = [...new Set(provider.offers.map((offer) => offer.theme))];
  return (
    <article className="fr-p-3w fr-mb-3w" style={{ border: '1px solid var(--border-default-grey)' }}>
      <h3 className="fr-h5 fr-mb-1w">
        <Link to={`/prestataires/${provider.id}`}>{provider.name}</Link>
      </h3>
      <p className="fr-mb-1w">
        <StarRating value={provider.rating.average} count={provider.rating.count} />
        {provider.startup && (
          <Badge as="span" small severity="info" className="fr-ml-2w">
            French Tech / startup
          </Badge>
        )}
      </p>
      <p className="fr-text--sm fr-mb-1w">
        {departementName(provider.departementCode)} ({provider.departementCode})
        {themes.length > 0 && ` — ${themes.map((theme) => themeLabels[theme]).join(' · ')}`}
      </p>
      {provider.latestReviews.length > 0 && (
        <>
          <h4 className="fr-text--md fr-mb-1w">Derniers avis</h4>
          <ul className="fr-raw-list">
            {provider.latestReviews.map((review) => (
              <li key={review.id} className="fr-mb-1w">
                <StarRating value={review.rating} /> « {review.comment} » —{' '}
                <span className="fr-text--sm">
                  {review.authorName} ({reviewAuthorKindLabels[review.authorKind].toLowerCase()}
                  {review.publishedAt && `, ${formatDate(review.publishedAt)}`})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

const MIN_RATINGS = [
  { value: '', label: 'Toutes les notes (avec ou sans avis)' },
  { value: '3', label: '3 étoiles et plus' },
  { value: '4', label: '4 étoiles et plus' },
  { value: '4.5', label: '4,5 étoiles et plus' },
];

function ProviderSearchForm({
  initial,
  onSearchRequested,
}: {
  initial: ProviderSearch;
  onSearchRequested: () => void;
}) {
  const [, setParams] = useSearchParams();
  const [search, setSearch] = useState(initial);
  const change = (patch: Partial<ProviderSearch>) => setSearch((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearchRequested();
    setParams(writeProviderSearch(search));
  };

  return (
    <form onSubmit={submit} aria-label="Critères de recherche des prestataires">
      <div className="fr-grid-row fr-grid-row--gutters">
        <RegionDepartementSelects
          value={{ regionCode: search.regionCode, departementCode: search.departementCode }}
          onChange={change}
          regionLabel="Région servie"
          departementLabel="Département d’installation"
        />
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label="Note minimale"
            hint="Les prestataires sans avis publié sont alors écartés"
            nativeSelectProps={{
              value: search.minRating,
              onChange: (event) => change({ minRating: event.target.value }),
            }}
          >
            {MIN_RATINGS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input
            label="Nom du prestataire"
            nativeInputProps={{
              type: 'search',
              value: search.text,
              onChange: (event) => change({ text: event.target.value }),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <CommuneField
            label="Prestataires locaux : votre commune"
            hintText="Installés dans le département de la commune : tapez son nom ou son code postal, puis choisissez-la."
            value={search.communeCode}
            onChange={(communeCode) => change({ communeCode })}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Checkbox
            options={[
              {
                label: 'Seulement les prestataires installés dans la région choisie',
                hintText: 'Sinon, ceux qui la servent depuis une autre région sont aussi listés',
                nativeInputProps: {
                  checked: search.basedInRegion,
                  disabled: !search.regionCode,
                  onChange: (event) => change({ basedInRegion: event.target.checked }),
                },
              },
            ]}
          />
        </div>
      </div>
      <ThemeCheckboxes
        legend="Thèmes des offres"
        hint="Les prestataires qui proposent au moins un des thèmes cochés"
        value={search.themes}
        onChange={(themes) => change({ themes })}
      />
      <Button type="submit" iconId="fr-icon-search-line">
        Rechercher
      </Button>
    </form>
  );
}
