import { describe, expect, it } from 'vitest';
import { codeOf, createTestApi, manualClock, type Caller } from '../support/api.js';
import { remindersAbout, sweepAt, watchNotifications } from '../support/notifications.js';
import { registerConnecteur, registerPme } from '../support/workspace.js';
import { graphql } from '../generated/gql.js';
import { typedCall } from '../support/typed.js';

// A year of its own: the sweeps of this file see only the reminders this file wrote (their window is 7 days).
const T0 = new Date('2033-05-10T08:00:00.000Z');
const clock = manualClock(T0);
const api = createTestApi({ clock });
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const plus = (at: string | Date, ms: number) => new Date(new Date(at).getTime() + ms);
const moderator: Caller = { role: 'MODERATOR', sub: 'moderator-notifications' };

const PublishSlots = graphql(`
  mutation NotificationsPublishSlots($slots: [AppointmentSlotInput!]!) {
    publishAppointmentSlots(slots: $slots) {
      id
    }
  }
`);
const Book = graphql(`
  mutation NotificationsBookAppointment($id: ID!) {
    bookAppointment(slotId: $id) {
      id
      startsAt
    }
  }
`);
const Cancel = graphql(`
  mutation NotificationsCancelAppointment($id: ID!) {
    cancelAppointment(id: $id) {
      status
    }
  }
`);
const RequestLabel = graphql(`
  mutation NotificationsRequestLabel {
    requestLabel {
      id
    }
  }
`);
const GrantLabel = graphql(`
  mutation NotificationsGrantLabel($id: ID!, $until: Date!) {
    grantLabel(connecteurId: $id, validUntil: $until) {
      id
    }
  }
`);
const RejectLabelRequest = graphql(`
  mutation NotificationsRejectLabelRequest($id: ID!) {
    rejectLabelRequest(connecteurId: $id, reason: "Charte non respectée") {
      id
    }
  }
`);
const RevokeLabel = graphql(`
  mutation NotificationsRevokeLabel($id: ID!) {
    revokeLabel(connecteurId: $id, reason: "Charte non respectée") {
      id
    }
  }
`);

const publish = (caller: Caller, startsAt: string) =>
  typedCall(api, PublishSlots, { slots: [{ startsAt, endsAt: plus(startsAt, HOUR).toISOString() }] }, caller);
const book = (caller: Caller, slotId: string) => typedCall(api, Book, { id: slotId }, caller);
const cancel = (caller: Caller, id: string) => typedCall(api, Cancel, { id }, caller);

/** A slot of a fresh connecteur, starting `hours` after T0, and a fresh PME. */
async function slot(hours: number) {
  clock.set(T0);
  const connecteur = await registerConnecteur(api);
  const pme = await registerPme(api);
  const startsAt = plus(T0, hours * HOUR).toISOString();
  const published = await publish(connecteur.caller, startsAt);
  expect(published.errors).toBeUndefined();
  const about = [connecteur.id, pme.companyId];
  return { connecteur, pme, startsAt, slotId: published.data!.publishAppointmentSlots[0]!.id, about };
}

const bothSides = (connecteurId: string, companyId: string) => [
  { to: `COMPANY:${companyId}`, category: 'APPOINTMENT', link: '/entreprise/suivi' },
  { to: `CONNECTEUR:${connecteurId}`, category: 'APPOINTMENT', link: '/connecteur/rendez-vous' },
];

