import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { ApiError } from '../../api/errors';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';

/** The API's refusal, with what to do next for the codes a file can meet. */
export function SubmissionError({ error }: { error: ApiError }) {
  if (error.code === 'CONFLICT') {
    return (
      <Alert
        severity="error"
        className="fr-mb-3w"
        title="Le dossier a changé entre-temps"
        description={
          <>
            <p>{error.message}</p>
            <p>Rechargez la page pour voir la dernière version, puis refaites vos modifications.</p>
            <Button type="button" size="small" onClick={() => window.location.reload()}>
              Recharger le dossier
            </Button>
          </>
        }
      />
    );
  }
  if (error.code === 'NOT_ELIGIBLE') {
    return (
      <Alert
        severity="error"
        className="fr-mb-3w"
        title="Dossier non éligible : il n’a pas été déposé"
        description={
          <>
            <p>{error.message}</p>
            <p>Le brouillon est enregistré ; corrigez les points ci-dessous puis déposez-le à nouveau.</p>
          </>
        }
      />
    );
  }
  return <ApiErrorAlert error={error} className="fr-mb-3w" />;
}
