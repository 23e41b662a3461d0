import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../generated';
import type { EventKind, PublisherEventsQuery, Theme } from '../../../generated/graphql';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { CommuneField } from '../../components/CommuneField';
import { useFocusFirstError } from '../../components/form-errors';
import { PageHeading } from '../../components/PageHeading';
import { ThemeCheckboxes } from '../../components/ThemeCheckboxes';
import { formatDateTime, PARIS_TIME_HINT, parisFields, parisInstant } from '../../labels/date-times';
import { eventKindLabels } from '../../labels/marketplace';
import {
  inputErrors,
  OnlinePublications,
  PublishedAlert,
  ScopeField,
  useKeyedDraft,
  usePublisher,
} from './publisher';

const PublisherEventsQuery = graphql(`
  query PublisherEvents($filter: EventFilter) {
    events(filter: $filter, first: 20) {
      edges {
        node {
          id
          kind
          title
          description
          startsAt
          endsAt
          placeName
          communeCode
          regionCode
          online
          themes
          link
          version
        }
      }
    }
  }
`);

const PublishEventMutation = graphql(`
  mutation PublisherPublishEvent($input: EventInput!, $clientKey: String) {
    publishEvent(input: $input, clientKey: $clientKey) {
      id
      title
    }
  }
`);

const UpdateEventMutation = graphql(`
  mutation PublisherUpdateEvent($id: ID!, $input: EventInput!, $expectedVersion: Int!) {
    updateEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      title
    }
  }
`);

const CancelEventMutation = graphql(`
  mutation PublisherCancelEvent($id: ID!) {
    cancelEvent(id: $id)
  }
`);

type Draft = {
  kind: EventKind;
  title: string;
  description: string;
  day: string;
  start: string;
  end: string;
  online: boolean;
  placeName: string;
  communeCode: string;
  link: string;
  regionCode: string;
  themes: Theme[];
};
const EMPTY: Draft = {
  kind: 'WORKSHOP',
  title: '',
  description: '',
  day: '',
  start: '',
  end: '',
  online: false,
  placeName: '',
  communeCode: '',
  link: '',
  regionCode: '',
  themes: [],
};

type ListedEvent = PublisherEventsQuery['events']['edges'][number]['node'];

/** The form's draft of an event as listed: its day and times in Paris time. */
function draftOf(event: ListedEvent): Draft {
  const start = parisFields(event.startsAt);
  return {
    kind: event.kind,
    title: event.title,
    description: event.description ?? '',
    day: start.day,
    start: start.time,
    end: event.endsAt ? parisFields(event.endsAt).time : '',
    online: event.online,
    placeName: event.placeName ?? '',
    communeCode: event.communeCode ?? '',
    link: event.link ?? '',
    regionCode: event.regionCode ?? '',
    themes: event.themes,
  };
}

/**
 * `/moderation/evenements` and `/region/evenements`: a moderator puts an event on the agenda anywhere (an online one
 * national or in a region), a region's agent in its region; both edit and cancel what they may. Times are Paris
 * time. A new event's draft carries a client key (`useKeyedDraft`); an edit gives back the version it was read at,
 * and one made from an older read is refused (CONFLICT) and the list read again.
 */
