import { ThemeCheckboxes } from '../../components/ThemeCheckboxes';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Card } from '@codegouvfr/react-dsfr/Card';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { ToggleSwitch } from '@codegouvfr/react-dsfr/ToggleSwitch';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CursorPaging } from '../../components/CursorPaging';
import { graphql } from '../../../generated';
import { useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { CommuneField } from '../../components/CommuneField';
import { useCommune } from '../../components/CommuneName';
import { Loading } from '../../components/Loading';
import { RegionDepartementSelects } from '../../components/RegionDepartementSelects';
import { PageHeading } from '../../components/PageHeading';
import { structureTypeLabels, themeLabels } from '../../labels/connecteurs';
import { departementName } from '../../labels/geography';
import { ConnecteurTierBadge } from './ConnecteurTierBadge';
import {
  departementOfCommune,
  readCursor,
  readSearch,
  toFilter,
  writeSearch,
  type ConnecteurSearch,
} from './connecteur-search-params';

export const PAGE_SIZE = 12;

const ConnecteurSearchQuery = graphql(`
  query ConnecteurSearch($filter: ConnecteurFilter, $first: Int, $after: String) {
    connecteurs(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          displayName
          structureType
          departementCode
          themes
          isLabelled
          labelValidUntil
          acceptsNewPmes
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** `/connecteurs`: the public search (anyone, signed in or not). The address bar holds the search. */
export function ConnecteurSearchPage() {
  const [params] = useSearchParams();
  const search = readSearch(params);
  const after = readCursor(params);
  const { data, error, loading } = useQuery(ConnecteurSearchQuery, {
    filter: toFilter(search),
    first: PAGE_SIZE,
    after,
  });

  // After the user asked for other results, the focus goes to them once they are there.
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusResults = useRef(false);
  useEffect(() => {
    if (!loading && focusResults.current) {
      focusResults.current = false;
      resultsHeading.current?.focus();
    }
  }, [loading]);

  const edges = data?.connecteurs.edges ?? [];
  return (
    <>
      <PageHeading title="Trouver un connecteur" />
      <p>
        Les connecteurs accompagnent les entreprises dans leur transformation numérique. Les connecteurs
        labellisés ont été reconnus par le programme ; les volontaires ont signé sa charte.
      </p>
      <SearchForm
        // A new search in the address bar (back button, shared link) resets the form.
        key={writeSearch(search).toString()}
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
            ? 'Aucun connecteur ne correspond à ces critères.'
            : `${edges.length} connecteur${edges.length > 1 ? 's' : ''} sur cette page.`}
        </p>
      )}
      {!loading && data && edges.length === 0 && search.communeCode && (
        <WidenToDepartement search={search} onSearchRequested={() => (focusResults.current = true)} />
      )}
      {edges.length > 0 && (
        <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
          {edges.map(({ node }) => (
            <li key={node.id} className="fr-col-12 fr-col-md-6 fr-col-lg-4">
              <Card
                title={node.displayName}
                titleAs="h3"
                size="small"
                enlargeLink
                linkProps={{ to: `/connecteurs/${node.id}` }}
                start={
                  <ConnecteurTierBadge isLabelled={node.isLabelled} labelValidUntil={node.labelValidUntil} />
                }
                desc={node.themes.map((theme) => themeLabels[theme]).join(' · ')}
                detail={`${structureTypeLabels[node.structureType]} — ${departementName(node.departementCode)} (${node.departementCode})`}
                end={
                  node.acceptsNewPmes ? undefined : (
                    <p className="fr-text--xs">N’accepte pas de nouvelles entreprises</p>
                  )
                }
              />
            </li>
          ))}
        </ul>
      )}
      {data && (
        <CursorPaging
          label="Pagination des résultats"
          toPage={(cursor) => `?${writeSearch(search, cursor ?? undefined).toString()}`}
          after={after}
          endCursor={data.connecteurs.pageInfo.hasNextPage ? data.connecteurs.pageInfo.endCursor : null}
          onPageRequested={() => (focusResults.current = true)}
        />
      )}
    </>
  );
}

/** No connecteur based in the commune: the same search in its whole département (connecteurs based or serving). */
function WidenToDepartement({
  search,
  onSearchRequested,
}: {
  search: ConnecteurSearch;
  onSearchRequested: () => void;
}) {
  const commune = useCommune(search.communeCode);
  const departementCode = commune?.departementCode ?? departementOfCommune(search.communeCode);
  const widened = { ...search, communeCode: '', departementCode };
  return (
    <p>
      <Link
        className="fr-link fr-icon-search-line fr-link--icon-left"
        to={`?${writeSearch(widened).toString()}`}
        onClick={onSearchRequested}
      >
        Élargir la recherche au département : {departementName(departementCode)} ({departementCode})
      </Link>
    </p>
  );
}

function SearchForm({
  initial,
  onSearchRequested,
}: {
  initial: ConnecteurSearch;
  onSearchRequested: () => void;
}) {
  const [, setParams] = useSearchParams();
  const [search, setSearch] = useState(initial);
  const change = (patch: Partial<ConnecteurSearch>) => setSearch((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearchRequested();
    setParams(writeSearch(search));
  };

  return (
    <form onSubmit={submit} aria-label="Critères de recherche">
      <div className="fr-grid-row fr-grid-row--gutters">
        <RegionDepartementSelects
          value={{ regionCode: search.regionCode, departementCode: search.departementCode }}
          onChange={change}
          departementHint="Connecteurs installés dans le département ou qui s’y déplacent"
        />
        <div className="fr-col-12 fr-col-md-4">
          <CommuneField
            label="Commune"
            hintText="Connecteurs installés dans la commune : tapez son nom ou son code postal, puis choisissez-la."
            value={search.communeCode}
            onChange={(communeCode) => change({ communeCode })}
          />
        </div>
        <div className="fr-col-12 fr-col-md-8">
          <Input
            label="Nom du connecteur"
            nativeInputProps={{
              type: 'search',
              value: search.text,
              onChange: (event) => change({ text: event.target.value }),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <ToggleSwitch
            label="Seulement les connecteurs labellisés"
            helperText="Label valide aujourd’hui"
            checked={search.labelledOnly}
            onChange={(labelledOnly) => change({ labelledOnly })}
            showCheckedHint={false}
          />
        </div>
      </div>
      <ThemeCheckboxes
        legend="Thèmes d’accompagnement"
        hint="Les connecteurs qui couvrent au moins un des thèmes cochés"
        value={search.themes}
        onChange={(themes) => change({ themes })}
      />
      <Button type="submit" iconId="fr-icon-search-line">
        Rechercher
      </Button>
    </form>
  );
}
