import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useParams } from 'react-router';
import { graphql } from '../../../generated';
import { useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../labels/dates';
import { formatDateTime } from '../../labels/date-times';
import { departementName } from '../../labels/geography';
import { ActionPlan } from './ActionPlan';
import { followUpContactLabels } from './labels';
import { MaturityTimeline } from './MaturityTimeline';
import { MeetingNotes } from './MeetingNotes';
import { ProviderRecommendations } from './ProviderRecommendations';
import { CommuneName } from '../../components/CommuneName';

const ConnecteurFollowedCompanyQuery = graphql(`
  query ConnecteurFollowedCompany($companyId: ID!) {
    followedCompany(companyId: $companyId) {
      id
      companyId
      followedSince
      company {
        id
        name
        siren
        nafLabel
        employees
        communeCode
        departementCode
        regionCode
      }
      due {
        followUpContact {
          dueOn
          status
        }
        overdueActionItems
        nextActionDueOn
      }
      diagnostics(first: 24) {
        edges {
          node {
            id
            submittedAt
            overallScore
            levelInfo {
              name
            }
          }
        }
      }
      actionPlan {
        id
        theme
        title
        status
        dueOn
      }
      meetingNotes(first: 50) {
        edges {
          node {
            id
            meetingOn
            text
            shared
          }
        }
      }
    }
  }
`);

/** `/connecteur/entreprises/:companyId`: a followed company's maturity over time, action plan and meeting notes. */
export function FollowedCompanyPage() {
  const { companyId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(ConnecteurFollowedCompanyQuery, { companyId });
  const followed = data?.followedCompany;
  const title = followed ? followed.company.name : 'Entreprise suivie';
  const contact = followed?.due.followUpContact;

  return (
    <>
      <Breadcrumb
        currentPageLabel={title}
        segments={[
          { label: 'Tableau de bord', linkProps: { to: '/connecteur' } },
          { label: 'Entreprises suivies', linkProps: { to: '/connecteur/entreprises' } },
        ]}
      />
      <PageHeading title={title} />
      {error && <ApiErrorAlert error={error} />}
      {loading && !followed && <Loading />}
      {followed && (
        <>
          <dl className="connecteur-facts">
            <dt>Entreprise</dt>
            <dd>
              SIREN {followed.company.siren} — {followed.company.nafLabel}, {followed.company.employees}{' '}
              salarié
              {followed.company.employees > 1 ? 's' : ''}
            </dd>
            <dt>Localisation</dt>
            <dd>
              <CommuneName code={followed.company.communeCode} />,{' '}
              {departementName(followed.company.departementCode)} ({followed.company.departementCode})
            </dd>
            <dt>Suivie depuis le</dt>
            <dd>{formatDateTime(followed.followedSince)}</dd>
            <dt>Point de suivi</dt>
            <dd>
              {contact
                ? `${followUpContactLabels[contact.status].text} — échéance le ${formatDate(contact.dueOn)}`
                : 'Prévu 6 mois après un diagnostic et un plan d’action'}
              {followed.due.overdueActionItems > 0 &&
                ` ; ${followed.due.overdueActionItems} action(s) du plan en retard`}
            </dd>
          </dl>

          <section aria-labelledby="maturite">
            <h2 id="maturite" className="fr-h4 fr-mt-4w">
              Maturité numérique
            </h2>
            <MaturityTimeline
              points={followed.diagnostics.edges.map(({ node }) => ({
                id: node.id,
                submittedAt: node.submittedAt,
                overallScore: node.overallScore,
                levelName: node.levelInfo.name,
              }))}
            />
          </section>

          <section aria-labelledby="plan-action">
            <h2 id="plan-action" className="fr-h4 fr-mt-4w">
              Plan d’action
            </h2>
            <ActionPlan companyId={companyId} items={followed.actionPlan} onChanged={refetch} />
          </section>

          <section aria-labelledby="notes">
            <h2 id="notes" className="fr-h4 fr-mt-4w">
              Notes de rendez-vous
            </h2>
            <MeetingNotes
              companyId={companyId}
              notes={followed.meetingNotes.edges.map(({ node }) => node)}
              onAdded={refetch}
            />
          </section>

          <section aria-labelledby="prestataires">
            <h2 id="prestataires" className="fr-h4 fr-mt-4w">
              Prestataires recommandés
            </h2>
            <ProviderRecommendations companyId={companyId} regionCode={followed.company.regionCode} />
          </section>
        </>
      )}
    </>
  );
}
