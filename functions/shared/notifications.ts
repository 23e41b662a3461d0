import { OUTBOX_KINDS, outboxPut } from './outbox.js';
import type { TransactPart } from './transactions.js';

/**
 * The contract between the domains that cause notifications and the notifications domain that delivers them
 * (functions/notifications/). A domain describes WHO must be told WHAT, in its own words (a company, a connecteur,
 * the agents of a region), and writes it as an outbox item in the same TransactWriteItems as the change: a rolled-back
 * change notifies nobody, a committed one always does. The notifier resolves the recipients to accounts, applies
 * their preferences, writes the in-app notification and sends the e-mail, once per notification id.
 */

/** Every category a person can be notified of; `always` ones cannot be turned off by e-mail preferences. */
export const NOTIFICATION_CATEGORIES = {
  CONTACT_REQUEST_RECEIVED: { always: false, label: 'Nouvelle demande de contact' },
  CONTACT_REQUEST_WAITING: { always: false, label: 'Demande de contact en attente' },
  CONTACT_REQUEST_REMINDER: { always: false, label: 'Relance d’une demande de contact' },
  CONTACT_REQUEST_ABANDONED: { always: false, label: 'Demande de contact abandonnée' },
  CONTACT_REQUEST_ANSWERED: { always: false, label: 'Réponse à votre demande de contact' },
  CONTACT_MESSAGE: { always: false, label: 'Message sur une demande de contact' },
  FOLLOW: { always: false, label: 'Suivi par un connecteur' },
  FOLLOW_UP_DUE: { always: false, label: 'Point de suivi à six mois' },
  APPOINTMENT: { always: false, label: 'Rendez-vous' },
  LABEL_DECISION: { always: true, label: 'Décision sur votre label' },
  LABEL_EXPIRY: { always: false, label: 'Échéance de votre label' },
  SUBSIDY_RECEIPT: { always: true, label: 'Accusé de réception d’un dossier' },
  SUBSIDY_SUBMITTED: { always: false, label: 'Dossiers déposés (agents)' },
  SUBSIDY_ATTESTATION_REQUESTED: { always: false, label: 'Attestation demandée' },
  SUBSIDY_DECISION: { always: true, label: 'Décision sur un dossier de chèque numérique' },
  SUBSIDY_SURVEY_DUE: { always: false, label: 'Enquête à un an' },
  SUBSIDY_WAITING: { always: false, label: 'Dossiers en attente de décision (agents)' },
  REVIEW_DECISION: { always: false, label: 'Modération de votre avis' },
  REVIEW_PUBLISHED: { always: false, label: 'Nouvel avis sur votre fiche' },
  MODERATION_PENDING: { always: false, label: 'Contributions à modérer' },
  TESTIMONIAL_AGREEMENT: { always: false, label: 'Témoignage à valider' },
} as const satisfies Record<string, { always: boolean; label: string }>;

export type NotificationCategory = keyof typeof NOTIFICATION_CATEGORIES;

/** Who is told, in the words of the domain that knows; the notifier resolves each to the accounts behind it. */
export type NotificationRecipient =
  | { kind: 'ACCOUNT'; sub: string }
  | { kind: 'COMPANY'; companyId: string }
  | { kind: 'CONNECTEUR'; connecteurId: string }
  | { kind: 'PROVIDER'; providerId: string }
  | { kind: 'REGION_AGENTS'; regionCode: string }
  | { kind: 'MODERATORS' };

export type NotificationAttachment = { filename: string; contentType: string; content: string };

/**
 * One notification. `id` is deterministic per cause (the request and its new status, the reminder and its due date):
 * written twice, it is one notification. `title`, `body` and `link` are French, already free of anything the
 * recipient could not read through the API; `link` is a path of the web app where the recipient acts.
 */
export type NotificationEvent = {
  id: string;
  category: NotificationCategory;
  recipient: NotificationRecipient;
  title: string;
  body: string;
  link: string;
  attachments?: NotificationAttachment[];
};

/** The transaction part that makes one notification happen once the change it belongs to commits. */
export function notificationPart(
  event: NotificationEvent,
  where: { tableName: string; at: string },
): TransactPart {
  return outboxPut(OUTBOX_KINDS.notification, event, `NOTIFY#${event.id}`, where);
}
