import { invoiceObservations } from '../prices/index.js';
import { AppError, badUserInput } from '../shared/errors.js';
import { parseInput } from '../shared/validation.js';
import { computePayment, type PaymentComputation } from './aid.js';
import type { SubsidyDeps } from './deps.js';
import { correctPaymentInput, expectedVersion, invoiceCents as invoiceCentsSchema } from './inputs.js';
import { formatEuros, formatRate } from './money.js';
import type { SubsidyApplicationRecord, SubsidyProgramRecord } from './records.js';
import { attestationGuardFor, explainingAttestation } from './attestation.js';
import { fire } from './transition.js';
import { priceReport } from './price-report.js';

/** Why a payment cannot be made, in French with the figures, the failed rules in `extensions.failedRules`. */
function notPayable(
  program: SubsidyProgramRecord,
  invoiceCents: number,
  rate: number,
  payment: PaymentComputation,
): AppError {
  const failedRules = [
    ...(payment.investmentBelowFloor
      ? [
          {
            rule: 'INVESTMENT_FLOOR',
            message: `La facture de ${formatEuros(invoiceCents)} est inférieure au plancher d’investissement du programme (${formatEuros(program.investmentFloorCents)}).`,
          },
        ]
      : []),
    ...(payment.aidBelowFloor && !payment.investmentBelowFloor
      ? [
          {
            rule: 'AID_FLOOR',
            message: `L’aide correspondant à cette facture (${formatRate(rate)} de ${formatEuros(payment.baseCents)}) est inférieure au plancher d’aide du programme (${formatEuros(program.aidFloorCents)}).`,
          },
        ]
      : []),
  ];
  return new AppError(
    'NOT_ELIGIBLE',
    `Paiement impossible : ${failedRules.map((r) => r.message).join(' ')} Si les travaux réalisés ne permettent pas l’aide, rouvrez le dossier puis classez-le sans suite.`,
    { failedRules },
  );
}

const paymentOf = (app: SubsidyApplicationRecord, program: SubsidyProgramRecord, invoiceCents: number) =>
  computePayment(program, invoiceCents, app.grantedRateBasisPoints ?? 0, app.grantedAidCents ?? 0);

/**
 * Pays the aid the invoice proves, by the programme's rules at the rate granted: the invoice must reach the
 * investment floor and the payment the aid floor (NOT_ELIGIBLE otherwise, nothing written); it never exceeds the aid
 * ceiling nor the aid granted, and what is not paid goes back to the envelope in the same transaction.
 */
export async function recordPayment(
  deps: SubsidyDeps,
  id: string,
  rawInvoiceCents: unknown,
  rawExpectedVersion: unknown,
) {
  const invoice = parseInput(invoiceCentsSchema, rawInvoiceCents, ['invoiceCents']);
  const version = parseInput(expectedVersion, rawExpectedVersion, ['expectedVersion']);
  const intro = 'Paiement impossible';
  return explainingAttestation(deps, id, intro, () =>
    fire(deps, {
      id,
      event: 'RECORD_PAYMENT',
      expectedVersion: version,
      attestationGuard: ({ app, program }) => attestationGuardFor(deps, app, program, intro),
      change: ({ app, program }) => {
        const payment = paymentOf(app, program, invoice);
        if (!payment.payable) throw notPayable(program, invoice, app.grantedRateBasisPoints ?? 0, payment);
        return { invoiceCents: invoice, paidCents: payment.paidCents, paidAt: deps.now.toISOString() };
      },
      outbox: (next) => [priceReport(next, 'INVOICES', invoiceObservations(next.expenses, invoice))],
    }),
  );
}

/**
 * An agent corrects a paid file: the payment is recomputed from the corrected invoice by the same rules (a corrected
 * invoice below a floor means nothing was due: the whole aid is recovered). The reason, the invoice and the amount
 * paid go into the history; the programme's paid and remaining amounts and the company's cap move in the same
 * transaction, under the version read (CONFLICT when stale). Paying more needs the envelope to hold the difference
 * (BUDGET_EXHAUSTED otherwise).
 */
export async function correctPayment(
  deps: SubsidyDeps,
  id: string,
  rawInput: unknown,
  rawExpectedVersion: unknown,
) {
  const input = parseInput(correctPaymentInput, rawInput, ['input']);
  const version = parseInput(expectedVersion, rawExpectedVersion, ['expectedVersion']);
  return fire(deps, {
    id,
    event: 'CORRECT_PAYMENT',
    expectedVersion: version,
    reason: input.reason,
    change: ({ app, program }) => {
      const payment = paymentOf(app, program, input.invoiceCents);
      if (payment.paidCents === app.paidCents && input.invoiceCents === app.invoiceCents) {
        throw badUserInput('Cette correction ne change ni la facture ni le montant payé.', [
          { path: ['input', 'invoiceCents'], message: 'Même facture que celle enregistrée.' },
        ]);
      }
      return { invoiceCents: input.invoiceCents, paidCents: payment.paidCents };
    },
  });
}
