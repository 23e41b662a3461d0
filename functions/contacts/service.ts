import type DataLoader from 'dataloader';
import type { ContactRequestStatus } from '../generated/resolvers-types.js';
import type { ConnecteurRecord } from '../connecteurs/index.js';
import { connecteurIdOf } from '../shared/caller.js';
import { requirePmeCompany, type ViewerCompany } from '../shared/caller.js';
import { regionAndNation } from '../indicators/index.js';
import type { IndicatorStore } from '../indicators/index.js';
import { requireRole, type Viewer } from '../shared/auth.js';
import { badUserInput, conflict, forbidden, notFound, unauthenticated } from '../shared/errors.js';
import { createdOnce, keyedId } from '../shared/client-keys.js';
import { newId } from '../shared/identifiers.js';
import {
  connectionOf,
  cursorScope,
  pageSize,
  type Connection,
  type CursorCodec,
} from '../shared/pagination.js';
import { parseInput } from '../shared/validation.js';
import { feedbackCounterChanges, requestCounterChanges } from './counting.js';
import {
  answerContactRequestInput,
  contactFeedbackInput,
  reopenContactRequestInput,
  sendContactRequestInput,
  contactStatusesInput,
} from './inputs.js';
import { requestAnsweredNotices, requestWaitingNotices } from './notices.js';
import { mayReadNeed, partyTo } from './policy.js';
import type { ContactNeedRecord, ContactRequestRecord } from './records.js';
import { inboxPosition, needPosition, type ContactStore } from './store.js';
import { applyRequestTransition, isClosed } from './workflow.js';

export type ContactDeps = {
  viewer: Viewer;
  now: Date;
  cursors: CursorCodec;
  viewerCompany: ViewerCompany;
  contactStore: ContactStore;
  indicatorStore: IndicatorStore;
  connecteurLoader: DataLoader<string, ConnecteurRecord | undefined>;
  contactNeedLoader: DataLoader<string, ContactNeedRecord | undefined>;
  contactRequestLoader: DataLoader<string, ContactRequestRecord | undefined>;
};

const present = <T>(items: (T | undefined | Error)[]): T[] =>
  items.filter((i): i is T => i !== undefined && !(i instanceof Error));

/** The caller's own ids, as far as its role has them. */
async function callerIds(deps: ContactDeps): Promise<{ connecteurId?: string; companyId?: string }> {
  const viewer = deps.viewer;
  if (viewer.kind !== 'user') return {};
  if (viewer.role === 'CONNECTEUR') return { connecteurId: connecteurIdOf(viewer.sub) };
  if (viewer.role === 'PME') return { companyId: (await deps.viewerCompany())?.id };
  return {};
}

export async function sendContactRequest(deps: ContactDeps, rawInput: unknown): Promise<ContactNeedRecord> {
  const viewer = requireRole(deps.viewer, 'PME');
  const company = await requirePmeCompany(deps);
  const input = parseInput(sendContactRequestInput, rawInput, ['input']);
  const needId = input.clientKey ? keyedId('contact-need', viewer.sub, input.clientKey) : newId();
  if (input.clientKey) {
    const earlier = await keyedNeed(deps, needId, company.id);
    if (earlier) return earlier;
  }
  const connecteurs = await deps.connecteurLoader.loadMany(input.connecteurIds);
  const problems = input.connecteurIds.flatMap((id, i) => {
    const c = connecteurs[i];
    const path = ['input', 'connecteurIds', i];
    if (!c || c instanceof Error) return [{ path, message: `Connecteur inconnu : ${id}.` }];
    if (!c.acceptsNewPmes)
      return [{ path, message: `${c.displayName} ne prend pas de nouvelles entreprises.` }];
    return [];
  });
  if (problems.length) throw badUserInput(problems[0]!.message, problems);
  const at = deps.now.toISOString();
  const requests: ContactRequestRecord[] = input.connecteurIds.map((connecteurId) => ({
    id: newId(),
    needId,
    companyId: company.id,
    connecteurId,
    regionCode: company.regionCode,
    status: 'PENDING',
    createdAt: at,
    updatedAt: at,
    pendingSince: at,
    reopenCount: 0,
    history: [{ at, by: 'PME', sub: viewer.sub, from: null, to: 'PENDING' }],
    version: 1,
  }));
  const need: ContactNeedRecord = {
    id: needId,
    companyId: company.id,
    authorSub: viewer.sub,
    text: input.need,
    themes: input.themes,
    requestIds: requests.map((r) => r.id),
    departementCode: company.departementCode,
    regionCode: company.regionCode,
    createdAt: at,
    ...(input.contact ? { contact: input.contact } : {}),
  };
  const parts = [
    ...deps.contactStore.createParts(need, requests, Boolean(input.clientKey)),
    ...deps.indicatorStore.parts([
      ...regionAndNation(company.regionCode, { contactNeeds: 1 }),
      ...requests.flatMap((r) => requestCounterChanges(undefined, r)),
    ]),
    ...requests.flatMap((r) =>
      deps.contactStore.noticeParts(requestWaitingNotices(r, deps.contactStore.stillWaitingGuard(r)), at),
    ),
  ];
  return createdOnce(
    async () => {
      await deps.contactStore.commit(parts);
      requests.forEach((r) => deps.contactRequestLoader.prime(r.id, r));
      return need;
    },
    () => keyedNeed(deps, needId, company.id),
  );
}

