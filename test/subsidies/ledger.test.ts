import { describe, expect, it } from 'vitest';
import { transitionEffects } from '../../functions/subsidies/ledger.js';
import type { CompanyUsageRecord, SubsidyApplicationRecord } from '../../functions/subsidies/records.js';

function makeApplication(overrides: Partial<SubsidyApplicationRecord> = {}): SubsidyApplicationRecord {
  return {
    id: 'app-1',
    programId: 'prog-1',
    regionCode: '84',
    companyId: 'co-1',
    createdBySub: 'pme-1',
    status: 'UNDER_REVIEW',
    version: 3,
    projectSummary: 'Un projet de croissance connectée.',
    expenses: [],
    investmentCents: 1_000_000,
    firstSubmittedAt: '2026-03-01T10:00:00.000Z',
    messageCount: 0,
    annotationCount: 0,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    ...overrides,
  };
}

const usage = (overrides: Partial<CompanyUsageRecord> = {}): CompanyUsageRecord => ({
  programId: 'prog-1',
  companyId: 'co-1',
  appliedFiles: 1,
  fundedFiles: 0,
  aidByYear: {},
  version: 1,
  ...overrides,
});

describe('what a transition does to the programme’s counters', () => {
  it('counts a first submission once per company', () => {
    const draft = makeApplication({ status: 'DRAFT', firstSubmittedAt: undefined });
    const submitted = makeApplication({ status: 'SUBMITTED' });
    expect(transitionEffects(draft, submitted, undefined)).toEqual({
      ledger: { countDRAFT: -1, countSUBMITTED: 1, applicantCompanies: 1 },
      usage: { ...usage({ appliedFiles: 1 }), version: 0 },
    });
    const second = transitionEffects(draft, submitted, usage());
    expect(second.ledger).toEqual({ countDRAFT: -1, countSUBMITTED: 1 });
    expect(second.usage?.appliedFiles).toBe(2);
    const resubmission = transitionEffects(
      makeApplication({ status: 'CORRECTION_REQUESTED' }),
      submitted,
      usage(),
    );
    expect(resubmission).toEqual({ ledger: { countCORRECTION_REQUESTED: -1, countSUBMITTED: 1 } });
  });

  it('commits an accepted aid under a guard, and counts the company funded once', () => {
    const accepted = makeApplication({ status: 'ACCEPTED', grantedAidCents: 500_000, decidedYear: 2026 });
    expect(transitionEffects(makeApplication(), accepted, usage())).toEqual({
      ledger: {
        countUNDER_REVIEW: -1,
        countACCEPTED: 1,
        committedCents: 500_000,
        remainingCents: -500_000,
        fundedCompanies: 1,
      },
      requireRemainingCents: 500_000,
      usage: usage({ fundedFiles: 1, aidByYear: { '2026': 500_000 } }),
    });
    const again = transitionEffects(
      makeApplication(),
      accepted,
      usage({ fundedFiles: 1, aidByYear: { '2026': 1 } }),
    );
    expect(again.ledger.fundedCompanies).toBeUndefined();
    expect(again.usage?.aidByYear).toEqual({ '2026': 500_001 });
  });

  it('releases the commitment of a reopened accepted file', () => {
    const accepted = makeApplication({ status: 'ACCEPTED', grantedAidCents: 500_000, decidedYear: 2026 });
    const reopened = makeApplication({ status: 'UNDER_REVIEW' });
    expect(
      transitionEffects(accepted, reopened, usage({ fundedFiles: 1, aidByYear: { '2026': 500_000 } })),
    ).toEqual({
      ledger: {
        countACCEPTED: -1,
        countUNDER_REVIEW: 1,
        committedCents: -500_000,
        remainingCents: 500_000,
        fundedCompanies: -1,
      },
      usage: usage({ fundedFiles: 0, aidByYear: {} }),
    });
  });

  it('pays part of a grant and releases the rest', () => {
    const accepted = makeApplication({ status: 'ACCEPTED', grantedAidCents: 500_000, decidedYear: 2026 });
    const paid = { ...accepted, status: 'PAID' as const, paidCents: 400_000 };
    expect(
      transitionEffects(accepted, paid, usage({ fundedFiles: 1, aidByYear: { '2026': 500_000 } })),
    ).toEqual({
      ledger: {
        countACCEPTED: -1,
        countPAID: 1,
        committedCents: -500_000,
        paidCents: 400_000,
        remainingCents: 100_000,
      },
      usage: usage({ fundedFiles: 1, aidByYear: { '2026': 400_000 } }),
    });
  });

  it('changes nothing but a status count for other transitions, and nothing at all for an edit', () => {
    const review = makeApplication();
    expect(transitionEffects(review, makeApplication({ status: 'REJECTED' }), usage())).toEqual({
      ledger: { countUNDER_REVIEW: -1, countREJECTED: 1 },
    });
    expect(
      transitionEffects(review, makeApplication({ projectSummary: 'Autre résumé du projet.' }), usage()),
    ).toEqual({
      ledger: {},
    });
  });
});
