import { describe, expect, it } from 'vitest';
import { endedFollow } from '../../functions/followups/erasure.js';
import type { FollowRecord } from '../../functions/followups/records.js';

const AT = '2026-03-03T08:00:00.000Z';

const makeFollow = (overrides: Partial<FollowRecord> = {}): FollowRecord => ({
  companyId: 'co1',
  connecteurId: 'c1',
  status: 'ACTIVE',
  proposedAt: '2026-03-01T08:00:00.000Z',
  proposalMessage: 'Bonjour',
  actionPlan: [
    {
      id: 'a1',
      theme: 'STRATEGY',
      title: 'Site web',
      status: 'TODO',
      createdAt: '2026-03-01T08:00:00.000Z',
      updatedAt: '2026-03-01T08:00:00.000Z',
    },
  ],
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-01T08:00:00.000Z',
  version: 3,
  ...overrides,
});

describe('a follow of a company deleting its account', () => {
  it('is revoked through the follow workflow when active, its message and plan titles erased', () => {
    const next = endedFollow(makeFollow(), AT)!;
    expect(next).toMatchObject({ status: 'REVOKED', revokedAt: AT, updatedAt: AT, version: 4 });
    expect(next.proposalMessage).toBeUndefined();
    expect(next.actionPlan.map((a) => a.title)).toEqual(['[effacé à la demande de l’entreprise]']);
    expect(endedFollow(next, AT)).toBeUndefined();
  });

  it('declines a proposal, and leaves a declined or revoked follow’s status alone', () => {
    expect(endedFollow(makeFollow({ status: 'PROPOSED' }), AT)).toMatchObject({
      status: 'DECLINED',
      declinedAt: AT,
    });
    expect(endedFollow(makeFollow({ status: 'DECLINED' }), AT)).toMatchObject({ status: 'DECLINED' });
    expect(endedFollow(makeFollow({ status: 'REVOKED' }), AT)?.revokedAt).toBeUndefined();
  });
});
