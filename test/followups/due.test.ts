import { describe, expect, it } from 'vitest';
import {
  followUpContact,
  isLead,
  nextActionDueOn,
  overdueActionItems,
} from '../../functions/followups/due.js';
import type {
  ActionItemRecord,
  CompanyWorkspaceRecord,
  FollowRecord,
} from '../../functions/followups/records.js';
import {
  actionItemTransition,
  followTransition,
  type FollowEvent,
} from '../../functions/followups/workflow.js';
import type { FollowStatus } from '../../functions/generated/resolvers-types.js';
import { AppError } from '../../functions/shared/errors.js';

const item = (overrides: Partial<ActionItemRecord> = {}): ActionItemRecord => ({
  id: 'a1',
  theme: 'ECOMMERCE_WEBSITE',
  title: 'Créer la boutique en ligne',
  status: 'TODO',
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-01-10T09:00:00.000Z',
  ...overrides,
});
const plan = (overrides: Partial<FollowRecord> = {}) => ({
  actionPlan: [item()],
  actionPlanStartedAt: '2026-01-10T09:00:00.000Z',
  ...overrides,
});
const diagnosedOn = (submittedAt: string) => ({
  latestDiagnostic: {
    id: 'd',
    submittedAt,
    questionnaireVersion: 'v',
    overallScore: 40,
    level: 'POTENTIAL' as const,
    themeScores: [],
    facts: { nafSection: 'G', sizeBand: 'MICRO' as const, regionCode: '53' },
  },
});
const on = (day: string) => new Date(`${day}T12:00:00.000Z`);

describe('the 6-month follow-up contact', () => {
  it('is not due before the company has both a diagnostic and an action plan', () => {
    expect(followUpContact(plan(), undefined, on('2026-09-01'))).toBeNull();
    expect(
      followUpContact({ actionPlan: [] }, diagnosedOn('2026-01-05T10:00:00.000Z'), on('2026-09-01')),
    ).toBeNull();
  });

  it('is due 6 months after the later of the diagnostic and the plan, soon in the 30 days before', () => {
    const workspace = diagnosedOn('2026-01-05T10:00:00.000Z');
    expect(followUpContact(plan(), workspace, on('2026-06-09'))).toEqual({
      dueOn: '2026-07-10',
      status: 'UPCOMING',
    });
    expect(followUpContact(plan(), workspace, on('2026-06-10'))).toEqual({
      dueOn: '2026-07-10',
      status: 'DUE_SOON',
    });
    expect(followUpContact(plan(), workspace, on('2026-07-09'))).toEqual({
      dueOn: '2026-07-10',
      status: 'DUE_SOON',
    });
    expect(followUpContact(plan(), workspace, on('2026-07-10'))).toEqual({
      dueOn: '2026-07-10',
      status: 'OVERDUE',
    });
    // A newer diagnostic starts the clock again.
    expect(followUpContact(plan(), diagnosedOn('2026-03-31T10:00:00.000Z'), on('2026-07-10'))?.dueOn).toBe(
      '2026-09-30',
    );
  });

  it('keeps the day of the month, or the last day of a shorter month', () => {
    expect(
      followUpContact(
        plan({ actionPlanStartedAt: '2026-08-31T10:00:00.000Z' }),
        diagnosedOn('2026-08-30T10:00:00.000Z'),
        on('2026-09-01'),
      )?.dueOn,
    ).toBe('2027-02-28');
  });

  it('is done by a meeting noted from 30 days before the due day on, not by an earlier one', () => {
    const workspace = diagnosedOn('2026-01-05T10:00:00.000Z');
    expect(followUpContact(plan({ lastMeetingOn: '2026-06-09' }), workspace, on('2026-07-20'))?.status).toBe(
      'OVERDUE',
    );
    expect(followUpContact(plan({ lastMeetingOn: '2026-06-10' }), workspace, on('2026-07-20'))?.status).toBe(
      'DONE',
    );
  });
});

