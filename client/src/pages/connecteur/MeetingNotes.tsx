import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../../generated';
import { newClientKey } from '../../api/client-key';
import { useMutation } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatDate } from '../../labels/dates';

const ConnecteurAddMeetingNoteMutation = graphql(`
  mutation ConnecteurAddMeetingNote($companyId: ID!, $input: MeetingNoteInput!, $clientKey: String) {
    addMeetingNote(companyId: $companyId, input: $input, clientKey: $clientKey) {
      id
    }
  }
`);

export type MeetingNoteRow = { id: string; meetingOn: string; text: string; shared: boolean };

/**
 * The connecteur's meeting notes on the company, latest meeting first, and the form to add one. Each draft carries a
 * client key: sending it again after a lost answer writes the note once.
 */
export function MeetingNotes({
  companyId,
  notes,
  onAdded,
}: {
  companyId: string;
  notes: readonly MeetingNoteRow[];
  onAdded: () => void;
}) {
  const [add, { error, loading }] = useMutation(ConnecteurAddMeetingNoteMutation);
  const [meetingOn, setMeetingOn] = useState('');
  const [text, setText] = useState('');
  const [shared, setShared] = useState(false);
  const [clientKey, setClientKey] = useState(newClientKey);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await add({ companyId, input: { meetingOn, text: text.trim(), shared }, clientKey })) {
      setText('');
      setShared(false);
      setClientKey(newClientKey());
      onAdded();
    }
  };

  return (
    <>
      {notes.length === 0 ? (
        <p>Aucune note de rendez-vous.</p>
      ) : (
        <ul className="fr-raw-list">
          {notes.map((note) => (
            <li key={note.id} className="fr-mb-2w">
              <p className="fr-text--bold fr-mb-0">
                Rendez-vous du {formatDate(note.meetingOn)}
                {note.shared ? ' — partagée avec l’entreprise' : ' — privée'}
              </p>
              <p style={{ whiteSpace: 'pre-line' }}>{note.text}</p>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} aria-labelledby="ajout-note">
        <h3 id="ajout-note" className="fr-h6">
          Ajouter une note de rendez-vous
        </h3>
        <Input
          label="Date du rendez-vous"
          nativeInputProps={{
            type: 'date',
            value: meetingOn,
            onChange: (event) => setMeetingOn(event.target.value),
            required: true,
          }}
          state={error?.fieldMessage('input.meetingOn') ? 'error' : 'default'}
          stateRelatedMessage={error?.fieldMessage('input.meetingOn')}
        />
        <Input
          label="Compte rendu"
          textArea
          nativeTextAreaProps={{
            value: text,
            onChange: (event) => setText(event.target.value),
            rows: 4,
            required: true,
          }}
          state={error?.fieldMessage('input.text') ? 'error' : 'default'}
          stateRelatedMessage={error?.fieldMessage('input.text')}
        />
        <Checkbox
          options={[
            {
              label: 'Partager cette note avec l’entreprise',
              nativeInputProps: { checked: shared, onChange: (event) => setShared(event.target.checked) },
            },
          ]}
        />
        {error && <ApiErrorAlert error={error} className="fr-mb-2w" />}
        <Button type="submit" disabled={loading}>
          Enregistrer la note
        </Button>
      </form>
    </>
  );
}
