import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../generated';
import type { PmeContactNeedQuery } from '../../../generated/graphql';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { themeLabels } from '../../labels/connecteurs';
import { formatDateTime } from '../../labels/date-times';
import { ContactConversation } from '../../components/ContactConversation';
import { NotFoundPage } from '../NotFoundPage';
import {
  CLOSED_CONTACT_STATUSES,
  contactStatusLabels,
  contactStatusSeverity,
  deadlineLabels,
} from './labels';

const PmeContactNeedQuery = graphql(`
  query PmeContactNeed($id: ID!) {
    contactNeed(id: $id) {
      id
      status
      need
      themes
      createdAt
      requests {
        id
        status
        createdAt
        firstAnsweredAt
        connecteur {
          id
          displayName
          email
        }
        deadline {
          state
          lateAt
          firstReminderAt
          secondReminderAt
          abandonedAt
        }
        history {
          at
          by
          from
          to
          message
        }
        feedback {
          contacted
          useful
          comment
          givenAt
        }
      }
    }
  }
`);

const PmeReopenContactRequestMutation = graphql(`
  mutation PmeReopenContactRequest($id: ID!, $message: String) {
    reopenContactRequest(id: $id, message: $message) {
      id
      status
    }
  }
`);

const PmeGiveContactFeedbackMutation = graphql(`
  mutation PmeGiveContactFeedback($requestId: ID!, $input: ContactFeedbackInput!) {
    giveContactFeedback(requestId: $requestId, input: $input) {
      id
    }
  }
`);

type ContactRequestView = NonNullable<PmeContactNeedQuery['contactNeed']>['requests'][number];

/** `/entreprise/demandes/:id`: a need and, for each connecteur, its request's status, deadline and history. */
export function ContactNeedPage() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(PmeContactNeedQuery, { id });
  if (data && !data.contactNeed) return <NotFoundPage />;
  const need = data?.contactNeed;
  return (
    <>
      <Breadcrumb
        currentPageLabel="Demande"
        segments={[{ label: 'Mes demandes de contact', linkProps: { to: '/entreprise/demandes' } }]}
      />
      <PageHeading title="Ma demande de contact" />
      {error && <ApiErrorAlert error={error} />}
      {loading && !data && <Loading />}
      {need && (
        <>
          <p>
            <Badge as="span" noIcon severity={contactStatusSeverity[need.status]}>
              {contactStatusLabels[need.status]}
            </Badge>
          </p>
          <p className="fr-text--sm">Envoyée le {formatDateTime(need.createdAt)}</p>
          <blockquote className="fr-quote fr-py-2w">
            <p className="fr-text--md">{need.need}</p>
          </blockquote>
          {need.themes.length > 0 && (
            <p>Thèmes : {need.themes.map((theme) => themeLabels[theme]).join(', ')}</p>
          )}
          {need.requests.map((request) => (
            <RequestSection key={request.id} request={request} onChanged={refetch} />
          ))}
        </>
      )}
    </>
  );
}

