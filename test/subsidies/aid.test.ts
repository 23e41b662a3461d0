import { describe, expect, it } from 'vitest';
import {
  aidHeldInPeriod,
  applyRate,
  capRemaining,
  computeAid,
  computePayment,
} from '../../functions/subsidies/aid.js';
import { parisYear } from '../../functions/shared/paris-time.js';

/** The report's model scheme: 50 % of 2,000–30,000 €, an aid of 1,000–15,000 €. */
const MODEL = {
  aidRateBasisPoints: 5000,
  investmentFloorCents: 200_000,
  investmentCeilingCents: 3_000_000,
  aidFloorCents: 100_000,
  aidCeilingCents: 1_500_000,
};

describe('the aid of the model scheme', () => {
  it.each([
    [
      'one cent below the investment floor',
      199_999,
      99_999,
      { investmentBelowFloor: true, grantable: false },
    ],
    ['exactly the investment floor', 200_000, 100_000, { investmentBelowFloor: false, grantable: true }],
    ['one cent above the floor, rounded down', 200_001, 100_000, { grantable: true }],
    ['an odd amount, rounded down', 1_234_567, 617_283, { limitedBy: 'RATE' }],
    ['exactly the investment ceiling', 3_000_000, 1_500_000, { limitedBy: 'RATE', baseCents: 3_000_000 }],
    ['one cent above the ceiling', 3_000_001, 1_500_000, { baseCents: 3_000_000 }],
    ['far above the ceiling', 50_000_000, 1_500_000, { baseCents: 3_000_000, grantable: true }],
  ])('%s: %i cents of investment give %i cents', (_, investment, aid, more) => {
    expect(computeAid(MODEL, investment, null)).toMatchObject({ aidCents: aid, ...more });
  });

  it('caps the aid at its ceiling when the rate gives more', () => {
    const rules = { ...MODEL, aidCeilingCents: 500_000 };
    expect(computeAid(rules, 999_998, null)).toMatchObject({ aidCents: 499_999, limitedBy: 'RATE' });
    expect(computeAid(rules, 1_000_000, null)).toMatchObject({ aidCents: 500_000, limitedBy: 'RATE' });
    expect(computeAid(rules, 1_000_002, null)).toMatchObject({ aidCents: 500_000, limitedBy: 'AID_CEILING' });
  });

  it('refuses an aid below its floor, even when the investment passes its own', () => {
    const rules = { ...MODEL, aidFloorCents: 150_000 };
    expect(computeAid(rules, 299_999, null)).toMatchObject({
      aidCents: 149_999,
      investmentBelowFloor: false,
      aidBelowFloor: true,
      grantable: false,
    });
    expect(computeAid(rules, 300_000, null)).toMatchObject({ aidCents: 150_000, grantable: true });
  });

  it('gives no more than what remains of the per-company cap, and nothing grantable below the aid floor', () => {
    expect(computeAid(MODEL, 1_000_000, 250_000)).toMatchObject({
      aidCents: 250_000,
      limitedBy: 'COMPANY_CAP',
    });
    expect(computeAid(MODEL, 1_000_000, 500_000)).toMatchObject({ aidCents: 500_000, limitedBy: 'RATE' });
    expect(computeAid(MODEL, 1_000_000, 100_000)).toMatchObject({ aidCents: 100_000, grantable: true });
    expect(computeAid(MODEL, 1_000_000, 99_999)).toMatchObject({ aidCents: 99_999, grantable: false });
    expect(computeAid(MODEL, 1_000_000, 0)).toMatchObject({ aidCents: 0, aidBelowFloor: true });
  });

  it('computes on integers, exactly, up to envelopes far beyond 32 bits', () => {
    expect(applyRate(10_000_000_000, 5000)).toBe(5_000_000_000);
    expect(applyRate(9_007_199_254_740_991, 10_000)).toBe(9_007_199_254_740_991);
    expect(applyRate(9_007_199_254_740_991, 5000)).toBe(4_503_599_627_370_495);
    expect(applyRate(1, 3333)).toBe(0);
    expect(applyRate(1_000_001, 3333)).toBe(333_300);
    expect(applyRate(2_999_999, 3000)).toBe(899_999);
  });
});

