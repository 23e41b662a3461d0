import { describe, expect, it } from 'vitest';
import { codeOf, createTestApi, manualClock, type Caller } from '../support/api.js';
import { registerConnecteur, registerPme } from '../support/workspace.js';
import { typedCall } from '../support/typed.js';
import type { Attendance } from '../generated/graphql.js';
import * as doc from './documents.js';

const T0 = new Date('2026-11-26T10:00:00.000Z');
const clock = manualClock(T0);
const api = createTestApi({ clock });
const HOUR = 3600_000;
const at = (hoursFromT0: number) => new Date(T0.getTime() + hoursFromT0 * HOUR).toISOString();

const publish = (caller: Caller, slots: { startsAt: string; endsAt: string }[]) =>
  typedCall(api, doc.PublishSlots, { slots }, caller);
const book = (caller: Caller, slotId: string, topic = 'Créer notre site') =>
  typedCall(api, doc.Book, { id: slotId, topic }, caller);
const cancel = (caller: Caller, id: string) => typedCall(api, doc.Cancel, { id }, caller);
const attend = (caller: Caller, id: string, attendance: Attendance) =>
  typedCall(api, doc.RecordAttendance, { id, a: attendance }, caller);
const openSlots = async (connecteurId: string, caller: Caller) =>
  (await typedCall(api, doc.OpenSlots, { id: connecteurId }, caller)).data!.appointmentSlots.edges.map(
    (e) => e.node.id,
  );

describe('publishing slots', () => {
  it('publishes future slots in time order and refuses past, overlapping or odd ones', async () => {
    const connecteur = await registerConnecteur(api);
    const published = await publish(connecteur.caller, [
      { startsAt: at(48), endsAt: at(49) },
      { startsAt: '2026-11-27T11:00:00+01:00', endsAt: '2026-11-27T11:30:00+01:00' },
    ]);
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishAppointmentSlots.map((s) => [s.startsAt, s.status])).toEqual([
      ['2026-11-27T10:00:00.000Z', 'OPEN'],
      [at(48), 'OPEN'],
    ]);
    const cases: [{ startsAt: string; endsAt: string }[], (string | number)[]][] = [
      [[{ startsAt: at(-1), endsAt: at(0) }], ['slots', 0, 'startsAt']],
      [[{ startsAt: at(10), endsAt: at(10.1) }], ['slots', 0, 'endsAt']],
      [[{ startsAt: at(10), endsAt: at(20) }], ['slots', 0, 'endsAt']],
      [[{ startsAt: at(48.5), endsAt: at(49.5) }], ['slots', 0]],
      [
        [
          { startsAt: at(72), endsAt: at(73) },
          { startsAt: at(72.5), endsAt: at(73.5) },
        ],
        ['slots', 1],
      ],
      [[{ startsAt: 'demain', endsAt: at(30) }], ['slots', 0, 'startsAt']],
    ];
    for (const [slots, path] of cases) {
      const result = await publish(connecteur.caller, slots);
      expect(codeOf(result), JSON.stringify(slots)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields).toContainEqual(expect.objectContaining({ path }));
    }
    const pme = await registerPme(api);
    expect(codeOf(await publish(pme.caller, [{ startsAt: at(100), endsAt: at(101) }]))).toBe('FORBIDDEN');
  });
});

