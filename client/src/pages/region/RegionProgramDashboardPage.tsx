import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../generated';
import type { AgentProgramDashboardQuery } from '../../../generated/graphql';
import { request } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { themeLabels } from '../../labels/connecteurs';
import { formatDateTime } from '../../labels/date-times';
import { formatEuros } from '../../labels/money';
import { parisDay } from '../../labels/paris-time';
import { subsidyStatusLabels } from '../../labels/subsidies';
import { useSession } from '../../session/SessionProvider';
import { NotFoundPage } from '../NotFoundPage';
import { EnvelopeChart } from './EnvelopeChart';
import { formatRate } from './rates';
import './region.css';

const AgentProgramDashboardQueryDocument = graphql(`
  query AgentProgramDashboard($id: ID!) {
    subsidyProgram(id: $id) {
      id
      name
      managingBody
      description
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
      eligibleThemes
      localProvidersOnly
      attestationRequired
      dashboard {
        envelopeCents
        committedCents
        paidCents
        inProgressCents
        remainingCents
        countsByStatus {
          status
          count
        }
        applicantCompanies
        fundedCompanies
        followUp {
          responses
          benefitCount
          averageRevenueChangePercent
          averageEmployeesChange
          averageSatisfaction
        }
      }
    }
  }
`);

const AgentProgramExportQuery = graphql(`
  query AgentProgramExport($programId: ID!) {
    subsidyProgramExport(programId: $programId)
  }
`);

type Program = NonNullable<AgentProgramDashboardQuery['subsidyProgram']>;
type Dashboard = NonNullable<Program['dashboard']>;

const decimalFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const formatAverage = (value: number | null | undefined, unit = '') =>
  value == null ? 'pas encore de réponse' : `${decimalFormat.format(value)}${unit}`;

/** `/region/programmes/:id`: a programme's envelope, its files by status, the funded companies and the export. */
export function RegionProgramDashboardPage() {
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(AgentProgramDashboardQueryDocument, { id });

  if (data && !data.subsidyProgram) return <NotFoundPage />;
  const program = data?.subsidyProgram;
  const title = program ? `Tableau de bord — ${program.name}` : 'Tableau de bord du programme';
  return (
    <>
      <Breadcrumb
        currentPageLabel={program?.name ?? 'Programme'}
        segments={[{ label: 'Programmes de la région', linkProps: { to: '/region/programmes' } }]}
      />
      <PageHeading title={title} />
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {program && (
        <>
          <ProgramRules program={program} />
          {program.dashboard ? (
            <DashboardFigures program={program} dashboard={program.dashboard} />
          ) : (
            <Alert
              severity="info"
              small
              description="Le tableau de bord de ce programme est réservé aux agents de sa région."
            />
          )}
          <CsvExport program={program} />
        </>
      )}
    </>
  );
}

function ProgramRules({ program }: { program: Program }) {
  return (
    <section aria-labelledby="program-title" className="fr-mb-6w">
      <h2 id="program-title" className="fr-h4">
        Le programme
      </h2>
      <Badge severity={program.isOpen ? 'success' : undefined} small noIcon className="fr-mb-2w">
        {program.isOpen ? 'Ouvert aux dépôts' : 'Fermé aux dépôts'}
      </Badge>
      <dl className="region-facts">
        <dt>Gestionnaire</dt>
        <dd>{program.managingBody}</dd>
        {program.description && (
          <>
            <dt>Description</dt>
            <dd>{program.description}</dd>
          </>
        )}
        <dt>Période de dépôt</dt>
        <dd>
          Du {formatDateTime(program.opensAt)} au {formatDateTime(program.closesAt)}
        </dd>
        <dt>Aide</dt>
        <dd>
          {formatRate(program.aidRateBasisPoints)} de l’investissement retenu (de{' '}
          {formatEuros(program.investmentFloorCents)} à {formatEuros(program.investmentCeilingCents)}), entre{' '}
          {formatEuros(program.aidFloorCents)} et {formatEuros(program.aidCeilingCents)}
        </dd>
        <dt>Entreprises éligibles</dt>
        <dd>
          Moins de {program.maxEmployees + 1} salariés
          {program.attestationRequired && ', projet attesté par un connecteur labellisé'}
          {program.localProvidersOnly && ', prestataires de la région'}
        </dd>
        <dt>Thèmes de dépenses</dt>
        <dd>{program.eligibleThemes.map((theme) => themeLabels[theme]).join(', ')}</dd>
      </dl>
      <Button priority="secondary" linkProps={{ to: `/region/programmes/${program.id}/modifier` }}>
        Modifier les règles du programme
      </Button>
    </section>
  );
}

