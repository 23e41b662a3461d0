import { describe, expect, it } from 'vitest';
import { codeOf, createTestApi, manualClock, type Caller } from '../support/api.js';
import { registerConnecteur, registerPme } from '../support/workspace.js';
import { typedCall } from '../support/typed.js';
import * as doc from './documents.js';

// A PME may hold one upcoming appointment per connecteur: it cannot take every slot of a connecteur's agenda.
const T0 = new Date('2026-11-26T10:00:00.000Z');
const clock = manualClock(T0);
const api = createTestApi({ clock });
const HOUR = 3600_000;
const at = (hoursFromT0: number) => new Date(T0.getTime() + hoursFromT0 * HOUR).toISOString();

async function slotsOf(caller: Caller, hours: number[]): Promise<string[]> {
  const result = await typedCall(
    api,
    doc.PublishSlotIds,
    { slots: hours.map((h) => ({ startsAt: at(h), endsAt: at(h + 1) })) },
    caller,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.publishAppointmentSlots.map((s) => s.id);
}
const book = (caller: Caller, slotId: string) => typedCall(api, doc.BookWithoutTopic, { id: slotId }, caller);
const cancel = (caller: Caller, id: string) => typedCall(api, doc.CancelWithoutReason, { id }, caller);
const upcoming = async (caller: Caller) =>
  (await typedCall(api, doc.Upcoming, {}, caller)).data!.myAppointments.edges.filter(
    (e) => e.node.status === 'BOOKED',
  ).length;

describe('one upcoming appointment per company and connecteur', () => {
  it('lets one of many concurrent bookings of the same connecteur by one company commit', async () => {
    clock.set(T0);
    const connecteur = await registerConnecteur(api);
    const slots = await slotsOf(connecteur.caller, [24, 26, 28, 30, 32, 34, 36, 38]);
    const pme = await registerPme(api);
    const results = await Promise.all(slots.map((id) => book(pme.caller, id)));
    const booked = results.filter((r) => !r.errors);
    expect(booked).toHaveLength(1);
    for (const refused of results.filter((r) => r.errors)) expect(codeOf(refused)).toBe('CONFLICT');
    expect(await upcoming(pme.caller)).toBe(1);
    // The slots it did not get stay open to others.
    const other = await registerPme(api);
    const free = slots.find((_, i) => results[i]!.errors)!;
    expect((await book(other.caller, free)).errors).toBeUndefined();
  });

  it('frees the company to book again once its appointment is cancelled, or has started', async () => {
    clock.set(T0);
    const connecteur = await registerConnecteur(api);
    const [first, second, third] = await slotsOf(connecteur.caller, [24, 48, 72]);
    const pme = await registerPme(api);
    const held = await book(pme.caller, first!);
    expect(held.errors).toBeUndefined();
    const refused = await book(pme.caller, second!);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/déjà un rendez-vous à venir avec ce connecteur/);

    // Another connecteur is another agenda.
    const elsewhere = await registerConnecteur(api);
    const [otherSlot] = await slotsOf(elsewhere.caller, [24]);
    expect((await book(pme.caller, otherSlot!)).errors).toBeUndefined();

    expect((await cancel(pme.caller, held.data!.bookAppointment.id)).errors).toBeUndefined();
    const rebooked = await book(pme.caller, second!);
    expect(rebooked.errors).toBeUndefined();

    clock.set(at(48.5));
    expect((await book(pme.caller, third!)).errors).toBeUndefined();
  });
});