describe('booking', () => {
  it('books a slot at most once under 20 concurrent attempts: one wins, the others CONFLICT', async () => {
    const connecteur = await registerConnecteur(api);
    const slotId = (await publish(connecteur.caller, [{ startsAt: at(24), endsAt: at(25) }])).data!
      .publishAppointmentSlots[0]!.id;
    const pmes = await Promise.all(Array.from({ length: 20 }, () => registerPme(api)));
    const results = await Promise.all(pmes.map((p) => book(p.caller, slotId)));
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.map(codeOf).filter((c) => c === 'CONFLICT')).toHaveLength(19);
    expect(await openSlots(connecteur.id, pmes[0]!.caller)).toEqual([]);
    const booked = await typedCall(api, doc.BookedAndDashboard, {}, connecteur.caller);
    expect(booked.data!.myAppointments.edges).toEqual([
      { node: { id: winners[0]!.data!.bookAppointment.id, status: 'BOOKED' } },
    ]);
    expect(booked.data!.connecteurDashboard.appointmentsBooked).toBe(1);
  });

  it('lets either side cancel before it starts, which opens the slot again', async () => {
    const connecteur = await registerConnecteur(api);
    const slotId = (await publish(connecteur.caller, [{ startsAt: at(30), endsAt: at(31) }])).data!
      .publishAppointmentSlots[0]!.id;
    const pme = await registerPme(api);
    const first = (await book(pme.caller, slotId)).data!.bookAppointment;
    expect(first).toMatchObject({
      status: 'BOOKED',
      topic: 'Créer notre site',
      connecteur: { id: connecteur.id },
    });
    const stranger = await registerPme(api);
    expect(codeOf(await cancel(stranger.caller, first.id))).toBe('FORBIDDEN');
    expect(codeOf(await cancel((await registerConnecteur(api)).caller, first.id))).toBe('FORBIDDEN');
    expect((await cancel(pme.caller, first.id)).data!.cancelAppointment).toEqual({
      status: 'CANCELLED',
      cancelledBy: 'PME',
      cancellationReason: 'Empêchement',
    });
    expect(codeOf(await cancel(pme.caller, first.id))).toBe('CONFLICT');
    expect(await openSlots(connecteur.id, stranger.caller)).toEqual([slotId]);
    const second = (await book(stranger.caller, slotId)).data!.bookAppointment;
    expect((await cancel(connecteur.caller, second.id)).data!.cancelAppointment.cancelledBy).toBe(
      'CONNECTEUR',
    );
  });

  it('records attendance once it has started, by the connecteur only, counting appointments held', async () => {
    clock.set(T0);
    const connecteur = await registerConnecteur(api);
    const slots = (
      await publish(connecteur.caller, [
        { startsAt: at(2), endsAt: at(3) },
        { startsAt: at(4), endsAt: at(5) },
      ])
    ).data!.publishAppointmentSlots;
    const pme = await registerPme(api);
    const seen = (await book(pme.caller, slots[0]!.id)).data!.bookAppointment;
    expect(codeOf(await attend(connecteur.caller, seen.id, 'SEEN'))).toBe('CONFLICT');
    try {
      // One upcoming appointment per company and connecteur: the next once the first has started.
      clock.set(new Date(T0.getTime() + 2.5 * HOUR));
      const missed = (await book(pme.caller, slots[1]!.id)).data!.bookAppointment;
      clock.set(new Date(T0.getTime() + 6 * HOUR));
      expect(codeOf(await cancel(pme.caller, seen.id))).toBe('CONFLICT');
      expect(codeOf(await attend(pme.caller, seen.id, 'SEEN'))).toBe('FORBIDDEN');
      expect((await attend(connecteur.caller, seen.id, 'SEEN')).data!.recordAttendance.attendance).toBe(
        'SEEN',
      );
      expect((await attend(connecteur.caller, missed.id, 'SEEN')).data!.recordAttendance.attendance).toBe(
        'SEEN',
      );
      // A correction moves the count.
      expect((await attend(connecteur.caller, missed.id, 'NO_SHOW')).data!.recordAttendance.attendance).toBe(
        'NO_SHOW',
      );
      const dashboard = await typedCall(api, doc.Dashboard, {}, connecteur.caller);
      expect(dashboard.data!.connecteurDashboard).toEqual({ appointmentsHeld: 1, appointmentsBooked: 2 });
      const past = await typedCall(api, doc.PastAppointments, {}, pme.caller);
      expect(past.data!.myAppointments.edges.map((e) => e.node)).toEqual([
        { id: missed.id, attendance: 'NO_SHOW' },
        { id: seen.id, attendance: 'SEEN' },
      ]);
    } finally {
      clock.set(T0);
    }
  });

  it('refuses a past or unknown slot, and callers without a company', async () => {
    const connecteur = await registerConnecteur(api);
    const slotId = (await publish(connecteur.caller, [{ startsAt: at(1), endsAt: at(2) }])).data!
      .publishAppointmentSlots[0]!.id;
    const pme = await registerPme(api);
    expect(codeOf(await book(pme.caller, 'no-such-slot'))).toBe('NOT_FOUND');
    expect(codeOf(await book(connecteur.caller, slotId))).toBe('FORBIDDEN');
    expect(codeOf(await book(undefined, slotId))).toBe('UNAUTHENTICATED');
    clock.set(new Date(T0.getTime() + 1.5 * HOUR));
    try {
      expect(codeOf(await book(pme.caller, slotId))).toBe('CONFLICT');
    } finally {
      clock.set(T0);
    }
  });
});

describe('programme indicators', () => {
  it('are for moderators, by region and nationally, from running counters', async () => {
    const result = await typedCall(api, doc.RegionIndicators, {}, { role: 'MODERATOR', sub: 'moderator' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.programmeIndicators[0]).toMatchObject({ regionCode: '53', regionName: 'Bretagne' });
    expect(result.data!.programmeIndicators[0]!.appointmentsBooked).toBeGreaterThan(0);
    const all = await typedCall(api, doc.AllIndicators, {}, { role: 'MODERATOR', sub: 'moderator' });
    expect(all.data!.programmeIndicators[0]!.regionCode).toBe('FR');
    expect(all.data!.programmeIndicators.length).toBeGreaterThan(13);
    expect(
      codeOf(
        await typedCall(api, doc.AllIndicators, {}, { role: 'REGION_AGENT', sub: 'a', regionCode: '53' }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await typedCall(api, doc.UnknownRegionIndicators, {}, { role: 'MODERATOR', sub: 'm' })),
    ).toBe('BAD_USER_INPUT');
  });

  it('count the connecteurs declared and labelled in their region, a label until its last day', async () => {
    // Mayotte (06) connecteurs are this test's alone.
    const moderator: Caller = { role: 'MODERATOR', sub: 'moderator' };
    const counts = async () =>
      (await typedCall(api, doc.ConnecteurCounts, {}, moderator)).data!.programmeIndicators[0]!;
    expect(await counts()).toEqual({ connecteursDeclared: 0, connecteursLabelled: 0 });
    const labelled = await registerConnecteur(api, { communeCode: '97611' });
    await registerConnecteur(api, { communeCode: '97611' });
    await typedCall(api, doc.RequestLabel, {}, labelled.caller);
    const granted = await typedCall(api, doc.GrantLabel, { id: labelled.id }, moderator);
    expect(granted.data!.grantLabel.tier).toBe('LABELLED');
    expect(await counts()).toEqual({ connecteursDeclared: 2, connecteursLabelled: 1 });
    // A label is valid through its last day, Paris time (UTC+2 on 31 March 2027).
    clock.set(new Date('2027-03-31T21:59:59.000Z'));
    try {
      expect((await counts()).connecteursLabelled).toBe(1);
      clock.set(new Date('2027-03-31T22:00:00.000Z'));
      expect((await counts()).connecteursLabelled).toBe(0);
    } finally {
      clock.set(T0);
    }
    await typedCall(api, doc.RevokeLabel, { id: labelled.id }, moderator);
    expect(await counts()).toEqual({ connecteursDeclared: 2, connecteursLabelled: 0 });
  });
});