describe('action items', () => {
  const follow = {
    actionPlan: [
      item({ id: '1', dueOn: '2026-05-01' }),
      item({ id: '2', dueOn: '2026-05-01', status: 'DONE' }),
      item({ id: '3', dueOn: '2026-06-15', status: 'IN_PROGRESS' }),
      item({ id: '4', dueOn: '2026-04-01', status: 'DROPPED' }),
    ],
  };
  it('counts the open ones past their day (Paris time) and gives the next due day', () => {
    expect(overdueActionItems(follow, on('2026-05-01'))).toBe(0);
    expect(overdueActionItems(follow, on('2026-05-02'))).toBe(1);
    // 23:30 UTC on 1 May is already 2 May in Paris.
    expect(overdueActionItems(follow, new Date('2026-05-01T23:30:00.000Z'))).toBe(1);
    expect(nextActionDueOn(follow)).toBe('2026-05-01');
  });

  it('moves between statuses by the table: a dropped action is taken up again as TODO', () => {
    expect(actionItemTransition('TODO', 'DONE')).toBe('DONE');
    expect(actionItemTransition('DONE', 'IN_PROGRESS')).toBe('IN_PROGRESS');
    expect(actionItemTransition('DROPPED', 'TODO')).toBe('TODO');
    expect(() => actionItemTransition('DONE', 'DROPPED')).toThrow(AppError);
    expect(() => actionItemTransition('DROPPED', 'DONE')).toThrow(AppError);
  });
});

describe('follow consent', () => {
  const code = (from: FollowStatus | null, event: FollowEvent, by: 'PME' | 'CONNECTEUR') => {
    try {
      return followTransition(from, event, by);
    } catch (error) {
      return (error as AppError).extensions.code;
    }
  };
  it.each([
    [null, 'PROPOSE', 'CONNECTEUR', 'PROPOSED'],
    ['REVOKED', 'PROPOSE', 'CONNECTEUR', 'PROPOSED'],
    ['DECLINED', 'PROPOSE', 'CONNECTEUR', 'PROPOSED'],
    ['PROPOSED', 'PROPOSE', 'CONNECTEUR', 'CONFLICT'],
    ['ACTIVE', 'PROPOSE', 'CONNECTEUR', 'CONFLICT'],
    ['PROPOSED', 'ACCEPT', 'PME', 'ACTIVE'],
    ['PROPOSED', 'ACCEPT', 'CONNECTEUR', 'FORBIDDEN'],
    ['PROPOSED', 'DECLINE', 'PME', 'DECLINED'],
    ['ACTIVE', 'REVOKE', 'PME', 'REVOKED'],
    ['ACTIVE', 'REVOKE', 'CONNECTEUR', 'FORBIDDEN'],
    ['REVOKED', 'ACCEPT', 'PME', 'CONFLICT'],
    ['PROPOSED', 'REVOKE', 'PME', 'CONFLICT'],
    [null, 'ACCEPT', 'PME', 'CONFLICT'],
  ] as const)('%s —%s by %s→ %s', (from, event, by, expected) => {
    expect(code(from, event, by)).toBe(expected);
  });

  it('makes a lead only of a consenting company with a diagnostic and no connecteur', () => {
    const workspace: CompanyWorkspaceRecord = {
      companyId: 'c',
      departementCode: '35',
      regionCode: '53',
      contactConsent: true,
      activeFollowers: 0,
      version: 1,
      ...diagnosedOn('2026-01-05T10:00:00.000Z'),
    };
    expect(isLead(workspace)).toBe(true);
    expect(isLead({ ...workspace, contactConsent: false })).toBe(false);
    expect(isLead({ ...workspace, activeFollowers: 1 })).toBe(false);
    expect(isLead({ ...workspace, latestDiagnostic: undefined })).toBe(false);
  });
});
