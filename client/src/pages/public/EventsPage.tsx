import { ThemeCheckboxes } from '../../components/ThemeCheckboxes';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import type { EventFilter, PublicEventsQuery, Theme } from '../../../generated/graphql';
import { useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { themeLabels, THEMES } from '../../labels/connecteurs';
import { formatDateTime, formatTime, parisDayEnd, parisDayStart } from '../../labels/date-times';
import { departementName, REGIONS, regionName } from '../../labels/geography';
import { eventKindLabels } from '../../labels/marketplace';
import { AFTER_PARAM, ForwardPaging, toSearchParams } from './ForwardPaging';

const EVENTS_PAGE_SIZE = 20;

const PublicEventsQuery = graphql(`
  query PublicEvents($filter: EventFilter, $first: Int, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          kind
          title
          description
          startsAt
          endsAt
          placeName
          departementCode
          regionCode
          online
          themes
          link
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type EventSearch = { regionCode: string; themes: Theme[]; from: string; to: string };

const readEventSearch = (params: URLSearchParams): EventSearch => ({
  regionCode: params.get('region') ?? '',
  themes: params.getAll('theme').filter((t): t is Theme => (THEMES as string[]).includes(t)),
  from: params.get('du') ?? '',
  to: params.get('au') ?? '',
});

const writeEventSearch = (search: EventSearch) =>
  toSearchParams({ region: search.regionCode, theme: search.themes, du: search.from, au: search.to });

/** Calendar days typed by the user are Paris days, whatever the browser's time zone. */
function toEventFilter(search: EventSearch): EventFilter {
  return {
    ...(search.regionCode && { regionCode: search.regionCode }),
    ...(search.themes.length > 0 && { themes: search.themes }),
    ...(search.from && parisDayStart(search.from) && { from: parisDayStart(search.from) }),
    ...(search.to && parisDayEnd(search.to) && { to: parisDayEnd(search.to) }),
  };
}

/** `/agenda`: upcoming events (conferences, fairs, workshops, webinars), soonest first. */
export function EventsPage() {
  const [params] = useSearchParams();
  const search = readEventSearch(params);
  const after = params.get(AFTER_PARAM) ?? undefined;
  const { data, error, loading } = useQuery(PublicEventsQuery, {
    filter: toEventFilter(search),
    first: EVENTS_PAGE_SIZE,
    after,
  });
  const edges = data?.events.edges ?? [];
  return (
    <>
      <PageHeading title="Agenda des événements" />
      <p>
        Conférences, salons, ateliers et webinaires sur le numérique pour les entreprises, près de chez vous
        ou en ligne. Les événements nationaux apparaissent dans toutes les régions. Voir aussi les{' '}
        <Link to="/actualites">actualités du programme</Link>.
      </p>
      <EventSearchForm key={writeEventSearch(search).toString()} initial={search} />
      <h2 className="fr-h4 fr-mt-4w">{search.from ? 'Événements' : 'Événements à venir'}</h2>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {!loading && data && (
        <p role="status">
          {edges.length === 0
            ? 'Aucun événement ne correspond à ces critères.'
            : `${edges.length} événement${edges.length > 1 ? 's' : ''} sur cette page.`}
        </p>
      )}
      <ul className="fr-raw-list">
        {edges.map(({ node }) => (
          <li key={node.id}>
            <EventItem event={node} />
          </li>
        ))}
      </ul>
      {data && (
        <ForwardPaging
          label="Pagination des événements"
          endCursor={data.events.pageInfo.hasNextPage ? data.events.pageInfo.endCursor : null}
        />
      )}
    </>
  );
}

type EventNode = PublicEventsQuery['events']['edges'][number]['node'];

function EventItem({ event }: { event: EventNode }) {
  const place = [
    event.placeName,
    event.departementCode && `${departementName(event.departementCode)} (${event.departementCode})`,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <article className="fr-p-3w fr-mb-3w" style={{ border: '1px solid var(--border-default-grey)' }}>
      <p className="fr-mb-1w">
        <Badge as="span" small severity="info" className="fr-mr-1w">
          {eventKindLabels[event.kind]}
        </Badge>
        {event.online && (
          <Badge as="span" small severity="new" className="fr-mr-1w">
            En ligne
          </Badge>
        )}
        <Badge as="span" small noIcon>
          {event.regionCode ? regionName(event.regionCode) : 'National'}
        </Badge>
      </p>
      <h3 className="fr-h5 fr-mb-1w">{event.title}</h3>
      <p className="fr-text--bold fr-mb-1w">
        {formatDateTime(event.startsAt)}
        {event.endsAt && ` – ${formatTime(event.endsAt)}`}
        {place && ` · ${place}`}
      </p>
      {event.description && <p className="fr-mb-1w">{event.description}</p>}
      {event.themes.length > 0 && (
        <p className="fr-text--xs fr-mb-1w">{event.themes.map((theme) => themeLabels[theme]).join(' · ')}</p>
      )}
      {event.link && (
        <a
          href={event.link}
          target="_blank"
          rel="noopener noreferrer"
          title={`S’inscrire ou en savoir plus : ${event.title} — nouvelle fenêtre`}
        >
          S’inscrire ou en savoir plus
        </a>
      )}
    </article>
  );
}

function EventSearchForm({ initial }: { initial: EventSearch }) {
  const [, setParams] = useSearchParams();
  const [search, setSearch] = useState(initial);
  const change = (patch: Partial<EventSearch>) => setSearch((current) => ({ ...current, ...patch }));
  const submit = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    setParams(writeEventSearch(search));
  };
  return (
    <form onSubmit={submit} aria-label="Critères de recherche des événements">
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label="Région"
            hint="Avec les événements nationaux"
            nativeSelectProps={{
              value: search.regionCode,
              onChange: (event) => change({ regionCode: event.target.value }),
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
          <Input
            label="Du"
            hintText="Par défaut : à partir de maintenant"
            nativeInputProps={{
              type: 'date',
              value: search.from,
              onChange: (event) => change({ from: event.target.value }),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input
            label="Au"
            hintText="Inclus"
            nativeInputProps={{
              type: 'date',
              value: search.to,
              min: search.from || undefined,
              onChange: (event) => change({ to: event.target.value }),
            }}
          />
        </div>
      </div>
      <ThemeCheckboxes value={search.themes} onChange={(themes) => change({ themes })} />
      <Button type="submit" iconId="fr-icon-search-line">
        Rechercher
      </Button>
    </form>
  );
}
