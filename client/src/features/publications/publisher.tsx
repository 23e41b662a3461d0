import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useState, type ReactNode } from 'react';
import { newClientKey } from '../../api/client-key';
import type { ApiError } from '../../api/errors';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { REGIONS, regionName } from '../../labels/geography';
import { useSession } from '../../session/SessionProvider';

/**
 * Who publishes: a moderator anywhere (national or any region), a region's agent in its region only, which also
 * decides what each may withdraw (functions/events/policy.ts).
 */
export function usePublisher() {
  const session = useSession().session;
  const agentRegion = session?.role === 'REGION_AGENT' ? session.regionCode : undefined;
  return {
    agentRegion,
    mayRemove: (regionCode: string | null | undefined) =>
      session?.role === 'MODERATOR' || (!!agentRegion && regionCode === agentRegion),
  };
}

/**
 * A publication's draft and its client key, renewed whenever the draft changes: sending the same draft again after
 * a lost answer publishes once, an edited draft is a publication of its own. `done` empties it after a success.
 */
export function useKeyedDraft<D extends object>(initial: () => D) {
  const [draft, setDraft] = useState<D>(initial);
  const [clientKey, setClientKey] = useState(newClientKey);
  const [published, setPublished] = useState<string>();
  return {
    draft,
    clientKey,
    /** The success to tell, until the next edit. */
    published,
    edit: (change: Partial<D>) => {
      setDraft((current) => ({ ...current, ...change }));
      setClientKey(newClientKey());
      setPublished(undefined);
    },
    /** Replaces the draft (an item to edit, or the empty draft when an edit is abandoned). */
    load: (next: D) => {
      setDraft(next);
      setClientKey(newClientKey());
      setPublished(undefined);
    },
    done: (success: string) => {
      setPublished(success);
      setDraft(initial());
      setClientKey(newClientKey());
    },
  };
}

/** A DSFR field's error state and message from the API's refusal of `input.<field>`: spread on the field. */
export const inputErrors = (error: ApiError | undefined) => (field: string) => {
  const message = error?.fieldMessage(`input.${field}`);
  return { state: message ? ('error' as const) : ('default' as const), stateRelatedMessage: message };
};

/** The success of the last publication, in a polite live region. */
export function PublishedAlert({ message }: { message: string | undefined }) {
  return (
    <div role="status" aria-live="polite">
      {message && <Alert severity="success" small className="fr-mb-3w" description={message} />}
    </div>
  );
}

/** Where a publication is listed: the agent's region, said; a moderator's choice, national or a region. */
export function ScopeField({
  agentRegion,
  value,
  onChange,
  errorMessage,
}: {
  agentRegion: string | undefined;
  value: string;
  onChange: (regionCode: string) => void;
  errorMessage: string | undefined;
}) {
  if (agentRegion) return <p>Portée : {regionName(agentRegion)}</p>;
  return (
    <Select
      label="Portée"
      nativeSelectProps={{ value, onChange: (e) => onChange(e.target.value) }}
      state={errorMessage ? 'error' : 'default'}
      stateRelatedMessage={errorMessage}
    >
      <option value="">Nationale (toutes les régions)</option>
      {REGIONS.map((region) => (
        <option key={region.code} value={region.code}>
          {region.name}
        </option>
      ))}
    </Select>
  );
}

export type PublishedItem = {
  id: string;
  title: string;
  when: string;
  regionCode?: string | null | undefined;
};

/**
 * What is online, under its heading, each with its scope and, where the publisher may, the buttons to edit it (when
 * the page edits) and take it down; the list's and the removal's errors above it.
 */
export function OnlinePublications({
  heading,
  items,
  loading,
  errors,
  empty,
  removeLabel,
  mayRemove,
  onRemove,
  removing,
  onEdit,
}: {
  heading: string;
  items: readonly PublishedItem[] | undefined;
  loading: boolean;
  errors: readonly (ApiError | undefined)[];
  empty: ReactNode;
  removeLabel: string;
  mayRemove: (regionCode: string | null | undefined) => boolean;
  onRemove: (id: string) => void;
  removing: boolean;
  onEdit?: (id: string) => void;
}) {
  return (
    <>
      <h2 className="fr-h4">{heading}</h2>
      {errors.map((error, i) => error && <ApiErrorAlert key={i} error={error} />)}
      {loading && <Loading />}
      {items && items.length === 0 && <p>{empty}</p>}
      {items && items.length > 0 && (
        <ul className="fr-raw-list">
          {items.map((item) => (
            <li
              key={item.id}
              className="fr-py-2w"
              style={{ borderBottom: '1px solid var(--border-default-grey)' }}
            >
              <p className="fr-text--bold fr-mb-1v">{item.title}</p>
              <p className="fr-text--sm fr-mb-1w">
                {item.when}{' '}
                <Badge as="span" small noIcon className="fr-ml-1w">
                  {item.regionCode ? regionName(item.regionCode) : 'National'}
                </Badge>
              </p>
              {mayRemove(item.regionCode) && (
                <>
                  {onEdit && (
                    <Button
                      priority="secondary"
                      size="small"
                      className="fr-mr-2w"
                      nativeButtonProps={{ 'aria-label': `Modifier « ${item.title} »` }}
                      onClick={() => onEdit(item.id)}
                    >
                      Modifier
                    </Button>
                  )}
                  <Button
                    priority="secondary"
                    size="small"
                    disabled={removing}
                    nativeButtonProps={{ 'aria-label': `${removeLabel} « ${item.title} »` }}
                    onClick={() => onRemove(item.id)}
                  >
                    {removeLabel}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
