import { describe, expect, it } from 'vitest';
import { codeOf, createTestApi, manualClock, uniqueId, type Caller } from '../support/api.js';
import { registerConnecteur, registerPme } from '../support/workspace.js';
import { typedCall } from '../support/typed.js';
import type { ContactRequestStatus } from '../generated/graphql.js';
import * as doc from './documents.js';

const T0 = new Date('2026-11-26T10:00:00.000Z');
const clock = manualClock(T0);
const api = createTestApi({ clock });
const HOUR = 3600_000;
const DAY = 24 * HOUR;

async function send(
  pme: Caller,
  connecteurIds: string[],
  need = 'Nous voulons vendre nos produits en ligne.',
) {
  return typedCall(api, doc.SendNeed, { input: { connecteurIds, need, themes: ['ECOMMERCE_WEBSITE'] } }, pme);
}

const answer = (caller: Caller, id: string, status: ContactRequestStatus, message?: string) =>
  typedCall(api, doc.AnswerRequest, { id, status, message }, caller);
const reopen = (caller: Caller, id: string) => typedCall(api, doc.ReopenRequest, { id }, caller);
const readRequest = (caller: Caller, id: string) => typedCall(api, doc.ReadRequest, { id }, caller);

/** A PME's need sent to one fresh connecteur: the request's id and both parties. */
async function oneRequest(
  parties: {
    pme?: Awaited<ReturnType<typeof registerPme>>;
    connecteur?: Awaited<ReturnType<typeof registerConnecteur>>;
  } = {},
) {
  const pme = parties.pme ?? (await registerPme(api));
  const connecteur = parties.connecteur ?? (await registerConnecteur(api));
  const sent = await send(pme.caller, [connecteur.id]);
  expect(sent.errors).toBeUndefined();
  return {
    pme,
    connecteur,
    need: sent.data!.sendContactRequest,
    id: sent.data!.sendContactRequest.requests[0]!.id,
  };
}

/** Moves a fresh request to `status` by legal steps. */
async function requestIn(status: ContactRequestStatus, parties: Parameters<typeof oneRequest>[0] = {}) {
  const fixture = await oneRequest(parties);
  const path: Record<ContactRequestStatus, ContactRequestStatus[]> = {
    PENDING: [],
    TAKEN_IN_CHARGE: ['TAKEN_IN_CHARGE'],
    DONE_HELP_PROPOSED: ['TAKEN_IN_CHARGE', 'DONE_HELP_PROPOSED'],
    DONE_NO_HELP: ['TAKEN_IN_CHARGE', 'DONE_NO_HELP'],
    DONE_UNREACHABLE: ['TAKEN_IN_CHARGE', 'DONE_UNREACHABLE'],
    NOT_FOR_ME: ['NOT_FOR_ME'],
  };
  for (const step of path[status])
    expect((await answer(fixture.connecteur.caller, fixture.id, step)).errors).toBeUndefined();
  return fixture;
}

