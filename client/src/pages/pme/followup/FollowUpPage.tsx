import { Button } from '@codegouvfr/react-dsfr/Button';
import { Link } from 'react-router';
import { graphql } from '../../../../generated';
import { useMutation, useQuery } from '../../../api/hooks';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { formatDateTime } from '../../../labels/date-times';
import { departementName } from '../../../labels/geography';
import { AppointmentsSection } from './AppointmentsSection';
import { FollowCard } from './FollowCard';

const PmeFollowUpCompanyQuery = graphql(`
  query PmeFollowUpCompany {
    myCompany {
      id
    }
  }
`);

const PmeFollowUpQuery = graphql(`
  query PmeFollowUp($companyId: ID!) {
    myContactConsent {
      consented
      changedAt
      departementCode
    }
    myFollows {
      id
      status
      proposedAt
      proposalMessage
      acceptedAt
      revokedAt
      connecteur {
        id
        displayName
        email
      }
      actionPlan {
        id
        theme
        title
        status
        dueOn
      }
      followUpContact {
        dueOn
        status
      }
      sharedMeetingNotes(first: 20) {
        edges {
          node {
            id
            meetingOn
            text
          }
        }
      }
    }
    providerRecommendations(companyId: $companyId) {
      connecteur {
        id
      }
      note
      recommendedAt
      providers {
        id
        name
      }
    }
  }
`);

const PmeSetContactConsentMutation = graphql(`
  mutation PmeSetContactConsent($consented: Boolean!) {
    setContactConsent(consented: $consented) {
      consented
    }
  }
`);

/**
 * `/entreprise/suivi`: the company's side of the follow-up: its consent to be contacted, the follows proposed to it
 * (accept, decline, revoke), and for each connecteur it accepted, the action plan, the shared notes, the providers
 * recommended and the appointment slots it can book.
 */
export function FollowUpPage() {
  const company = useQuery(PmeFollowUpCompanyQuery, {});
  const companyId = company.data?.myCompany?.id;
  const { data, error, loading, refetch } = useQuery(
    PmeFollowUpQuery,
    { companyId: companyId ?? '' },
    { skip: !companyId },
  );
  const [setConsent, consenting] = useMutation(PmeSetContactConsentMutation);
  const consent = data?.myContactConsent;
  const follows = data?.myFollows ?? [];
  const active = follows.filter((f) => f.status === 'ACTIVE');

  return (
    <>
      <PageHeading title="Mon accompagnement" />
      {company.error && <ApiErrorAlert error={company.error} />}
      {company.data && !companyId && (
        <p>
          Inscrivez d’abord votre entreprise : <Link to="/entreprise/mon-entreprise">Mon entreprise</Link>.
        </p>
      )}
      {error && <ApiErrorAlert error={error} />}
      {(company.loading || (loading && !data)) && <Loading />}
      {consent && (
        <section className="fr-mb-4w">
          <h2 className="fr-h4">Être contacté par un connecteur</h2>
          <p>
            {consent.consented
              ? `Vous acceptez d’être contacté par les connecteurs labellisés de votre département${consent.departementCode ? ` (${departementName(consent.departementCode)})` : ''}, qui voient votre dernier diagnostic.`
              : 'Les connecteurs ne peuvent pas vous proposer de suivi de leur propre initiative.'}
            {consent.changedAt && ` Choix fait le ${formatDateTime(consent.changedAt)}.`}
          </p>
          {consenting.error && <ApiErrorAlert error={consenting.error} className="fr-mb-2w" />}
          <Button
            priority="secondary"
            disabled={consenting.loading}
            onClick={async () => {
              if (await setConsent({ consented: !consent.consented })) refetch();
            }}
          >
            {consent.consented ? 'Retirer mon accord' : 'Accepter d’être contacté'}
          </Button>
        </section>
      )}
      {data && (
        <>
          <h2 className="fr-h4">Mes connecteurs</h2>
          {follows.length === 0 && (
            <p>
              Aucun connecteur ne vous suit pour l’instant.{' '}
              <Link to="/connecteurs">Trouver un connecteur près de chez vous</Link>
            </p>
          )}
          {follows.map((follow) => (
            <FollowCard
              key={follow.id}
              follow={follow}
              recommendations={(data.providerRecommendations ?? []).filter(
                (r) => r.connecteur.id === follow.connecteur.id,
              )}
              onChanged={refetch}
            />
          ))}
          <AppointmentsSection connecteurs={active.map((f) => f.connecteur)} />
        </>
      )}
    </>
  );
}
