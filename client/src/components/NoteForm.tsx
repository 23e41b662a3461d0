import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../api/errors';
import { ApiErrorAlert } from './ApiErrorAlert';

/** A text to send (a message, an annotation): refused empty, cleared once recorded. */
export function NoteForm({
  label,
  hint,
  submitLabel,
  busy,
  error,
  onSubmit,
}: {
  label: string;
  hint?: string;
  submitLabel: string;
  busy: boolean;
  error: ApiError | undefined;
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
