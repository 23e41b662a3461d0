import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { Header } from '@codegouvfr/react-dsfr/Header';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { FlashMessage } from '../components/FlashMessage';
import { signInPath } from '../session/return-path';
import { roleLabels } from '../session/roles';
import { useSession } from '../session/SessionProvider';
import { activeItem, linksOf, navigationFor } from './navigation';
import { NotificationBell } from '../notifications/NotificationBell';
import './header.css';

const brandTop = (
  <>
    République
    <br />
    Française
  </>
);
const homeLinkProps = { to: '/', title: 'Accueil — Croissance Connectée' };

/** Every page: skip links, the DSFR header with the signed-in user's navigation, the page, the footer. */
export function Layout() {
  const { session, signOut } = useSession();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const entries = navigationFor(session?.role);
  const current = activeItem(linksOf(entries), pathname);

  return (
    <>
      <SkipLinks
        links={[
          { label: 'Contenu', anchor: '#contenu' },
          { label: 'Menu', anchor: '#fr-header-main-navigation' },
          { label: 'Pied de page', anchor: '#fr-footer' },
        ]}
      />
      <Header
        brandTop={brandTop}
        homeLinkProps={homeLinkProps}
        serviceTitle="Croissance Connectée"
        serviceTagline="Le numérique au service des PME, près de chez vous"
        navigation={entries.map((entry) =>
          'items' in entry
            ? {
                text: entry.text,
                isActive: current !== undefined && entry.items.includes(current),
                menuLinks: entry.items.map((item) => ({
                  text: item.text,
                  linkProps: { to: item.to },
                  isActive: item === current,
                })),
              }
            : { text: entry.text, linkProps: { to: entry.to }, isActive: entry === current },
        )}
        quickAccessItems={
          session
            ? [
                <NotificationBell key="notifications" />,
                <p
                  key="user"
                  className="fr-mb-0 fr-py-1w fr-px-2w fr-text--sm header-user"
                  title={`${session.label} — ${roleLabels[session.role]}`}
                >
                  <span className="fr-icon-account-circle-line fr-icon--sm fr-mr-1w" aria-hidden="true" />
                  {session.label} — {roleLabels[session.role]}
                </p>,
                {
                  iconId: 'fr-icon-logout-box-r-line',
                  text: 'Se déconnecter',
                  buttonProps: {
                    onClick: () => {
                      signOut();
                      navigate('/');
                    },
                  },
                },
              ]
            : [
                {
                  iconId: 'fr-icon-account-circle-line',
                  text: 'Se connecter',
                  linkProps: { to: pathname === '/connexion' ? '/connexion' : signInPath(pathname + search) },
                },
              ]
        }
      />
      <main id="contenu" role="main" className="fr-container fr-pt-4w fr-pb-8w">
        <FlashMessage />
        <Outlet />
      </main>
      <Footer
        accessibility="non compliant"
        accessibilityLinkProps={{ to: '/accessibilite' }}
        termsLinkProps={{ to: '/mentions-legales' }}
        contentDescription="Croissance Connectée accompagne les petites entreprises dans leur transformation numérique : des connecteurs près de chez elles, un autodiagnostic et le chèque numérique de leur région."
        bottomItems={[
          { text: 'Trouver un connecteur', linkProps: { to: '/connecteurs' } },
          { text: 'Données personnelles', linkProps: { to: '/donnees-personnelles' } },
        ]}
      />
    </>
  );
}