function RequestSection({ request, onChanged }: { request: ContactRequestView; onChanged: () => void }) {
  const closed = CLOSED_CONTACT_STATUSES.includes(request.status);
  const { deadline } = request;
  return (
    <section className="fr-mt-4w fr-p-3w" style={{ border: '1px solid var(--border-default-grey)' }}>
      <h2 className="fr-h5">
        <Link to={`/connecteurs/${request.connecteur.id}`}>{request.connecteur.displayName}</Link>
      </h2>
      <ul className="fr-badges-group">
        <li>
          <Badge as="span" small noIcon severity={contactStatusSeverity[request.status]}>
            {contactStatusLabels[request.status]}
          </Badge>
        </li>
      </ul>
      <p className="fr-mb-1w">{deadlineLabels[deadline.state]}</p>
      {deadline.state !== 'ANSWERED' && deadline.lateAt && (
        <p className="fr-text--sm">
          Réponse attendue avant le {formatDateTime(deadline.lateAt)}
          {deadline.firstReminderAt && `, relance le ${formatDateTime(deadline.firstReminderAt)}`}
          {deadline.abandonedAt && `, abandon le ${formatDateTime(deadline.abandonedAt)}`}.
        </p>
      )}
      {request.firstAnsweredAt && (
        <p className="fr-text--sm">Première réponse le {formatDateTime(request.firstAnsweredAt)}</p>
      )}
      {request.connecteur.email && (
        <p className="fr-text--sm">
          Adresse électronique : <a href={`mailto:${request.connecteur.email}`}>{request.connecteur.email}</a>
        </p>
      )}
      <h3 className="fr-h6">Historique</h3>
      <ol>
        {request.history.map((event, index) => (
          <li key={index}>
            {formatDateTime(event.at)} — {event.by === 'PME' ? 'Vous' : 'Le connecteur'} :{' '}
            {contactStatusLabels[event.to]}
            {event.message && <> — « {event.message} »</>}
          </li>
        ))}
      </ol>
      <ContactConversation
        key={`${request.id}-${request.status}`}
        requestId={request.id}
        side="PME"
        otherName={request.connecteur.displayName}
      />
      {closed && <ReopenForm requestId={request.id} onReopened={onChanged} />}
      {closed && !request.feedback && <FeedbackForm requestId={request.id} onGiven={onChanged} />}
      {request.feedback && (
        <p className="fr-text--sm">
          Votre avis ({formatDateTime(request.feedback.givenAt)}) :{' '}
          {request.feedback.contacted ? 'vous avez été contacté' : 'vous n’avez pas été contacté'}
          {request.feedback.useful !== null &&
            request.feedback.useful !== undefined &&
            (request.feedback.useful ? ', échange utile' : ', échange peu utile')}
          {request.feedback.comment && <> — « {request.feedback.comment} »</>}
        </p>
      )}
    </section>
  );
}

function ReopenForm({ requestId, onReopened }: { requestId: string; onReopened: () => void }) {
  const [reopen, { error, loading }] = useMutation(PmeReopenContactRequestMutation);
  const [message, setMessage] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await reopen({ id: requestId, message: message.trim() || null })) onReopened();
  };
  return (
    <details className="fr-mt-2w">
      <summary>Rouvrir cette demande</summary>
      <form onSubmit={submit} aria-label="Rouvrir la demande">
        {error && <ApiErrorAlert error={error} />}
        <Input
          label="Message au connecteur (facultatif)"
          nativeInputProps={{ value: message, onChange: (e) => setMessage(e.target.value) }}
        />
        <Button type="submit" priority="secondary" disabled={loading}>
          Rouvrir la demande
        </Button>
      </form>
    </details>
  );
}

function FeedbackForm({ requestId, onGiven }: { requestId: string; onGiven: () => void }) {
  const [give, { error, loading }] = useMutation(PmeGiveContactFeedbackMutation);
  const [contacted, setContacted] = useState<boolean>();
  const [useful, setUseful] = useState<boolean>();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (contacted === undefined) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const input = { contacted, useful: contacted ? (useful ?? null) : null, comment: comment.trim() || null };
    if (await give({ requestId, input })) onGiven();
  };
  const yesNo = (name: string, value: boolean | undefined, set: (value: boolean) => void) => [
    { label: 'Oui', nativeInputProps: { name, checked: value === true, onChange: () => set(true) } },
    { label: 'Non', nativeInputProps: { name, checked: value === false, onChange: () => set(false) } },
  ];
  return (
    <form onSubmit={submit} aria-label="Donner mon avis" className="fr-mt-2w">
      <h3 className="fr-h6">Votre avis sur cet échange</h3>
      {error && <ApiErrorAlert error={error} />}
      <RadioButtons
        legend="Le connecteur vous a-t-il contacté ?"
        orientation="horizontal"
        state={missing ? 'error' : 'default'}
        stateRelatedMessage={missing ? 'Répondez à cette question.' : undefined}
        options={yesNo(`contacted-${requestId}`, contacted, setContacted)}
      />
      {contacted && (
        <RadioButtons
          legend="L’échange vous a-t-il été utile ?"
          orientation="horizontal"
          options={yesNo(`useful-${requestId}`, useful, setUseful)}
        />
      )}
      <Input
        label="Commentaire (facultatif)"
        nativeInputProps={{ value: comment, onChange: (e) => setComment(e.target.value) }}
      />
      <Button type="submit" disabled={loading}>
        Envoyer mon avis
      </Button>
    </form>
  );
}
