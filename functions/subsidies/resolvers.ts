import type { Resolvers } from '../generated/resolvers-types.js';
import { notFound } from '../shared/errors.js';
import { regionByCode } from '../shared/geography.js';
import { computeAid } from './aid.js';
import { firstDayOf, isCallOpen, lastDayOf } from './call-window.js';
import { attestationStatusOf } from './attestation.js';
import { beyondAttestation, eligibilityChecksFor, relationTo, seesReasons } from './need-to-know.js';
import { identityView } from '../companies/index.js';
import { followUpOpensAt } from './notes.js';
import * as notes from './notes.js';
import * as payments from './payments.js';
import * as programs from './programs.js';
import * as reads from './reads.js';
import { SUBSIDY_STATUSES } from './records.js';
import * as decisions from './decisions.js';
import * as subsidies from './service.js';

export const subsidyResolvers: Resolvers = {
  Query: {
    subsidyPrograms: (_, args, ctx) => programs.listPrograms(ctx, args.regionCode),
    subsidyProgram: async (_, args, ctx) => (await ctx.subsidyProgramLoader.load(args.id)) ?? null,
    subsidyApplication: (_, args, ctx) => reads.readApplication(ctx, args.id),
    subsidyApplications: (_, args, ctx) =>
      reads.listApplications(ctx, args.filter, args.first, args.after, args.orderBy),
    applicationsToAttest: (_, args, ctx) => reads.listFilesToAttest(ctx, args.first, args.after),
    subsidyProgramExport: (_, args, ctx) => programs.exportProgram(ctx, args.programId),
  },
  Mutation: {
    openSubsidyProgram: (_, args, ctx) => programs.openProgram(ctx, args.input),
    updateSubsidyProgram: (_, args, ctx) =>
      programs.updateProgram(ctx, args.id, args.input, args.expectedVersion),
    createSubsidyApplication: (_, args, ctx) => subsidies.createApplication(ctx, args.input),
    updateSubsidyApplication: (_, args, ctx) =>
      subsidies.updateApplication(ctx, args.id, args.input, args.expectedVersion),
    submitSubsidyApplication: (_, args, ctx) =>
      subsidies.submitApplication(ctx, args.id, args.idempotencyKey, args.declaration),
    attestSubsidyApplication: (_, args, ctx) => subsidies.attestApplication(ctx, args.id),
    startSubsidyReview: (_, args, ctx) => decisions.startReview(ctx, args.id, args.expectedVersion),
    requestSubsidyCorrection: (_, args, ctx) =>
      decisions.requestCorrection(ctx, args.id, args.message, args.expectedVersion),
    decideSubsidyApplication: (_, { id, ...args }, ctx) => decisions.decideApplication(ctx, id, args),
    reopenSubsidyApplication: (_, args, ctx) =>
      decisions.reopenApplication(ctx, args.id, args.reason, args.expectedVersion),
    recordSubsidyPayment: (_, args, ctx) =>
      payments.recordPayment(ctx, args.id, args.invoiceCents, args.expectedVersion),
    correctSubsidyPayment: (_, args, ctx) =>
      payments.correctPayment(ctx, args.id, args.input, args.expectedVersion),
    sendSubsidyMessage: (_, { id, ...args }, ctx) => notes.sendMessage(ctx, id, args),
    annotateSubsidyApplication: (_, { id, ...args }, ctx) => notes.annotate(ctx, id, args),
    answerSubsidyFollowUp: (_, args, ctx) => notes.answerFollowUp(ctx, args.id, args.input),
  },
  SubsidyProgram: {
    regionName: (p) => regionByCode(p.regionCode)?.name ?? p.regionCode,
    isOpen: (p, _, ctx) => isCallOpen(p, ctx.now),
    opensOn: (p) => firstDayOf(p),
    closesOn: (p) => lastDayOf(p),
    maxAnnualRevenueCents: (p) => p.maxAnnualRevenueCents ?? null,
    perCompanyCapCents: (p) => p.perCompanyCapCents ?? null,
    description: (p) => p.description ?? null,
    managingBodyCapCents: (p) => p.managingBodyCapCents ?? null,
    managingBodyCapYears: (p) => p.managingBodyCapYears ?? null,
    questions: (p) => p.questions ?? [],
    simulateAid: (p, args) => computeAid(p, args.investmentCents, null).aidCents,
    dashboard: (p, _, ctx) => programs.dashboardOf(ctx, p),
  },
  SubsidyProgramDashboard: {
    inProgressCents: (l, _, ctx) => programs.inProgressOf(ctx, l),
    countsByStatus: (l) => SUBSIDY_STATUSES.map((status) => ({ status, count: l[`count${status}`] ?? 0 })),
    followUp: (l) => {
      const average = (sum: number) => (l.followUpResponses ? sum / l.followUpResponses : null);
      return {
        responses: l.followUpResponses,
        benefitCount: l.followUpBenefitCount,
        averageRevenueChangePercent: average(l.followUpRevenueChangePercentSum),
        averageEmployeesChange: average(l.followUpEmployeesChangeSum),
        averageSatisfaction: average(l.followUpSatisfactionSum),
      };
    },
  },
  SubsidyApplication: {
    company: async (a, _, ctx) => {
      const company = await ctx.companyLoader.load(a.companyId);
      if (!company) throw notFound('Entreprise');
      // The trusted third party reads the company's identity, size and sector, not its revenue.
      return (await relationTo(ctx, a)) === 'TRUSTED_THIRD_PARTY' ? identityView(company) : company;
    },
    program: async (a, _, ctx) => {
      const program = await ctx.subsidyProgramLoader.load(a.programId);
      if (!program) throw notFound('Programme');
      return program;
    },
    answers: (a) => a.answers ?? [],
    aidCents: (a, _, ctx) => reads.aidOf(ctx, a),
    grantedAidCents: (a, _, ctx) =>
      beyondAttestation(ctx, a, 'L’aide accordée', () => a.grantedAidCents ?? null),
    paidCents: (a, _, ctx) => beyondAttestation(ctx, a, 'Le paiement', () => a.paidCents ?? null),
    invoiceCents: (a, _, ctx) => beyondAttestation(ctx, a, 'La facture', () => a.invoiceCents ?? null),
    paidAt: (a, _, ctx) => beyondAttestation(ctx, a, 'Le paiement', () => a.paidAt ?? null),
    followUp: (a, _, ctx) => beyondAttestation(ctx, a, 'Le questionnaire de suivi', () => a.followUp ?? null),
    eligible: async (a, _, ctx) => (await reads.eligibilityOf(ctx, a)).eligible,
    eligibility: async (a, _, ctx) =>
      eligibilityChecksFor(ctx, a, (await reads.eligibilityOf(ctx, a)).checks),
    trustedThirdParty: async (a, _, ctx) =>
      a.trustedThirdPartyId ? ((await ctx.connecteurLoader.load(a.trustedThirdPartyId)) ?? null) : null,
    attestedBy: async (a, _, ctx) =>
      a.attestedBy ? ((await ctx.connecteurLoader.load(a.attestedBy)) ?? null) : null,
    attestationStatus: async (a, _, ctx) => (await attestationStatusOf(ctx, a)).status,
    attestationStatusSince: async (a, _, ctx) => (await attestationStatusOf(ctx, a)).at ?? null,
    attestationStatusReason: async (a, _, ctx) => (await attestationStatusOf(ctx, a)).reason ?? null,
    history: (a, _, ctx) => reads.historyOf(ctx, a),
    messages: (a, _, ctx) =>
      beyondAttestation(ctx, a, 'Les messages entre la région et l’entreprise', () =>
        reads.messagesOf(ctx, a),
      ),
    annotations: (a, _, ctx) => reads.annotationsOf(ctx, a),
    followUpOpensAt: (a, _, ctx) =>
      beyondAttestation(ctx, a, 'Le suivi', () => followUpOpensAt(a)?.toISOString() ?? null),
  },
  SubsidyHistoryEntry: {
    actorSub: (h, _, ctx) => (reads.seesActors(ctx) ? h.actorSub : null),
    reason: async (h, _, ctx) => ((await seesReasons(ctx, h.applicationId)) ? (h.reason ?? null) : null),
  },
  SubsidyExpense: {
    providerCommuneCode: (e) => e.providerCommuneCode ?? null,
  },
};
