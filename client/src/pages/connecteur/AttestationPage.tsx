import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql } from '../../../generated';
import type { SubsidyApplicationStatus } from '../../../generated/graphql';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { themeLabels } from '../../labels/connecteurs';
import { formatDateTime } from '../../labels/date-times';
import { formatEuros } from '../../labels/money';
import { subsidyStatusLabels } from '../../labels/subsidies';
import { NotFoundPage } from '../NotFoundPage';
import { FileDocuments } from '../../features/subsidy-file/FileDocuments';
import { FileHistory } from '../../features/subsidy-file/FileHistory';

const ConnecteurAttestationFileQuery = graphql(`
  query ConnecteurAttestationFile($id: ID!) {
    myConnecteurProfile {
      id
      isLabelled
      capitalLinks
    }
    subsidyApplication(id: $id) {
      id
      status
      projectSummary
      investmentCents
      aidCents
      company {
        id
        name
        siren
      }
      program {
        id
        name
        regionName
      }
      expenses {
        theme
        description
        amountCents
        providerSiren
        providerName
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
      ...SubsidyFileDocuments
      ...SubsidyFileHistory
    }
  }
`);

const ConnecteurAttestApplicationMutation = graphql(`
  mutation ConnecteurAttestApplication($id: ID!) {
    attestSubsidyApplication(id: $id) {
      id
      attestedAt
    }
  }
`);

/** The statuses in which the trusted third party may attest (functions/subsidies/workflow.ts). */
const ATTESTABLE: readonly SubsidyApplicationStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'CORRECTION_REQUESTED',
  'UNDER_REVIEW',
];

/** A file number typed as is, or the last part of a link to the file (e.g. …/cheque-numerique/<id>). */
export function applicationIdFrom(text: string): string {
  const trimmed = text.trim();
  try {
    const url = new URL(trimmed);
    const fromQuery = url.searchParams.get('dossier');
    if (fromQuery) return fromQuery;
    return url.pathname.split('/').filter(Boolean).at(-1) ?? '';
  } catch {
    return trimmed.split('/').filter(Boolean).at(-1) ?? '';
  }
}

