import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import { useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime } from '../../labels/date-times';
import { formatEuros } from '../../labels/money';
import { SUBSIDY_STATUSES, subsidyStatusLabels } from '../../labels/subsidies';
import { useSession } from '../../session/SessionProvider';
import { CursorPaging } from '../../components/CursorPaging';
import {
  QUEUE_ORDERS,
  readQueueCursor,
  readQueueSearch,
  toQueueFilter,
  writeQueueSearch,
  type QueueSearch,
} from './queue-params';
import { AgentRegionProgramsQuery } from './RegionProgramsPage';
import { SubsidyStatusBadge } from './SubsidyStatusBadge';

export const QUEUE_PAGE_SIZE = 20;

const AgentApplicationQueueQuery = graphql(`
  query AgentApplicationQueue(
    $filter: SubsidyApplicationFilter
    $orderBy: SubsidyApplicationOrder
    $first: Int
    $after: String
  ) {
    subsidyApplications(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      edges {
        node {
          id
          status
          company {
            id
            name
            siren
          }
          program {
            id
            name
          }
          investmentCents
          aidCents
          submittedAt
          updatedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Agents never see drafts: the API lists submitted files only. */
const QUEUE_STATUSES = SUBSIDY_STATUSES.filter((status) => status !== 'DRAFT');

/** `/region/dossiers`: the region's applications, newest change first, filtered by status, programme and date. */
export function RegionQueuePage() {
  const [params] = useSearchParams();
  const search = readQueueSearch(params);
  const after = readQueueCursor(params);
  const { data, error, loading } = useQuery(AgentApplicationQueueQuery, {
    filter: toQueueFilter(search),
    ...(search.order !== 'UPDATED_AT_DESC' && { orderBy: search.order }),
    first: QUEUE_PAGE_SIZE,
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

  const edges = data?.subsidyApplications.edges ?? [];
  const { pageInfo } = data?.subsidyApplications ?? {};
  return (
    <>
      <PageHeading title="Dossiers de la région" />
      <p>
        Les demandes de chèque numérique déposées dans votre région : cherchez une entreprise par son nom ou
        son SIREN, triez par date de dépôt ou par montant.
      </p>
      <QueueFilters
        key={writeQueueSearch(search).toString()}
        initial={search}
        onSearchRequested={() => (focusResults.current = true)}
      />

      <h2 ref={resultsHeading} tabIndex={-1} className="fr-h4 fr-mt-6w">
        Dossiers
      </h2>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading label="Chargement des dossiers…" />}
      {!loading && data && (
        <p role="status">
          {edges.length === 0
            ? 'Aucun dossier ne correspond à ces critères.'
            : `${edges.length} dossier${edges.length > 1 ? 's' : ''} sur cette page.`}
        </p>
      )}
      {edges.length > 0 && (
        <Table
          caption="Dossiers de la région"
          noCaption
          fixed={false}
          headers={[
            'Entreprise',
            'Programme',
            'Statut',
            'Investissement',
            'Aide',
            'Déposé le',
            'Dernière modification',
          ]}
          data={edges.map(({ node }) => [
            <Link key="company" to={`/region/dossiers/${node.id}`}>
              {node.company.name}
              <span className="fr-sr-only"> — ouvrir le dossier</span>
            </Link>,
            node.program.name,
            <SubsidyStatusBadge key="status" status={node.status} />,
            formatEuros(node.investmentCents),
            formatEuros(node.aidCents),
            node.submittedAt ? formatDateTime(node.submittedAt) : '—',
            formatDateTime(node.updatedAt),
          ])}
        />
      )}
      {data && (
        <CursorPaging
          label="Pagination des dossiers"
          after={after}
          endCursor={pageInfo?.hasNextPage ? pageInfo.endCursor : null}
          toPage={(cursor) => `?${writeQueueSearch(search, cursor).toString()}`}
          onPageRequested={() => (focusResults.current = true)}
        />
      )}
    </>
  );
}

function QueueFilters({
  initial,
  onSearchRequested,
}: {
  initial: QueueSearch;
  onSearchRequested: () => void;
}) {
  const [, setParams] = useSearchParams();
  const [search, setSearch] = useState(initial);
  const change = (patch: Partial<QueueSearch>) => setSearch((current) => ({ ...current, ...patch }));
  const regionCode = useSession().session?.regionCode;
  const programs = useQuery(
    AgentRegionProgramsQuery,
    { regionCode: regionCode ?? '' },
    { skip: !regionCode },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearchRequested();
    setParams(writeQueueSearch(search));
  };

  return (
    <form onSubmit={submit} aria-label="Filtres des dossiers">
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label="Statut"
            nativeSelectProps={{
              value: search.status,
              onChange: (event) => change({ status: event.target.value as QueueSearch['status'] }),
            }}
          >
            <option value="">Tous les statuts</option>
            {QUEUE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {subsidyStatusLabels[status]}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label="Programme"
            hint={programs.error ? 'Liste des programmes indisponible' : undefined}
            nativeSelectProps={{
              value: search.programId,
              onChange: (event) => change({ programId: event.target.value }),
            }}
          >
            <option value="">Tous les programmes</option>
            {programs.data?.subsidyPrograms.map((program) => (
              <option key={program.id} value={program.id}>
                {program.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Entreprise"
            hintText="Une partie de son nom, ou son SIREN (9 chiffres)"
            nativeInputProps={{
              type: 'search',
              value: search.text,
              onChange: (event) => change({ text: event.target.value }),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Select
            label="Trier par"
            nativeSelectProps={{
              value: search.order,
              onChange: (event) => change({ order: event.target.value as QueueSearch['order'] }),
            }}
          >
            {QUEUE_ORDERS.map((order) => (
              <option key={order.value} value={order.value}>
                {order.label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input
            label="Modifiés depuis le"
            hintText="Les dossiers changés ce jour-là ou après"
            nativeInputProps={{
              type: 'date',
              value: search.updatedSince,
              onChange: (event) => change({ updatedSince: event.target.value }),
            }}
          />
        </div>
      </div>
      <Button type="submit" iconId="fr-icon-filter-line">
        Filtrer les dossiers
      </Button>
    </form>
  );
}