/** The need a client key already created for this company, if any (the key is the user's, not another company's). */
async function keyedNeed(
  deps: ContactDeps,
  needId: string,
  companyId: string,
): Promise<ContactNeedRecord | undefined> {
  const earlier = await deps.contactStore.keyedNeed(needId);
  if (earlier && earlier.companyId !== companyId)
    throw conflict('Cette clé client a déjà servi pour une autre entreprise : envoyez une nouvelle demande.');
  return earlier;
}

async function loadRequest(deps: ContactDeps, id: string): Promise<ContactRequestRecord> {
  const request = await deps.contactRequestLoader.load(id);
  if (!request) throw notFound('Demande de contact');
  return request;
}

/** Writes a move with its counters; the request's status and version read are the write's guard. */
async function move(
  deps: ContactDeps,
  previous: ContactRequestRecord,
  next: ContactRequestRecord,
): Promise<ContactRequestRecord> {
  await deps.contactStore.commit([
    deps.contactStore.requestPart(previous, next),
    ...deps.indicatorStore.parts(requestCounterChanges(previous, next)),
    ...deps.contactStore.noticeParts(noticesOfMove(deps, next), next.updatedAt),
  ]);
  deps.contactRequestLoader.clear(next.id).prime(next.id, next);
  return next;
}

/** A reopened request waits again (its connecteur is told when the PME reopened it); an answer is told to the PME. */
function noticesOfMove(deps: ContactDeps, next: ContactRequestRecord) {
  if (next.status !== 'PENDING') return requestAnsweredNotices(next);
  const waiting = requestWaitingNotices(next, deps.contactStore.stillWaitingGuard(next));
  return next.history.at(-1)?.by === 'PME' ? waiting : { reminders: waiting.reminders };
}

export async function answerContactRequest(
  deps: ContactDeps,
  rawArgs: unknown,
): Promise<ContactRequestRecord> {
  const viewer = requireRole(deps.viewer, 'CONNECTEUR');
  const args = parseInput(answerContactRequestInput, rawArgs);
  const request = await loadRequest(deps, args.id);
  if (partyTo(request, viewer, await callerIds(deps)) !== 'CONNECTEUR')
    throw forbidden('Seul le connecteur destinataire répond à cette demande.');
  const next = applyRequestTransition(
    request,
    args.status,
    { by: 'CONNECTEUR', sub: viewer.sub },
    deps.now,
    args.message ?? undefined,
  );
  return move(deps, request, next);
}

export async function reopenContactRequest(
  deps: ContactDeps,
  rawArgs: unknown,
): Promise<ContactRequestRecord> {
  const viewer = requireRole(deps.viewer, 'PME');
  const args = parseInput(reopenContactRequestInput, rawArgs);
  const request = await loadRequest(deps, args.id);
  if (partyTo(request, viewer, await callerIds(deps)) !== 'COMPANY')
    throw forbidden('Cette demande n’est pas celle de votre entreprise.');
  const next = applyRequestTransition(
    request,
    'PENDING',
    { by: 'PME', sub: viewer.sub },
    deps.now,
    args.message ?? undefined,
  );
  return move(deps, request, next);
}

