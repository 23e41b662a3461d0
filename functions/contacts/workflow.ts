import type { ContactRequestStatus } from '../generated/resolvers-types.js';
import { conflict, forbidden } from '../shared/errors.js';
import type { ContactRequestRecord } from './records.js';

export type Actor = 'PME' | 'CONNECTEUR';

export const OPEN_STATUSES = [
  'PENDING',
  'TAKEN_IN_CHARGE',
] as const satisfies readonly ContactRequestStatus[];
export const CLOSED_STATUSES = [
  'DONE_HELP_PROPOSED',
  'DONE_NO_HELP',
  'DONE_UNREACHABLE',
  'NOT_FOR_ME',
] as const satisfies readonly ContactRequestStatus[];

export const CONTACT_STATUSES = [...OPEN_STATUSES, ...CLOSED_STATUSES] as const;

export const isClosed = (status: ContactRequestStatus) =>
  (CLOSED_STATUSES as readonly string[]).includes(status);

/** A closed request can be reopened this many times; then the PME sends a new need. */
export const MAX_REOPENINGS = 5;

/**
 * The request workflow (Place des Entreprises' matches): each row names the status reached, the statuses it may
 * be reached from and who may make the move. Going back to PENDING is the reopening of a closed request.
 */
export const REQUEST_TRANSITIONS: readonly {
  to: ContactRequestStatus;
  from: readonly ContactRequestStatus[];
  by: readonly Actor[];
}[] = [
  { to: 'TAKEN_IN_CHARGE', from: ['PENDING'], by: ['CONNECTEUR'] },
  { to: 'DONE_HELP_PROPOSED', from: ['TAKEN_IN_CHARGE'], by: ['CONNECTEUR'] },
  { to: 'DONE_NO_HELP', from: ['TAKEN_IN_CHARGE'], by: ['CONNECTEUR'] },
  { to: 'DONE_UNREACHABLE', from: ['TAKEN_IN_CHARGE'], by: ['CONNECTEUR'] },
  { to: 'NOT_FOR_ME', from: ['PENDING', 'TAKEN_IN_CHARGE'], by: ['CONNECTEUR'] },
  { to: 'PENDING', from: CLOSED_STATUSES, by: ['CONNECTEUR', 'PME'] },
];

/**
 * Account deletion (fired by privacy/ for the company): an open request closes as unreachable, since the company
 * cannot be reached any more. It is the company's move, not an answer: no first answer is credited to the
 * connecteur. A closed request keeps its status.
 */
export const REQUEST_ERASURE = {
  event: 'ERASE',
  from: OPEN_STATUSES,
  to: 'DONE_UNREACHABLE',
  by: 'PME',
} as const satisfies {
  event: 'ERASE';
  from: readonly ContactRequestStatus[];
  to: ContactRequestStatus;
  by: Actor;
};

/** The status an erasure leads to from `current`, or undefined when the request is already closed. */
export const erasureTransition = (current: ContactRequestStatus): ContactRequestStatus | undefined =>
  (REQUEST_ERASURE.from as readonly ContactRequestStatus[]).includes(current)
    ? REQUEST_ERASURE.to
    : undefined;

const STATUS_NAMES: Record<ContactRequestStatus, string> = {
  PENDING: 'en attente',
  TAKEN_IN_CHARGE: 'prise en charge',
  DONE_HELP_PROPOSED: 'clôturée (aide proposée)',
  DONE_NO_HELP: 'clôturée (pas d’aide possible)',
  DONE_UNREACHABLE: 'clôturée (entreprise injoignable)',
  NOT_FOR_ME: 'déclinée (pas pour moi)',
};

/**
 * Applies a move to a request: the actor must be allowed by the row, and the current status one of its sources.
 * The store writes the result under `status = :from AND version = :read`, so two concurrent moves cannot both win.
 */
export function applyRequestTransition(
  request: ContactRequestRecord,
  to: ContactRequestStatus,
  actor: { by: Actor; sub: string },
  now: Date,
  message?: string,
): ContactRequestRecord {
  const row = REQUEST_TRANSITIONS.find((t) => t.to === to)!;
  if (!row.by.includes(actor.by))
    throw forbidden(`Passer une demande au statut ${to} est réservé au connecteur destinataire.`);
  if (!row.from.includes(request.status)) {
    throw conflict(
      `Impossible de passer à « ${STATUS_NAMES[to]} » une demande ${STATUS_NAMES[request.status]}.`,
      {
        status: request.status,
      },
    );
  }
  const reopening = to === 'PENDING';
  if (reopening && request.reopenCount >= MAX_REOPENINGS)
    throw conflict(
      `Cette demande a déjà été rouverte ${MAX_REOPENINGS} fois : envoyez une nouvelle demande.`,
    );
  const at = now.toISOString();
  const answering = actor.by === 'CONNECTEUR' && !reopening;
  return {
    ...request,
    status: to,
    updatedAt: at,
    ...(reopening ? { pendingSince: at, reopenCount: request.reopenCount + 1 } : {}),
    ...(answering && !request.firstAnsweredAt ? { firstAnsweredAt: at } : {}),
    ...(to === 'TAKEN_IN_CHARGE' && !request.takenUpAt ? { takenUpAt: at } : {}),
    history: [
      ...request.history,
      { at, by: actor.by, sub: actor.sub, from: request.status, to, ...(message ? { message } : {}) },
    ],
    version: request.version + 1,
  };
}

/** A need's status is a roll-up of its requests by precedence: the most useful outcome wins. */
export const NEED_STATUS_PRECEDENCE: readonly ContactRequestStatus[] = [
  'DONE_HELP_PROPOSED',
  'TAKEN_IN_CHARGE',
  'PENDING',
  'DONE_NO_HELP',
  'DONE_UNREACHABLE',
  'NOT_FOR_ME',
];

export function needStatus(requests: readonly Pick<ContactRequestRecord, 'status'>[]): ContactRequestStatus {
  const present = new Set(requests.map((r) => r.status));
  return NEED_STATUS_PRECEDENCE.find((s) => present.has(s)) ?? 'PENDING';
}
