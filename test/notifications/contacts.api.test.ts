import { describe, expect, it } from 'vitest';
import { codeOf, createTestApi, manualClock, type Caller } from '../support/api.js';
import { remindersAbout, sweepAt, watchNotifications } from '../support/notifications.js';
import { registerConnecteur, registerPme } from '../support/workspace.js';
import { graphql } from '../generated/gql.js';
import type { ContactRequestStatus } from '../generated/graphql.js';
import { typedCall } from '../support/typed.js';

// A year of its own: the sweeps of this file see only the reminders this file wrote (their window is 7 days).
const T0 = new Date('2031-03-03T09:00:00.000Z');
const clock = manualClock(T0);
const api = createTestApi({ clock });
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(T0.getTime() + ms);
const plus = (from: Date, ms: number) => new Date(from.getTime() + ms);

const Send = graphql(`
  mutation NotificationsSendContactRequest($input: SendContactRequestInput!) {
    sendContactRequest(input: $input) {
      id
      requests {
        id
        connecteur {
          id
        }
      }
    }
  }
`);
const Answer = graphql(`
  mutation NotificationsAnswerContactRequest($id: ID!, $status: ContactRequestStatus!) {
    answerContactRequest(id: $id, status: $status) {
      id
      status
    }
  }
`);
const Reopen = graphql(`
  mutation NotificationsReopenContactRequest($id: ID!) {
    reopenContactRequest(id: $id) {
      id
      status
    }
  }
`);

const send = (pme: Caller, connecteurIds: string[]) =>
  typedCall(
    api,
    Send,
    { input: { connecteurIds, need: 'Nous voulons vendre en ligne.', themes: ['ECOMMERCE_WEBSITE'] } },
    pme,
  );
const answer = (caller: Caller, id: string, status: ContactRequestStatus) =>
  typedCall(api, Answer, { id, status }, caller);
const reopen = (caller: Caller, id: string) => typedCall(api, Reopen, { id }, caller);

/** A need sent now by a fresh PME to fresh connecteurs. */
async function sent(connecteurs = 1) {
  const pme = await registerPme(api);
  const cs = await Promise.all(Array.from({ length: connecteurs }, () => registerConnecteur(api)));
  const watch = await watchNotifications([pme.companyId, ...cs.map((c) => c.id)]);
  const result = await send(
    pme.caller,
    cs.map((c) => c.id),
  );
  expect(result.errors).toBeUndefined();
  const need = result.data!.sendContactRequest;
  const requestOf = (c: { id: string }) => need.requests.find((r) => r.connecteur.id === c.id)!.id;
  return { pme, cs, need, watch, requestOf, about: [pme.companyId, ...cs.map((c) => c.id)] };
}

describe('contact requests: who is told', () => {
  it('a need sent tells each connecteur addressed, on the page of its request, and no one else', async () => {
    clock.set(T0);
    const { cs, watch, requestOf } = await sent(2);
    expect(await watch.news()).toEqual(
      cs
        .map((c) => ({
          to: `CONNECTEUR:${c.id}`,
          category: 'CONTACT_REQUEST_RECEIVED',
          link: `/connecteur/demandes/${requestOf(c)}`,
        }))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    );
  });

  it('a refused need tells no one and schedules nothing', async () => {
    clock.set(T0);
    const pme = await registerPme(api);
    const closed = await registerConnecteur(api, { acceptsNewPmes: false });
    const watch = await watchNotifications([pme.companyId, closed.id]);
    expect(codeOf(await send(pme.caller, [closed.id]))).toBe('BAD_USER_INPUT');
    expect(await watch.news()).toEqual([]);
    expect(await remindersAbout([pme.companyId, closed.id])).toEqual([]);
  });

  it('taken in charge, answered, not for me: the PME is told on the page of its need; a refused move tells no one', async () => {
    clock.set(T0);
    const { pme, cs, need, requestOf } = await sent(2);
    const [a, b] = cs as [(typeof cs)[0], (typeof cs)[0]];
    const watch = await watchNotifications([pme.companyId, a.id, b.id]);
    const toPme = {
      to: `COMPANY:${pme.companyId}`,
      category: 'CONTACT_REQUEST_ANSWERED',
      link: `/entreprise/demandes/${need.id}`,
    };

    expect(codeOf(await answer(b.caller, requestOf(a), 'TAKEN_IN_CHARGE'))).toBe('FORBIDDEN');
    expect(await watch.news()).toEqual([]);

    expect((await answer(a.caller, requestOf(a), 'TAKEN_IN_CHARGE')).errors).toBeUndefined();
    expect((await answer(a.caller, requestOf(a), 'DONE_HELP_PROPOSED')).errors).toBeUndefined();
    expect((await answer(b.caller, requestOf(b), 'NOT_FOR_ME')).errors).toBeUndefined();
    expect(await watch.news()).toEqual([toPme, toPme, toPme]);
  });

  it('of two concurrent answers, each committed one notifies once and a rolled-back one not at all', async () => {
    clock.set(T0);
    const { pme, cs, requestOf, about } = await sent(1);
    const watch = await watchNotifications(about);
    const answers = await Promise.all([
      answer(cs[0]!.caller, requestOf(cs[0]!), 'TAKEN_IN_CHARGE'),
      answer(cs[0]!.caller, requestOf(cs[0]!), 'NOT_FOR_ME'),
    ]);
    // Both may commit when one reads after the other's write (TAKEN_IN_CHARGE then NOT_FOR_ME is a legal path):
    // what must hold is one notification per committed answer, none for a rolled-back one.
    const refused = answers.map(codeOf).filter(Boolean);
    expect(refused.every((code) => code === 'CONFLICT')).toBe(true);
    const news = await watch.events();
    expect(news).toHaveLength(answers.length - refused.length);
    for (const event of news) expect(event.recipient).toEqual({ kind: 'COMPANY', companyId: pme.companyId });
  });
});

