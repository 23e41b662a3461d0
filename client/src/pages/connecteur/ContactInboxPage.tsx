import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import type { ConnecteurContactInboxQuery, ContactRequestStatus } from '../../../generated/graphql';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { themeLabels } from '../../labels/connecteurs';
import { formatDateTime } from '../../labels/date-times';
import { ContactRequestBadges } from './DeadlineBadge';
import { answersFrom, contactStatusLabels } from './labels';

export const INBOX_PAGE_SIZE = 20;

const ConnecteurContactInboxQuery = graphql(`
  query ConnecteurContactInbox($statuses: [ContactRequestStatus!], $first: Int, $after: String) {
    contactInbox(statuses: $statuses, first: $first, after: $after) {
      edges {
        node {
          id
          status
          createdAt
          updatedAt
          deadline {
            state
            waitingSince
          }
          need {
            id
            need
            themes
            departementCode
            company {
              id
              name
            }
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

export const ConnecteurAnswerContactRequestMutation = graphql(`
  mutation ConnecteurAnswerContactRequest($id: ID!, $status: ContactRequestStatus!, $message: String) {
    answerContactRequest(id: $id, status: $status, message: $message) {
      id
      status
      createdAt
      updatedAt
      deadline {
        state
        waitingSince
      }
      need {
        id
        need
        themes
        departementCode
        company {
          id
          name
        }
      }
    }
  }
`);

type InboxRequest = ConnecteurContactInboxQuery['contactInbox']['edges'][number]['node'];

/** The inbox filters, by the statuses they ask the API for (none: every request). */
const FILTERS: { value: string; label: string; statuses?: ContactRequestStatus[] }[] = [
  {
    value: 'ouvertes',
    label: 'À traiter (en attente ou prises en charge)',
    statuses: ['PENDING', 'TAKEN_IN_CHARGE'],
  },
  { value: 'en-attente', label: 'En attente de réponse', statuses: ['PENDING'] },
  { value: 'prises-en-charge', label: 'Prises en charge', statuses: ['TAKEN_IN_CHARGE'] },
  {
    value: 'cloturees',
    label: 'Clôturées ou déclinées',
    statuses: ['DONE_HELP_PROPOSED', 'DONE_NO_HELP', 'DONE_UNREACHABLE', 'NOT_FOR_ME'],
  },
  { value: 'toutes', label: 'Toutes les demandes' },
];

/** `/connecteur/demandes`: the requests sent to the connecteur, newest first, with their deadline badges. */
export function ContactInboxPage() {
  const [params, setParams] = useSearchParams();
  const filter = FILTERS.find((f) => f.value === params.get('statut')) ?? FILTERS[0]!;
  // Cursors of the pages shown so far for this filter: the last one is the page on screen.
  const [cursors, setCursors] = useState<{ filter: string; stack: (string | undefined)[] }>({
    filter: filter.value,
    stack: [undefined],
  });
  const stack = cursors.filter === filter.value ? cursors.stack : [undefined];
  const after = stack.at(-1);
  const { data, error, loading } = useQuery(ConnecteurContactInboxQuery, {
    ...(filter.statuses ? { statuses: filter.statuses } : {}),
    first: INBOX_PAGE_SIZE,
    ...(after ? { after } : {}),
  });
  // Requests answered from this page, as the API returned them: the list shows their new state at once.
  const [answered, setAnswered] = useState<Record<string, InboxRequest>>({});
  const [announcement, setAnnouncement] = useState('');

  const edges = data?.contactInbox.edges ?? [];
  const pageInfo = data?.contactInbox.pageInfo;
  return (
    <>
      <PageHeading title="Demandes de contact" />
      <p>
        Répondez sous 48 heures : au-delà, la demande est signalée en retard, puis des relances sont dues au
        9ᵉ et au 21ᵉ jour ; sans réponse au bout de 45 jours, elle est abandonnée.
      </p>
      <Select
        label="Afficher"
        nativeSelectProps={{
          value: filter.value,
          onChange: (event) => {
            setParams(event.target.value === FILTERS[0]!.value ? {} : { statut: event.target.value });
            setCursors({ filter: event.target.value, stack: [undefined] });
          },
        }}
      >
        {FILTERS.map((f) => (
          <option key={f.value} value={f.value}>
            {f.label}
          </option>
        ))}
      </Select>
      <p role="status" aria-live="polite">
        {announcement}
      </p>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading label="Chargement des demandes…" />}
      {!loading && data && edges.length === 0 && <p>Aucune demande dans cette liste.</p>}
      {edges.length > 0 && (
        <ul className="fr-raw-list">
          {edges.map(({ node }) => (
            <InboxItem
              key={node.id}
              request={answered[node.id] ?? node}
              onAnswered={(request) => {
                setAnswered((current) => ({ ...current, [request.id]: request }));
                setAnnouncement(
                  `Demande de ${request.need.company.name} : ${contactStatusLabels[request.status].toLowerCase()}.`,
                );
              }}
            />
          ))}
        </ul>
      )}
      {(stack.length > 1 || pageInfo?.hasNextPage) && (
        <nav role="navigation" aria-label="Pagination des demandes" className="fr-mt-4w">
          <ul className="fr-btns-group fr-btns-group--inline-sm">
            {stack.length > 1 && (
              <li>
                <Button
                  priority="secondary"
                  iconId="fr-icon-arrow-left-s-line"
                  onClick={() => setCursors({ filter: filter.value, stack: stack.slice(0, -1) })}
                >
                  Page précédente
                </Button>
              </li>
            )}
            <li>
              <span className="fr-text--sm">Page {stack.length}</span>
            </li>
            {pageInfo?.hasNextPage && pageInfo.endCursor && (
              <li>
                <Button
                  priority="secondary"
                  iconId="fr-icon-arrow-right-s-line"
                  iconPosition="right"
                  onClick={() =>
                    setCursors({ filter: filter.value, stack: [...stack, pageInfo.endCursor ?? undefined] })
                  }
                >
                  Page suivante
                </Button>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}

function InboxItem({
  request,
  onAnswered,
}: {
  request: InboxRequest;
  onAnswered: (request: InboxRequest) => void;
}) {
  const [answer, { error, loading }] = useMutation(ConnecteurAnswerContactRequestMutation);
  const company = request.need.company.name;
  const headingId = `demande-${request.id}`;
  return (
    <li className="fr-card fr-card--no-border fr-mb-3w fr-p-3w" aria-labelledby={headingId}>
      <h2 id={headingId} className="fr-h5 fr-mb-1w">
        <Link to={`/connecteur/demandes/${request.id}`}>Demande de {company}</Link>
      </h2>
      <ContactRequestBadges status={request.status} deadlineState={request.deadline.state} />
      <p className="fr-mb-1w">{request.need.need}</p>
      <p className="fr-text--sm fr-mb-1w">
        Reçue le {formatDateTime(request.createdAt)}
        {request.need.themes.length > 0 &&
          ` · ${request.need.themes.map((theme) => themeLabels[theme]).join(', ')}`}
      </p>
      {error && <ApiErrorAlert error={error} className="fr-mb-2w" />}
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
        {answersFrom[request.status]
          .filter((choice) => choice.to !== 'PENDING')
          .map((choice) => (
            <li key={choice.to}>
              <Button
                size="small"
                priority={choice.to === 'TAKEN_IN_CHARGE' ? 'primary' : 'secondary'}
                disabled={loading}
                title={`${choice.text} — demande de ${company}`}
                onClick={async () => {
                  const data = await answer({ id: request.id, status: choice.to });
                  if (data) onAnswered(data.answerContactRequest);
                }}
              >
                {choice.text}
              </Button>
            </li>
          ))}
      </ul>
    </li>
  );
}
