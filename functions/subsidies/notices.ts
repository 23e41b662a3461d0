import type { NotificationEvent } from '../shared/notifications.js';
import { afterDays, type Notices, type ReminderGuard } from '../shared/reminders.js';
import { formatEuros } from './money.js';
import type { SubsidyApplicationRecord, SubsidyProgramRecord } from './records.js';
import type { SubsidyEvent } from './workflow.js';

/**
 * Who is told what about a chèque numérique file, for each transition (fired in the transition's transaction,
 * transition.ts): the applicant's company of its receipt, corrections, decisions and payment (always sent), the
 * region's agents of a new file (their daily digest), the trusted third party chosen of an attestation to give; later
 * the agents of a file waiting past the programme's decision target, and the company of its one-year survey.
 * The reasons shown are those of the file's history, which the applicant reads.
 */

/** Days the region means to decide a file in, when the programme does not say (`decisionTargetDays`). */
export const DEFAULT_DECISION_TARGET_DAYS = 30;

export const companyFileLink = (id: string) => `/entreprise/cheque-numerique/dossiers/${id}`;
export const agentFileLink = (id: string) => `/region/dossiers/${id}`;
export const attestationLink = (id: string) => `/connecteur/attestation/${id}`;

/** One year after the payment, same instant. */
const oneYearAfter = (at: string) => {
  const date = new Date(at);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString();
};

export type SubsidyGuards = {
  /** Still waiting for a decision since the same submission. */
  waiting: (next: SubsidyApplicationRecord) => ReminderGuard;
  /** Paid and its follow-up survey not answered. */
  surveyOpen: (next: SubsidyApplicationRecord) => ReminderGuard;
};

export function transitionNotices(
  event: SubsidyEvent,
  next: SubsidyApplicationRecord,
  program: Pick<SubsidyProgramRecord, 'name' | 'decisionTargetDays'>,
  guards: SubsidyGuards,
  reason?: string,
  previous?: SubsidyApplicationRecord,
): Notices {
  const id = `subapp:${next.id}:v${next.version}`;
  const company = { kind: 'COMPANY', companyId: next.companyId } as const;
  const toCompany = (
    what: string,
    category: NotificationEvent['category'],
    title: string,
    body: string,
  ): NotificationEvent => ({
    id: `${id}:${what}`,
    category,
    recipient: company,
    title,
    body,
    link: companyFileLink(next.id),
  });
  const because = reason ? ` Motif : ${reason}` : '';
  switch (event) {
    case 'SUBMIT': {
      const target = program.decisionTargetDays ?? DEFAULT_DECISION_TARGET_DAYS;
      const submittedAt = next.submittedAt ?? next.updatedAt;
      return {
        events: [
          toCompany(
            'receipt',
            'SUBSIDY_RECEIPT',
            'Accusé de réception de votre dossier',
            `Votre dossier « ${program.name} » est déposé. La région l’instruit et vous informera de chaque étape.`,
          ),
          {
            id: `${id}:submitted`,
            category: 'SUBSIDY_SUBMITTED',
            recipient: { kind: 'REGION_AGENTS', regionCode: next.regionCode },
            title: 'Nouveau dossier déposé',
            body: `Un dossier est déposé sur le programme « ${program.name} ».`,
            link: agentFileLink(next.id),
          },
        ],
        reminders: [
          {
            id: `subapp:${next.id}:waiting:${submittedAt}`,
            dueAt: afterDays(submittedAt, target),
            guard: guards.waiting(next),
            events: [
              {
                id: `subapp:${next.id}:waiting:${submittedAt}`,
                category: 'SUBSIDY_WAITING',
                recipient: { kind: 'REGION_AGENTS', regionCode: next.regionCode },
                title: 'Dossier en attente de décision',
                body: `Un dossier du programme « ${program.name} » attend une décision depuis plus de ${target} jours.`,
                link: agentFileLink(next.id),
              },
            ],
          },
        ],
      };
    }
    case 'UPDATE':
      return previous ? attestationNotices(previous, next, program) : {};
    case 'REQUEST_CORRECTION':
      return {
        events: [
          toCompany(
            'correction',
            'SUBSIDY_DECISION',
            'Une correction est demandée sur votre dossier',
            `La région demande une correction de votre dossier « ${program.name} ».${because}`,
          ),
        ],
      };
    case 'ACCEPT':
      return {
        events: [
          toCompany(
            'accepted',
            'SUBSIDY_DECISION',
            'Votre dossier est accepté',
            `Votre dossier « ${program.name} » est accepté : aide accordée de ${formatEuros(next.grantedAidCents ?? 0)}.`,
          ),
        ],
      };
    case 'REJECT':
    case 'CLOSE_WITHOUT_FOLLOW_UP': {
      const rejected = event === 'REJECT';
      return {
        events: [
          toCompany(
            rejected ? 'rejected' : 'closed',
            'SUBSIDY_DECISION',
            rejected ? 'Votre dossier est refusé' : 'Votre dossier est classé sans suite',
            `Votre dossier « ${program.name} » est ${rejected ? 'refusé' : 'classé sans suite'}.${because}`,
          ),
        ],
      };
    }
    case 'RECORD_PAYMENT': {
      const paidAt = next.paidAt ?? next.updatedAt;
      return {
        events: [
          toCompany(
            'paid',
            'SUBSIDY_DECISION',
            'Le paiement de votre aide est enregistré',
            `Le paiement de ${formatEuros(next.paidCents ?? 0)} pour votre dossier « ${program.name} » est enregistré.`,
          ),
        ],
        reminders: [
          {
            id: `subapp:${next.id}:survey`,
            dueAt: oneYearAfter(paidAt),
            guard: guards.surveyOpen(next),
            events: [
              {
                id: `subapp:${next.id}:survey`,
                category: 'SUBSIDY_SURVEY_DUE',
                recipient: company,
                title: 'Votre avis un an après : l’enquête de suivi',
                body: `Un an après le paiement de votre chèque numérique « ${program.name} », dites-nous ce que votre projet a changé.`,
                link: companyFileLink(next.id),
              },
            ],
          },
        ],
      };
    }
    default:
      return {};
  }
}

/**
 * The trusted third party is asked to attest when the applicant chooses it (at creation or by a change), or when a
 * change to the project withdrew its attestation: while a file is not attested by the connecteur it names.
 */
export function attestationNotices(
  previous: SubsidyApplicationRecord | undefined,
  next: SubsidyApplicationRecord,
  program: Pick<SubsidyProgramRecord, 'name'>,
): Notices {
  const chosen = next.trustedThirdPartyId;
  if (!chosen || next.attestedBy) return {};
  const asked = previous?.trustedThirdPartyId === chosen && !previous.attestedBy;
  if (asked) return {};
  return {
    events: [
      {
        id: `subapp:${next.id}:v${next.version}:attestation`,
        category: 'SUBSIDY_ATTESTATION_REQUESTED',
        recipient: { kind: 'CONNECTEUR', connecteurId: chosen },
        title: 'Une attestation vous est demandée',
        body: `Une entreprise vous a choisi comme tiers de confiance pour son dossier « ${program.name} » : son projet attend votre attestation.`,
        link: attestationLink(next.id),
      },
    ],
  };
}