function DashboardFigures({ program, dashboard }: { program: Program; dashboard: Dashboard }) {
  const submittedTotal = dashboard.countsByStatus
    .filter((entry) => entry.status !== 'DRAFT')
    .reduce((sum, entry) => sum + entry.count, 0);
  const { followUp } = dashboard;
  return (
    <>
      <section aria-labelledby="envelope-title" className="fr-mb-6w">
        <h2 id="envelope-title" className="fr-h4">
          Enveloppe
        </h2>
        <p>
          Reste à engager : <strong>{formatEuros(dashboard.remainingCents)}</strong> sur{' '}
          {formatEuros(dashboard.envelopeCents)}.
        </p>
        <EnvelopeChart figures={dashboard} />
      </section>

      <section aria-labelledby="statuses-title" className="fr-mb-6w">
        <h2 id="statuses-title" className="fr-h4">
          Dossiers par statut
        </h2>
        <Table
          caption="Nombre de dossiers par statut"
          noCaption
          fixed={false}
          headers={['Statut', 'Dossiers']}
          data={[
            ...dashboard.countsByStatus.map((entry) => [
              entry.status === 'DRAFT' ? (
                'Brouillons (pas encore déposés)'
              ) : (
                <Link key="status" to={`/region/dossiers?statut=${entry.status}&programme=${program.id}`}>
                  {subsidyStatusLabels[entry.status]}
                </Link>
              ),
              String(entry.count),
            ]),
            [
              <strong key="total">Total des dossiers déposés</strong>,
              <strong key="sum">{submittedTotal}</strong>,
            ],
          ]}
        />
      </section>

      <section aria-labelledby="companies-title" className="fr-mb-6w">
        <h2 id="companies-title" className="fr-h4">
          Entreprises
        </h2>
        <dl className="region-facts">
          <dt>Entreprises ayant déposé au moins un dossier</dt>
          <dd>{dashboard.applicantCompanies}</dd>
          <dt>Entreprises aidées (dossier accepté ou payé)</dt>
          <dd>{dashboard.fundedCompanies}</dd>
        </dl>
      </section>

      <section aria-labelledby="follow-up-title" className="fr-mb-6w">
        <h2 id="follow-up-title" className="fr-h4">
          Suivi à un an des entreprises payées
        </h2>
        {followUp.responses === 0 ? (
          <p>Aucune entreprise n’a encore répondu au questionnaire de suivi.</p>
        ) : (
          <dl className="region-facts">
            <dt>Réponses</dt>
            <dd>{followUp.responses}</dd>
            <dt>Entreprises qui constatent un bénéfice</dt>
            <dd>
              {followUp.benefitCount} sur {followUp.responses}
            </dd>
            <dt>Évolution moyenne du chiffre d’affaires</dt>
            <dd>{formatAverage(followUp.averageRevenueChangePercent, ' %')}</dd>
            <dt>Évolution moyenne de l’effectif</dt>
            <dd>{formatAverage(followUp.averageEmployeesChange)}</dd>
            <dt>Satisfaction moyenne</dt>
            <dd>{formatAverage(followUp.averageSatisfaction, ' sur 5')}</dd>
          </dl>
        )}
      </section>
    </>
  );
}

/** A file name safe everywhere: the programme's name without accents or punctuation, and the day. */
export function exportFileName(programName: string, day: Date): string {
  const slug = programName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `export-${slug || 'programme'}-${parisDay(day)}.csv`;
}

function CsvExport({ program }: { program: Program }) {
  const token = useSession().session?.token;
  const [state, setState] = useState<{ loading: boolean; error?: ApiError; fileName?: string }>({
    loading: false,
  });

  const download = async () => {
    setState({ loading: true });
    try {
      const { subsidyProgramExport: csv } = await request(
        AgentProgramExportQuery,
        { programId: program.id },
        { token },
      );
      const fileName = exportFileName(program.name, new Date());
      // The API delivers the byte order mark that makes spreadsheets read UTF-8 (accents): never add a second one.
      const bytes = csv.startsWith('\uFEFF') ? csv : `\uFEFF${csv}`;
      const url = URL.createObjectURL(new Blob([bytes], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
      setState({ loading: false, fileName });
    } catch (error) {
      setState({
        loading: false,
        error:
          error instanceof ApiError
            ? error
            : new ApiError('INTERNAL_SERVER_ERROR', 'L’export n’a pas pu être préparé. Réessayez.'),
      });
    }
  };

  return (
    <section aria-labelledby="export-title" className="fr-mb-6w">
      <h2 id="export-title" className="fr-h4">
        Export des dossiers
      </h2>
      <p>
        Un fichier CSV (séparateur point-virgule, UTF-8) des dossiers déposés, au format attendu pour les
        remontées FEDER.
      </p>
      {state.error && <ApiErrorAlert error={state.error} className="fr-mb-2w" />}
      <Button
        iconId="fr-icon-download-line"
        priority="secondary"
        disabled={state.loading}
        onClick={() => void download()}
      >
        Télécharger l’export CSV
      </Button>
      <p role="status" className="fr-text--sm fr-mt-1w">
        {state.loading && 'Préparation de l’export…'}
        {state.fileName && `Fichier « ${state.fileName} » téléchargé.`}
      </p>
    </section>
  );
}
