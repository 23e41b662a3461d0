import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Tile } from '@codegouvfr/react-dsfr/Tile';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import { useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ConnecteurTierBadge } from '../public/ConnecteurTierBadge';
import { formatRate } from './labels';

const ConnecteurHomeProfileQuery = graphql(`
  query ConnecteurHomeProfile {
    myConnecteurProfile {
      id
      displayName
      isLabelled
      labelValidUntil
      hasPendingLabelRequest
    }
  }
`);

const ConnecteurDashboardQuery = graphql(`
  query ConnecteurDashboard {
    connecteurDashboard {
      followedCompanies
      requestsReceived
      pendingRequests
      lateRequests
      medianFirstAnswerHours
      takeUpRate
      responseRate
      appointmentsBooked
      appointmentsHeld
    }
  }
`);

/** `/connecteur`: the connecteur's landing page, its indicators and where to act. */
export function ConnecteurDashboardPage() {
  const profile = useQuery(ConnecteurHomeProfileQuery, {});
  const connecteur = profile.data?.myConnecteurProfile;
  const dashboard = useQuery(ConnecteurDashboardQuery, {}, { skip: !connecteur });
  const indicators = dashboard.data?.connecteurDashboard;

  return (
    <>
      <PageHeading title="Tableau de bord du connecteur" />
      {profile.error && <ApiErrorAlert error={profile.error} />}
      {profile.loading && <Loading />}
      {profile.data && !connecteur && (
        <Alert
          severity="info"
          title="Vous n’êtes pas encore inscrit comme connecteur"
          description={
            <p>
              Signez la charte du programme pour apparaître dans l’annuaire et recevoir des demandes.{' '}
              <Link to="/connecteur/profil">S’inscrire et signer la charte</Link>
            </p>
          }
        />
      )}
      {connecteur && (
        <p>
          {connecteur.displayName}{' '}
          <ConnecteurTierBadge
            isLabelled={connecteur.isLabelled}
            labelValidUntil={connecteur.labelValidUntil}
          />
          {connecteur.hasPendingLabelRequest && (
            <span className="fr-text--sm fr-ml-1w">Demande de label en attente</span>
          )}
        </p>
      )}
      {dashboard.error && <ApiErrorAlert error={dashboard.error} />}
      {dashboard.loading && <Loading label="Chargement des indicateurs…" />}
      {indicators && (
        <>
          <h2 className="fr-h4">Mes indicateurs</h2>
          <dl className="fr-grid-row fr-grid-row--gutters indicator-list">
            <Indicator label="Demandes reçues" value={indicators.requestsReceived} />
            <Indicator label="Demandes en attente" value={indicators.pendingRequests} />
            <Indicator label="Demandes en retard (48 h et plus)" value={indicators.lateRequests} />
            <Indicator
              label="Délai médian de première réponse"
              value={
                indicators.medianFirstAnswerHours == null ? '—' : `${indicators.medianFirstAnswerHours} h`
              }
            />
            <Indicator label="Taux de réponse" value={formatRate(indicators.responseRate)} />
            <Indicator label="Taux de prise en charge" value={formatRate(indicators.takeUpRate)} />
            <Indicator label="Entreprises suivies" value={indicators.followedCompanies} />
            <Indicator label="Rendez-vous réservés" value={indicators.appointmentsBooked} />
            <Indicator label="Rendez-vous honorés" value={indicators.appointmentsHeld} />
          </dl>
        </>
      )}
      {connecteur && (
        <>
          <h2 className="fr-h4 fr-mt-4w">Agir</h2>
          <div className="fr-grid-row fr-grid-row--gutters">
            {shortcutsOf(connecteur).map((shortcut) => (
              <div key={shortcut.to} className="fr-col-12 fr-col-sm-6 fr-col-md-4">
                <Tile
                  title={shortcut.title}
                  titleAs="h3"
                  desc={shortcut.desc}
                  linkProps={{ to: shortcut.to }}
                  small
                />
              </div>
            ))}
          </div>
        </>
      )}
    </>
  );
}

/** Where to act; the profile's tile says what the label asks next: nothing to ask while it is valid or pending. */
const shortcutsOf = (connecteur: { isLabelled: boolean; hasPendingLabelRequest: boolean }) => [
  { to: '/connecteur/demandes', title: 'Demandes de contact', desc: 'Répondre aux entreprises' },
  { to: '/connecteur/entreprises', title: 'Entreprises suivies', desc: 'Maturité, plan d’action, notes' },
  { to: '/connecteur/rendez-vous', title: 'Rendez-vous', desc: 'Créneaux et présences' },
  { to: '/connecteur/attestation', title: 'Attester un dossier', desc: 'Chèque numérique' },
  {
    to: '/connecteur/profil',
    title: 'Profil et label',
    desc: connecteur.isLabelled
      ? 'Votre fiche et votre label'
      : connecteur.hasPendingLabelRequest
        ? 'Demande de label en attente'
        : 'Demander le label',
  },
];

function Indicator({ label, value }: { label: string; value: number | string }) {
  return (
    <div className="fr-col-6 fr-col-md-4">
      <dt className="fr-text--sm fr-mb-0">{label}</dt>
      <dd className="fr-h3 fr-mb-0" style={{ marginLeft: 0 }}>
        {value}
      </dd>
    </div>
  );
}
