import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ApiError, networkError } from '../api/errors';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { authConfig } from '../config';
import type { CognitoConfig } from '../session/cognito';
import { fetchDevUsers, type DevUser } from '../session/dev-users';
import { rememberReturnPath, returnPathOf, takeReturnPath } from '../session/return-path';
import { ROLES, roleLabels } from '../session/roles';
import { useSession } from '../session/SessionProvider';

/** `/connexion`: locally, pick a demo user of the local server; on AWS, Cognito's hosted sign-in. */
export function SignInPage() {
  return (
    <>
      <PageHeading title="Connexion" />
      {authConfig.mode === 'local' ? <DevUserList /> : <HostedSignIn config={authConfig} />}
    </>
  );
}

function DevUserList() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const returnPath = returnPathOf(useLocation().search);
  const [users, setUsers] = useState<DevUser[]>();
  const [error, setError] = useState<ApiError>();

  useEffect(() => {
    const controller = new AbortController();
    fetchDevUsers(controller.signal).then(setUsers, (cause: unknown) => {
      if (!controller.signal.aborted) setError(cause instanceof ApiError ? cause : networkError());
    });
    return () => controller.abort();
  }, []);

  if (error) return <ApiErrorAlert error={error} />;
  if (!users) return <Loading label="Chargement des utilisateurs de démonstration…" />;

  return (
    <>
      <p>
        Environnement de développement : choisissez un utilisateur de démonstration. Son jeton de
        développement est gardé dans cet onglet seulement.
      </p>
      {ROLES.map((role) => {
        const ofRole = users.filter((user) => user.role === role);
        if (ofRole.length === 0) return null;
        return (
          <section key={role} className="fr-mb-4w">
            <h2 className="fr-h4">{roleLabels[role]}</h2>
            {role === 'PME' && (
              <p className="fr-hint-text">
                Leur jeton porte le SIRET de leur établissement, comme ProConnect sur la plateforme : c’est
                lui qui désigne l’entreprise qu’ils inscrivent ou rejoignent.
              </p>
            )}
            <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--left">
              {ofRole.map((user) => (
                <li key={user.id}>
                  <Button
                    priority="secondary"
                    onClick={() => {
                      signIn({
                        token: user.token,
                        label: user.label,
                        role: user.role,
                        sub: user.sub,
                        regionCode: user.regionCode,
                        companyId: user.companyId,
                      });
                      void navigate(returnPath, { replace: true });
                    }}
                  >
                    {user.label}
                  </Button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

const hosted = () => import('../session/cognito');

/** On AWS: Cognito's hosted sign-in, then back here with a code to trade for the session. */
function HostedSignIn({ config }: { config: CognitoConfig }) {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const returnPath = returnPathOf(useLocation().search);
  const [failure, setFailure] = useState<string>();
  const returning = new URL(window.location.href).searchParams.has('code');

  useEffect(() => {
    if (!returning) return;
    // oidc-client-ts is loaded only here, on AWS: never in the home page's bundle.
    hosted()
      .then((m) => m.completeHostedSignIn(config, new URL(window.location.href)))
      .then(
        (session) => {
          signIn(session);
          void navigate(takeReturnPath(), { replace: true });
        },
        (cause: unknown) =>
          setFailure(cause instanceof Error ? cause.message : 'La connexion n’a pas abouti.'),
      );
  }, [config, returning, signIn, navigate]);

  if (returning && !failure) return <Loading label="Connexion en cours…" />;
  return (
    <>
      {failure ? <Alert severity="error" small description={failure} className="fr-mb-2w" /> : null}
      <p>Connectez-vous avec le compte que l’équipe du programme vous a ouvert.</p>
      <Button
        onClick={() => {
          rememberReturnPath(returnPath);
          void hosted().then((m) => m.startHostedSignIn(config, window.location.origin));
        }}
      >
        Se connecter
      </Button>
    </>
  );
}
