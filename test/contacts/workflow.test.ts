import { describe, expect, it } from 'vitest';
import type { ContactRequestStatus } from '../../functions/generated/resolvers-types.js';
import { deadlineOf, needDeadline } from '../../functions/contacts/deadlines.js';
import type { ContactRequestRecord } from '../../functions/contacts/records.js';
import {
  applyRequestTransition,
  MAX_REOPENINGS,
  needStatus,
  type Actor,
} from '../../functions/contacts/workflow.js';
import { requestCounterChanges } from '../../functions/contacts/counting.js';
import { AppError } from '../../functions/shared/errors.js';

const T0 = new Date('2026-03-02T08:00:00.000Z');
const HOUR = 3600_000;
const DAY = 24 * HOUR;

const makeRequest = (overrides: Partial<ContactRequestRecord> = {}): ContactRequestRecord => ({
  id: 'r1',
  needId: 'n1',
  companyId: 'co1',
  connecteurId: 'c1',
  regionCode: '53',
  status: 'PENDING',
  createdAt: T0.toISOString(),
  updatedAt: T0.toISOString(),
  pendingSince: T0.toISOString(),
  reopenCount: 0,
  history: [],
  version: 1,
  ...overrides,
});

const STATUSES: ContactRequestStatus[] = [
  'PENDING',
  'TAKEN_IN_CHARGE',
  'DONE_HELP_PROPOSED',
  'DONE_NO_HELP',
  'DONE_UNREACHABLE',
  'NOT_FOR_ME',
];
const CLOSED = ['DONE_HELP_PROPOSED', 'DONE_NO_HELP', 'DONE_UNREACHABLE', 'NOT_FOR_ME'];

/** The expected matrix, written out: from → to → who may. */
function allowed(from: ContactRequestStatus, to: ContactRequestStatus): Actor[] {
  if (from === 'PENDING' && (to === 'TAKEN_IN_CHARGE' || to === 'NOT_FOR_ME')) return ['CONNECTEUR'];
  if (from === 'TAKEN_IN_CHARGE' && CLOSED.includes(to)) return ['CONNECTEUR'];
  if (CLOSED.includes(from) && to === 'PENDING') return ['CONNECTEUR', 'PME'];
  return [];
}

const attempt = (from: ContactRequestStatus, to: ContactRequestStatus, by: Actor) => {
  try {
    return applyRequestTransition(
      makeRequest({ status: from }),
      to,
      { by, sub: 'someone' },
      new Date(T0.getTime() + HOUR),
    );
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).extensions.code as string;
  }
};