describe('contact requests: reminders at their boundaries', () => {
  it('24 h, 48 h, day 9 and 21 to the connecteur, day 45 to the PME; each once, whatever the number of sweeps', async () => {
    clock.set(T0);
    const { pme, cs, requestOf, about } = await sent(1);
    const c = cs[0]!;
    const watch = await watchNotifications(about);
    const toConnecteur = (category: string) => ({
      to: `CONNECTEUR:${c.id}`,
      category,
      link: `/connecteur/demandes/${requestOf(c)}`,
    });
    const boundaries: [number, object][] = [
      [24 * HOUR, toConnecteur('CONTACT_REQUEST_WAITING')],
      [48 * HOUR, toConnecteur('CONTACT_REQUEST_WAITING')],
      [9 * DAY, toConnecteur('CONTACT_REQUEST_REMINDER')],
      [21 * DAY, toConnecteur('CONTACT_REQUEST_REMINDER')],
      [
        45 * DAY,
        {
          to: `COMPANY:${pme.companyId}`,
          category: 'CONTACT_REQUEST_ABANDONED',
          link: '/entreprise/demandes/nouvelle',
        },
      ],
    ];
    let expected: object[] = [];
    for (const [boundary, row] of boundaries) {
      await sweepAt(at(boundary - 1));
      expect(await watch.news()).toEqual(expected);
      await sweepAt(at(boundary));
      await sweepAt(at(boundary + 1));
      expected = [...expected, row].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
      expect(await watch.news()).toEqual(expected);
    }
    expect(await remindersAbout(about)).toEqual([]);
  });

  it('an answer before 24 h cancels the reminders; a reopening by the PME tells the connecteur and counts again', async () => {
    clock.set(T0);
    const { pme, cs, requestOf, about } = await sent(1);
    const c = cs[0]!;
    clock.set(at(HOUR));
    expect((await answer(c.caller, requestOf(c), 'NOT_FOR_ME')).errors).toBeUndefined();
    const watch = await watchNotifications(about);
    await sweepAt(at(46 * DAY));
    expect(await watch.news()).toEqual([]);

    clock.set(at(46 * DAY + HOUR));
    expect((await reopen(pme.caller, requestOf(c))).errors).toBeUndefined();
    const received = {
      to: `CONNECTEUR:${c.id}`,
      category: 'CONTACT_REQUEST_RECEIVED',
      link: `/connecteur/demandes/${requestOf(c)}`,
    };
    expect(await watch.news()).toEqual([received]);
    await sweepAt(at(47 * DAY + HOUR));
    expect(await watch.news()).toEqual([received, { ...received, category: 'CONTACT_REQUEST_WAITING' }]);
  });

  it('two sweeps at the same instant send a reminder once', async () => {
    // Alone in its 7-day window: only this request's 24 h reminder is due then.
    const start = at(200 * DAY);
    clock.set(start);
    const { about } = await sent(1);
    const due = plus(start, 24 * HOUR);
    const watch = await watchNotifications(about);
    const reports = [...(await Promise.all([sweepAt(due), sweepAt(due)])), await sweepAt(due)];
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(1);
    expect((await watch.news()).map((r) => r.category)).toEqual(['CONTACT_REQUEST_WAITING']);
  });
});
