import { describe, expect, it } from 'vitest';
import type { Role } from '../../functions/shared/auth.js';
import { AppError } from '../../functions/shared/errors.js';
import { SUBSIDY_STATUSES, type SubsidyStatus } from '../../functions/subsidies/records.js';
import { transitionFor, type SubsidyEvent } from '../../functions/subsidies/workflow.js';

/** The workflow as the issue and the brief describe it, written out: every legal transition and who fires it. */
const LEGAL: [SubsidyStatus, SubsidyEvent, SubsidyStatus, Role][] = [
  ['DRAFT', 'UPDATE', 'DRAFT', 'PME'],
  ['SUBMITTED', 'UPDATE', 'SUBMITTED', 'PME'],
  ['CORRECTION_REQUESTED', 'UPDATE', 'CORRECTION_REQUESTED', 'PME'],
  ['DRAFT', 'SUBMIT', 'SUBMITTED', 'PME'],
  ['CORRECTION_REQUESTED', 'SUBMIT', 'SUBMITTED', 'PME'],
  ['DRAFT', 'ATTEST', 'DRAFT', 'CONNECTEUR'],
  ['SUBMITTED', 'ATTEST', 'SUBMITTED', 'CONNECTEUR'],
  ['CORRECTION_REQUESTED', 'ATTEST', 'CORRECTION_REQUESTED', 'CONNECTEUR'],
  ['UNDER_REVIEW', 'ATTEST', 'UNDER_REVIEW', 'CONNECTEUR'],
  ['SUBMITTED', 'START_REVIEW', 'UNDER_REVIEW', 'REGION_AGENT'],
  ['SUBMITTED', 'REQUEST_CORRECTION', 'CORRECTION_REQUESTED', 'REGION_AGENT'],
  ['UNDER_REVIEW', 'REQUEST_CORRECTION', 'CORRECTION_REQUESTED', 'REGION_AGENT'],
  ['UNDER_REVIEW', 'ACCEPT', 'ACCEPTED', 'REGION_AGENT'],
  ['UNDER_REVIEW', 'REJECT', 'REJECTED', 'REGION_AGENT'],
  ['UNDER_REVIEW', 'CLOSE_WITHOUT_FOLLOW_UP', 'CLOSED', 'REGION_AGENT'],
  ['CORRECTION_REQUESTED', 'CLOSE_WITHOUT_FOLLOW_UP', 'CLOSED', 'REGION_AGENT'],
  ['ACCEPTED', 'REOPEN', 'UNDER_REVIEW', 'REGION_AGENT'],
  ['REJECTED', 'REOPEN', 'UNDER_REVIEW', 'REGION_AGENT'],
  ['CLOSED', 'REOPEN', 'UNDER_REVIEW', 'REGION_AGENT'],
  ['ACCEPTED', 'RECORD_PAYMENT', 'PAID', 'REGION_AGENT'],
  ['PAID', 'CORRECT_PAYMENT', 'PAID', 'REGION_AGENT'],
  // Only when the applicant's company deletes its account (no mutation fires it).
  ['SUBMITTED', 'WITHDRAW', 'CLOSED', 'PME'],
  ['CORRECTION_REQUESTED', 'WITHDRAW', 'CLOSED', 'PME'],
  ['UNDER_REVIEW', 'WITHDRAW', 'CLOSED', 'PME'],
  ['ACCEPTED', 'WITHDRAW', 'CLOSED', 'PME'],
];

const EVENTS: SubsidyEvent[] = [
  'UPDATE',
  'SUBMIT',
  'ATTEST',
  'START_REVIEW',
  'REQUEST_CORRECTION',
  'ACCEPT',
  'REJECT',
  'CLOSE_WITHOUT_FOLLOW_UP',
  'REOPEN',
  'RECORD_PAYMENT',
  'CORRECT_PAYMENT',
  'WITHDRAW',
];
const FIRED_BY = Object.fromEntries(LEGAL.map(([, event, , role]) => [event, role])) as Record<
  SubsidyEvent,
  Role
>;
const ROLES: Role[] = ['PME', 'CONNECTEUR', 'REGION_AGENT', 'MODERATOR', 'PROVIDER'];

function outcome(from: SubsidyStatus, event: SubsidyEvent, role: Role): string {
  try {
    return transitionFor(from, event, role, 'motif').to;
  } catch (error) {
    return (error as AppError).extensions.code as string;
  }
}

describe('the application workflow', () => {
  const cases = SUBSIDY_STATUSES.flatMap((from) => EVENTS.map((event) => [from, event] as const));

  it.each(cases)('from %s, %s', (from, event) => {
    const legal = LEGAL.find(([f, e]) => f === from && e === event);
    expect(outcome(from, event, FIRED_BY[event])).toBe(legal ? legal[2] : 'BAD_USER_INPUT');
    for (const role of ROLES.filter((r) => r !== FIRED_BY[event]))
      expect(outcome(from, event, role), `${role}`).toBe('FORBIDDEN');
  });

  it('names the current status when a transition is illegal', () => {
    try {
      transitionFor('PAID', 'ACCEPT', 'REGION_AGENT');
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).message).toContain('PAID');
      expect((error as AppError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', currentStatus: 'PAID' });
    }
  });

  it.each<[SubsidyStatus, SubsidyEvent]>([
    ['UNDER_REVIEW', 'REJECT'],
    ['UNDER_REVIEW', 'CLOSE_WITHOUT_FOLLOW_UP'],
    ['ACCEPTED', 'REOPEN'],
    ['SUBMITTED', 'REQUEST_CORRECTION'],
  ])('wants a reason from %s to %s', (from, event) => {
    for (const reason of [undefined, '', '   ']) {
      expect(() => transitionFor(from, event, 'REGION_AGENT', reason)).toThrowError(/motif/i);
    }
    expect(() => transitionFor('UNDER_REVIEW', 'ACCEPT', 'REGION_AGENT')).not.toThrow();
  });
});
