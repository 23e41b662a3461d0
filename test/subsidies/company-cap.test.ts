import { describe, expect, it } from 'vitest';
import {
  ledgerAfter,
  managingBodyCapRemaining,
  managingBodyKey,
  type CompanyCapLedgerRecord,
} from '../../functions/subsidies/company-cap.js';
import type { SubsidyApplicationRecord } from '../../functions/subsidies/records.js';

const program = { id: 'p2', regionCode: '28', managingBody: 'MIRIADE' };
const rules = { managingBodyCapCents: 3_000_000, managingBodyCapYears: 3 };
const ledger: CompanyCapLedgerRecord = {
  regionCode: '28',
  managingBody: 'MIRIADE',
  companyId: 'c1',
  grants: {
    old: { programId: 'p0', cents: 1_000_000, year: 2022, decidedAt: '2022-05-01T10:00:00Z' },
    a: { programId: 'p1', cents: 1_000_000, year: 2024, decidedAt: '2024-05-01T10:00:00Z' },
    b: { programId: 'p1', cents: 500_000, year: 2026, decidedAt: '2026-05-01T10:00:00Z' },
  },
  version: 4,
};
const file = (overrides: Partial<SubsidyApplicationRecord>) =>
  ({
    id: 'new',
    programId: 'p2',
    companyId: 'c1',
    status: 'ACCEPTED',
    grantedAidCents: 800_000,
    decidedYear: 2026,
    decidedAt: '2026-11-26T10:00:00Z',
    updatedAt: '2026-11-26T10:00:00Z',
    ...overrides,
  }) as SubsidyApplicationRecord;

describe('the cap per company across a managing body’s calls', () => {
  it('is one ledger per managing body however its name is written', () => {
    expect(managingBodyKey('Région Pays de la Loire')).toBe(managingBodyKey('REGION  pays-de-la-Loire'));
    expect(managingBodyKey('CCI Bretagne')).not.toBe(managingBodyKey('Conseil régional de Bretagne'));
  });

  it.each([
    // 2024–2026 counts 10,000 + 5,000 €; 2022 is out of the 3-year period.
    [2026, 'new', 1_500_000],
    // The file's own grant is not counted against itself.
    [2026, 'b', 2_000_000],
    // In 2027 the period is 2025–2027.
    [2027, 'new', 2_500_000],
    [2024, 'new', 1_000_000],
  ])('in %i, for file %s, leaves %i cents', (year, id, remaining) => {
    expect(managingBodyCapRemaining(rules, ledger, year, id)).toBe(remaining);
  });

  it('has nothing to say without a cap, and the whole cap for a company never granted', () => {
    expect(managingBodyCapRemaining({}, ledger, 2026, 'new')).toBeNull();
    expect(managingBodyCapRemaining(rules, undefined, 2026, 'new')).toBe(3_000_000);
  });

  it('records a grant at acceptance, its paid amount at payment, and releases it at reopening', () => {
    const accepted = ledgerAfter(program, ledger, file({}))!;
    expect(accepted.grants.new).toEqual({
      programId: 'p2',
      cents: 800_000,
      year: 2026,
      decidedAt: '2026-11-26T10:00:00Z',
    });
    expect(accepted.version).toBe(4);
    const paid = ledgerAfter(program, accepted, file({ status: 'PAID', paidCents: 600_000 }))!;
    expect(paid.grants.new!.cents).toBe(600_000);
    const reopened = ledgerAfter(
      program,
      accepted,
      file({ status: 'UNDER_REVIEW', decidedYear: undefined }),
    )!;
    expect(reopened.grants.new).toBeUndefined();
    expect(Object.keys(reopened.grants)).toEqual(['old', 'a', 'b']);
  });

  it('writes nothing when the file’s grant does not change', () => {
    expect(
      ledgerAfter(program, ledger, file({ status: 'UNDER_REVIEW', decidedYear: undefined })),
    ).toBeUndefined();
    const accepted = ledgerAfter(program, ledger, file({}))!;
    expect(ledgerAfter(program, accepted, file({}))).toBeUndefined();
  });
});
