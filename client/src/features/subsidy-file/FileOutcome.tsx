import { Alert } from '@codegouvfr/react-dsfr/Alert';
import type { SubsidyFileOutcomeFragment } from '../../../generated/graphql';
import { formatDateTime } from '../../labels/date-times';

/**
 * What comes next for the applicant, as the API says it (an accepted file: the work, the invoice, the payment and its
 * rules), why a payment is below the aid granted, and the declaration on honour signed with the deposit.
 */
export function FileOutcome({ file }: { file: SubsidyFileOutcomeFragment }) {
  return (
    <section aria-labelledby="file-next-title" className="fr-mt-4w">
      <h2 id="file-next-title" className="fr-h4">
        {file.status === 'ACCEPTED' ? 'Votre dossier est accepté : la suite' : 'La suite'}
      </h2>
      <ol>
        {file.nextSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {file.paymentExplanation && (
        <Alert
          severity="info"
          small
          className="fr-mb-2w"
          description={file.paymentExplanation}
          title="Pourquoi l’aide versée est inférieure à l’aide accordée"
        />
      )}
      {file.declaration && (
        <details className="fr-mb-2w">
          <summary>
            Déclaration sur l’honneur signée le {formatDateTime(file.declaration.acceptedAt)} (version{' '}
            {file.declaration.textVersion})
          </summary>
          <ul>
            {file.declaration.statements.map((statement) => (
              <li key={statement}>{statement}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