describe('sending a need', () => {
  it('creates one pending request per connecteur, the need rolled up from them', async () => {
    const pme = await registerPme(api);
    const a = await registerConnecteur(api);
    const b = await registerConnecteur(api);
    const sent = await send(pme.caller, [a.id, b.id]);
    expect(sent.data!.sendContactRequest).toMatchObject({
      status: 'PENDING',
      themes: ['ECOMMERCE_WEBSITE'],
      deadline: { state: 'ON_TIME' },
    });
    const needId = sent.data!.sendContactRequest.id;
    const requests = sent.data!.sendContactRequest.requests;
    expect(requests.map((r) => [r.connecteur.id, r.status])).toEqual([
      [a.id, 'PENDING'],
      [b.id, 'PENDING'],
    ]);
    const taken = await answer(a.caller, requests[0]!.id, 'TAKEN_IN_CHARGE');
    expect(taken.errors).toBeUndefined();
    await answer(b.caller, requests[1]!.id, 'NOT_FOR_ME');
    const need = await typedCall(api, doc.ReadNeed, { id: needId }, pme.caller);
    expect(need.data!.contactNeed).toMatchObject({
      status: 'TAKEN_IN_CHARGE',
      deadline: { state: 'ANSWERED' },
    });
    // A connecteur sees the need, but only its own request.
    const seenByA = await typedCall(api, doc.NeedSeenByConnecteur, { id: needId }, a.caller);
    expect(seenByA.data!.contactNeed!.requests.map((r) => r.id)).toEqual([requests[0]!.id]);
    expect(seenByA.data!.contactNeed!.company.id).toBe(pme.companyId);
    const mine = await typedCall(api, doc.MyNeeds, {}, pme.caller);
    expect(mine.data!.myContactNeeds.edges.map((e) => e.node)).toEqual([
      { id: needId, status: 'TAKEN_IN_CHARGE' },
    ]);
  });

  it('refuses more than 5 connecteurs, an unknown one, one not taking new PMEs, or a duplicate', async () => {
    const pme = await registerPme(api);
    const six = await Promise.all(Array.from({ length: 6 }, () => registerConnecteur(api)));
    const closed = await registerConnecteur(api, { acceptsNewPmes: false });
    const cases: [string[], (string | number)[]][] = [
      [six.map((c) => c.id), ['input', 'connecteurIds']],
      [
        [six[0]!.id, 'unknown-connecteur'],
        ['input', 'connecteurIds', 1],
      ],
      [[closed.id], ['input', 'connecteurIds', 0]],
      [
        [six[0]!.id, six[0]!.id],
        ['input', 'connecteurIds'],
      ],
    ];
    for (const [ids, path] of cases) {
      const result = await send(pme.caller, ids);
      expect(codeOf(result), JSON.stringify(ids)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields).toContainEqual(expect.objectContaining({ path }));
    }
    expect(codeOf(await send(six[0]!.caller, [six[1]!.id]))).toBe('FORBIDDEN');
    expect(codeOf(await send(undefined, [six[1]!.id]))).toBe('UNAUTHENTICATED');
    expect(codeOf(await send({ role: 'PME', sub: uniqueId('no-company') }, [six[1]!.id]))).toBe('NOT_FOUND');
  });

  it('creates one need per client key: a retry, even concurrent, answers the first and writes nothing more', async () => {
    const pme = await registerPme(api);
    const connecteur = await registerConnecteur(api);
    const sendKeyed = (clientKey: string, caller: Caller = pme.caller) =>
      typedCall(
        api,
        doc.SendNeed,
        { input: { connecteurIds: [connecteur.id], need: 'Nous voulons un site marchand.', clientKey } },
        caller,
      );
    const first = await sendKeyed('cle-besoin-0001');
    expect(first.errors).toBeUndefined();
    const again = await sendKeyed('cle-besoin-0001');
    expect(again.data!.sendContactRequest).toEqual(first.data!.sendContactRequest);
    const racing = await Promise.all([sendKeyed('cle-besoin-0002'), sendKeyed('cle-besoin-0002')]);
    expect(racing.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(racing[1]!.data!.sendContactRequest.id).toBe(racing[0]!.data!.sendContactRequest.id);
    expect(racing[1]!.data!.sendContactRequest.id).not.toBe(first.data!.sendContactRequest.id);
    const other = await registerPme(api);
    const otherNeed = await sendKeyed('cle-besoin-0001', other.caller);
    expect(otherNeed.data!.sendContactRequest.id).not.toBe(first.data!.sendContactRequest.id);
    expect(codeOf(await sendKeyed('court'))).toBe('BAD_USER_INPUT');
    const needs = (await typedCall(api, doc.MyNeeds, {}, pme.caller)).data!.myContactNeeds.edges;
    expect(needs).toHaveLength(2);
    const inbox = (await typedCall(api, doc.PendingInbox, {}, connecteur.caller)).data!.contactInbox.edges;
    expect(inbox).toHaveLength(3);
  });
});

describe('request transitions', () => {
  const STATUSES: ContactRequestStatus[] = [
    'PENDING',
    'TAKEN_IN_CHARGE',
    'DONE_HELP_PROPOSED',
    'DONE_NO_HELP',
    'DONE_UNREACHABLE',
    'NOT_FOR_ME',
  ];
  const CLOSED = STATUSES.slice(2);
  const legal = (from: ContactRequestStatus, to: ContactRequestStatus) =>
    (from === 'PENDING' && ['TAKEN_IN_CHARGE', 'NOT_FOR_ME'].includes(to)) ||
    (from === 'TAKEN_IN_CHARGE' && CLOSED.includes(to)) ||
    (CLOSED.includes(from) && to === 'PENDING');

  it.each(STATUSES)('from %s, the addressed connecteur makes exactly the legal moves', async (from) => {
    const parties = { pme: await registerPme(api), connecteur: await registerConnecteur(api) };
    for (const to of STATUSES) {
      const fixture = await requestIn(from, parties);
      const result = await answer(fixture.connecteur.caller, fixture.id, to, 'Bonjour');
      if (legal(from, to)) {
        expect(result.errors, `${from} → ${to}`).toBeUndefined();
        expect(result.data!.answerContactRequest.status).toBe(to);
        expect(result.data!.answerContactRequest.history.at(-1)).toEqual({
          by: 'CONNECTEUR',
          from,
          to,
          message: 'Bonjour',
        });
      } else {
        expect(codeOf(result), `${from} → ${to}`).toBe('CONFLICT');
        expect((await readRequest(fixture.pme.caller, fixture.id)).data!.contactRequest!.status).toBe(from);
      }
    }
  });

  it('lets nobody but the addressed connecteur answer', async () => {
    const { pme, id } = await oneRequest();
    const other = await registerConnecteur(api);
    expect(codeOf(await answer(other.caller, id, 'TAKEN_IN_CHARGE'))).toBe('FORBIDDEN');
    expect(codeOf(await answer(pme.caller, id, 'TAKEN_IN_CHARGE'))).toBe('FORBIDDEN');
    expect(codeOf(await answer({ role: 'MODERATOR', sub: 'm' }, id, 'TAKEN_IN_CHARGE'))).toBe('FORBIDDEN');
    expect(codeOf(await answer(undefined, id, 'TAKEN_IN_CHARGE'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await readRequest(other.caller, id))).toBe('FORBIDDEN');
    expect(codeOf(await readRequest((await registerPme(api)).caller, id))).toBe('FORBIDDEN');
  });

  it('lets the company reopen a closed request, and only a closed one of its own', async () => {
    const closed = await requestIn('DONE_NO_HELP');
    expect(codeOf(await reopen(closed.connecteur.caller, closed.id))).toBe('FORBIDDEN');
    expect(codeOf(await reopen((await registerPme(api)).caller, closed.id))).toBe('FORBIDDEN');
    clock.advance(HOUR);
    const reopened = await reopen(closed.pme.caller, closed.id);
    expect(reopened.data!.reopenContactRequest).toMatchObject({
      status: 'PENDING',
      deadline: { state: 'ON_TIME' },
    });
    expect(reopened.data!.reopenContactRequest.history.at(-1)).toMatchObject({
      by: 'PME',
      from: 'DONE_NO_HELP',
      to: 'PENDING',
    });
    const open = await requestIn('TAKEN_IN_CHARGE');
    expect(codeOf(await reopen(open.pme.caller, open.id))).toBe('CONFLICT');
  });

  it('lets one of two concurrent answers win', async () => {
    const { connecteur, id } = await oneRequest();
    // Two closing answers: whichever commits first, the other is no longer a legal move (in sequence, taking a
    // request in charge then declining it would both be legal, and the race would prove nothing).
    const results = await Promise.all([
      answer(connecteur.caller, id, 'NOT_FOR_ME'),
      answer(connecteur.caller, id, 'NOT_FOR_ME'),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(1);
  });
});

describe('deadlines and the inbox', () => {
  it('shows each request late at 48 hours, reminders due at day 9 and 21, abandoned at day 45', async () => {
    clock.set(T0);
    const pme = await registerPme(api);
    const connecteur = await registerConnecteur(api);
    const sent = await send(pme.caller, [connecteur.id]);
    const id = sent.data!.sendContactRequest.requests[0]!.id;
    const inbox = async () => (await typedCall(api, doc.PendingInbox, {}, connecteur.caller)).data!;
    const expectations: [number, string, number][] = [
      [48 * HOUR - 1, 'ON_TIME', 0],
      [48 * HOUR, 'LATE', 1],
      [9 * DAY - 1, 'LATE', 1],
      [9 * DAY, 'FIRST_REMINDER_DUE', 1],
      [21 * DAY - 1, 'FIRST_REMINDER_DUE', 1],
      [21 * DAY, 'SECOND_REMINDER_DUE', 1],
      [45 * DAY - 1, 'SECOND_REMINDER_DUE', 1],
      [45 * DAY, 'ABANDONED', 1],
    ];
    try {
      for (const [elapsed, state, late] of expectations) {
        clock.set(new Date(T0.getTime() + elapsed));
        const data = await inbox();
        expect(
          data.contactInbox.edges.map((e) => e.node),
          `after ${elapsed} ms`,
        ).toEqual([{ id, deadline: { state } }]);
        expect(data.connecteurDashboard, `after ${elapsed} ms`).toEqual({
          pendingRequests: 1,
          lateRequests: late,
        });
      }
      const taken = await answer(connecteur.caller, id, 'TAKEN_IN_CHARGE');
      expect(taken.data!.answerContactRequest.deadline.state).toBe('ANSWERED');
      expect((await inbox()).connecteurDashboard).toEqual({ pendingRequests: 0, lateRequests: 0 });
    } finally {
      clock.set(T0);
    }
  });

  it('fills the dashboard from running counters: take-up, response time', async () => {
    clock.set(T0);
    const connecteur = await registerConnecteur(api);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const pme = await registerPme(api);
      ids.push((await send(pme.caller, [connecteur.id])).data!.sendContactRequest.requests[0]!.id);
    }
    clock.set(new Date(T0.getTime() + 3 * HOUR));
    await answer(connecteur.caller, ids[0]!, 'TAKEN_IN_CHARGE');
    clock.set(new Date(T0.getTime() + 10 * HOUR));
    await answer(connecteur.caller, ids[1]!, 'NOT_FOR_ME');
    const dashboard = await typedCall(api, doc.Dashboard, {}, connecteur.caller);
    clock.set(T0);
    expect(dashboard.data!.connecteurDashboard).toEqual({
      requestsReceived: 3,
      pendingRequests: 1,
      lateRequests: 0,
      medianFirstAnswerHours: 3,
      takeUpRate: 0.333,
      responseRate: 0.667,
    });
  });
});

describe('feedback', () => {
  it('is asked once the request is closed, once, from its company only', async () => {
    const feedback = (caller: Caller, id: string) => typedCall(api, doc.GiveFeedback, { id }, caller);
    const open = await requestIn('TAKEN_IN_CHARGE');
    expect(codeOf(await feedback(open.pme.caller, open.id))).toBe('CONFLICT');
    const closed = await requestIn('DONE_NO_HELP');
    expect(codeOf(await feedback(closed.connecteur.caller, closed.id))).toBe('FORBIDDEN');
    expect((await feedback(closed.pme.caller, closed.id)).data!.giveContactFeedback.feedback).toEqual({
      contacted: true,
      useful: false,
      comment: 'Pas de solution pour nous.',
    });
    expect(codeOf(await feedback(closed.pme.caller, closed.id))).toBe('CONFLICT');
  });
});