describe('the per-company cap over a period', () => {
  const rules = { perCompanyCapCents: 3_000_000, perCompanyCapYears: 3 };
  const usage = { aidByYear: { '2023': 1_000_000, '2024': 1_000_000, '2026': 500_000 } };

  it('counts the aid of the decision year and the years before it, within the period', () => {
    expect(aidHeldInPeriod(usage, 2026, 3)).toBe(1_500_000);
    expect(aidHeldInPeriod(usage, 2025, 3)).toBe(2_000_000);
    expect(aidHeldInPeriod(usage, 2027, 3)).toBe(500_000);
    expect(aidHeldInPeriod(usage, 2029, 3)).toBe(0);
    expect(aidHeldInPeriod(undefined, 2026, 3)).toBe(0);
  });

  it('leaves what the period has not used, not counting the file’s own aid, and nothing without a cap', () => {
    expect(capRemaining(rules, usage, 2026)).toBe(1_500_000);
    expect(capRemaining(rules, usage, 2025)).toBe(1_000_000);
    expect(capRemaining(rules, usage, 2026, 500_000)).toBe(2_000_000);
    expect(capRemaining({ ...rules, perCompanyCapCents: 1_000_000 }, usage, 2026)).toBe(0);
    expect(capRemaining({ perCompanyCapYears: 3 }, usage, 2026)).toBeNull();
  });

  it('counts calendar years in Paris', () => {
    expect(parisYear(new Date('2026-12-31T22:59:59.000Z'))).toBe(2026);
    expect(parisYear(new Date('2026-12-31T23:00:00.000Z'))).toBe(2027);
  });
});

describe('a payment', () => {
  it('pays the rate of the invoice, rounded down, never more than the aid granted', () => {
    const paid = (invoice: number, granted = 500_000) =>
      computePayment(MODEL, invoice, 5000, granted).paidCents;
    expect(paid(800_001)).toBe(400_000);
    expect(paid(999_999)).toBe(499_999);
    expect(paid(1_000_000)).toBe(500_000);
    expect(paid(5_000_000)).toBe(500_000);
  });

  // The model scheme at 50 %: investment floor 2,000 €, aid floor 1,000 €, ceilings 30,000 € and 15,000 €.
  it.each([
    // invoice, granted, paid, payable
    [50_000, 1_500_000, 0, false], // the 500 € invoice that used to pay 250 €
    [199_999, 1_500_000, 0, false],
    [200_000, 1_500_000, 100_000, true],
    [200_001, 1_500_000, 100_000, true],
    [200_002, 1_500_000, 100_001, true],
    [2_999_999, 1_500_000, 1_499_999, true],
    [3_000_000, 1_500_000, 1_500_000, true],
    [3_000_001, 1_500_000, 1_500_000, true],
    [10_000_000, 1_500_000, 1_500_000, true],
    [3_000_000, 1_200_000, 1_200_000, true], // never more than granted
  ])('an invoice of %i cents (granted %i) pays %i (payable: %s)', (invoice, granted, paid, payable) => {
    const payment = computePayment(MODEL, invoice, 5000, granted);
    expect(payment.paidCents).toBe(paid);
    expect(payment.payable).toBe(payable);
  });

  it('refuses a payment below the aid floor even when the invoice reaches the investment floor', () => {
    // 20 %: 2,000 € invoiced give 400 €, under the 1,000 € floor; 5,000 € give exactly 1,000 €.
    expect(computePayment(MODEL, 200_000, 2000, 1_500_000)).toMatchObject({
      investmentBelowFloor: false,
      aidBelowFloor: true,
      payable: false,
      paidCents: 0,
    });
    expect(computePayment(MODEL, 499_999, 2000, 1_500_000).payable).toBe(false);
    expect(computePayment(MODEL, 500_000, 2000, 1_500_000)).toMatchObject({
      payable: true,
      paidCents: 100_000,
    });
  });

  it('caps the payment at the aid ceiling when the rate would give more', () => {
    const rules = { ...MODEL, aidCeilingCents: 1_000_000 };
    expect(computePayment(rules, 3_000_000, 5000, 1_500_000).paidCents).toBe(1_000_000);
  });
});
