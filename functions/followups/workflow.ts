import type { ActionItemStatus, FollowStatus } from '../generated/resolvers-types.js';
import { conflict, forbidden } from '../shared/errors.js';

export type FollowEvent = 'PROPOSE' | 'ACCEPT' | 'DECLINE' | 'REVOKE';
type Actor = 'CONNECTEUR' | 'PME';

/** The follow workflow: a connecteur proposes, the PME consents or not, and may revoke its consent at any time. */
export const FOLLOW_TRANSITIONS: readonly {
  event: FollowEvent;
  from: readonly (FollowStatus | null)[];
  to: FollowStatus;
  by: Actor;
}[] = [
  { event: 'PROPOSE', from: [null, 'DECLINED', 'REVOKED'], to: 'PROPOSED', by: 'CONNECTEUR' },
  { event: 'ACCEPT', from: ['PROPOSED'], to: 'ACTIVE', by: 'PME' },
  { event: 'DECLINE', from: ['PROPOSED'], to: 'DECLINED', by: 'PME' },
  { event: 'REVOKE', from: ['ACTIVE'], to: 'REVOKED', by: 'PME' },
];

const FOLLOW_STATUS_NAMES: Record<FollowStatus, string> = {
  PROPOSED: 'proposé',
  ACTIVE: 'accepté',
  DECLINED: 'refusé',
  REVOKED: 'révoqué',
};

/** The status an event leads to from `current` (null: no follow yet), or the reason it cannot happen. */
export function followTransition(current: FollowStatus | null, event: FollowEvent, by: Actor): FollowStatus {
  const row = FOLLOW_TRANSITIONS.find((t) => t.event === event)!;
  if (row.by !== by) throw forbidden(`Seul le rôle ${row.by} peut faire cette action sur un suivi.`);
  if (!row.from.includes(current)) {
    throw conflict(
      current === null
        ? 'Aucun suivi proposé par ce connecteur.'
        : `Impossible : ce suivi est ${FOLLOW_STATUS_NAMES[current]}.`,
      { status: current },
    );
  }
  return row.to;
}

/** Action items move freely between open statuses; a closed one can be reopened. */
export const ACTION_ITEM_TRANSITIONS: Record<ActionItemStatus, readonly ActionItemStatus[]> = {
  TODO: ['IN_PROGRESS', 'DONE', 'DROPPED'],
  IN_PROGRESS: ['TODO', 'DONE', 'DROPPED'],
  DONE: ['IN_PROGRESS'],
  DROPPED: ['TODO'],
};

export function actionItemTransition(from: ActionItemStatus, to: ActionItemStatus): ActionItemStatus {
  if (from !== to && !ACTION_ITEM_TRANSITIONS[from].includes(to))
    throw conflict(`Une action ${from} ne peut pas passer à ${to}.`, { status: from });
  return to;
}
