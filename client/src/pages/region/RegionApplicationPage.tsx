import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../generated';
import type { AgentApplicationFileQuery } from '../../../generated/graphql';
import { useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { themeLabels } from '../../labels/connecteurs';
import { formatDateTime } from '../../labels/date-times';
import { departementName } from '../../labels/geography';
import { formatEuros } from '../../labels/money';
import { eligibilityRuleLabels, pricePlacementLabels } from '../../labels/subsidies';
import { NotFoundPage } from '../NotFoundPage';
import { DecisionPanel } from './DecisionPanel';
import { SubsidyStatusBadge } from './SubsidyStatusBadge';
import './region.css';

import { Annotations, FollowUp } from './RegionFileTrail';
import { FileDocuments } from '../../features/subsidy-file/FileDocuments';
import { FileHistory } from '../../features/subsidy-file/FileHistory';
import { FileMessages } from '../../features/subsidy-file/FileMessages';
import { CommuneName } from '../../components/CommuneName';
const AgentApplicationFileQueryDocument = graphql(`
  query AgentApplicationFile($id: ID!) {
    subsidyApplication(id: $id) {
      id
      status
      version
      projectSummary
      investmentCents
      aidCents
      grantedAidCents
      invoiceCents
      paidCents
      eligible
      submittedAt
      decidedAt
      paidAt
      updatedAt
      company {
        id
        name
        siren
        nafCode
        nafLabel
        employees
        annualRevenueCents
        independent
        communeCode
        departementCode
      }
      program {
        id
        name
        aidRateBasisPoints
      }
      eligibility {
        rule
        passed
        message
      }
      expenses {
        theme
        description
        amountCents
        providerSiren
        providerName
        providerCommuneCode
      }
      expensePricePositions {
        placement
        range {
          lowCents
          medianCents
          highCents
          observations
          regionCode
        }
      }
      trustedThirdParty {
        id
        displayName
      }
      attestedBy {
        id
        displayName
      }
      attestedAt
      ...SubsidyFileHistory
      ...SubsidyFileMessages
      ...SubsidyFileDocuments
      annotations {
        seq
        at
        authorSub
        body
      }
      followUp {
        answeredAt
        revenueChangePercent
        employeesChange
        benefit
        satisfaction
        comment
      }
    }
  }
`);

export type Application = NonNullable<AgentApplicationFileQuery['subsidyApplication']>;

/** `/region/dossiers/:id`: one file, everything the agent needs to decide, and the decision buttons. */
export function RegionApplicationPage() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(AgentApplicationFileQueryDocument, { id });

  if (data && !data.subsidyApplication) return <NotFoundPage />;
  const application = data?.subsidyApplication;
  const title = application ? `Dossier de ${application.company.name}` : 'Dossier';
  return (
    <>
      <Breadcrumb
        currentPageLabel={title}
        segments={[{ label: 'Dossiers de la région', linkProps: { to: '/region/dossiers' } }]}
      />
      <PageHeading title={title} />
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading label={application ? 'Mise à jour du dossier…' : 'Chargement du dossier…'} />}
      {application && (
        <>
          <Summary application={application} />
          <DecisionPanel application={application} onChanged={refetch} />
          <CompanyFacts company={application.company} />
          <Eligibility application={application} />
          <Expenses application={application} />
          <FileDocuments file={application} />
          <FileHistory history={application.history} />
          <FileMessages file={application} side="REGION" onSent={refetch} />
          <Annotations application={application} onAdded={refetch} />
          {application.followUp && <FollowUp followUp={application.followUp} />}
        </>
      )}
    </>
  );
}

function Summary({ application }: { application: Application }) {
  return (
    <dl className="region-facts region-summary fr-mb-4w">
      <dt>Statut</dt>
      <dd>
        <SubsidyStatusBadge status={application.status} />{' '}
        <span className="fr-text--sm">(version {application.version})</span>
      </dd>
      <dt>Programme</dt>
      <dd>
        <Link to={`/region/programmes/${application.program.id}`}>{application.program.name}</Link>
      </dd>
      <dt>Projet</dt>
      <dd>{application.projectSummary}</dd>
      {application.submittedAt && (
        <>
          <dt>Déposé le</dt>
          <dd>{formatDateTime(application.submittedAt)}</dd>
        </>
      )}
      <dt>Investissement</dt>
      <dd>{formatEuros(application.investmentCents)}</dd>
      <dt>{application.grantedAidCents != null ? 'Aide accordée' : 'Aide prévue'}</dt>
      <dd>{formatEuros(application.grantedAidCents ?? application.aidCents)}</dd>
      {application.paidCents != null && (
        <>
          <dt>Payé</dt>
          <dd>
            {formatEuros(application.paidCents)}
            {application.invoiceCents != null && (
              <> sur une facture de {formatEuros(application.invoiceCents)}</>
            )}
            {application.paidAt && <>, le {formatDateTime(application.paidAt)}</>}
          </dd>
        </>
      )}
      <dt>Tiers de confiance</dt>
      <dd>
        {application.trustedThirdParty ? (
          <>
            <Link to={`/connecteurs/${application.trustedThirdParty.id}`}>
              {application.trustedThirdParty.displayName}
            </Link>
            {application.attestedBy && application.attestedAt
              ? ` — projet attesté le ${formatDateTime(application.attestedAt)}`
              : ' — pas encore d’attestation'}
          </>
        ) : (
          'Aucun'
        )}
      </dd>
    </dl>
  );
}

