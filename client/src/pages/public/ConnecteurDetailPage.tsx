import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../generated';
import { useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { kindLabels, structureTypeLabels, themeLabels } from '../../labels/connecteurs';
import { formatDate } from '../../labels/dates';
import { departementName, regionName } from '../../labels/geography';
import { signInPath } from '../../session/return-path';
import { useSession } from '../../session/SessionProvider';
import { NotFoundPage } from '../NotFoundPage';
import { ConnecteurTierBadge } from './ConnecteurTierBadge';
import { CommuneName } from '../../components/CommuneName';

const ConnecteurDetailQuery = graphql(`
  query ConnecteurDetail($id: ID!) {
    connecteur(id: $id) {
      id
      displayName
      kind
      structureType
      communeCode
      departementCode
      regionCode
      departementsServed
      themes
      acceptsNewPmes
      website
      email
      isLabelled
      labelValidUntil
      labelWave
    }
  }
`);

/** `/connecteurs/:id`: a connecteur's public profile (the e-mail address only for signed-in users). */
export function ConnecteurDetailPage() {
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(ConnecteurDetailQuery, { id });
  const role = useSession().session?.role;
  const contactPath = `/entreprise/demandes/nouvelle?connecteur=${encodeURIComponent(id)}`;

  if (data && !data.connecteur) return <NotFoundPage />;
  const connecteur = data?.connecteur;
  return (
    <>
      <Breadcrumb
        currentPageLabel={connecteur?.displayName ?? 'Connecteur'}
        segments={[
          { label: 'Accueil', linkProps: { to: '/' } },
          { label: 'Trouver un connecteur', linkProps: { to: '/connecteurs' } },
        ]}
      />
      <PageHeading title={connecteur?.displayName ?? 'Connecteur'} />
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {connecteur && (
        <>
          <p>
            <ConnecteurTierBadge
              isLabelled={connecteur.isLabelled}
              labelValidUntil={connecteur.labelValidUntil}
            />
            {connecteur.isLabelled && connecteur.labelWave && (
              <span className="fr-text--sm fr-ml-1w">{connecteur.labelWave}</span>
            )}
          </p>
          <dl className="connecteur-facts">
            <dt>Type</dt>
            <dd>
              {kindLabels[connecteur.kind]} — {structureTypeLabels[connecteur.structureType]}
            </dd>
            <dt>Installé à</dt>
            <dd>
              <CommuneName code={connecteur.communeCode} />, {departementName(connecteur.departementCode)} (
              {connecteur.departementCode}), {regionName(connecteur.regionCode)}
            </dd>
            <dt>Se déplace dans</dt>
            <dd>
              {connecteur.departementsServed.map((code) => `${departementName(code)} (${code})`).join(', ')}
            </dd>
            <dt>Nouvelles entreprises</dt>
            <dd>
              {connecteur.acceptsNewPmes
                ? 'Accepte de nouvelles entreprises'
                : 'N’accepte pas de nouvelles entreprises pour le moment'}
            </dd>
            {connecteur.isLabelled && connecteur.labelValidUntil && (
              <>
                <dt>Label</dt>
                <dd>Valide jusqu’au {formatDate(connecteur.labelValidUntil)} inclus</dd>
              </>
            )}
            {connecteur.website && (
              <>
                <dt>Site web</dt>
                <dd>
                  <a
                    href={connecteur.website}
                    target="_blank"
                    rel="noopener noreferrer"
                    title={`${connecteur.website} — nouvelle fenêtre`}
                  >
                    {connecteur.website}
                  </a>
                </dd>
              </>
            )}
            {connecteur.email && (
              <>
                <dt>Adresse électronique</dt>
                <dd>
                  <a href={`mailto:${connecteur.email}`}>{connecteur.email}</a>
                </dd>
              </>
            )}
          </dl>
          {connecteur.acceptsNewPmes && (role === 'PME' || !role) && (
            <p>
              {/* A company sends its need from its space; anonymous visitors sign in first. */}
              <Link
                className="fr-btn fr-icon-mail-line fr-btn--icon-left"
                to={role === 'PME' ? contactPath : signInPath(contactPath)}
              >
                Contacter ce connecteur
              </Link>
            </p>
          )}
          <h2 className="fr-h4">Thèmes d’accompagnement</h2>
          <ul className="fr-tags-group">
            {connecteur.themes.map((theme) => (
              <li key={theme}>
                <Tag>{themeLabels[theme]}</Tag>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