export function EventPublicationPage() {
  const { agentRegion, mayRemove } = usePublisher();
  const { draft, clientKey, published, edit, load, done } = useKeyedDraft<Draft>(() => EMPTY);
  const [editing, setEditing] = useState<{ id: string; version: number; title: string }>();
  const [publish, publishing] = useMutation(PublishEventMutation);
  const [update, updating] = useMutation(UpdateEventMutation);
  const [cancel, cancelling] = useMutation(CancelEventMutation);
  const list = useQuery(PublisherEventsQuery, { filter: agentRegion ? { regionCode: agentRegion } : {} });
  const saving = editing ? updating : publishing;
  const form = useFocusFirstError(saving.error);
  const errorsOf = inputErrors(saving.error);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (editing) heading.current?.focus();
  }, [editing]);

  const startEditing = (id: string) => {
    const event = list.data?.events.edges.find(({ node }) => node.id === id)?.node;
    if (!event) return;
    load(draftOf(event));
    setEditing({ id, version: event.version, title: event.title });
  };
  const stopEditing = () => {
    load(EMPTY);
    setEditing(undefined);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A malformed day or time is sent empty: the API names the field in its answer.
    const startsAt = parisInstant(draft.day, draft.start) ?? '';
    const input = {
      kind: draft.kind,
      title: draft.title.trim(),
      description: draft.description.trim() || null,
      startsAt,
      endsAt: draft.end ? (parisInstant(draft.day, draft.end) ?? '') : null,
      online: draft.online,
      placeName: draft.online ? null : draft.placeName.trim() || null,
      communeCode: draft.online ? null : draft.communeCode || null,
      link: draft.link.trim() || null,
      // A physical event's region is its commune's; an agent's is always its own.
      regionCode: agentRegion ?? (draft.online ? draft.regionCode || null : null),
      themes: draft.themes,
    };
    if (editing) {
      const answer = await update({ id: editing.id, input, expectedVersion: editing.version });
      // Refused from an older read, the list shows the event as it is now, to edit again.
      list.refetch();
      if (!answer) return;
      setEditing(undefined);
      done(`« ${answer.updateEvent.title} » est modifié.`);
      return;
    }
    const answer = await publish({ input, clientKey });
    if (!answer) return;
    done(`« ${answer.publishEvent.title} » est à l’agenda.`);
    list.refetch();
  };

  return (
    <>
      <PageHeading title="Publier un événement" />
      <p>
        Les événements paraissent dans l’<Link to="/agenda">agenda</Link> jusqu’à leur date, ceux d’une région
        dans cette région, les nationaux partout.
      </p>
      <PublishedAlert message={published} />
      <form ref={form} onSubmit={submit} aria-labelledby="formulaire-evenement" className="fr-mb-6w">
        <h2 id="formulaire-evenement" className="fr-h4" ref={heading} tabIndex={-1}>
          {editing ? `Modifier « ${editing.title} »` : 'Nouvel événement'}
        </h2>
        <Select
          label="Type"
          nativeSelectProps={{
            value: draft.kind,
            onChange: (e) => edit({ kind: e.target.value as EventKind }),
          }}
        >
          {Object.entries(eventKindLabels).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </Select>
        <Input
          label="Titre"
          nativeInputProps={{
            value: draft.title,
            onChange: (e) => edit({ title: e.target.value }),
            required: true,
          }}
          {...errorsOf('title')}
        />
        <Input
          label="Description (facultative)"
          textArea
          nativeTextAreaProps={{
            value: draft.description,
            onChange: (e) => edit({ description: e.target.value }),
            rows: 4,
          }}
          {...errorsOf('description')}
        />
        <div className="fr-grid-row fr-grid-row--gutters">
          <Input
            className="fr-col-12 fr-col-md-4"
            label="Jour"
            nativeInputProps={{
              type: 'date',
              value: draft.day,
              onChange: (e) => edit({ day: e.target.value }),
              required: true,
            }}
            {...errorsOf('startsAt')}
          />
          <Input
            className="fr-col-12 fr-col-md-4"
            label="Heure de début"
            hintText={PARIS_TIME_HINT}
            nativeInputProps={{
              type: 'time',
              value: draft.start,
              onChange: (e) => edit({ start: e.target.value }),
              required: true,
            }}
          />
          <Input
            className="fr-col-12 fr-col-md-4"
            label="Heure de fin (facultative)"
            hintText={PARIS_TIME_HINT}
            nativeInputProps={{
              type: 'time',
              value: draft.end,
              onChange: (e) => edit({ end: e.target.value }),
            }}
            {...errorsOf('endsAt')}
          />
        </div>
        <Checkbox
          options={[
            {
              label: 'En ligne',
              nativeInputProps: {
                checked: draft.online,
                onChange: (e) => edit({ online: e.target.checked }),
              },
            },
          ]}
        />
        {!draft.online && (
          <>
            <Input
              label="Lieu (facultatif)"
              hintText="Par exemple : CCI Lyon Métropole"
              nativeInputProps={{
                value: draft.placeName,
                onChange: (e) => edit({ placeName: e.target.value }),
              }}
              {...errorsOf('placeName')}
            />
            <CommuneField
              label="Commune"
              value={draft.communeCode}
              onChange={(communeCode) => edit({ communeCode })}
              errorMessage={errorsOf('communeCode').stateRelatedMessage}
              required
            />
          </>
        )}
        <Input
          label={draft.online ? 'Lien pour y participer' : 'Lien (facultatif)'}
          hintText="Adresse web commençant par https://"
          nativeInputProps={{
            type: 'url',
            value: draft.link,
            onChange: (e) => edit({ link: e.target.value }),
            required: draft.online,
          }}
          {...errorsOf('link')}
        />
        {(agentRegion || draft.online) && (
          <ScopeField
            agentRegion={agentRegion}
            value={draft.regionCode}
            onChange={(regionCode) => edit({ regionCode })}
            errorMessage={errorsOf('regionCode').stateRelatedMessage}
          />
        )}
        <ThemeCheckboxes value={draft.themes} onChange={(themes) => edit({ themes })} />
        {saving.error && <ApiErrorAlert error={saving.error} className="fr-mb-2w" />}
        <Button type="submit" disabled={saving.loading}>
          {editing ? 'Enregistrer les modifications' : 'Publier'}
        </Button>
        {editing && (
          <Button type="button" priority="secondary" className="fr-ml-2w" onClick={stopEditing}>
            Abandonner la modification
          </Button>
        )}
      </form>

      <OnlinePublications
        heading="Événements à venir"
        items={list.data?.events.edges.map(({ node }) => ({
          ...node,
          when: `Le ${formatDateTime(node.startsAt)}`,
        }))}
        loading={list.loading}
        errors={[list.error, cancelling.error]}
        empty="Aucun événement à venir."
        removeLabel="Annuler"
        mayRemove={mayRemove}
        removing={cancelling.loading}
        onRemove={async (id) => {
          if (!(await cancel({ id }))) return;
          if (editing?.id === id) stopEditing();
          list.refetch();
        }}
        onEdit={startEditing}
      />
    </>
  );
}
