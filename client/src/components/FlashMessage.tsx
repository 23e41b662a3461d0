import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useState } from 'react';
import { useLocation } from 'react-router';

/** What a page navigates with to have its success told on the next page: `navigate(to, { state: flashState(…) })`. */
export const flashState = (message: string) => ({ flash: message });

const flashOf = (state: unknown): string | undefined =>
  typeof state === 'object' && state !== null && typeof (state as { flash?: unknown }).flash === 'string'
    ? (state as { flash: string }).flash
    : undefined;

/**
 * The success of what the user just did ("Demande envoyée"), told at the top of the page it led to (from the
 * navigation's state, so a reload or a shared link does not repeat it), in a polite live region.
 */
export function FlashMessage() {
  const location = useLocation();
  const message = flashOf(location.state);
  const [closed, setClosed] = useState<string | undefined>();
  const shown = message && closed !== location.key ? message : undefined;
  return (
    <div role="status" aria-live="polite">
      {shown && (
        <Alert
          severity="success"
          small
          className="fr-mb-3w"
          description={shown}
          closable
          onClose={() => setClosed(location.key)}
        />
      )}
    </div>
  );
}
