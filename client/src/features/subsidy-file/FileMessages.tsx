import { useState } from 'react';
import { graphql } from '../../../generated';
import type { SubsidyFileMessagesFragment } from '../../../generated/graphql';
import { newClientKey } from '../../api/client-key';
import { useMutation } from '../../api/hooks';
import { NoteForm } from '../../components/NoteForm';
import { formatDateTime } from '../../labels/date-times';
import { roleLabels } from '../../session/roles';
import './subsidy-file.css';

const SendSubsidyFileMessageMutation = graphql(`
  mutation SendSubsidyFileMessage($id: ID!, $body: String!, $clientKey: String) {
    sendSubsidyMessage(id: $id, body: $body, clientKey: $clientKey) {
      at
    }
  }
`);

/** Who reads the thread: the applicant writes to the region, the region's agent to the company. */
export type MessagesSide = 'APPLICANT' | 'REGION';

const TEXTS = {
  APPLICANT: {
    title: 'Messages avec la région',
    label: 'Votre message à la région',
    hint: 'Les agents instructeurs de la région le lisent dans votre dossier.',
    beforeDeposit: 'Vous pourrez écrire à la région une fois le dossier déposé.',
  },
  REGION: {
    title: 'Échanges avec l’entreprise',
    label: 'Message à l’entreprise',
    hint: 'L’entreprise le lit dans son dossier.',
    beforeDeposit: '',
  },
} as const;

/** The messages between the applicant and the region's agents, oldest first, and the form to write one. */
export function FileMessages({
  file,
  side,
  onSent,
}: {
  file: SubsidyFileMessagesFragment;
  side: MessagesSide;
  onSent: () => void;
}) {
  const [send, { error, loading }] = useMutation(SendSubsidyFileMessageMutation);
  // One key per draft: sending again after a lost answer gives back the message already written.
  const [clientKey, setClientKey] = useState(newClientKey);
  const texts = TEXTS[side];
  const messages = file.messages ?? [];
  const own = side === 'APPLICANT' ? 'PME' : 'REGION_AGENT';
  return (
    <section aria-labelledby="file-messages-title" className="fr-mt-4w fr-mb-6w">
      <h2 id="file-messages-title" className="fr-h4">
        {texts.title}
      </h2>
      {messages.length === 0 ? (
        <p>Aucun message pour l’instant.</p>
      ) : (
        <ol className="subsidy-file-timeline">
          {messages.map((message) => (
            <li key={message.seq}>
              <p className="fr-text--sm fr-mb-0">
                <strong>{message.authorRole === own ? 'Vous' : roleLabels[message.authorRole]}</strong> —{' '}
                {formatDateTime(message.at)}
              </p>
              <p className="fr-mb-0 subsidy-file-note">{message.body}</p>
            </li>
          ))}
        </ol>
      )}
      {file.status === 'DRAFT' ? (
        <p className="fr-text--sm">{texts.beforeDeposit}</p>
      ) : (
        <NoteForm
          label={texts.label}
          hint={texts.hint}
          submitLabel="Envoyer le message"
          busy={loading}
          error={error}
          onSubmit={async (body) => {
            const sent = await send({ id: file.id, body, clientKey });
            if (sent) {
              setClientKey(newClientKey());
              onSent();
            }
            return Boolean(sent);
          }}
        />
      )}
    </section>
  );
}
