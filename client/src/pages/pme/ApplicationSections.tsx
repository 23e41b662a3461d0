import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../../generated';
import type { PmeApplicationQuery } from '../../../generated/graphql';
import { useMutation } from '../../api/hooks';
import type { ApiError } from '../../api/errors';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatDateTime } from '../../labels/date-times';
import { formatEuros } from '../../labels/money';
import { eligibilityRuleLabels, subsidyActionLabels, subsidyStatusLabels } from '../../labels/subsidies';
import { roleLabels } from '../../session/roles';

/** A PME's file as its page reads it. */
export type Application = NonNullable<PmeApplicationQuery['subsidyApplication']>;

const PmeSendSubsidyMessageMutation = graphql(`
  mutation PmeSendSubsidyMessage($id: ID!, $body: String!) {
    sendSubsidyMessage(id: $id, body: $body) {
      at
    }
  }
`);

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

export function History({ application }: { application: Application }) {
  return (
    <section className="fr-mt-4w" aria-labelledby="application-history">
      <h2 id="application-history" className="fr-h4">
        Historique du dossier
      </h2>
      <ol>
        {application.history.map((entry) => (
          <li key={entry.version}>
            {formatDateTime(entry.at)} — {subsidyActionLabels[entry.action]} ({roleLabels[entry.actorRole]}) :{' '}
            {subsidyStatusLabels[entry.toStatus]}
            {entry.reason && <> — « {entry.reason} »</>}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function Messages({ application, onSent }: { application: Application; onSent: () => void }) {
  const [send, { error, loading }] = useMutation(PmeSendSubsidyMessageMutation);
  const [body, setBody] = useState('');
  const submitted = application.status !== 'DRAFT';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    if (await send({ id: application.id, body: body.trim() })) {
      setBody('');
      onSent();
    }
  };
  return (
    <section className="fr-mt-4w" aria-labelledby="application-messages">
      <h2 id="application-messages" className="fr-h4">
        Messages avec la région
      </h2>
      {(application.messages ?? []).length === 0 && <p>Aucun message.</p>}
      <ul className="fr-raw-list">
        {(application.messages ?? []).map((message, index) => (
          <li key={index} className="fr-mb-2w">
            <p className="fr-text--xs fr-mb-0">
              {message.authorRole === 'PME' ? 'Vous' : roleLabels[message.authorRole]}, le{' '}
              {formatDateTime(message.at)}
            </p>
            <p className="fr-mb-0">{message.body}</p>
          </li>
        ))}
      </ul>
      {submitted ? (
        <form onSubmit={submit} aria-label="Écrire à la région">
          {error && <ApiErrorAlert error={error} />}
          <Input
            textArea
            label="Votre message"
            nativeTextAreaProps={{ value: body, onChange: (e) => setBody(e.target.value), rows: 3 }}
          />
          <Button type="submit" priority="secondary" disabled={loading || !body.trim()}>
            Envoyer le message
          </Button>
        </form>
      ) : (
        <p className="fr-text--sm">Vous pourrez écrire à la région une fois le dossier déposé.</p>
      )}
    </section>
  );
}
