import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../../generated';
import { useMutation } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatDateTime } from '../../labels/date-times';
import { subsidyActionLabels, subsidyStatusLabels } from '../../labels/subsidies';
import { roleLabels } from '../../session/roles';
import './region.css';

import type { Application } from './RegionApplicationPage';

const AgentSendMessageMutation = graphql(`
  mutation AgentSendMessage($id: ID!, $body: String!) {
    sendSubsidyMessage(id: $id, body: $body) {
      at
    }
  }
`);

const AgentAnnotateMutation = graphql(`
  mutation AgentAnnotate($id: ID!, $body: String!) {
    annotateSubsidyApplication(id: $id, body: $body) {
      at
    }
  }
`);

export function History({ history }: { history: Application['history'] }) {
  return (
    <section aria-labelledby="history-title" className="fr-mb-6w">
      <h2 id="history-title" className="fr-h4">
        Historique
      </h2>
      <ol className="region-timeline">
        {history.map((entry) => (
          <li key={entry.version}>
            <p className="fr-mb-0">
              <strong>{subsidyActionLabels[entry.action]}</strong> — {formatDateTime(entry.at)}
            </p>
            <p className="fr-text--sm fr-mb-0">
              Par {roleLabels[entry.actorRole]}
              {entry.actorSub && <> ({entry.actorSub})</>}
              {entry.fromStatus && entry.fromStatus !== entry.toStatus
                ? ` : ${subsidyStatusLabels[entry.fromStatus]} → ${subsidyStatusLabels[entry.toStatus]}`
                : ` : ${subsidyStatusLabels[entry.toStatus]}`}
            </p>
            {entry.reason && <p className="fr-text--sm fr-mb-0">Motif : « {entry.reason} »</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function Messages({ application, onSent }: { application: Application; onSent: () => void }) {
  const [send, { error, loading }] = useMutation(AgentSendMessageMutation);
  return (
    <section aria-labelledby="messages-title" className="fr-mb-6w">
      <h2 id="messages-title" className="fr-h4">
        Échanges avec l’entreprise
      </h2>
      {(application.messages ?? []).length === 0 ? (
        <p>Aucun message pour l’instant.</p>
      ) : (
        <ol className="region-timeline">
          {(application.messages ?? []).map((message, index) => (
            <li key={index}>
              <p className="fr-text--sm fr-mb-0">
                <strong>{roleLabels[message.authorRole]}</strong> — {formatDateTime(message.at)}
              </p>
              <p className="fr-mb-0 region-note">{message.body}</p>
            </li>
          ))}
        </ol>
      )}
      <NoteForm
        label="Message à l’entreprise"
        hint="L’entreprise le lit dans son dossier."
        submitLabel="Envoyer le message"
        busy={loading}
        error={error}
        onSubmit={async (body) => {
          const sent = await send({ id: application.id, body });
          if (sent) onSent();
          return Boolean(sent);
        }}
      />
    </section>
  );
}

export function Annotations({ application, onAdded }: { application: Application; onAdded: () => void }) {
  const [annotate, { error, loading }] = useMutation(AgentAnnotateMutation);
  const annotations = application.annotations ?? [];
  return (
    <section aria-labelledby="annotations-title" className="fr-mb-6w">
      <h2 id="annotations-title" className="fr-h4">
        Annotations internes
      </h2>
      <p className="fr-text--sm">Visibles des seuls agents de la région, jamais de l’entreprise.</p>
      {annotations.length === 0 ? (
        <p>Aucune annotation.</p>
      ) : (
        <ol className="region-timeline">
          {annotations.map((annotation, index) => (
            <li key={index}>
              <p className="fr-text--sm fr-mb-0">
                <strong>{annotation.authorSub}</strong> — {formatDateTime(annotation.at)}
              </p>
              <p className="fr-mb-0 region-note">{annotation.body}</p>
            </li>
          ))}
        </ol>
      )}
      <NoteForm
        label="Nouvelle annotation"
        hint="Privée : pour vos collègues instructeurs."
        submitLabel="Ajouter l’annotation"
        busy={loading}
        error={error}
        onSubmit={async (body) => {
          const added = await annotate({ id: application.id, body });
          if (added) onAdded();
          return Boolean(added);
        }}
      />
    </section>
  );
}

function NoteForm({
  label,
  hint,
  submitLabel,
  busy,
  error,
  onSubmit,
}: {
  label: string;
  hint: string;
  submitLabel: string;
  busy: boolean;
  error: ReturnType<typeof useMutation>[1]['error'];
  /** Resolves to whether it was recorded (the text is then cleared). */
  onSubmit: (body: string) => Promise<boolean>;
}) {
  const [body, setBody] = useState('');
  const [empty, setEmpty] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    if (await onSubmit(body.trim())) setBody('');
  };
  const fieldMessage = empty ? 'Écrivez un texte avant de l’envoyer.' : error?.fieldMessage('body');
  return (
    <form onSubmit={(event) => void submit(event)} className="fr-mt-2w">
      {error && !error.fieldMessage('body') && <ApiErrorAlert error={error} className="fr-mb-2w" />}
      <Input
        label={label}
        hintText={hint}
        textArea
        state={fieldMessage ? 'error' : 'default'}
        stateRelatedMessage={fieldMessage}
        nativeTextAreaProps={{
          value: body,
          rows: 3,
          maxLength: 4000,
          onChange: (event) => setBody(event.target.value),
        }}
      />
      <Button type="submit" priority="secondary" disabled={busy}>
        {submitLabel}
      </Button>
    </form>
  );
}

export function FollowUp({ followUp }: { followUp: NonNullable<Application['followUp']> }) {
  return (
    <section aria-labelledby="follow-up-title" className="fr-mb-6w">
      <h2 id="follow-up-title" className="fr-h4">
        Suivi à un an
      </h2>
      <dl className="region-facts">
        <dt>Répondu le</dt>
        <dd>{formatDateTime(followUp.answeredAt)}</dd>
        <dt>Évolution du chiffre d’affaires</dt>
        <dd>{followUp.revenueChangePercent} %</dd>
        <dt>Évolution de l’effectif</dt>
        <dd>{followUp.employeesChange}</dd>
        <dt>Bénéfice constaté</dt>
        <dd>{followUp.benefit ? 'Oui' : 'Non'}</dd>
        <dt>Satisfaction</dt>
        <dd>{followUp.satisfaction} sur 5</dd>
        {followUp.comment && (
          <>
            <dt>Commentaire</dt>
            <dd>{followUp.comment}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
