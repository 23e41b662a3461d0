import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useIsModalOpen } from '@codegouvfr/react-dsfr/Modal/useIsModalOpen';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../../generated';
import type { SubsidyApplicationStatus } from '../../../generated/graphql';
import { useMutation, type MutationState } from '../../api/hooks';
import { formatEuros } from '../../labels/money';
import { DecisionErrorAlert } from './DecisionErrorAlert';
import { parseEuroInput } from '../../labels/euro-input';

const AgentStartReviewMutation = graphql(`
  mutation AgentStartReview($id: ID!, $expectedVersion: Int!) {
    startSubsidyReview(id: $id, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`);

const AgentRequestCorrectionMutation = graphql(`
  mutation AgentRequestCorrection($id: ID!, $message: String!, $expectedVersion: Int!) {
    requestSubsidyCorrection(id: $id, message: $message, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`);

const AgentDecideMutation = graphql(`
  mutation AgentDecide($id: ID!, $decision: SubsidyDecision!, $reason: String, $expectedVersion: Int!) {
    decideSubsidyApplication(
      id: $id
      decision: $decision
      reason: $reason
      expectedVersion: $expectedVersion
    ) {
      id
      status
      version
    }
  }
`);

const AgentReopenMutation = graphql(`
  mutation AgentReopen($id: ID!, $reason: String!, $expectedVersion: Int!) {
    reopenSubsidyApplication(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`);

const AgentRecordPaymentMutation = graphql(`
  mutation AgentRecordPayment($id: ID!, $invoiceCents: Cents!, $expectedVersion: Int!) {
    recordSubsidyPayment(id: $id, invoiceCents: $invoiceCents, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`);

export type AgentAction =
  | 'START_REVIEW'
  | 'REQUEST_CORRECTION'
  | 'ACCEPT'
  | 'REJECT'
  | 'CLOSE_WITHOUT_FOLLOW_UP'
  | 'REOPEN'
  | 'RECORD_PAYMENT';

/** What the region's agent may do from each status (the API's workflow table, functions/subsidies/workflow.ts). */
export const AGENT_ACTIONS: Record<SubsidyApplicationStatus, AgentAction[]> = {
  DRAFT: [],
  SUBMITTED: ['START_REVIEW', 'REQUEST_CORRECTION'],
  CORRECTION_REQUESTED: ['CLOSE_WITHOUT_FOLLOW_UP'],
  UNDER_REVIEW: ['ACCEPT', 'REQUEST_CORRECTION', 'REJECT', 'CLOSE_WITHOUT_FOLLOW_UP'],
  ACCEPTED: ['RECORD_PAYMENT', 'REOPEN'],
  REJECTED: ['REOPEN'],
  CLOSED: ['REOPEN'],
  PAID: [],
};

export const actionButtonLabels: Record<AgentAction, string> = {
  START_REVIEW: 'Commencer l’instruction',
  REQUEST_CORRECTION: 'Demander une correction',
  ACCEPT: 'Accepter le dossier',
  REJECT: 'Refuser le dossier',
  CLOSE_WITHOUT_FOLLOW_UP: 'Classer sans suite',
  REOPEN: 'Rouvrir le dossier',
  RECORD_PAYMENT: 'Enregistrer le paiement',
};

const successMessages: Record<AgentAction, string> = {
  START_REVIEW: 'L’instruction du dossier a commencé.',
  REQUEST_CORRECTION: 'La demande de correction a été envoyée à l’entreprise.',
  ACCEPT: 'Le dossier est accepté : l’aide est engagée sur l’enveloppe.',
  REJECT: 'Le dossier est refusé.',
  CLOSE_WITHOUT_FOLLOW_UP: 'Le dossier est classé sans suite.',
  REOPEN: 'Le dossier est rouvert : il est de nouveau en instruction.',
  RECORD_PAYMENT: 'Le paiement est enregistré.',
};

/** The text an action asks for in the confirmation dialog (all are mandatory). */
type Field = { kind: 'text'; label: string; hint: string } | { kind: 'invoice'; label: string; hint: string };

type Confirmation = { title: string; confirm: string; field?: Field };

const REASON_HINT = 'Obligatoire, 3 caractères au moins ; il est conservé dans l’historique du dossier.';

const confirmations: Record<Exclude<AgentAction, 'START_REVIEW'>, Confirmation> = {
  REQUEST_CORRECTION: {
    title: 'Demander une correction',
    confirm: 'Envoyer la demande de correction',
    field: {
      kind: 'text',
      label: 'Message à l’entreprise',
      hint: 'Obligatoire : ce qu’elle doit corriger ou compléter.',
    },
  },
  ACCEPT: { title: 'Accepter le dossier', confirm: 'Confirmer l’acceptation' },
  REJECT: {
    title: 'Refuser le dossier',
    confirm: 'Confirmer le refus',
    field: { kind: 'text', label: 'Motif du refus', hint: REASON_HINT },
  },
  CLOSE_WITHOUT_FOLLOW_UP: {
    title: 'Classer le dossier sans suite',
    confirm: 'Confirmer le classement sans suite',
    field: { kind: 'text', label: 'Motif du classement sans suite', hint: REASON_HINT },
  },
  REOPEN: {
    title: 'Rouvrir le dossier',
    confirm: 'Confirmer la réouverture',
    field: { kind: 'text', label: 'Motif de la réouverture', hint: REASON_HINT },
  },
  RECORD_PAYMENT: {
    title: 'Enregistrer le paiement',
    confirm: 'Confirmer le paiement',
    field: {
      kind: 'invoice',
      label: 'Montant de la facture acquittée (en euros)',
      hint: 'Par exemple 12 500,00',
    },
  },
};