describe('request workflow', () => {
  const cases = STATUSES.flatMap((from) =>
    STATUSES.flatMap((to) => (['CONNECTEUR', 'PME'] as const).map((by) => [from, to, by] as const)),
  );

  it.each(cases)('%s → %s by %s follows the transition table', (from, to, by) => {
    const result = attempt(from, to, by);
    if (allowed(from, to).includes(by)) expect(result).toMatchObject({ status: to, version: 2 });
    // A company never answers for the connecteur (FORBIDDEN); any other refused move is a CONFLICT with the status.
    else expect(result).toBe(by === 'PME' && to !== 'PENDING' ? 'FORBIDDEN' : 'CONFLICT');
  });

  it('records who moved it, when and why, and the first answer and take-up once', () => {
    const taken = applyRequestTransition(
      makeRequest(),
      'TAKEN_IN_CHARGE',
      { by: 'CONNECTEUR', sub: 'c' },
      new Date(T0.getTime() + 5 * HOUR),
      'Je vous appelle demain.',
    );
    expect(taken).toMatchObject({
      firstAnsweredAt: '2026-03-02T13:00:00.000Z',
      takenUpAt: '2026-03-02T13:00:00.000Z',
    });
    expect(taken.history.at(-1)).toEqual({
      at: '2026-03-02T13:00:00.000Z',
      by: 'CONNECTEUR',
      sub: 'c',
      from: 'PENDING',
      to: 'TAKEN_IN_CHARGE',
      message: 'Je vous appelle demain.',
    });
    const done = applyRequestTransition(
      taken,
      'DONE_NO_HELP',
      { by: 'CONNECTEUR', sub: 'c' },
      new Date(T0.getTime() + DAY),
    );
    const reopened = applyRequestTransition(
      done,
      'PENDING',
      { by: 'PME', sub: 'p' },
      new Date(T0.getTime() + 2 * DAY),
    );
    expect(reopened).toMatchObject({
      status: 'PENDING',
      pendingSince: '2026-03-04T08:00:00.000Z',
      reopenCount: 1,
      firstAnsweredAt: '2026-03-02T13:00:00.000Z',
    });
  });

  it(`refuses a reopening beyond ${MAX_REOPENINGS}`, () => {
    const closed = makeRequest({ status: 'NOT_FOR_ME', reopenCount: MAX_REOPENINGS });
    expect(() => applyRequestTransition(closed, 'PENDING', { by: 'PME', sub: 'p' }, T0)).toThrow(/rouverte/);
  });

  it.each([
    [['PENDING', 'NOT_FOR_ME'], 'PENDING'],
    [['NOT_FOR_ME', 'DONE_NO_HELP'], 'DONE_NO_HELP'],
    [['PENDING', 'TAKEN_IN_CHARGE', 'NOT_FOR_ME'], 'TAKEN_IN_CHARGE'],
    [['TAKEN_IN_CHARGE', 'DONE_HELP_PROPOSED', 'PENDING'], 'DONE_HELP_PROPOSED'],
    [['DONE_UNREACHABLE', 'NOT_FOR_ME'], 'DONE_UNREACHABLE'],
    [['NOT_FOR_ME', 'NOT_FOR_ME'], 'NOT_FOR_ME'],
  ] as [ContactRequestStatus[], ContactRequestStatus][])('rolls %j up to %s', (statuses, expected) => {
    expect(needStatus(statuses.map((status) => ({ status })))).toBe(expected);
  });

  it('counts a new request, then moves one unit between statuses and the first answer once', () => {
    const created = makeRequest();
    expect(requestCounterChanges(undefined, created)).toEqual([
      { target: { kind: 'region', code: '53' }, add: { contactRequests: 1, requests_PENDING: 1 } },
      { target: { kind: 'region', code: 'FR' }, add: { contactRequests: 1, requests_PENDING: 1 } },
      { target: { kind: 'connecteur', id: 'c1' }, add: { requestsReceived: 1, requestsPending: 1 } },
    ]);
    const taken = applyRequestTransition(
      created,
      'TAKEN_IN_CHARGE',
      { by: 'CONNECTEUR', sub: 'c' },
      new Date(T0.getTime() + 30 * HOUR),
    );
    expect(requestCounterChanges(created, taken)[2]).toEqual({
      target: { kind: 'connecteur', id: 'c1' },
      add: { requestsPending: -1, requestsFirstAnswered: 1, fa30: 1, requestsTakenUp: 1 },
    });
  });
});

describe('deadlines', () => {
  const at = (ms: number) => new Date(T0.getTime() + ms);
  it.each([
    [0, 'ON_TIME'],
    [48 * HOUR - 1, 'ON_TIME'],
    [48 * HOUR, 'LATE'],
    [9 * DAY - 1, 'LATE'],
    [9 * DAY, 'FIRST_REMINDER_DUE'],
    [21 * DAY - 1, 'FIRST_REMINDER_DUE'],
    [21 * DAY, 'SECOND_REMINDER_DUE'],
    [45 * DAY - 1, 'SECOND_REMINDER_DUE'],
    [45 * DAY, 'ABANDONED'],
  ])('a request pending for %i ms is %s', (elapsed, state) => {
    expect(deadlineOf(makeRequest(), at(elapsed)).state).toBe(state);
  });

  it('gives the instants of each boundary, and none once answered', () => {
    expect(deadlineOf(makeRequest(), T0)).toEqual({
      state: 'ON_TIME',
      waitingSince: '2026-03-02T08:00:00.000Z',
      lateAt: '2026-03-04T08:00:00.000Z',
      firstReminderAt: '2026-03-11T08:00:00.000Z',
      secondReminderAt: '2026-03-23T08:00:00.000Z',
      abandonedAt: '2026-04-16T08:00:00.000Z',
    });
    expect(deadlineOf(makeRequest({ status: 'TAKEN_IN_CHARGE' }), at(60 * DAY)).state).toBe('ANSWERED');
  });

  it('counts from the reopening, and a need waits as long as its oldest pending request', () => {
    const reopened = makeRequest({ pendingSince: at(10 * DAY).toISOString() });
    expect(deadlineOf(reopened, at(11 * DAY)).state).toBe('ON_TIME');
    const older = makeRequest({ id: 'r2' });
    expect(needDeadline([reopened, older], 'PENDING', at(11 * DAY)).state).toBe('FIRST_REMINDER_DUE');
    expect(
      needDeadline([reopened, makeRequest({ status: 'TAKEN_IN_CHARGE' })], 'TAKEN_IN_CHARGE', at(11 * DAY))
        .state,
    ).toBe('ANSWERED');
  });
});
