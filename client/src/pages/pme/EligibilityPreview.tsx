import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useMemo } from 'react';
import { formatEuros } from '../../labels/money';
import { eligibilityRuleLabels } from '../../labels/subsidies';
import { previewEligibility, type PreviewInputs } from './eligibility-preview';

const limitLabels = {
  RATE: null,
  AID_CEILING: 'plafonnée par le montant maximal d’aide du programme',
  COMPANY_CAP: 'limitée par le plafond d’aide par entreprise',
} as const;

/**
 * The verdict and the aid expected for the expenses as typed, recomputed at every keystroke by the server's own
 * eligibility function; announced politely to screen readers. The API judges the file again when it is submitted.
 */
export function EligibilityPreview(inputs: PreviewInputs) {
  const result = useMemo(() => previewEligibility(inputs), [inputs]);
  const limit = limitLabels[result.aid.limitedBy];
  // As the API's `aidCents`: nothing below the investment or aid floor.
  const expectedAid = result.aid.grantable ? result.aid.aidCents : 0;
  return (
    <section aria-labelledby="eligibility-preview-title" className="fr-mt-4w">
      <h2 id="eligibility-preview-title" className="fr-h4">
        Éligibilité et aide attendue
      </h2>
      <div aria-live="polite" data-testid="eligibility-preview">
        <Alert
          severity={result.eligible ? 'success' : 'warning'}
          small
          description={
            <>
              <strong>{result.eligible ? 'Dossier éligible' : 'Dossier non éligible en l’état'}</strong>
              <br />
              Investissement :{' '}
              <span data-testid="preview-investment">{formatEuros(result.investmentCents)}</span> — aide
              attendue : <strong data-testid="preview-aid">{formatEuros(expectedAid)}</strong>
              {expectedAid > 0 && limit && ` (${limit})`}
              {result.aid.baseCents < result.investmentCents && (
                <> ; investissement pris en compte jusqu’à {formatEuros(result.aid.baseCents)}</>
              )}
            </>
          }
        />
        {result.failed.length > 0 && (
          <>
            <h3 className="fr-h6 fr-mt-2w">À corriger avant de déposer</h3>
            <ul data-testid="preview-failed-rules">
              {result.failed.map((check) => (
                <li key={check.rule} data-rule={check.rule}>
                  <strong>{eligibilityRuleLabels[check.rule]}</strong> : {check.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <details className="fr-mt-2w">
        <summary>Toutes les règles du programme</summary>
        <ul>
          {result.checks.map((check) => (
            <li key={check.rule}>
              {check.passed ? 'Respectée' : 'Non respectée'} — {eligibilityRuleLabels[check.rule]} :{' '}
              {check.message}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
