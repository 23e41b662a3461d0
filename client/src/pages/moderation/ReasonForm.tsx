import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useEffect, useRef, useState, type FormEvent } from 'react';

/**
 * The reason a moderator gives to reject or revoke, shown under the item it concerns; the field takes the focus
 * when the form opens. `onConfirm` resolves to false when the API refused (the form stays open).
 */
export function ReasonForm({
  label,
  hint,
  confirmText,
  onConfirm,
  onCancel,
  busy,
  fieldError,
}: {
  label: string;
  hint: string;
  confirmText: string;
  onConfirm: (reason: string) => Promise<boolean>;
  onCancel: () => void;
  busy: boolean;
  fieldError?: string | undefined;
}) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      field.current?.focus();
      return;
    }
    setMissing(false);
    await onConfirm(reason.trim());
  };
  const message = missing ? 'Indiquez la raison : elle est transmise à la personne concernée.' : fieldError;
  return (
    <form onSubmit={submit} className="fr-mt-2w">
      <Input
        label={label}
        hintText={hint}
        textArea
        state={message ? 'error' : 'default'}
        stateRelatedMessage={message}
        nativeTextAreaProps={{
          ref: field,
          value: reason,
          rows: 3,
          onChange: (event) => setReason(event.target.value),
        }}
      />
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li>
          <Button type="submit" disabled={busy}>
            {confirmText}
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={onCancel}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
