import type { Resolvers } from '../generated/resolvers-types.js';
import { followUpContact, nextActionDueOn, overdueActionItems } from './due.js';
import type { FollowRecord } from './records.js';
import { companyById } from '../companies/index.js';
import * as followups from './service.js';
import { followId } from './store.js';

const workspaceOf = (f: FollowRecord, ctx: Parameters<typeof followups.myFollows>[0]) =>
  ctx.workspaceLoader.load(f.companyId);

export const followupResolvers: Resolvers = {
  Query: {
    myFollowedCompanies: (_, args, ctx) => followups.myFollowedCompanies(ctx, args.first, args.after),
    followedCompany: (_, args, ctx) => followups.consentedFollow(ctx, args.companyId),
    leads: (_, args, ctx) =>
      followups.leads(ctx, { departementCode: args.departementCode }, args.first, args.after),
    myFollows: (_, __, ctx) => followups.myFollows(ctx),
    myContactConsent: (_, __, ctx) => followups.myContactConsent(ctx),
  },
  Mutation: {
    proposeFollow: (_, args, ctx) => followups.proposeFollow(ctx, args),
    acceptFollow: (_, args, ctx) => followups.acceptFollow(ctx, args.connecteurId),
    declineFollow: (_, args, ctx) => followups.declineFollow(ctx, args.connecteurId),
    revokeFollow: (_, args, ctx) => followups.revokeFollow(ctx, args.connecteurId),
    setContactConsent: (_, args, ctx) => followups.setContactConsent(ctx, args.consented),
    addActionItem: (_, args, ctx) => followups.addActionItem(ctx, args),
    updateActionItem: (_, args, ctx) => followups.updateActionItem(ctx, args),
    addMeetingNote: (_, args, ctx) => followups.addMeetingNote(ctx, args),
  },
  FollowedCompany: {
    id: (f) => followId(f),
    company: (f, _, ctx) => companyById(ctx, f.companyId),
    followedSince: (f) => f.acceptedAt ?? f.proposedAt,
    latestMaturity: async (f, _, ctx) => (await workspaceOf(f, ctx))?.latestDiagnostic ?? null,
    due: async (f, _, ctx) => ({
      followUpContact: followUpContact(f, await workspaceOf(f, ctx), ctx.now),
      overdueActionItems: overdueActionItems(f, ctx.now),
      nextActionDueOn: nextActionDueOn(f),
    }),
    meetingNotes: (f, args, ctx) => followups.meetingNotes(ctx, f, false, args.first, args.after),
  },
  Follow: {
    id: (f) => followId(f),
    connecteur: async (f, _, ctx) => {
      const connecteur = await ctx.connecteurLoader.load(f.connecteurId);
      if (!connecteur) throw new Error(`connecteur ${f.connecteurId} of a follow is missing`);
      return connecteur;
    },
    proposalMessage: (f) => f.proposalMessage ?? null,
    acceptedAt: (f) => f.acceptedAt ?? null,
    revokedAt: (f) => f.revokedAt ?? null,
    followUpContact: async (f, _, ctx) => followUpContact(f, await workspaceOf(f, ctx), ctx.now),
    sharedMeetingNotes: (f, args, ctx) => followups.meetingNotes(ctx, f, true, args.first, args.after),
  },
  FollowProposal: {
    id: (f) => followId(f),
  },
  ActionItem: {
    dueOn: (a) => a.dueOn ?? null,
  },
  MaturitySnapshot: {
    diagnosticId: (s) => s.id,
    diagnosedAt: (s) => s.submittedAt,
  },
  Lead: {
    company: (w, _, ctx) => companyById(ctx, w.companyId),
    latestMaturity: (w) => {
      if (!w.latestDiagnostic) throw new Error(`lead ${w.companyId} without a diagnostic`);
      return w.latestDiagnostic;
    },
  },
  ContactConsent: {
    consented: (w) => w.contactConsent,
    changedAt: (w) => w.contactConsentChangedAt ?? null,
    departementCode: (w) => w.departementCode,
  },
};