function CompanyFacts({ company }: { company: Application['company'] }) {
  return (
    <section aria-labelledby="company-title" className="fr-mb-6w">
      <h2 id="company-title" className="fr-h4">
        Entreprise
      </h2>
      <dl className="region-facts">
        <dt>Raison sociale</dt>
        <dd>{company.name}</dd>
        <dt>SIREN</dt>
        <dd>{company.siren}</dd>
        <dt>Activité (NAF)</dt>
        <dd>
          {company.nafCode} — {company.nafLabel}
        </dd>
        <dt>Effectif</dt>
        <dd>
          {company.employees} salarié{company.employees > 1 ? 's' : ''}
        </dd>
        <dt>Chiffre d’affaires annuel</dt>
        <dd>{company.annualRevenueCents === null ? '—' : formatEuros(company.annualRevenueCents)}</dd>
        <dt>Indépendante</dt>
        <dd>{company.independent ? 'Oui' : 'Non : contrôlée par une autre entreprise'}</dd>
        <dt>Siège</dt>
        <dd>
          <CommuneName code={company.communeCode} />, {departementName(company.departementCode)} (
          {company.departementCode})
        </dd>
      </dl>
    </section>
  );
}

function Eligibility({ application }: { application: Application }) {
  const failed = application.eligibility.filter((check) => !check.passed).length;
  return (
    <section aria-labelledby="eligibility-title" className="fr-mb-6w">
      <h2 id="eligibility-title" className="fr-h4">
        Éligibilité
      </h2>
      <div className="fr-mb-2w">
        {application.eligible ? (
          <Badge severity="success">Éligible</Badge>
        ) : (
          <Badge severity="error">
            Non éligible : {failed} règle{failed > 1 ? 's' : ''} non respectée{failed > 1 ? 's' : ''}
          </Badge>
        )}
      </div>
      <Table
        caption="Règles d’éligibilité du programme"
        noCaption
        fixed={false}
        headers={['Règle', 'Résultat', 'Détail']}
        data={application.eligibility.map((check) => [
          eligibilityRuleLabels[check.rule],
          check.passed ? (
            <Badge key="result" severity="success" small>
              Respectée
            </Badge>
          ) : (
            <Badge key="result" severity="error" small>
              Non respectée
            </Badge>
          ),
          check.message,
        ])}
      />
    </section>
  );
}

const placementSeverity = {
  BELOW_RANGE: 'info',
  WITHIN_RANGE: 'success',
  ABOVE_RANGE: 'warning',
  NO_REFERENCE: undefined,
} as const;

function Expenses({ application }: { application: Application }) {
  return (
    <section aria-labelledby="expenses-title" className="fr-mb-6w">
      <h2 id="expenses-title" className="fr-h4">
        Dépenses
      </h2>
      <p>
        Chaque montant est placé dans le référentiel de prix de son thème (celui de la région, sinon le
        national) : la fourchette habituelle va du premier au troisième quartile des prix observés.
      </p>
      <Table
        caption="Dépenses du projet"
        noCaption
        fixed={false}
        headers={['Thème', 'Description', 'Prestataire', 'Montant', 'Position de prix']}
        data={[
          ...application.expenses.map((expense, index) => {
            const position = application.expensePricePositions[index];
            return [
              themeLabels[expense.theme],
              expense.description,
              <>
                {expense.providerName}
                <br />
                <span className="fr-text--xs">
                  SIREN {expense.providerSiren}
                  {expense.providerCommuneCode && <>, commune {expense.providerCommuneCode}</>}
                </span>
              </>,
              formatEuros(expense.amountCents),
              position ? (
                <>
                  <Badge severity={placementSeverity[position.placement]} small noIcon>
                    {pricePlacementLabels[position.placement]}
                  </Badge>
                  {position.range && (
                    <span className="fr-text--xs fr-mb-0" style={{ display: 'block' }}>
                      {formatEuros(position.range.lowCents)} à {formatEuros(position.range.highCents)},
                      médiane {formatEuros(position.range.medianCents)} ({position.range.observations} prix,{' '}
                      {position.range.regionCode ? 'région' : 'national'})
                    </span>
                  )}
                </>
              ) : (
                '—'
              ),
            ];
          }),
          [
            <strong key="total">Total</strong>,
            '',
            '',
            <strong key="sum">{formatEuros(application.investmentCents)}</strong>,
            '',
          ],
        ]}
      />
    </section>
  );
}
