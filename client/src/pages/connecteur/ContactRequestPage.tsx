import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState } from 'react';
import { useParams } from 'react-router';
import { graphql } from '../../../generated';
import type { ContactRequestStatus } from '../../../generated/graphql';
import { useMutation, useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { themeLabels } from '../../labels/connecteurs';
import { formatDateTime } from '../../labels/date-times';
import { departementName } from '../../labels/geography';
import { ContactConversation } from '../../components/ContactConversation';
import { NotFoundPage } from '../NotFoundPage';
import { ContactRequestBadges } from './DeadlineBadge';
import { FollowOffer } from './FollowOffer';
import { answersFrom, contactStatusLabels } from './labels';

const ConnecteurContactRequestQuery = graphql(`
  query ConnecteurContactRequest($id: ID!) {
    contactRequest(id: $id) {
      id
      status
      createdAt
      firstAnsweredAt
      deadline {
        state
        waitingSince
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
      companyContact {
        name
        email
        phone
      }
      need {
        id
        need
        themes
        departementCode
        createdAt
        company {
          id
          name
          siren
          nafLabel
          employees
          communeCode
        }
      }
    }
  }
`);

const ConnecteurAnswerWithMessageMutation = graphql(`
  mutation ConnecteurAnswerWithMessage($id: ID!, $status: ContactRequestStatus!, $message: String) {
    answerContactRequest(id: $id, status: $status, message: $message) {
      id
      status
    }
  }
`);

/** `/connecteur/demandes/:id`: one request, its company, its deadlines and history, and the answers it allows. */
export function ContactRequestPage() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(ConnecteurContactRequestQuery, { id });
  const [answer, answering] = useMutation(ConnecteurAnswerWithMessageMutation);
  const [message, setMessage] = useState('');
  const [done, setDone] = useState('');

  if (data && !data.contactRequest) return <NotFoundPage />;
  const request = data?.contactRequest;
  const title = request ? `Demande de ${request.need.company.name}` : 'Demande de contact';

  const send = async (status: ContactRequestStatus) => {
    setDone('');
    const answered = await answer({ id, status, ...(message.trim() ? { message: message.trim() } : {}) });
    if (answered) {
      setMessage('');
      setDone(
        `La demande est maintenant : ${contactStatusLabels[answered.answerContactRequest.status].toLowerCase()}.`,
      );
      refetch();
    }
  };

  return (
    <>
      <Breadcrumb
        currentPageLabel={title}
        segments={[
          { label: 'Tableau de bord', linkProps: { to: '/connecteur' } },
          { label: 'Demandes de contact', linkProps: { to: '/connecteur/demandes' } },
        ]}
      />
      <PageHeading title={title} />
      {error && <ApiErrorAlert error={error} />}
      {loading && !request && <Loading />}
      {request && (
        <>
          <ContactRequestBadges status={request.status} deadlineState={request.deadline.state} />
          <h2 className="fr-h5">Le besoin</h2>
          <p>{request.need.need}</p>
          <dl className="connecteur-facts">
            <dt>Thèmes</dt>
            <dd>
              {request.need.themes.length > 0
                ? request.need.themes.map((theme) => themeLabels[theme]).join(', ')
                : 'Non précisés'}
            </dd>
            <dt>Entreprise</dt>
            <dd>
              {request.need.company.name} (SIREN {request.need.company.siren}) —{' '}
              {request.need.company.nafLabel}, {request.need.company.employees} salarié
              {request.need.company.employees > 1 ? 's' : ''}, {departementName(request.need.departementCode)}{' '}
              ({request.need.departementCode})
            </dd>
            <dt>Reçue le</dt>
            <dd>{formatDateTime(request.createdAt)}</dd>
            {request.firstAnsweredAt && (
              <>
                <dt>Première réponse le</dt>
                <dd>{formatDateTime(request.firstAnsweredAt)}</dd>
              </>
            )}
            {request.deadline.lateAt && request.status === 'PENDING' && (
              <>
                <dt>Échéances</dt>
                <dd>
                  En retard à partir du {formatDateTime(request.deadline.lateAt)}
                  {request.deadline.abandonedAt &&
                    ` ; abandonnée le ${formatDateTime(request.deadline.abandonedAt)} sans réponse`}
                </dd>
              </>
            )}
          </dl>
          <h2 className="fr-h5">Joindre l’entreprise</h2>
          {request.companyContact ? (
            <dl className="connecteur-facts">
              <dt>Contact</dt>
              <dd>{request.companyContact.name}</dd>
              {request.companyContact.email && (
                <>
                  <dt>Adresse électronique</dt>
                  <dd>
                    <a href={`mailto:${request.companyContact.email}`}>{request.companyContact.email}</a>
                  </dd>
                </>
              )}
              {request.companyContact.phone && (
                <>
                  <dt>Téléphone</dt>
                  <dd>
                    <a href={`tel:${request.companyContact.phone.replace(/[^+0-9]/g, '')}`}>
                      {request.companyContact.phone}
                    </a>
                  </dd>
                </>
              )}
            </dl>
          ) : (
            <p className="fr-hint-text">
              {request.status === 'PENDING'
                ? 'Les coordonnées de l’entreprise s’affichent une fois la demande prise en charge.'
                : 'L’entreprise n’a pas laissé de coordonnées : écrivez-lui ci-dessous.'}
            </p>
          )}
          <FollowOffer companyId={request.need.company.id} companyName={request.need.company.name} />
          <ContactConversation
            key={`${request.id}-${request.status}`}
            requestId={request.id}
            side="CONNECTEUR"
            otherName={request.need.company.name}
          />

          <h2 className="fr-h5 fr-mt-4w">Répondre</h2>
          <Input
            label="Message à l’entreprise (facultatif)"
            hintText="Gardé dans l’historique de la demande"
            textArea
            nativeTextAreaProps={{
              value: message,
              onChange: (event) => setMessage(event.target.value),
              rows: 3,
            }}
            state={answering.error?.fieldMessage('message') ? 'error' : 'default'}
            stateRelatedMessage={answering.error?.fieldMessage('message')}
          />
          {answering.error && <ApiErrorAlert error={answering.error} className="fr-mb-2w" />}
          <p role="status">{done}</p>
          <ul className="fr-btns-group fr-btns-group--inline-md">
            {answersFrom[request.status].map((choice) => (
              <li key={choice.to}>
                <Button
                  priority={
                    choice.to === 'TAKEN_IN_CHARGE' || choice.to === 'DONE_HELP_PROPOSED'
                      ? 'primary'
                      : 'secondary'
                  }
                  disabled={answering.loading}
                  onClick={() => void send(choice.to)}
                >
                  {choice.text}
                </Button>
              </li>
            ))}
          </ul>

          {request.feedback && (
            <>
              <h2 className="fr-h5 fr-mt-4w">Avis de l’entreprise</h2>
              <p>
                {request.feedback.contacted
                  ? 'L’entreprise dit avoir été contactée'
                  : 'L’entreprise dit ne pas avoir été contactée'}
                {request.feedback.useful != null &&
                  (request.feedback.useful
                    ? ' ; l’échange lui a été utile.'
                    : ' ; l’échange ne lui a pas été utile.')}
              </p>
              {request.feedback.comment && <blockquote>{request.feedback.comment}</blockquote>}
            </>
          )}

          <h2 className="fr-h5 fr-mt-4w">Historique</h2>
          <ol>
            {request.history.map((event, index) => (
              <li key={index}>
                {formatDateTime(event.at)} — {event.by === 'PME' ? 'l’entreprise' : 'vous'} :{' '}
                {event.from ? `${contactStatusLabels[event.from]} → ` : ''}
                {contactStatusLabels[event.to]}
                {event.message && <> — « {event.message} »</>}
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
