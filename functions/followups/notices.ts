import type { NotificationEvent } from '../shared/notifications.js';
import { addParisDays, addParisMonths, frenchDay, parisDay, startOfParisDay } from '../shared/paris-time.js';
import type { Notices, ReminderGuard } from '../shared/reminders.js';
import { FOLLOW_UP_MONTHS, FOLLOW_UP_WINDOW_DAYS } from './due.js';
import type { FollowRecord } from './records.js';

/**
 * Who is told what about a follow-up: the company of a proposal (with the connecteur's public name), the connecteur
 * of a consent given or withdrawn (no company named: once withdrawn, the connecteur may not read it any more), and
 * the connecteur when the six-month follow-up contact is due.
 */
export const COMPANY_FOLLOWS_LINK = '/entreprise/suivi';
const HOUR = 3_600_000;

export function followProposedNotices(next: FollowRecord, connecteurName: string): Notices {
  return {
    events: [
      {
        id: `follow:${next.companyId}:${next.connecteurId}:v${next.version}:proposed`,
        category: 'FOLLOW',
        recipient: { kind: 'COMPANY', companyId: next.companyId },
        title: 'Un connecteur vous propose un suivi',
        body: `${connecteurName} propose de suivre votre entreprise. Vous pouvez accepter ou refuser ; vous pourrez retirer votre consentement à tout moment.`,
        link: COMPANY_FOLLOWS_LINK,
      },
    ],
  };
}

/** Consent given or withdrawn (a decline is not told: the matrix lists consent only). */
export function followAnsweredNotices(next: FollowRecord): Notices {
  if (next.status !== 'ACTIVE' && next.status !== 'REVOKED') return {};
  const accepted = next.status === 'ACTIVE';
  const event: NotificationEvent = {
    id: `follow:${next.companyId}:${next.connecteurId}:v${next.version}:${accepted ? 'accepted' : 'revoked'}`,
    category: 'FOLLOW',
    recipient: { kind: 'CONNECTEUR', connecteurId: next.connecteurId },
    title: accepted ? 'Une entreprise accepte votre suivi' : 'Une entreprise retire son consentement',
    body: accepted
      ? 'Une entreprise a accepté votre proposition de suivi : son espace vous est ouvert.'
      : 'Une entreprise a retiré son consentement au suivi : son espace ne vous est plus accessible.',
    link: accepted ? `/connecteur/entreprises/${next.companyId}` : '/connecteur/entreprises',
  };
  return { events: [event] };
}

/**
 * The six-month follow-up contact, scheduled when the action plan starts for a company that has a diagnostic:
 * due at 8:00 in Paris on the day followUpContact (due.ts) names; it stands while the follow stays active with the
 * same plan and no meeting was noted within the window before that day.
 */
export function followUpDueNotices(
  follow: FollowRecord,
  diagnosedAt: string,
  guard: (windowOpens: string) => ReminderGuard,
): Notices {
  const start = [diagnosedAt, follow.actionPlanStartedAt ?? diagnosedAt].sort().at(-1)!;
  const dueOn = addParisMonths(parisDay(start), FOLLOW_UP_MONTHS);
  const id = `followup:${follow.companyId}:${follow.connecteurId}:${start}`;
  return {
    reminders: [
      {
        id,
        dueAt: new Date(startOfParisDay(dueOn).getTime() + 8 * HOUR).toISOString(),
        guard: guard(addParisDays(dueOn, -FOLLOW_UP_WINDOW_DAYS)),
        events: [
          {
            id,
            category: 'FOLLOW_UP_DUE',
            recipient: { kind: 'CONNECTEUR', connecteurId: follow.connecteurId },
            title: 'Point de suivi à six mois',
            body: `Le point de suivi à six mois d’une entreprise que vous accompagnez est dû le ${frenchDay(startOfParisDay(dueOn))}.`,
            link: `/connecteur/entreprises/${follow.companyId}`,
          },
        ],
      },
    ],
  };
}
