import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../generated';
import { useMutation, useQuery } from '../api/hooks';
import { formatDateTime } from '../labels/date-times';
import { ApiErrorAlert } from './ApiErrorAlert';
import { Loading } from './Loading';
import { newClientKey } from '../api/client-key';

const ContactConversationQuery = graphql(`
  query ContactConversation($id: ID!) {
    contactRequest(id: $id) {
      id
      status
      messages(first: 100) {
        edges {
          node {
            id
            at
            by
            text
          }
        }
      }
    }
  }
`);

const PostContactMessageMutation = graphql(`
  mutation PostContactMessage($requestId: ID!, $text: String!, $clientKey: String) {
    postContactRequestMessage(requestId: $requestId, text: $text, clientKey: $clientKey) {
      id
    }
  }
`);

/**
 * The messages of a contact request, for its company or its connecteur, and the form to write one while the request
 * is open. Each message carries a client key: sending it again after a lost answer writes it once.
 */
export function ContactConversation({
  requestId,
  side,
  otherName,
}: {
  requestId: string;
  side: 'PME' | 'CONNECTEUR';
  otherName: string;
}) {
  const { data, error, loading, refetch } = useQuery(ContactConversationQuery, { id: requestId });
  const [post, posting] = useMutation(PostContactMessageMutation);
  const [text, setText] = useState('');
  const [clientKey, setClientKey] = useState(newClientKey);
  const [sent, setSent] = useState('');
  const request = data?.contactRequest;
  const open = request?.status === 'PENDING' || request?.status === 'TAKEN_IN_CHARGE';
  const messages = request?.messages.edges.map((e) => e.node) ?? [];
  const fieldId = `message-${requestId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent('');
    if (await post({ requestId, text: text.trim(), clientKey })) {
      setText('');
      setClientKey(newClientKey());
      setSent('Message envoyé.');
      refetch();
    }
  };

  return (
    <section aria-labelledby={`conversation-${requestId}`} className="fr-mt-3w">
      <h3 className="fr-h6" id={`conversation-${requestId}`}>
        Messages avec {otherName}
      </h3>
      {error && <ApiErrorAlert error={error} />}
      {loading && !data && <Loading />}
      {data && messages.length === 0 && <p>Pas encore de message.</p>}
      <ol className="fr-raw-list">
        {messages.map((m) => (
          <li key={m.id} className="fr-mb-2w">
            <p className="fr-text--sm fr-text--bold fr-mb-0">
              {m.by === side ? 'Vous' : otherName}, le {formatDateTime(m.at)}
            </p>
            <p style={{ whiteSpace: 'pre-line' }} className="fr-mb-0">
              {m.text}
            </p>
          </li>
        ))}
      </ol>
      {request && !open && (
        <p className="fr-hint-text">La demande est clôturée : rouvrez-la pour écrire de nouveau.</p>
      )}
      {open && (
        <form onSubmit={submit} aria-label={`Écrire à ${otherName}`}>
          <Input
            label="Votre message"
            textArea
            nativeTextAreaProps={{
              id: fieldId,
              value: text,
              onChange: (e) => setText(e.target.value),
              rows: 3,
              maxLength: 2000,
              required: true,
            }}
            state={posting.error?.fieldMessage('text') ? 'error' : 'default'}
            stateRelatedMessage={posting.error?.fieldMessage('text')}
          />
          {posting.error && !posting.error.fieldMessage('text') && (
            <ApiErrorAlert error={posting.error} className="fr-mb-2w" />
          )}
          <p role="status" className="fr-text--sm">
            {sent}
          </p>
          <Button type="submit" disabled={posting.loading || text.trim() === ''}>
            Envoyer le message
          </Button>
        </form>
      )}
    </section>
  );
}
