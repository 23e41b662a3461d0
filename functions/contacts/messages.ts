import { createdOnce, keyedId } from '../shared/client-keys.js';
import { forbidden, conflict, notFound, unauthenticated } from '../shared/errors.js';
import { connecteurIdOf } from '../shared/caller.js';
import { newId } from '../shared/identifiers.js';
import type { NotificationEvent } from '../shared/notifications.js';
import { cursorScope, pageSize, type Connection } from '../shared/pagination.js';
import { parseInput } from '../shared/validation.js';
import { MAX_MESSAGES, postContactRequestMessageInput } from './inputs.js';
import { partyTo } from './policy.js';
import type { ContactDetailsRecord, ContactMessageRecord, ContactRequestRecord } from './records.js';
import type { ContactDeps } from './service.js';
import { messagePosition } from './store.js';
import { OPEN_STATUSES } from './workflow.js';

/**
 * The conversation on a contact request: the company and the addressed connecteur write to each other while the
 * request is open; each message notifies the other side in the same transaction. Reading goes through the request
 * (ContactRequest.messages), which only its two parties can reach.
 */

async function callerParty(deps: ContactDeps, request: ContactRequestRecord) {
  const viewer = deps.viewer;
  if (viewer.kind !== 'user') return null;
  const ids =
    viewer.role === 'CONNECTEUR'
      ? { connecteurId: connecteurIdOf(viewer.sub) }
      : viewer.role === 'PME'
        ? { companyId: (await deps.viewerCompany())?.id }
        : {};
  return partyTo(request, viewer, ids);
}

const excerpt = (text: string) => (text.length > 280 ? `${text.slice(0, 277)}…` : text);

function notificationOf(request: ContactRequestRecord, message: ContactMessageRecord): NotificationEvent {
  const id = `CONTACT_MESSAGE#${message.id}`;
  return message.by === 'PME'
    ? {
        id,
        category: 'CONTACT_MESSAGE',
        recipient: { kind: 'CONNECTEUR', connecteurId: request.connecteurId },
        title: 'Nouveau message d’une entreprise sur une demande de contact',
        body: excerpt(message.text),
        link: `/connecteur/demandes/${request.id}`,
      }
    : {
        id,
        category: 'CONTACT_MESSAGE',
        recipient: { kind: 'COMPANY', companyId: request.companyId },
        title: 'Nouveau message de votre connecteur',
        body: excerpt(message.text),
        link: `/entreprise/demandes/${request.needId}`,
      };
}

export async function postContactRequestMessage(
  deps: ContactDeps,
  rawArgs: unknown,
): Promise<ContactMessageRecord> {
  if (deps.viewer.kind !== 'user') throw unauthenticated();
  const viewer = deps.viewer;
  const args = parseInput(postContactRequestMessageInput, rawArgs);
  const request = await deps.contactRequestLoader.load(args.requestId);
  if (!request) throw notFound('Demande de contact');
  const party = await callerParty(deps, request);
  if (party === null) throw forbidden('Cette demande ne vous concerne pas.');
  const id = args.clientKey ? keyedId(request.id, viewer.sub, args.clientKey) : newId();
  if (args.clientKey) {
    const earlier = await deps.contactStore.keyedMessage(request.id, id);
    if (earlier) return earlier;
  }
  if (!(OPEN_STATUSES as readonly string[]).includes(request.status))
    throw conflict('Cette demande est clôturée : rouvrez-la pour écrire au connecteur.', {
      status: request.status,
    });
  if ((request.messageCount ?? 0) >= MAX_MESSAGES)
    throw conflict(`Cette conversation compte déjà ${MAX_MESSAGES} messages : envoyez une nouvelle demande.`);
  const at = deps.now.toISOString();
  const message: ContactMessageRecord = {
    id,
    requestId: request.id,
    at,
    by: party === 'COMPANY' ? 'PME' : 'CONNECTEUR',
    sub: viewer.sub,
    text: args.text,
  };
  return createdOnce(
    async () => {
      await deps.contactStore.commit([
        ...deps.contactStore.messageParts(message, {
          openStatuses: OPEN_STATUSES,
          maxMessages: MAX_MESSAGES,
          keyed: Boolean(args.clientKey),
        }),
        deps.contactStore.notificationPart(notificationOf(request, message), at),
      ]);
      deps.contactRequestLoader.clear(request.id);
      return message;
    },
    () => deps.contactStore.keyedMessage(request.id, id),
  );
}

/** A request's messages, oldest first (the request was reached through an authorized read). */
export async function requestMessages(
  deps: ContactDeps,
  request: ContactRequestRecord,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<ContactMessageRecord>> {
  const limit = pageSize(first);
  const scope = cursorScope('contactRequestMessages', request.id);
  const page = await deps.contactStore.messages(
    request.id,
    limit,
    after ? deps.cursors.decode(scope, after) : undefined,
  );
  const edges = page.records.map((node) => ({
    cursor: deps.cursors.encode(scope, messagePosition(node)),
    node,
  }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

/**
 * How to reach the company: its own users always see it; the connecteur only once it has taken the request in
 * charge (takenUpAt stays after the request closes).
 */
export async function companyContact(
  deps: ContactDeps,
  request: ContactRequestRecord,
): Promise<ContactDetailsRecord | null> {
  const party = await callerParty(deps, request);
  if (party === null || (party === 'CONNECTEUR' && !request.takenUpAt)) return null;
  const need = await deps.contactNeedLoader.load(request.needId);
  return need?.contact ?? null;
}