describe('appointments: both sides are told, with the calendar event', () => {
  it('booked: both sides with an .ics to add; the day before: both sides, once', async () => {
    const { connecteur, pme, startsAt, slotId, about } = await slot(72);
    const watch = await watchNotifications(about);
    expect((await book(pme.caller, slotId)).errors).toBeUndefined();
    const booked = await watch.events();
    expect(await watch.news()).toEqual(bothSides(connecteur.id, pme.companyId));
    for (const event of booked) {
      expect(event.attachments).toHaveLength(1);
      expect(event.attachments![0]!.contentType).toContain('text/calendar');
      expect(event.attachments![0]!.content).toContain('METHOD:REQUEST\r\n');
      expect(event.attachments![0]!.content).toContain(
        `DTSTART:${startsAt.replace(/[-:]/g, '').replace('.000', '')}`,
      );
    }
    // A second PME cannot book the same slot: refused, nobody told.
    const other = await registerPme(api);
    const again = await watchNotifications([other.companyId, connecteur.id]);
    expect(codeOf(await book(other.caller, slotId))).toBe('CONFLICT');
    expect((await again.events()).filter((e) => !booked.some((b) => b.id === e.id))).toEqual([]);

    await sweepAt(plus(startsAt, -DAY - 1));
    expect(await watch.events()).toHaveLength(2);
    await sweepAt(plus(startsAt, -DAY));
    await sweepAt(plus(startsAt, -DAY + 1));
    expect(await watch.news()).toEqual(
      [...bothSides(connecteur.id, pme.companyId), ...bothSides(connecteur.id, pme.companyId)].sort((a, b) =>
        JSON.stringify(a).localeCompare(JSON.stringify(b)),
      ),
    );
  });

  it('cancelled: both sides with the cancellation for their calendar; no reminder the day before', async () => {
    const { connecteur, pme, startsAt, slotId, about } = await slot(96);
    const booked = await book(pme.caller, slotId);
    const watch = await watchNotifications(about);
    expect((await cancel(connecteur.caller, booked.data!.bookAppointment.id)).errors).toBeUndefined();
    const cancelled = await watch.events();
    expect(await watch.news()).toEqual(bothSides(connecteur.id, pme.companyId));
    for (const event of cancelled) expect(event.attachments![0]!.content).toContain('METHOD:CANCEL\r\n');
    await sweepAt(plus(startsAt, -DAY + 1));
    expect(await watch.events()).toHaveLength(2);
    expect(await remindersAbout(about)).toEqual([]);
  });
});

async function requested() {
  clock.set(T0);
  const connecteur = await registerConnecteur(api);
  expect((await typedCall(api, RequestLabel, {}, connecteur.caller)).errors).toBeUndefined();
  return { ...connecteur, watch: await watchNotifications([connecteur.id]) };
}
const grant = (id: string, until: string) => typedCall(api, GrantLabel, { id, until }, moderator);
const decide = (mutation: 'rejectLabelRequest' | 'revokeLabel', id: string) =>
  mutation === 'rejectLabelRequest'
    ? typedCall(api, RejectLabelRequest, { id }, moderator)
    : typedCall(api, RevokeLabel, { id }, moderator);

describe('labels: the connecteur is told of decisions and of its label’s end', () => {
  const row = (id: string, category: string) => ({
    to: `CONNECTEUR:${id}`,
    category,
    link: '/connecteur/profil',
  });

  it('granted, then 60 and 15 days before its end and once expired, each once', async () => {
    const c = await requested();
    expect(codeOf(await grant(c.id, '2033-01-01'))).toBe('BAD_USER_INPUT');
    expect(await c.watch.news()).toEqual([]);
    expect((await grant(c.id, '2033-12-31')).errors).toBeUndefined();
    expect(await c.watch.news()).toEqual([row(c.id, 'LABEL_DECISION')]);
    // Valid through 31 December in Paris: it ends at midnight in Paris, 23:00 UTC.
    const end = '2033-12-31T23:00:00.000Z';
    let expected = [row(c.id, 'LABEL_DECISION')];
    for (const days of [60, 15, 0]) {
      await sweepAt(plus(end, -days * DAY - 1));
      expect(await c.watch.news()).toEqual(expected);
      await sweepAt(plus(end, -days * DAY));
      await sweepAt(plus(end, -days * DAY + HOUR));
      expected = [...expected, row(c.id, 'LABEL_EXPIRY')];
      expect(await c.watch.news()).toEqual(expected);
    }
  });

  it('rejected, or revoked (then nothing about its end): told, always', async () => {
    const rejected = await requested();
    expect((await decide('rejectLabelRequest', rejected.id)).errors).toBeUndefined();
    expect(await rejected.watch.news()).toEqual([row(rejected.id, 'LABEL_DECISION')]);

    const revoked = await requested();
    expect((await grant(revoked.id, '2034-03-31')).errors).toBeUndefined();
    expect((await decide('revokeLabel', revoked.id)).errors).toBeUndefined();
    expect(await revoked.watch.news()).toEqual([
      row(revoked.id, 'LABEL_DECISION'),
      row(revoked.id, 'LABEL_DECISION'),
    ]);
    const events = await revoked.watch.events();
    expect(events.map((e) => e.title).sort()).toEqual([
      'Votre label de connecteur est accordé',
      'Votre label de connecteur est retiré',
    ]);
    await sweepAt('2034-03-31T22:00:00.000Z');
    expect(await revoked.watch.events()).toHaveLength(2);
  });
});
