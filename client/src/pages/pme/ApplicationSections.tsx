import { Alert } from '@codegouvfr/react-dsfr/Alert';
import type { PmeApplicationQuery } from '../../../generated/graphql';
import { formatEuros } from '../../labels/money';
import { eligibilityRuleLabels } from '../../labels/subsidies';

/** A PME's file as its page reads it. */
export type Application = NonNullable<PmeApplicationQuery['subsidyApplication']>;

export function CorrectionRequest({ application }: { application: Application }) {
  const request = [...application.history].reverse().find((entry) => entry.action === 'REQUEST_CORRECTION');
  return (
    <Alert
      severity="warning"
      className="fr-mb-3w"
      title="La région vous demande une correction"
      description={
        <>
          {request?.reason && <p>« {request.reason} »</p>}
          <p>Modifiez votre dossier ci-dessous puis déposez-le à nouveau.</p>
        </>
      }
    />
  );
}

export function ApplicationSummary({ application }: { application: Application }) {
  return (
    <>
      <p>{application.projectSummary}</p>
      <div className="fr-table">
        <table>
          <caption>Dépenses</caption>
          <thead>
            <tr>
              <th scope="col">Description</th>
              <th scope="col">Prestataire</th>
              <th scope="col">Montant</th>
            </tr>
          </thead>
          <tbody>
            {application.expenses.map((expense, index) => (
              <tr key={index}>
                <td>{expense.description}</td>
                <td>
                  {expense.providerName} ({expense.providerSiren})
                </td>
                <td>{formatEuros(expense.amountCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        Investissement : {formatEuros(application.investmentCents)} —{' '}
        {application.grantedAidCents !== null && application.grantedAidCents !== undefined
          ? `aide accordée : ${formatEuros(application.grantedAidCents)}`
          : `aide attendue : ${formatEuros(application.aidCents)}`}
        {application.paidCents ? ` — payée : ${formatEuros(application.paidCents)}` : ''}
      </p>
    </>
  );
}

/** The API's own verdict on the saved file (what a submission is judged on). */
export function ServerEligibility({ application }: { application: Application }) {
  const failed = application.eligibility.filter((check) => !check.passed);
  return (
    <section className="fr-mt-4w" aria-labelledby="server-eligibility">
      <h2 id="server-eligibility" className="fr-h4">
        Éligibilité du dossier enregistré
      </h2>
      <p>
        {application.eligible
          ? 'Le dossier enregistré est éligible'
          : 'Le dossier enregistré n’est pas éligible'}{' '}
        — aide attendue : {formatEuros(application.aidCents)}.
      </p>
      {failed.length > 0 && (
        <ul>
          {failed.map((check) => (
            <li key={check.rule}>
              <strong>{eligibilityRuleLabels[check.rule]}</strong> : {check.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
