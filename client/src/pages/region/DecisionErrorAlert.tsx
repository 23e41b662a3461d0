import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef } from 'react';
import type { EligibilityRule } from '../../../generated/graphql';
import type { ApiError } from '../../api/errors';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatEuros } from '../../labels/money';
import { eligibilityRuleLabels } from '../../labels/subsidies';

type FailedRule = { rule: EligibilityRule; message: string };

const numberDetail = (error: ApiError, key: string): number | undefined => {
  const value = error.details[key];
  return typeof value === 'number' ? value : undefined;
};

const failedRulesOf = (error: ApiError): FailedRule[] => {
  const rules = error.details.failedRules;
  if (!Array.isArray(rules)) return [];
  return rules.filter(
    (rule): rule is FailedRule =>
      typeof rule === 'object' && rule !== null && typeof (rule as FailedRule).message === 'string',
  );
};

/**
 * Why the API refused a decision, said for an agent: the envelope's figures on BUDGET_EXHAUSTED, a reload on
 * CONFLICT, the failed rules on NOT_ELIGIBLE; anything else as the common alert. It takes the focus when it appears.
 */
export function DecisionErrorAlert({ error, onReload }: { error: ApiError; onReload: () => void }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => container.current?.focus(), [error]);

  return (
    <div ref={container} tabIndex={-1} className="fr-mb-3w">
      <DecisionErrorContent error={error} onReload={onReload} />
    </div>
  );
}

function DecisionErrorContent({ error, onReload }: { error: ApiError; onReload: () => void }) {
  if (error.code === 'BUDGET_EXHAUSTED') {
    const remaining = numberDetail(error, 'remainingCents');
    const required = numberDetail(error, 'requiredCents');
    return (
      <Alert
        severity="error"
        title="Enveloppe du programme insuffisante"
        description={
          remaining !== undefined && required !== undefined ? (
            <>
              <p>
                Il reste <strong>{formatEuros(remaining)}</strong> sur l’enveloppe du programme, mais l’aide à
                engager pour ce dossier est de <strong>{formatEuros(required)}</strong>.
              </p>
              <p>Le dossier n’a pas été accepté : il reste en instruction.</p>
            </>
          ) : (
            <p>{error.message}</p>
          )
        }
      />
    );
  }
  if (error.code === 'CONFLICT') {
    return (
      <Alert
        severity="warning"
        title="Le dossier a été modifié entre-temps"
        description={
          <>
            <p>
              Quelqu’un d’autre a modifié ce dossier depuis que vous l’avez ouvert : votre action n’a pas été
              enregistrée. Rechargez le dossier pour voir sa version actuelle, puis refaites votre action si
              elle est toujours utile.
            </p>
            <Button priority="secondary" size="small" iconId="fr-icon-refresh-line" onClick={onReload}>
              Recharger le dossier
            </Button>
          </>
        }
      />
    );
  }
  if (error.code === 'NOT_ELIGIBLE') {
    const failed = failedRulesOf(error);
    return (
      <Alert
        severity="error"
        title="Dossier non éligible"
        description={
          failed.length > 0 ? (
            <>
              <p>Ces règles du programme ne sont pas respectées :</p>
              <ul>
                {failed.map((rule) => (
                  <li key={rule.rule}>
                    <strong>{eligibilityRuleLabels[rule.rule] ?? rule.rule}</strong> : {rule.message}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{error.message}</p>
          )
        }
      />
    );
  }
  return <ApiErrorAlert error={error} />;
}
