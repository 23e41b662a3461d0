import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Link, Outlet, useLocation } from 'react-router';
import { PageHeading } from '../components/PageHeading';
import { signInPath } from './return-path';
import { roleLabels, type Role } from './roles';
import { useSession } from './SessionProvider';

/**
 * Guards a group of routes: anonymous visitors are asked to sign in, other roles are told the page is not theirs.
 * The API checks every call anyway; this only spares users a page of errors.
 */
export function RequireRole({ role }: { role: Role }) {
  const { session } = useSession();
  const location = useLocation();
  if (session?.role === role) return <Outlet />;
  return (
    <>
      <PageHeading title={session ? 'Page réservée' : 'Connexion nécessaire'} />
      <Alert
        severity="warning"
        small
        description={
          session ? (
            <p>
              Cette page est réservée au profil « {roleLabels[role]} ». Vous êtes connecté en tant que «{' '}
              {roleLabels[session.role]} ».
            </p>
          ) : (
            <p>
              Cette page est réservée au profil « {roleLabels[role]} ».{' '}
              <Link to={signInPath(`${location.pathname}${location.search}`)}>Se connecter</Link>
            </p>
          )
        }
      />
    </>
  );
}
