import type { NotificationRecipient } from '../shared/notifications.js';
import { frenchDay } from '../shared/paris-time.js';
import { afterDays, type Notices, type ReminderGuard } from '../shared/reminders.js';
import type { LabelRequestRecord } from './records.js';

/**
 * What a connecteur is told about its label: the moderators' decisions (always sent), and as a granted label nears
 * its end, 60 and 15 days before and when it expired. The reason shown is the one its profile shows it.
 */
export const LABEL_LINK = '/connecteur/profil';
export const LABEL_EXPIRY_NOTICES = [
  { key: 'expiry60', days: -60 },
  { key: 'expiry15', days: -15 },
  { key: 'expired', days: 0 },
] as const;

/** The label request just decided (the newest entry changed by a GRANT, REJECT or REVOKE), told to its connecteur. */
export function labelDecisionNotices(
  connecteurId: string,
  decided: LabelRequestRecord,
  guard: (expiresAt: string) => ReminderGuard,
  now: Date,
): Notices {
  const recipient: NotificationRecipient = { kind: 'CONNECTEUR', connecteurId };
  const id = `label:${connecteurId}:${decided.id}`;
  if (decided.status === 'GRANTED' && decided.expiresAt && decided.validUntil) {
    const until = frenchDay(decided.validUntil + 'T12:00:00Z');
    const expiresAt = decided.expiresAt;
    return {
      events: [
        {
          id: `${id}:granted`,
          category: 'LABEL_DECISION',
          recipient,
          title: 'Votre label de connecteur est accordé',
          body: `Votre label est valide jusqu’au ${until} inclus.`,
          link: LABEL_LINK,
        },
      ],
      reminders: LABEL_EXPIRY_NOTICES.filter(
        (n) => Date.parse(afterDays(expiresAt, n.days)) > now.getTime(),
      ).map((n) => ({
        id: `${id}:${n.key}`,
        dueAt: afterDays(expiresAt, n.days),
        guard: guard(expiresAt),
        events: [
          {
            id: `${id}:${n.key}`,
            category: 'LABEL_EXPIRY' as const,
            recipient,
            title:
              n.days === 0
                ? 'Votre label de connecteur a expiré'
                : `Votre label expire dans ${-n.days} jours`,
            body:
              n.days === 0
                ? `Votre label était valide jusqu’au ${until}. Vous pouvez en demander le renouvellement.`
                : `Votre label est valide jusqu’au ${until} inclus. Son renouvellement se demande après son échéance.`,
            link: LABEL_LINK,
          },
        ],
      })),
    };
  }
  const revoked = decided.status === 'REVOKED';
  if (!revoked && decided.status !== 'REJECTED') return {};
  return {
    events: [
      {
        id: `${id}:${revoked ? 'revoked' : 'rejected'}`,
        category: 'LABEL_DECISION',
        recipient,
        title: revoked ? 'Votre label de connecteur est retiré' : 'Votre demande de label est refusée',
        body: `Motif : ${decided.reason ?? 'non précisé'}`,
        link: LABEL_LINK,
      },
    ],
  };
}
