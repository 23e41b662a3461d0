import type { CompanyUsageRecord, ProgramRules } from './records.js';

/** Basis points in 100 %. */
export const FULL_RATE = 10_000;

/** rate × amount in integer cents, rounded down (exact: the product is computed on big integers). */
export const applyRate = (amountCents: number, rateBasisPoints: number): number =>
  Number((BigInt(amountCents) * BigInt(rateBasisPoints)) / BigInt(FULL_RATE));

export type AidComputation = {
  /** min(investment, investment ceiling). */
  baseCents: number;
  /** min(rate × base, aid ceiling, remaining cap), rounded down to the cent. */
  aidCents: number;
  /** What limited the aid. */
  limitedBy: 'RATE' | 'AID_CEILING' | 'COMPANY_CAP';
  investmentBelowFloor: boolean;
  aidBelowFloor: boolean;
  /** Both floors are met: this aid can be granted. */
  grantable: boolean;
};

type AidRules = Pick<
  ProgramRules,
  | 'aidRateBasisPoints'
  | 'investmentFloorCents'
  | 'investmentCeilingCents'
  | 'aidFloorCents'
  | 'aidCeilingCents'
>;

/**
 * The chèque's arithmetic: eligible base = min(investment, ceiling); an investment below the floor is not eligible;
 * aid = min(rate × base, aid ceiling, what remains of the per-company cap), rounded down; below the aid floor it is not
 * eligible. `capRemainingCents` is null when the programme has no per-company cap.
 */
export function computeAid(
  rules: AidRules,
  investmentCents: number,
  capRemainingCents: number | null,
): AidComputation {
  const baseCents = Math.min(investmentCents, rules.investmentCeilingCents);
  const byRate = applyRate(baseCents, rules.aidRateBasisPoints);
  let aidCents = byRate;
  let limitedBy: AidComputation['limitedBy'] = 'RATE';
  if (rules.aidCeilingCents < aidCents) {
    aidCents = rules.aidCeilingCents;
    limitedBy = 'AID_CEILING';
  }
  if (capRemainingCents !== null && capRemainingCents < aidCents) {
    aidCents = Math.max(0, capRemainingCents);
    limitedBy = 'COMPANY_CAP';
  }
  const investmentBelowFloor = investmentCents < rules.investmentFloorCents;
  const aidBelowFloor = aidCents < rules.aidFloorCents;
  return {
    baseCents,
    aidCents,
    limitedBy,
    investmentBelowFloor,
    aidBelowFloor,
    grantable: !investmentBelowFloor && !aidBelowFloor,
  };
}

export type PaymentComputation = {
  /** min(invoice, investment ceiling): the invoiced cost the aid is paid on. */
  baseCents: number;
  /** min(rate × base, aid ceiling, granted aid), rounded down; 0 when a floor is not met. */
  paidCents: number;
  investmentBelowFloor: boolean;
  aidBelowFloor: boolean;
  /** Both floors are met: this payment can be made. */
  payable: boolean;
};

/**
 * A payment follows the rules of the grant: the invoice must reach the investment floor, the eligible base is capped
 * by the investment ceiling, the amount is rate × base (the rate granted) capped by the aid ceiling and the aid
 * granted, and must reach the aid floor. Below a floor nothing is payable.
 */
export function computePayment(
  rules: Pick<
    AidRules,
    'investmentFloorCents' | 'investmentCeilingCents' | 'aidFloorCents' | 'aidCeilingCents'
  >,
  invoiceCents: number,
  rateBasisPoints: number,
  grantedCents: number,
): PaymentComputation {
  const baseCents = Math.min(invoiceCents, rules.investmentCeilingCents);
  const amount = Math.min(applyRate(baseCents, rateBasisPoints), rules.aidCeilingCents, grantedCents);
  const investmentBelowFloor = invoiceCents < rules.investmentFloorCents;
  const aidBelowFloor = amount < rules.aidFloorCents;
  const payable = !investmentBelowFloor && !aidBelowFloor;
  return { baseCents, paidCents: payable ? amount : 0, investmentBelowFloor, aidBelowFloor, payable };
}

/** The calendar years a cap over `years` years looks at when deciding in `year`: year − years + 1 … year. */
export function capYears(year: number, years: number): number[] {
  return Array.from({ length: years }, (_, i) => year - years + 1 + i);
}

/** Aid a company holds from a programme over the cap's period ending in `year`. */
export function aidHeldInPeriod(
  usage: Pick<CompanyUsageRecord, 'aidByYear'> | undefined,
  year: number,
  years: number,
): number {
  if (!usage) return 0;
  return capYears(year, years).reduce((sum, y) => sum + (usage.aidByYear[String(y)] ?? 0), 0);
}

/** What remains of the per-company cap, or null without a cap. `ownCents` is this file's own share, not counted. */
export function capRemaining(
  rules: Pick<ProgramRules, 'perCompanyCapCents' | 'perCompanyCapYears'>,
  usage: Pick<CompanyUsageRecord, 'aidByYear'> | undefined,
  year: number,
  ownCents = 0,
): number | null {
  if (rules.perCompanyCapCents === undefined) return null;
  const held = aidHeldInPeriod(usage, year, rules.perCompanyCapYears) - ownCents;
  return Math.max(0, rules.perCompanyCapCents - held);
}