export type DecisionSubject = {
  id: string;
  status: SubsidyApplicationStatus;
  version: number;
  aidCents: number;
  grantedAidCents?: number | null | undefined;
  program: { aidRateBasisPoints: number };
};

const decisionModal = createModal({ id: 'agent-decision-modal', isOpenedByDefault: false });

/**
 * The agent's decision buttons for the file's status. Every write sends the version the agent is looking at
 * (`expectedVersion`); what changes the file's outcome is confirmed in a dialog, with its mandatory text.
 * `onChanged` reloads the file (after a decision, or when the agent asks to after a CONFLICT).
 */
export function DecisionPanel({
  application,
  onChanged,
}: {
  application: DecisionSubject;
  onChanged: () => void;
}) {
  const [startReview, startReviewState] = useMutation(AgentStartReviewMutation);
  const [requestCorrection, requestCorrectionState] = useMutation(AgentRequestCorrectionMutation);
  const [decide, decideState] = useMutation(AgentDecideMutation);
  const [reopen, reopenState] = useMutation(AgentReopenMutation);
  const [recordPayment, recordPaymentState] = useMutation(AgentRecordPaymentMutation);
  const states: Record<AgentAction, MutationState<unknown>> = {
    START_REVIEW: startReviewState,
    REQUEST_CORRECTION: requestCorrectionState,
    ACCEPT: decideState,
    REJECT: decideState,
    CLOSE_WITHOUT_FOLLOW_UP: decideState,
    REOPEN: reopenState,
    RECORD_PAYMENT: recordPaymentState,
  };

  const [pending, setPending] = useState<Exclude<AgentAction, 'START_REVIEW'>>();
  const [lastAction, setLastAction] = useState<AgentAction>();
  /** The version the last action was tried on: its refusal no longer applies once the file is reloaded. */
  const [triedOnVersion, setTriedOnVersion] = useState<number>();
  const [done, setDone] = useState<AgentAction>();
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // The dialog gives the focus back to the button that opened it when cancelled; a decision's outcome takes it.
  const trigger = useRef<HTMLButtonElement | null>(null);
  const confirmed = useRef(false);
  useIsModalOpen(decisionModal, {
    onConceal: () => {
      if (!confirmed.current) trigger.current?.focus();
    },
  });
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) outcome.current?.focus();
  }, [done]);

  const { id, version } = application;
  const busy = Object.values(states).some((state) => state.loading);
  const error = lastAction && triedOnVersion === version ? states[lastAction].error : undefined;
  const actions = AGENT_ACTIONS[application.status];

  const perform = async (action: AgentAction, value: string, invoiceCents?: number) => {
    setLastAction(action);
    setTriedOnVersion(version);
    setDone(undefined);
    const expectedVersion = version;
    let result: unknown;
    switch (action) {
      case 'START_REVIEW':
        result = await startReview({ id, expectedVersion });
        break;
      case 'REQUEST_CORRECTION':
        result = await requestCorrection({ id, message: value, expectedVersion });
        break;
      case 'ACCEPT':
        result = await decide({ id, decision: 'ACCEPT', expectedVersion });
        break;
      case 'REJECT':
      case 'CLOSE_WITHOUT_FOLLOW_UP':
        result = await decide({ id, decision: action, reason: value, expectedVersion });
        break;
      case 'REOPEN':
        result = await reopen({ id, reason: value, expectedVersion });
        break;
      case 'RECORD_PAYMENT':
        result = await recordPayment({ id, invoiceCents: invoiceCents ?? 0, expectedVersion });
        break;
    }
    if (result) {
      setDone(action);
      onChanged();
    }
  };

  const choose = (action: Exclude<AgentAction, 'START_REVIEW'>, button: HTMLButtonElement) => {
    trigger.current = button;
    confirmed.current = false;
    setPending(action);
    setText('');
    setFieldError(undefined);
  };

  const confirmation = pending ? confirmations[pending] : undefined;
  const invoiceCents = confirmation?.field?.kind === 'invoice' ? parseEuroInput(text) : undefined;

  const confirm = (event?: FormEvent) => {
    event?.preventDefault();
    if (!pending || !confirmation) return;
    const value = text.trim();
    if (confirmation.field?.kind === 'text' && value.length < 3) {
      setFieldError(`${confirmation.field.label} : obligatoire, 3 caractères au moins.`);
      field.current?.focus();
      return;
    }
    if (confirmation.field?.kind === 'invoice' && invoiceCents === undefined) {
      setFieldError('Indiquez un montant en euros, par exemple 12 500,00.');
      field.current?.focus();
      return;
    }
    confirmed.current = true;
    decisionModal.close();
    void perform(pending, value, invoiceCents);
  };

  return (
    <section aria-labelledby="decision-title" className="fr-mb-6w">
      <h2 id="decision-title" className="fr-h4">
        Décision
      </h2>
      {error && <DecisionErrorAlert error={error} onReload={onChanged} />}
      {done && !error && (
        <div ref={outcome} tabIndex={-1} className="fr-mb-3w">
          <Alert severity="success" small description={successMessages[done]} />
        </div>
      )}
      {actions.length === 0 ? (
        <p>Aucune action n’est possible sur un dossier à ce statut.</p>
      ) : (
        <ul className="fr-btns-group fr-btns-group--inline-md">
          {actions.map((action) => (
            <li key={action}>
              {action === 'START_REVIEW' ? (
                <Button disabled={busy} onClick={() => void perform('START_REVIEW', '')}>
                  {actionButtonLabels[action]}
                </Button>
              ) : (
                <Button
                  priority={action === 'ACCEPT' || action === 'RECORD_PAYMENT' ? 'primary' : 'secondary'}
                  disabled={busy}
                  nativeButtonProps={{ 'aria-controls': decisionModal.id, 'data-fr-opened': false }}
                  onClick={(event) => choose(action, event.currentTarget)}
                >
                  {actionButtonLabels[action]}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <decisionModal.Component
        title={confirmation?.title ?? 'Décision'}
        titleAs="h2"
        buttons={[
          { children: 'Annuler', priority: 'secondary' },
          {
            children: confirmation?.confirm ?? 'Confirmer',
            doClosesModal: false,
            onClick: () => confirm(),
          },
        ]}
      >
        {pending && (
          <form id="agent-decision-form" onSubmit={confirm} noValidate>
            <ConfirmationText action={pending} application={application} invoiceCents={invoiceCents} />
            {confirmation?.field?.kind === 'text' && (
              <Input
                label={confirmation.field.label}
                hintText={confirmation.field.hint}
                textArea
                state={fieldError ? 'error' : 'default'}
                stateRelatedMessage={fieldError}
                nativeTextAreaProps={{
                  ref: field,
                  value: text,
                  required: true,
                  rows: 4,
                  maxLength: 2000,
                  onChange: (event) => setText(event.target.value),
                }}
              />
            )}
            {confirmation?.field?.kind === 'invoice' && (
              <Input
                label={confirmation.field.label}
                hintText={confirmation.field.hint}
                state={fieldError ? 'error' : 'default'}
                stateRelatedMessage={fieldError}
                nativeInputProps={{
                  ref: field,
                  value: text,
                  required: true,
                  inputMode: 'decimal',
                  autoComplete: 'off',
                  onChange: (event) => setText(event.target.value),
                }}
              />
            )}
          </form>
        )}
      </decisionModal.Component>
    </section>
  );
}

function ConfirmationText({
  action,
  application,
  invoiceCents,
}: {
  action: Exclude<AgentAction, 'START_REVIEW'>;
  application: DecisionSubject;
  invoiceCents: number | undefined;
}) {
  const granted = application.grantedAidCents ?? application.aidCents;
  switch (action) {
    case 'ACCEPT':
      return (
        <p>
          L’aide prévue de <strong>{formatEuros(application.aidCents)}</strong> sera accordée et engagée sur
          l’enveloppe du programme. Les règles d’éligibilité sont vérifiées une dernière fois.
        </p>
      );
    case 'REJECT':
      return <p>L’entreprise sera informée du refus et de son motif. Le dossier pourra être rouvert.</p>;
    case 'CLOSE_WITHOUT_FOLLOW_UP':
      return <p>Le dossier sera clos sans décision sur le fond. Il pourra être rouvert.</p>;
    case 'REOPEN':
      return application.status === 'ACCEPTED' ? (
        <p>
          Le dossier repassera en instruction et l’aide engagée de <strong>{formatEuros(granted)}</strong>{' '}
          sera libérée sur l’enveloppe.
        </p>
      ) : (
        <p>Le dossier repassera en instruction.</p>
      );
    case 'REQUEST_CORRECTION':
      return <p>Le dossier sera renvoyé à l’entreprise, qui le déposera de nouveau une fois corrigé.</p>;
    case 'RECORD_PAYMENT': {
      const rate = application.program.aidRateBasisPoints;
      return (
        <>
          <p>
            Le montant versé est le taux d’aide appliqué à la facture, dans la limite de l’aide accordée (
            {formatEuros(granted)}) ; le reste de l’aide engagée est libéré.
          </p>
          {invoiceCents !== undefined && (
            <p role="status">
              Montant versé estimé :{' '}
              <strong>{formatEuros(Math.min(Math.floor((invoiceCents * rate) / 10_000), granted))}</strong>
            </p>
          )}
        </>
      );
    }
  }
}
