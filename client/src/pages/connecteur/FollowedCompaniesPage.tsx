import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../labels/dates';
import { formatDateTime } from '../../labels/date-times';
import { departementName } from '../../labels/geography';
import { followUpContactLabels } from './labels';

const PAGE_SIZE = 20;

const ConnecteurFollowedCompaniesQuery = graphql(`
  query ConnecteurFollowedCompanies($first: Int, $after: String) {
    myFollowedCompanies(first: $first, after: $after) {
      edges {
        node {
          id
          companyId
          company {
            id
            name
            departementCode
          }
          followedSince
          latestMaturity {
            overallScore
            levelName
            diagnosedAt
          }
          due {
            followUpContact {
              dueOn
              status
            }
            overdueActionItems
            nextActionDueOn
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

const ConnecteurLeadsQuery = graphql(`
  query ConnecteurLeads($departementCode: String, $first: Int, $after: String) {
    leads(departementCode: $departementCode, first: $first, after: $after) {
      edges {
        node {
          companyId
          company {
            id
            name
            nafLabel
            employees
          }
          departementCode
          latestMaturity {
            overallScore
            levelName
            diagnosedAt
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

const ConnecteurProposeFollowMutation = graphql(`
  mutation ConnecteurProposeFollow($companyId: ID!, $message: String) {
    proposeFollow(companyId: $companyId, message: $message) {
      id
      companyId
      status
      proposedAt
    }
  }
`);

/** `/connecteur/entreprises`: the companies followed with their consent, and leads to propose a follow-up to. */
export function FollowedCompaniesPage() {
  const [stack, setStack] = useState<(string | undefined)[]>([undefined]);
  const after = stack.at(-1);
  const { data, error, loading } = useQuery(ConnecteurFollowedCompaniesQuery, {
    first: PAGE_SIZE,
    ...(after ? { after } : {}),
  });
  const edges = data?.myFollowedCompanies.edges ?? [];
  const pageInfo = data?.myFollowedCompanies.pageInfo;

  return (
    <>
      <PageHeading title="Entreprises suivies" />
      <p>Les entreprises qui ont accepté votre accompagnement, la plus récente en premier.</p>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {!loading && data && edges.length === 0 && <p>Vous ne suivez encore aucune entreprise.</p>}
      {edges.length > 0 && (
        <Table
          caption="Entreprises suivies"
          noCaption
          headers={['Entreprise', 'Maturité', 'Échéances', 'Suivie depuis']}
          data={edges.map(({ node }) => [
            <Link key="name" to={`/connecteur/entreprises/${node.companyId}`}>
              {node.company.name}
            </Link>,
            node.latestMaturity
              ? `${node.latestMaturity.overallScore}/100 — ${node.latestMaturity.levelName}`
              : 'Pas de diagnostic',
            <DueSummary key="due" due={node.due} />,
            formatDateTime(node.followedSince),
          ])}
        />
      )}
      {(stack.length > 1 || pageInfo?.hasNextPage) && (
        <ul className="fr-btns-group fr-btns-group--inline-sm">
          {stack.length > 1 && (
            <li>
              <Button priority="secondary" onClick={() => setStack(stack.slice(0, -1))}>
                Page précédente
              </Button>
            </li>
          )}
          {pageInfo?.hasNextPage && pageInfo.endCursor && (
            <li>
              <Button
                priority="secondary"
                onClick={() => setStack([...stack, pageInfo.endCursor ?? undefined])}
              >
                Page suivante
              </Button>
            </li>
          )}
        </ul>
      )}
      <Leads />
    </>
  );
}

function DueSummary({
  due,
}: {
  due: {
    followUpContact?: { dueOn: string; status: keyof typeof followUpContactLabels } | null;
    overdueActionItems: number;
    nextActionDueOn?: string | null;
  };
}) {
  const contact = due.followUpContact ? followUpContactLabels[due.followUpContact.status] : null;
  return (
    <>
      {contact && due.followUpContact && (
        <Badge as="span" small severity={contact.severity}>
          {`${contact.text} (${formatDate(due.followUpContact.dueOn)})`}
        </Badge>
      )}
      {due.overdueActionItems > 0 && (
        <Badge as="span" small severity="error" className="fr-ml-1w">
          {`${due.overdueActionItems} action${due.overdueActionItems > 1 ? 's' : ''} en retard`}
        </Badge>
      )}
      {due.nextActionDueOn && (
        <span className="fr-text--xs fr-ml-1w">Prochaine action : {formatDate(due.nextActionDueOn)}</span>
      )}
    </>
  );
}

/** Companies of a served département that did a diagnostic, consented to be contacted and have no connecteur. */
function Leads() {
  const [departementCode, setDepartementCode] = useState('');
  const [asked, setAsked] = useState('');
  const { data, error, loading } = useQuery(ConnecteurLeadsQuery, {
    ...(asked ? { departementCode: asked } : {}),
    first: 10,
  });
  const [propose, proposing] = useMutation(ConnecteurProposeFollowMutation);
  const [proposed, setProposed] = useState<Record<string, string>>({});
  const edges = data?.leads.edges ?? [];

  return (
    <section aria-labelledby="prospects" className="fr-mt-6w">
      <h2 id="prospects" className="fr-h4">
        Entreprises à accompagner
      </h2>
      <p>
        Entreprises qui ont fait leur autodiagnostic, acceptent d’être contactées et ne sont suivies par aucun
        connecteur. Elles devront accepter votre proposition de suivi.
      </p>
      <form
        className="fr-mb-2w"
        onSubmit={(event) => {
          event.preventDefault();
          setAsked(departementCode.trim());
        }}
      >
        <Input
          label="Département (code)"
          hintText="Un département où vous intervenez ; vide : votre département"
          nativeInputProps={{
            value: departementCode,
            onChange: (event) => setDepartementCode(event.target.value),
            maxLength: 3,
          }}
        />
        <Button type="submit" priority="secondary">
          Afficher les entreprises
        </Button>
      </form>
      {error && <ApiErrorAlert error={error} />}
      {proposing.error && <ApiErrorAlert error={proposing.error} />}
      {loading && <Loading />}
      {!loading && data && edges.length === 0 && <p>Aucune entreprise à accompagner dans ce département.</p>}
      {edges.length > 0 && (
        <Table
          caption="Entreprises à accompagner"
          noCaption
          headers={['Entreprise', 'Département', 'Maturité', 'Suivi']}
          data={edges.map(({ node }) => [
            `${node.company.name} — ${node.company.nafLabel}`,
            `${departementName(node.departementCode)} (${node.departementCode})`,
            `${node.latestMaturity.overallScore}/100 — ${node.latestMaturity.levelName} (${formatDateTime(node.latestMaturity.diagnosedAt)})`,
            proposed[node.companyId] ? (
              <span key="done">{proposed[node.companyId]}</span>
            ) : (
              <Button
                key="propose"
                size="small"
                disabled={proposing.loading}
                onClick={async () => {
                  const result = await propose({ companyId: node.companyId });
                  if (result)
                    setProposed((current) => ({ ...current, [node.companyId]: 'Proposition envoyée' }));
                }}
              >
                {`Proposer un suivi à ${node.company.name}`}
              </Button>
            ),
          ])}
        />
      )}
    </section>
  );
}