export async function giveContactFeedback(
  deps: ContactDeps,
  rawArgs: unknown,
): Promise<ContactRequestRecord> {
  const viewer = requireRole(deps.viewer, 'PME');
  const args = parseInput(contactFeedbackInput, rawArgs);
  const request = await loadRequest(deps, args.requestId);
  if (partyTo(request, viewer, await callerIds(deps)) !== 'COMPANY')
    throw forbidden('Cette demande n’est pas celle de votre entreprise.');
  if (!isClosed(request.status))
    throw conflict('Votre avis se donne une fois la demande clôturée.', { status: request.status });
  if (request.feedback) throw conflict('Vous avez déjà donné votre avis sur cette demande.');
  const feedback = {
    contacted: args.input.contacted,
    ...(typeof args.input.useful === 'boolean' ? { useful: args.input.useful } : {}),
    ...(args.input.comment ? { comment: args.input.comment } : {}),
    givenAt: deps.now.toISOString(),
    givenBySub: viewer.sub,
  };
  const next: ContactRequestRecord = {
    ...request,
    feedback,
    updatedAt: feedback.givenAt,
    version: request.version + 1,
  };
  await deps.contactStore.commit([
    deps.contactStore.requestPart(request, next),
    ...deps.indicatorStore.parts(feedbackCounterChanges(request.regionCode, feedback)),
  ]);
  deps.contactRequestLoader.clear(next.id).prime(next.id, next);
  return next;
}

export async function contactRequest(deps: ContactDeps, id: string): Promise<ContactRequestRecord | null> {
  // Only its parties read a request: an anonymous caller is asked to sign in, as on every non-public operation.
  if (deps.viewer.kind === 'anonymous') throw unauthenticated();
  const request = await deps.contactRequestLoader.load(id);
  if (!request) return null;
  if (partyTo(request, deps.viewer, await callerIds(deps)) === null)
    throw forbidden('Cette demande ne vous concerne pas.');
  return request;
}

export async function contactNeed(deps: ContactDeps, id: string): Promise<ContactNeedRecord | null> {
  if (deps.viewer.kind === 'anonymous') throw unauthenticated();
  const need = await deps.contactNeedLoader.load(id);
  if (!need) return null;
  const requests = present(await deps.contactRequestLoader.loadMany(need.requestIds));
  if (!mayReadNeed(need, requests, deps.viewer, await callerIds(deps)))
    throw forbidden('Cette demande ne vous concerne pas.');
  return need;
}

/** The requests of a need the caller may see: all for its company, its own for a connecteur. */
export async function visibleRequests(
  deps: ContactDeps,
  need: ContactNeedRecord,
): Promise<ContactRequestRecord[]> {
  const requests = present(await deps.contactRequestLoader.loadMany(need.requestIds));
  const ids = await callerIds(deps);
  return requests.filter((r) => partyTo(r, deps.viewer, ids) !== null);
}

export async function allRequests(
  deps: ContactDeps,
  need: ContactNeedRecord,
): Promise<ContactRequestRecord[]> {
  return present(await deps.contactRequestLoader.loadMany(need.requestIds));
}

export async function myContactNeeds(
  deps: ContactDeps,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<ContactNeedRecord>> {
  const company = await requirePmeCompany(deps);
  const limit = pageSize(first);
  const scope = cursorScope('myContactNeeds', company.id);
  const page = await deps.contactStore.needsOfCompany(
    company.id,
    limit,
    after ? deps.cursors.decode(scope, after) : undefined,
  );
  return connectionOf(deps.cursors, scope, page, needPosition);
}

export async function contactInbox(
  deps: ContactDeps,
  rawStatuses: unknown,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<ContactRequestRecord>> {
  const viewer = requireRole(deps.viewer, 'CONNECTEUR');
  const statuses: ContactRequestStatus[] = [
    ...new Set(parseInput(contactStatusesInput, rawStatuses, ['statuses']) ?? []),
  ].sort();
  const connecteurId = connecteurIdOf(viewer.sub);
  const limit = pageSize(first);
  const scope = cursorScope('contactInbox', { connecteurId, statuses });
  const page = await deps.contactStore.inbox(
    connecteurId,
    statuses,
    limit,
    after ? deps.cursors.decode(scope, after) : undefined,
  );
  page.records.forEach((r) => deps.contactRequestLoader.prime(r.id, r));
  return connectionOf(deps.cursors, scope, page, inboxPosition);
}
