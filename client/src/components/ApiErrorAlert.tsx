import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Link, useLocation } from 'react-router';
import type { ApiError } from '../api/errors';
import { signInPath } from '../session/return-path';

const titles: Record<ApiError['code'], string> = {
  BAD_USER_INPUT: 'Certaines informations sont à corriger',
  UNAUTHENTICATED: 'Connexion nécessaire',
  FORBIDDEN: 'Accès refusé',
  NOT_FOUND: 'Introuvable',
  CONFLICT: 'Les données ont changé entre-temps',
  CONFLICT_OF_INTEREST: 'Conflit d’intérêts',
  NOT_ELIGIBLE: 'Demande non éligible',
  BUDGET_EXHAUSTED: 'Enveloppe épuisée',
  SERVICE_UNAVAILABLE: 'Service momentanément surchargé',
  INTERNAL_SERVER_ERROR: 'Erreur du service',
  NETWORK_ERROR: 'Service indisponible',
};

/**
 * An API refusal as the DSFR error alert: the server's French message, or, for invalid input, each field's message
 * (the server's summary names fields by their technical path, which users need not read).
 */
export function ApiErrorAlert({ error, className }: { error: ApiError; className?: string }) {
  const { pathname, search } = useLocation();
  return (
    <Alert
      severity="error"
      className={className}
      title={titles[error.code]}
      description={
        <>
          {error.fields.length === 0 && <p>{error.message}</p>}
          {error.fields.length === 1 && <p>{error.fields[0]!.message}</p>}
          {error.fields.length > 1 && (
            <ul>
              {error.fields.map((field) => (
                <li key={field.path}>{field.message}</li>
              ))}
            </ul>
          )}
          {error.code === 'UNAUTHENTICATED' && (
            <p>
              <Link to={signInPath(pathname + search)}>Se connecter</Link>
            </p>
          )}
        </>
      }
    />
  );
}