const ConnecteurFilesToAttestQuery = graphql(`
  query ConnecteurFilesToAttest($after: String) {
    applicationsToAttest(first: 20, after: $after) {
      edges {
        node {
          id
          status
          investmentCents
          updatedAt
          attestedAt
          company {
            id
            name
          }
          program {
            id
            name
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

/**
 * `/connecteur/attestation`: the files whose applicant chose the connecteur as trusted third party, and opening
 * one by the number or link the company sent.
 */
export function AttestationSearchPage() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [after, setAfter] = useState<string | null>(null);
  const files = useQuery(ConnecteurFilesToAttestQuery, { after });
  const connection = files.data?.applicationsToAttest;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = applicationIdFrom(text);
    if (id) navigate(`/connecteur/attestation/${encodeURIComponent(id)}`);
  };
  return (
    <>
      <PageHeading title="Attester un projet de chèque numérique" />
      <h2>Dossiers qui vous désignent comme tiers de confiance</h2>
      {files.error ? <ApiErrorAlert error={files.error} /> : null}
      {files.loading && !connection ? <Loading /> : null}
      {connection && connection.edges.length === 0 ? (
        <p>Aucune entreprise ne vous a encore désigné comme tiers de confiance.</p>
      ) : null}
      {connection && connection.edges.length > 0 ? (
        <Table
          caption="Dossiers à attester, les plus récents d’abord"
          headers={['Entreprise', 'Programme', 'Statut', 'Investissement', 'Attestation']}
          data={connection.edges.map(({ node }) => [
            <Link key={node.id} to={`/connecteur/attestation/${encodeURIComponent(node.id)}`}>
              {node.company.name}
            </Link>,
            node.program.name,
            subsidyStatusLabels[node.status],
            formatEuros(node.investmentCents),
            node.attestedAt ? `Attesté le ${formatDateTime(node.attestedAt)}` : 'À attester',
          ])}
        />
      ) : null}
      {connection?.pageInfo.hasNextPage ? (
        <Button priority="secondary" onClick={() => setAfter(connection.pageInfo.endCursor)}>
          Dossiers suivants
        </Button>
      ) : null}
      <h2>Ouvrir un dossier par son numéro</h2>
      <p>
        Une entreprise qui vous a choisi comme tiers de confiance peut aussi vous transmettre le numéro de son
        dossier (ou le lien vers celui-ci). Seul un connecteur labellisé peut attester.
      </p>
      <form onSubmit={submit}>
        <Input
          label="Numéro ou lien du dossier"
          nativeInputProps={{
            value: text,
            onChange: (event) => setText(event.target.value),
            required: true,
            autoComplete: 'off',
          }}
        />
        <Button type="submit">Ouvrir le dossier</Button>
      </form>
    </>
  );
}

/** `/connecteur/attestation/:id`: the file as the trusted third party reads it, and the attestation. */
export function AttestationPage() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(ConnecteurAttestationFileQuery, { id });
  const [attest, attesting] = useMutation(ConnecteurAttestApplicationMutation);

  if (data && !data.subsidyApplication) return <NotFoundPage />;
  const file = data?.subsidyApplication;
  const me = data?.myConnecteurProfile;
  const linked = new Set(me?.capitalLinks ?? []);
  const conflicting = file?.expenses.filter((expense) => linked.has(expense.providerSiren)) ?? [];
  const isMine = file?.trustedThirdParty?.id !== undefined && file.trustedThirdParty.id === me?.id;
  const title = file ? `Dossier de ${file.company.name}` : 'Dossier de chèque numérique';

  return (
    <>
      <Breadcrumb
        currentPageLabel={title}
        segments={[
          { label: 'Tableau de bord', linkProps: { to: '/connecteur' } },
          { label: 'Attester un projet', linkProps: { to: '/connecteur/attestation' } },
        ]}
      />
      <PageHeading title={title} />
      {error && <ApiErrorAlert error={error} />}
      {loading && !file && <Loading />}
      {file && (
        <>
          <p>
            <Badge as="span" small noIcon severity="info">
              {subsidyStatusLabels[file.status]}
            </Badge>
          </p>
          <dl className="connecteur-facts">
            <dt>Programme</dt>
            <dd>
              {file.program.name} — {file.program.regionName}
            </dd>
            <dt>Entreprise</dt>
            <dd>
              {file.company.name} (SIREN {file.company.siren})
            </dd>
            <dt>Projet</dt>
            <dd style={{ whiteSpace: 'pre-line' }}>{file.projectSummary}</dd>
            <dt>Investissement</dt>
            <dd>{formatEuros(file.investmentCents)}</dd>
            <dt>Aide attendue</dt>
            <dd>{formatEuros(file.aidCents)}</dd>
            <dt>Tiers de confiance choisi</dt>
            <dd>{file.trustedThirdParty?.displayName ?? 'Aucun'}</dd>
          </dl>
          <Table
            caption="Dépenses du projet"
            headers={['Thème', 'Description', 'Prestataire', 'Montant']}
            data={file.expenses.map((expense) => [
              themeLabels[expense.theme],
              expense.description,
              `${expense.providerName} (SIREN ${expense.providerSiren})${linked.has(expense.providerSiren) ? ' — lien capitalistique déclaré' : ''}`,
              formatEuros(expense.amountCents),
            ])}
          />

          <h2 className="fr-h4 fr-mt-4w">Attestation</h2>
          {file.attestedAt ? (
            <Alert
              severity="success"
              small
              description={`Projet attesté par ${file.attestedBy?.displayName ?? 'son tiers de confiance'} le ${formatDateTime(file.attestedAt)}.`}
            />
          ) : (
            <>
              {!isMine && (
                <Alert
                  severity="warning"
                  small
                  className="fr-mb-2w"
                  description="Vous n’êtes pas le tiers de confiance choisi pour ce dossier : seul celui-ci peut l’attester."
                />
              )}
              {me && !me.isLabelled && (
                <Alert
                  severity="warning"
                  small
                  className="fr-mb-2w"
                  description={
                    <>
                      Seul un connecteur labellisé peut attester un projet.{' '}
                      <Link to="/connecteur/profil">Demander le label</Link>
                    </>
                  }
                />
              )}
              {conflicting.length > 0 && !attesting.error && (
                <Alert
                  severity="warning"
                  small
                  className="fr-mb-2w"
                  description={`Vous avez déclaré un lien capitalistique avec ${conflicting.map((e) => e.providerName).join(', ')} : l’attestation sera refusée pour conflit d’intérêts.`}
                />
              )}
              {attesting.error?.code === 'CONFLICT_OF_INTEREST' ? (
                <Alert
                  severity="error"
                  className="fr-mb-2w"
                  title="Attestation impossible : conflit d’intérêts"
                  description={
                    <>
                      <p>{attesting.error.message}</p>
                      <p>
                        Vous détenez une part du capital d’un prestataire payé par ce projet. L’entreprise
                        doit choisir un autre tiers de confiance labellisé.
                      </p>
                    </>
                  }
                />
              ) : (
                attesting.error && <ApiErrorAlert error={attesting.error} className="fr-mb-2w" />
              )}
              {ATTESTABLE.includes(file.status) ? (
                <Button
                  disabled={attesting.loading}
                  onClick={async () => {
                    if (await attest({ id: file.id })) refetch();
                  }}
                >
                  Attester le projet
                </Button>
              ) : (
                <p>Ce dossier ne peut plus être attesté (décision prise).</p>
              )}
            </>
          )}
          <FileDocuments file={file} />
          <FileHistory history={file.history} />
        </>
      )}
    </>
  );
}
