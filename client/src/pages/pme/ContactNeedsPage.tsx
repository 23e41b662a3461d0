import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Card } from '@codegouvfr/react-dsfr/Card';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import { useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime } from '../../labels/date-times';
import { contactStatusLabels, contactStatusSeverity, deadlineLabels } from './labels';

const PAGE_SIZE = 20;

const PmeContactNeedsQuery = graphql(`
  query PmeContactNeeds($first: Int, $after: String) {
    myContactNeeds(first: $first, after: $after) {
      edges {
        node {
          id
          status
          need
          createdAt
          deadline {
            state
          }
          requests {
            id
            connecteur {
              id
              displayName
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

/** `/entreprise/demandes`: the needs the company sent to connecteurs, newest first, with where each stands. */
export function ContactNeedsPage() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const after = cursors.at(-1);
  const { data, error, loading } = useQuery(PmeContactNeedsQuery, { first: PAGE_SIZE, after });
  const edges = data?.myContactNeeds.edges ?? [];
  return (
    <>
      <PageHeading title="Mes demandes de contact" />
      <p>
        Pour contacter un connecteur, ouvrez sa fiche depuis <Link to="/connecteurs">la recherche</Link> puis
        choisissez « Contacter ce connecteur ».
      </p>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {data && edges.length === 0 && <p>Vous n’avez encore envoyé aucune demande.</p>}
      <ul className="fr-raw-list">
        {edges.map(({ node }) => (
          <li key={node.id} className="fr-mb-2w">
            <Card
              title={node.need.length > 90 ? `${node.need.slice(0, 90)}…` : node.need}
              titleAs="h2"
              size="small"
              enlargeLink
              linkProps={{ to: `/entreprise/demandes/${node.id}` }}
              start={
                <ul className="fr-badges-group">
                  <li>
                    <Badge as="span" small noIcon severity={contactStatusSeverity[node.status]}>
                      {contactStatusLabels[node.status]}
                    </Badge>
                  </li>
                </ul>
              }
              desc={`Envoyée le ${formatDateTime(node.createdAt)} à ${node.requests
                .map((request) => request.connecteur.displayName)
                .join(', ')}`}
              detail={deadlineLabels[node.deadline.state]}
            />
          </li>
        ))}
      </ul>
      <ul className="fr-btns-group fr-btns-group--inline">
        {cursors.length > 1 && (
          <li>
            <Button priority="secondary" onClick={() => setCursors((list) => list.slice(0, -1))}>
              Demandes plus récentes
            </Button>
          </li>
        )}
        {data?.myContactNeeds.pageInfo.hasNextPage && (
          <li>
            <Button
              priority="secondary"
              onClick={() =>
                setCursors((list) => [...list, data.myContactNeeds.pageInfo.endCursor ?? undefined])
              }
            >
              Demandes plus anciennes
            </Button>
          </li>
        )}
      </ul>
    </>
  );
}
