import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';

/** `/mentions-legales`: who publishes the service and who hosts it (LCEN, article 6). */
export function LegalNoticePage() {
  return (
    <>
      <PageHeading title="Mentions légales" />
      <h2 className="fr-h4">Éditeur</h2>
      <p>
        Croissance Connectée est édité dans le cadre du programme #CroissanceConnectée porté par le Conseil
        national du numérique (CNNum) et les régions partenaires.
      </p>
      <h2 className="fr-h4">Directeur de la publication</h2>
      <p>Le secrétaire général du Conseil national du numérique.</p>
      <h2 className="fr-h4">Hébergement</h2>
      <p>
        Amazon Web Services EMEA SARL, 38 avenue John F. Kennedy, L-1855 Luxembourg ; données hébergées dans
        la région AWS de Paris (eu-west-3).
      </p>
      <h2 className="fr-h4">Propriété intellectuelle</h2>
      <p>
        Sauf mention contraire, les contenus du site sont publiés sous la licence ouverte Etalab 2.0. Le
        système de design de l’État (DSFR) et la Marianne sont la propriété de l’État.
      </p>
      <h2 className="fr-h4">Données personnelles et accessibilité</h2>
      <p>
        Voir les pages <Link to="/donnees-personnelles">Données personnelles</Link> et{' '}
        <Link to="/accessibilite">Accessibilité</Link>.
      </p>
    </>
  );
}
