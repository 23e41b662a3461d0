import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { graphql } from '../../../generated';
import type { PmeApplicationQuery } from '../../../generated/graphql';
import { useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { subsidyStatusLabels } from '../../labels/subsidies';
import { NotFoundPage } from '../NotFoundPage';
import { ApplicationEditor, EDITABLE } from './ApplicationEditor';
import { ApplicationSummary, CorrectionRequest, ServerEligibility } from './ApplicationSections';
import { FileDocuments } from '../../features/subsidy-file/FileDocuments';
import { FileHistory } from '../../features/subsidy-file/FileHistory';
import { FileMessages } from '../../features/subsidy-file/FileMessages';
import { FileOutcome } from '../../features/subsidy-file/FileOutcome';

const PmeNewApplicationQuery = graphql(`
  query PmeNewApplication($programId: ID!) {
    subsidyProgram(id: $programId) {
      id
      name
      managingBody
      description
      regionCode
      regionName
      opensAt
      closesAt
      isOpen
      envelopeCents
      aidRateBasisPoints
      investmentFloorCents
      investmentCeilingCents
      aidFloorCents
      aidCeilingCents
      maxEmployees
      maxAnnualRevenueCents
      independenceRequired
      excludedNafPrefixes
      eligibleThemes
      localProvidersOnly
      localProvidersRule
      perCompanyCapCents
      perCompanyCapYears
      attestationRequired
      ...SubsidyDeclarationText
      questions {
        id
        label
        kind
        required
        requiredAnswer
        min
        max
        unit
        choices
        acceptedChoices
      }
    }
    myCompany {
      id
      nafCode
      employees
      annualRevenueCents
      independent
      regionCode
      departementCode
    }
  }
`);

const PmeApplicationQuery = graphql(`
  query PmeApplication($id: ID!) {
    subsidyApplication(id: $id) {
      id
      status
      version
      projectSummary
      investmentCents
      aidCents
      grantedAidCents
      paidCents
      eligible
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
      answers {
        questionId
        yes
        number
        choice
      }
      expensePricePositions {
        placement
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
      attestationStatus
      attestationStatusSince
      attestationStatusReason
      submittedAt
      decidedAt
      ...SubsidyFileHistory
      ...SubsidyFileMessages
      ...SubsidyFileDocuments
      ...SubsidyFileOutcome
      company {
        id
        nafCode
        employees
        annualRevenueCents
        independent
        regionCode
        departementCode
      }
      program {
        id
        name
        managingBody
        description
        regionCode
        regionName
        opensAt
        closesAt
        isOpen
        envelopeCents
        aidRateBasisPoints
        investmentFloorCents
        investmentCeilingCents
        aidFloorCents
        aidCeilingCents
        maxEmployees
        maxAnnualRevenueCents
        independenceRequired
        excludedNafPrefixes
        eligibleThemes
        localProvidersOnly
        localProvidersRule
        perCompanyCapCents
        perCompanyCapYears
        attestationRequired
        ...SubsidyDeclarationText
        questions {
          id
          label
          kind
          required
          requiredAnswer
          min
          max
          unit
          choices
          acceptedChoices
        }
      }
    }
  }
`);

/** The company's own PME user always reads its revenue (only a trusted third party is refused it). */
const ownCompany = <C extends { annualRevenueCents?: number | null }>(c: C) => ({
  ...c,
  annualRevenueCents: c.annualRevenueCents ?? 0,
});

/** `/entreprise/cheque-numerique/nouvelle/:programId`: a new draft for an open programme. */
export function NewApplicationPage() {
  const { programId = '' } = useParams();
  const { data, error, loading } = useQuery(PmeNewApplicationQuery, { programId });
  if (data && !data.subsidyProgram) return <NotFoundPage />;
  const program = data?.subsidyProgram;
  return (
    <>
      <Breadcrumb
        currentPageLabel="Nouvelle demande"
        segments={[{ label: 'Chèque numérique', linkProps: { to: '/entreprise/cheque-numerique' } }]}
      />
      <PageHeading
        title={program ? `Demande de chèque numérique : ${program.name}` : 'Demande de chèque numérique'}
      />
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {data && !data.myCompany && (
        <p>
          Inscrivez d’abord <Link to="/entreprise/mon-entreprise">votre entreprise</Link>.
        </p>
      )}
      {program && data.myCompany && (
        <ApplicationEditor program={program} company={ownCompany(data.myCompany)} />
      )}
    </>
  );
}

/** `/entreprise/cheque-numerique/dossiers/:id`: a file: edit and submit it, follow its history and messages. */
export function ApplicationPage() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(PmeApplicationQuery, { id });
  // Kept here, not in the editor: the editor starts again from each new version, the submission's included.
  const submittedHere = (useLocation().state as { submitted?: boolean } | null)?.submitted === true;
  const [justSubmitted, setJustSubmitted] = useState(submittedHere);
  if (data && !data.subsidyApplication) return <NotFoundPage />;
  const application = data?.subsidyApplication;
  return (
    <>
      <Breadcrumb
        currentPageLabel="Dossier"
        segments={[{ label: 'Chèque numérique', linkProps: { to: '/entreprise/cheque-numerique' } }]}
      />
      <PageHeading
        title={
          application
            ? `Dossier de chèque numérique : ${application.program.name}`
            : 'Dossier de chèque numérique'
        }
      />
      {error && <ApiErrorAlert error={error} />}
      {loading && !data && <Loading />}
      {application && (
        <>
          <p>
            Statut :{' '}
            <Badge
              as="span"
              noIcon
              severity={application.status === 'CORRECTION_REQUESTED' ? 'warning' : 'info'}
            >
              {subsidyStatusLabels[application.status]}
            </Badge>
          </p>
          {justSubmitted && (
            <Alert severity="success" small description="Votre dossier a été déposé." className="fr-mb-2w" />
          )}
          {application.status === 'CORRECTION_REQUESTED' && <CorrectionRequest application={application} />}
          {EDITABLE.has(application.status) ? (
            <ApplicationEditor
              // A new version (after a save or a submission) starts the form again from what the API holds.
              key={application.version}
              program={application.program}
              company={ownCompany(application.company)}
              application={application}
              onSaved={refetch}
              onSubmitted={() => {
                setJustSubmitted(true);
                refetch();
              }}
            />
          ) : (
            <ApplicationSummary application={application} />
          )}
          {application.status !== 'DRAFT' && <FileOutcome file={application} />}
          <FileDocuments file={application} canUpload onUploaded={refetch} />
          <ServerEligibility application={application} />
          <FileHistory history={application.history} />
          <FileMessages file={application} side="APPLICANT" onSent={refetch} />
        </>
      )}
    </>
  );
}
