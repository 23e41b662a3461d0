import type { PmeExportMyDataQuery } from '../../../generated/graphql';
import { formatDateTime } from '../../labels/date-times';

type ExportData = PmeExportMyDataQuery['exportMyData'];
type Conversation = ExportData['contactConversations'][number];

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** What the downloaded file holds, and in full the exchanges with connecteurs (what they were shown, what was said). */
export function ExportSummary({ data }: { data: ExportData }) {
  const conversations = data.contactConversations;
  return (
    <section aria-labelledby="export-content-title" className="fr-mt-3w">
      <h3 id="export-content-title" className="fr-h5">
        Contenu du fichier
      </h3>
      <ul>
        <li>{plural(data.diagnostics.length, 'diagnostic', 'diagnostics')}</li>
        <li>{plural(data.contactNeeds.length, 'demande de contact', 'demandes de contact')}</li>
        <li>
          {plural(conversations.length, 'échange avec un connecteur', 'échanges avec des connecteurs')},{' '}
          {plural(
            conversations.reduce((n, c) => n + c.messages.length, 0),
            'message',
            'messages',
          )}
        </li>
        <li>{plural(data.follows.length, 'suivi', 'suivis')}</li>
        <li>{plural(data.appointments.length, 'rendez-vous', 'rendez-vous')}</li>
        <li>
          {plural(
            data.subsidyApplications.length,
            'dossier de chèque numérique',
            'dossiers de chèque numérique',
          )}
        </li>
        <li>
          {plural(
            data.reviews.length + data.testimonials.length,
            'avis ou témoignage',
            'avis et témoignages',
          )}
        </li>
      </ul>
      {conversations.length > 0 && (
        <>
          <h3 className="fr-h5">Vos échanges avec les connecteurs</h3>
          {conversations.map((c) => (
            <ConversationExport key={c.request.id} conversation={c} />
          ))}
        </>
      )}
    </section>
  );
}

function ConversationExport({ conversation }: { conversation: Conversation }) {
  const { request, sharedContactDetails: details, sharedSince, messages } = conversation;
  return (
    <article className="fr-mb-3w" aria-labelledby={`conversation-${request.id}`}>
      <h4 id={`conversation-${request.id}`} className="fr-h6 fr-mb-1w">
        {request.connecteur.displayName} — demande du {formatDateTime(request.createdAt)}
      </h4>
      <p className="fr-mb-1w">
        {details && sharedSince
          ? `Coordonnées communiquées depuis le ${formatDateTime(sharedSince)} : ${[details.name, details.email, details.phone].filter(Boolean).join(', ')}.`
          : 'Aucune coordonnée communiquée à ce connecteur.'}
      </p>
      {messages.length === 0 ? (
        <p>Aucun message.</p>
      ) : (
        <ol aria-label={`Messages échangés avec ${request.connecteur.displayName}`}>
          {messages.map((m, i) => (
            <li key={i}>
              {m.by === 'PME' ? 'Vous' : request.connecteur.displayName}, le {formatDateTime(m.at)} : {m.text}
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
