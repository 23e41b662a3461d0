import { icsOf } from '../shared/icalendar.js';
import type {
  NotificationAttachment,
  NotificationEvent,
  NotificationRecipient,
} from '../shared/notifications.js';
import { frenchDateTime } from '../shared/paris-time.js';
import { after, type Notices, type ReminderGuard } from '../shared/reminders.js';
import type { AppointmentRecord } from './records.js';

/**
 * Who is told what about an appointment: both sides, at booking and cancellation (with the iCalendar object their
 * calendar reads), and the day before. Texts carry the time only: each side reads the other through the API.
 */
const DAY = 86_400_000;
export const CONNECTEUR_APPOINTMENTS_LINK = '/connecteur/rendez-vous';
export const COMPANY_APPOINTMENTS_LINK = '/entreprise/suivi';

type Side = { recipient: NotificationRecipient; link: string; key: 'connecteur' | 'company' };
const sides = (a: AppointmentRecord): Side[] => [
  {
    recipient: { kind: 'CONNECTEUR', connecteurId: a.connecteurId },
    link: CONNECTEUR_APPOINTMENTS_LINK,
    key: 'connecteur',
  },
  { recipient: { kind: 'COMPANY', companyId: a.companyId }, link: COMPANY_APPOINTMENTS_LINK, key: 'company' },
];

function calendar(a: AppointmentRecord, stamp: string, cancelled: boolean): NotificationAttachment {
  return {
    filename: 'rendez-vous.ics',
    contentType: `text/calendar; charset=utf-8; method=${cancelled ? 'CANCEL' : 'REQUEST'}`,
    content: icsOf({
      uid: `${a.id}@croissance-connectee`,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      summary: 'Rendez-vous Croissance Connectée',
      ...(a.topic && !cancelled ? { description: a.topic } : {}),
      stamp,
      sequence: cancelled ? 1 : 0,
      cancelled,
    }),
  };
}

/** Booked: both sides, with the event to add; the day before, both sides, while it stays booked. */
export function bookedNotices(a: AppointmentRecord, guard: ReminderGuard, now: Date): Notices {
  const when = frenchDateTime(a.startsAt);
  const ics = calendar(a, a.createdAt, false);
  const remindAt = after(a.startsAt, -DAY);
  return {
    events: sides(a).map((s): NotificationEvent => ({
      id: `appt:${a.id}:booked:${s.key}`,
      category: 'APPOINTMENT',
      recipient: s.recipient,
      title: `Rendez-vous réservé le ${when}`,
      body: `Un rendez-vous est réservé le ${when}. Le fichier joint l’ajoute à votre agenda.`,
      link: s.link,
      attachments: [ics],
    })),
    // Booked less than a day ahead: the booking's own notification is the reminder.
    reminders:
      Date.parse(remindAt) > now.getTime()
        ? [
            {
              id: `appt:${a.id}:eve`,
              dueAt: remindAt,
              guard,
              events: sides(a).map((s) => ({
                id: `appt:${a.id}:eve:${s.key}`,
                category: 'APPOINTMENT' as const,
                recipient: s.recipient,
                title: `Rappel : rendez-vous demain, le ${when}`,
                body: `Votre rendez-vous a lieu demain, le ${when}.`,
                link: s.link,
              })),
            },
          ]
        : [],
  };
}

/** Cancelled: both sides, with the cancellation their calendar applies. */
export function cancelledNotices(next: AppointmentRecord): Notices {
  const when = frenchDateTime(next.startsAt);
  const by = next.cancelledBy === 'CONNECTEUR' ? 'le connecteur' : 'l’entreprise';
  const ics = calendar(next, next.cancelledAt ?? next.createdAt, true);
  return {
    events: sides(next).map((s) => ({
      id: `appt:${next.id}:cancelled:${s.key}`,
      category: 'APPOINTMENT' as const,
      recipient: s.recipient,
      title: `Rendez-vous du ${when} annulé`,
      body: `Le rendez-vous du ${when} a été annulé par ${by}.`,
      link: s.link,
      attachments: [ics],
    })),
  };
}
