import { frenchDay } from '../shared/paris-time.js';
import { applyRate, computePayment } from './aid.js';
import { formatEuros, formatRate } from './money.js';
import { followUpOpensAt } from './notes.js';
import type { SubsidyApplicationRecord, SubsidyProgramRecord } from './records.js';

type Rules = Pick<
  SubsidyProgramRecord,
  | 'investmentFloorCents'
  | 'investmentCeilingCents'
  | 'aidFloorCents'
  | 'aidCeilingCents'
  | 'attestationRequired'
>;

const day = frenchDay;

/** How the payment is computed from the invoice: what an accepted file's applicant must know before invoicing. */
function paymentRule(app: SubsidyApplicationRecord, program: Rules): string {
  const rate = formatRate(app.grantedRateBasisPoints ?? 0);
  return (
    `La région verse alors ${rate} du montant de la facture (retenu jusqu’à ${formatEuros(program.investmentCeilingCents)}), ` +
    `au plus ${formatEuros(Math.min(app.grantedAidCents ?? 0, program.aidCeilingCents))} (l’aide accordée) : ` +
    `une facture inférieure à ${formatEuros(program.investmentFloorCents)}, ou une aide calculée inférieure à ` +
    `${formatEuros(program.aidFloorCents)}, ne permet aucun versement. Une facture plus basse que le devis donne une aide plus basse.`
  );
}

/** What the applicant does next, in French, one step per item, by where the file stands. */
export function nextStepsOf(app: SubsidyApplicationRecord, program: Rules): string[] {
  switch (app.status) {
    case 'DRAFT':
      return [
        'Complétez le projet et ses dépenses, et joignez le devis de chaque prestataire.',
        ...(program.attestationRequired
          ? ['Faites attester le projet par le connecteur labellisé choisi comme tiers de confiance.']
          : []),
        'Déposez le dossier : vous relirez un récapitulatif et signerez une déclaration sur l’honneur.',
      ];
    case 'SUBMITTED':
      return [
        'La région va instruire votre dossier ; vous pouvez encore le corriger tant que l’instruction n’a pas commencé.',
        'Ne commencez pas les travaux avant la décision si vous voulez être sûr d’être aidé.',
      ];
    case 'CORRECTION_REQUESTED':
      return [
        'Corrigez le dossier comme la région le demande (voir ses messages), puis déposez-le à nouveau.',
      ];
    case 'UNDER_REVIEW':
      return ['La région instruit votre dossier ; elle vous écrira ici si elle a besoin d’informations.'];
    case 'ACCEPTED':
      return [
        'Faites réaliser les travaux prévus par les prestataires du dossier.',
        'Une fois les travaux terminés et facturés, joignez ici la facture acquittée (PDF, PNG ou JPEG, 10 Mo au plus).',
        paymentRule(app, program),
      ];
    case 'PAID': {
      const opens = followUpOpensAt(app);
      return [
        `L’aide de ${formatEuros(app.paidCents ?? 0)} a été versée${app.paidAt ? ` le ${day(app.paidAt)}` : ''}.`,
        ...(opens && !app.followUp
          ? [`À partir du ${day(opens)}, répondez au questionnaire de suivi à un an.`]
          : []),
      ];
    }
    default:
      return [
        'Ce dossier est clos. Vous pouvez déposer un nouveau dossier sur un programme ouvert de votre région.',
      ];
  }
}

/**
 * Why a paid file received less than the aid granted, with the payment rules applied to its invoice: the aid is paid
 * on the invoice, not the quote; the invoice counts up to the investment ceiling; the payment is capped by the aid
 * ceiling and the aid granted; below a floor nothing is paid (a correction may then recover the whole aid).
 */
export function paymentExplanationOf(app: SubsidyApplicationRecord, program: Rules): string | null {
  const granted = app.grantedAidCents;
  const paid = app.paidCents;
  const invoice = app.invoiceCents;
  if (app.status !== 'PAID' || granted === undefined || paid === undefined || invoice === undefined)
    return null;
  if (paid >= granted) return null;
  const rate = app.grantedRateBasisPoints ?? 0;
  const payment = computePayment(program, invoice, rate, granted);
  const gap = `L’aide versée (${formatEuros(paid)}) est inférieure à l’aide accordée (${formatEuros(granted)})`;
  if (!payment.payable) {
    const floor = payment.investmentBelowFloor
      ? `la facture retenue (${formatEuros(invoice)}) est inférieure au plancher d’investissement du programme (${formatEuros(program.investmentFloorCents)})`
      : `l’aide calculée sur la facture (${formatRate(rate)} de ${formatEuros(payment.baseCents)}) est inférieure au plancher d’aide du programme (${formatEuros(program.aidFloorCents)})`;
    return `${gap} : ${floor}, ce qui ne permet aucun versement.`;
  }
  const parts = [
    `l’aide se calcule sur la facture, non sur le devis : ${formatRate(rate)} de ${formatEuros(payment.baseCents)}`,
    ...(invoice > program.investmentCeilingCents
      ? [
          `(la facture de ${formatEuros(invoice)} est retenue jusqu’au plafond d’investissement de ${formatEuros(program.investmentCeilingCents)})`,
        ]
      : []),
    `= ${formatEuros(applyRate(payment.baseCents, rate))}`,
    ...(applyRate(payment.baseCents, rate) > program.aidCeilingCents
      ? [`, ramenés au plafond d’aide du programme (${formatEuros(program.aidCeilingCents)})`]
      : []),
  ];
  return `${gap} : ${parts.join(' ')}. La différence (${formatEuros(granted - paid)}) est rendue à l’enveloppe du programme.`;
}
