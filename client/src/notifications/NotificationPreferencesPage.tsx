import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useMutation, useQuery } from '../api/hooks';
import { useSession } from '../session/SessionProvider';
import { NotificationPreferencesQuery, UpdateNotificationPreferencesMutation } from './queries';

type Choice = { email: boolean; digest: boolean };

/**
 * The caller's notification preferences (every role): per category, e-mail on or off (in the app, always), and for
 * agents and moderators the daily digest. An `always` category shows checked and disabled. A suppressed address
 * (bounced, or its owner complained) is said, since no e-mail reaches it any more.
 */
export function NotificationPreferencesPage() {
  const { session } = useSession();
  const { data, error, loading } = useQuery(NotificationPreferencesQuery, {}, { skip: !session });
  const [save, saving] = useMutation(UpdateNotificationPreferencesMutation);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [saved, setSaved] = useState(false);
  const preferences = saving.data?.updateNotificationPreferences ?? data?.notificationPreferences;

  useEffect(() => {
    if (preferences)
      setChoices(
        Object.fromEntries(
          preferences.categories.map((c) => [c.category, { email: c.email, digest: c.digest }]),
        ),
      );
  }, [preferences]);

  if (!session)
    return (
      <>
        <PageHeading title="Préférences de notification" />
        <p>
          <Link to="/connexion">Connectez-vous</Link> pour choisir vos notifications.
        </p>
      </>
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!preferences) return;
    setSaved(false);
    const done = await save({
      input: {
        categories: preferences.categories
          .filter((c) => !c.always)
          .map((c) => ({
            category: c.category,
            email: choices[c.category]?.email ?? c.email,
            ...(c.digestAvailable ? { digest: choices[c.category]?.digest ?? c.digest } : {}),
          })),
      },
    });
    if (done) setSaved(true);
  };

  const set = (category: string, change: Partial<Choice>) =>
    setChoices((previous) => ({ ...previous, [category]: { ...previous[category]!, ...change } }));

  return (
    <>
      <PageHeading title="Préférences de notification" />
      <p>
        Toutes vos notifications restent visibles dans l’application (la cloche en haut de page). Choisissez
        celles que vous recevez aussi par e-mail
        {preferences?.email ? (
          <>
            {' '}
            à l’adresse <strong>{preferences.email}</strong>
          </>
        ) : null}
        .
      </p>
      {loading && !preferences ? <Loading /> : null}
      {error ? <ApiErrorAlert error={error} /> : null}
      {preferences?.emailSuppressed ? (
        <Alert
          severity="warning"
          className="fr-mb-3w"
          title="Nous ne vous envoyons plus d’e-mails"
          description={`${preferences.emailSuppressedReason ?? ''} Vérifiez votre adresse auprès de votre administrateur.`}
        />
      ) : null}
      {preferences && !preferences.email ? (
        <Alert
          severity="info"
          className="fr-mb-3w"
          small
          description="Aucune adresse e-mail vérifiée n’est associée à votre compte : notifications dans l’application seulement."
        />
      ) : null}
      {preferences ? (
        <form onSubmit={submit}>
          <div className="fr-table">
            <table>
              <caption>Notifications par catégorie</caption>
              <thead>
                <tr>
                  <th scope="col">Catégorie</th>
                  <th scope="col">Par e-mail</th>
                  {preferences.categories.some((c) => c.digestAvailable) ? (
                    <th scope="col">Récapitulatif quotidien</th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {preferences.categories.map((c) => (
                  <tr key={c.category}>
                    <th scope="row">
                      {c.label}
                      {c.always ? (
                        <span className="fr-hint-text">Toujours envoyée : ne peut pas être désactivée</span>
                      ) : null}
                    </th>
                    <td>
                      <input
                        type="checkbox"
                        id={`email-${c.category}`}
                        aria-label={`${c.label} par e-mail`}
                        checked={c.always || (choices[c.category]?.email ?? c.email)}
                        disabled={c.always}
                        onChange={(e) => set(c.category, { email: e.target.checked })}
                      />
                    </td>
                    {preferences.categories.some((x) => x.digestAvailable) ? (
                      <td>
                        {c.digestAvailable ? (
                          <input
                            type="checkbox"
                            aria-label={`${c.label} : un seul e-mail par jour`}
                            checked={choices[c.category]?.digest ?? c.digest}
                            onChange={(e) => set(c.category, { digest: e.target.checked })}
                          />
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {saving.error ? <ApiErrorAlert error={saving.error} /> : null}
          {saved ? (
            <Alert severity="success" small className="fr-mb-2w" description="Préférences enregistrées." />
          ) : null}
          <Button type="submit" disabled={saving.loading}>
            Enregistrer
          </Button>
        </form>
      ) : null}
    </>
  );
}
