import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import { useMutation } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { signInPath } from '../../session/return-path';
import { useSession } from '../../session/SessionProvider';

const PmeClaimDiagnosticMutation = graphql(`
  mutation PmeClaimDiagnostic($id: ID!) {
    claimDiagnostic(id: $id) {
      id
      claimed
    }
  }
`);

/** The parameter that asks the PME's result page to save the result at once (back from signing in). */
export const SAVE_PARAM = 'enregistrer';

/**
 * Saving a result taken without an account. Anonymous (public page): sign in, then come back to the PME's result
 * page, which claims it. A PME: one button, or at once when it comes back from signing in for that.
 */
export function SaveDiagnostic({
  id,
  claimed,
  audience,
  onSaved,
}: {
  id: string;
  claimed: boolean;
  audience: 'public' | 'pme';
  onSaved: () => void;
}) {
  const role = useSession().session?.role;
  const [params, setParams] = useSearchParams();
  const [claim, { error, loading }] = useMutation(PmeClaimDiagnosticMutation);
  const asked = params.get(SAVE_PARAM) === '1';
  const started = useRef(false);
  const [saved, setSaved] = useState(false);

  const save = async () => {
    if (await claim({ id })) {
      setSaved(true);
      setParams({}, { replace: true });
      onSaved();
    }
  };
  useEffect(() => {
    if (audience !== 'pme' || claimed || !asked || started.current) return;
    started.current = true;
    void save();
  });

  if (audience === 'public') {
    if (role === 'PME') return <Navigate to={`/entreprise/diagnostic/${id}`} replace />;
    if (claimed) return null;
    return (
      <div className="fr-callout fr-mb-4w">
        <h2 className="fr-callout__title fr-h5">Enregistrer ce résultat</h2>
        <p className="fr-callout__text">
          Connectez-vous avec le compte de votre entreprise : le diagnostic rejoint son espace, vous le
          retrouvez plus tard et le connecteur qui vous accompagne peut le lire.
        </p>
        <Link className="fr-btn" to={signInPath(`/entreprise/diagnostic/${id}?${SAVE_PARAM}=1`)}>
          Me connecter pour enregistrer
        </Link>
      </div>
    );
  }
  if (saved)
    return (
      <Alert
        severity="success"
        small
        className="fr-mb-4w"
        description="Diagnostic enregistré dans l’espace de votre entreprise."
      />
    );
  if (claimed) return null;
  return (
    <div className="fr-callout fr-mb-4w">
      <h2 className="fr-callout__title fr-h5">Diagnostic fait sans compte</h2>
      {error && (
        <>
          <ApiErrorAlert error={error} className="fr-mb-2w" />
          <p>
            Votre entreprise doit être inscrite pour garder ce diagnostic :{' '}
            <Link to="/entreprise/mon-entreprise">Mon entreprise</Link>, puis revenez sur cette page.
          </p>
        </>
      )}
      <Button disabled={loading} onClick={() => void save()}>
        Enregistrer dans l’espace de mon entreprise
      </Button>
    </div>
  );
}
