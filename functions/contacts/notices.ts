import type { ContactRequestStatus } from '../generated/resolvers-types.js';
import type { NotificationEvent, NotificationRecipient } from '../shared/notifications.js';
import { after, type DueReminder, type Notices, type ReminderGuard } from '../shared/reminders.js';
import { ABANDONED_MS, FIRST_REMINDER_MS, LATE_AFTER_MS, SECOND_REMINDER_MS } from './deadlines.js';
import type { ContactRequestRecord } from './records.js';

/**
 * Who is told what about a contact request (docs/data-model.md, "Notifications: emission"). Texts name no company:
 * the connecteur reads the company through the request itself; the PME reads the connecteur's public profile.
 */
const HOUR = 3_600_000;
export const WAITING_AFTER_MS = 24 * HOUR;

export const connecteurRequestLink = (r: ContactRequestRecord) => `/connecteur/demandes/${r.id}`;
export const companyNeedLink = (r: ContactRequestRecord) => `/entreprise/demandes/${r.needId}`;

const toConnecteur = (r: ContactRequestRecord): NotificationRecipient => ({
  kind: 'CONNECTEUR',
  connecteurId: r.connecteurId,
});
const toCompany = (r: ContactRequestRecord): NotificationRecipient => ({
  kind: 'COMPANY',
  companyId: r.companyId,
});

const ANSWERS: Partial<Record<ContactRequestStatus, { title: string; body: string }>> = {
  TAKEN_IN_CHARGE: {
    title: 'Votre demande est prise en charge',
    body: 'Un connecteur a pris en charge votre demande de contact et va revenir vers vous.',
  },
  DONE_HELP_PROPOSED: {
    title: 'Votre demande a reçu une réponse',
    body: 'Le connecteur a clôturé votre demande en vous proposant un accompagnement.',
  },
  DONE_NO_HELP: {
    title: 'Votre demande a reçu une réponse',
    body: 'Le connecteur a clôturé votre demande sans accompagnement à vous proposer.',
  },
  DONE_UNREACHABLE: {
    title: 'Le connecteur n’a pas pu vous joindre',
    body: 'Le connecteur a clôturé votre demande faute d’avoir pu vous joindre. Vous pouvez la rouvrir.',
  },
  NOT_FOR_ME: {
    title: 'Votre demande a été déclinée',
    body: 'Le connecteur ne peut pas traiter votre demande. Vous pouvez l’adresser à un autre connecteur.',
  },
};

/** The request arrived (sent, or reopened by the PME): the connecteur is told, and its deadlines are scheduled. */
export function requestWaitingNotices(r: ContactRequestRecord, guard: ReminderGuard): Notices {
  const wait = `creq:${r.id}:${r.pendingSince}`;
  const received: NotificationEvent = {
    id: `${wait}:received`,
    category: 'CONTACT_REQUEST_RECEIVED',
    recipient: toConnecteur(r),
    title: r.reopenCount > 0 ? 'Une demande de contact est rouverte' : 'Nouvelle demande de contact',
    body: 'Une entreprise attend votre réponse : la norme de service est une première réponse sous 48 heures.',
    link: connecteurRequestLink(r),
  };
  const reminder = (
    boundary: string,
    ms: number,
    event: Omit<NotificationEvent, 'id' | 'link' | 'recipient'>,
    toPme = false,
  ): DueReminder => ({
    id: `${wait}:${boundary}`,
    dueAt: after(r.pendingSince, ms),
    guard,
    events: [
      {
        ...event,
        id: `${wait}:${boundary}`,
        recipient: toPme ? toCompany(r) : toConnecteur(r),
        link: toPme ? '/entreprise/demandes/nouvelle' : connecteurRequestLink(r),
      },
    ],
  });
  return {
    events: [received],
    reminders: [
      reminder('24h', WAITING_AFTER_MS, {
        category: 'CONTACT_REQUEST_WAITING',
        title: 'Une demande de contact attend depuis 24 heures',
        body: 'Une entreprise attend votre première réponse depuis 24 heures : il reste 24 heures pour respecter la norme de service.',
      }),
      reminder('48h', LATE_AFTER_MS, {
        category: 'CONTACT_REQUEST_WAITING',
        title: 'Demande de contact en retard',
        body: 'Une entreprise attend votre première réponse depuis plus de 48 heures.',
      }),
      reminder('day9', FIRST_REMINDER_MS, {
        category: 'CONTACT_REQUEST_REMINDER',
        title: 'Relance : une demande attend depuis 9 jours',
        body: 'Une entreprise attend votre réponse depuis 9 jours. Prenez-la en charge ou indiquez qu’elle n’est pas pour vous.',
      }),
      reminder('day21', SECOND_REMINDER_MS, {
        category: 'CONTACT_REQUEST_REMINDER',
        title: 'Seconde relance : une demande attend depuis 21 jours',
        body: 'Une entreprise attend votre réponse depuis 21 jours. Sans réponse au 45e jour, la demande sera considérée comme abandonnée.',
      }),
      reminder(
        'day45',
        ABANDONED_MS,
        {
          category: 'CONTACT_REQUEST_ABANDONED',
          title: 'Votre demande de contact est restée sans réponse',
          body: 'Le connecteur n’a pas répondu depuis 45 jours. D’autres connecteurs de votre territoire peuvent vous accompagner : adressez-leur votre besoin.',
        },
        true,
      ),
    ],
  };
}

/** The connecteur answered (taken in charge, closed, not for me): the PME is told. */
export function requestAnsweredNotices(next: ContactRequestRecord): Notices {
  const text = ANSWERS[next.status];
  if (!text) return {};
  return {
    events: [
      {
        id: `creq:${next.id}:v${next.version}:${next.status}`,
        category: 'CONTACT_REQUEST_ANSWERED',
        recipient: toCompany(next),
        ...text,
        link: companyNeedLink(next),
      },
    ],
  };
}
