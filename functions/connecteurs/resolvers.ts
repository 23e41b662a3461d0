import type { Resolvers } from '../generated/resolvers-types.js';
import { answeredByCards } from './card.js';
import { isSelfOrModerator } from './capital-links.js';
import { isLabelValidAt, pendingRequest, tierAt, validLabel } from './label.js';
import * as connecteurs from './service.js';

export const connecteurResolvers: Resolvers = {
  Query: {
    connecteurs: (_, args, ctx, info) =>
      connecteurs.searchConnecteurs(ctx, args.filter, args.first, args.after, answeredByCards(info)),
    connecteur: async (_, args, ctx) => (await ctx.connecteurLoader.load(args.id)) ?? null,
    myConnecteurProfile: (_, __, ctx) => connecteurs.myConnecteurProfile(ctx),
    pendingLabelRequests: (_, args, ctx) => connecteurs.pendingLabelRequests(ctx, args.first, args.after),
  },
  Mutation: {
    registerConnecteur: (_, args, ctx) => connecteurs.registerConnecteur(ctx, args.input),
    updateConnecteurProfile: (_, args, ctx) => connecteurs.updateConnecteurProfile(ctx, args.input),
    requestLabel: (_, __, ctx) => connecteurs.requestLabel(ctx),
    grantLabel: (_, args, ctx) => connecteurs.grantLabel(ctx, args),
    rejectLabelRequest: (_, args, ctx) => connecteurs.rejectLabelRequest(ctx, args),
    revokeLabel: (_, args, ctx) => connecteurs.revokeLabel(ctx, args),
  },
  Connecteur: {
    email: (c, _, ctx) => (ctx.viewer.kind === 'user' ? c.email : null),
    website: (c) => c.website ?? null,
    tier: (c, _, ctx) => tierAt(c, ctx.now),
    isLabelled: (c, _, ctx) => validLabel(c, ctx.now) !== undefined,
    labelValidUntil: (c, _, ctx) => validLabel(c, ctx.now)?.validUntil ?? null,
    labelWave: (c, _, ctx) => validLabel(c, ctx.now)?.wave ?? null,
    hasPendingLabelRequest: (c) => pendingRequest(c) !== undefined,
    // The procedure is public; why a label was refused or revoked is the connecteur's and the moderators' business.
    labelHistory: (c, _, ctx) =>
      isSelfOrModerator(ctx.viewer, c)
        ? c.labelHistory
        : c.labelHistory.map(({ reason: _reason, ...r }) => r),
  },
  LabelRequest: {
    isValid: (r, _, ctx) => isLabelValidAt(r, ctx.now),
  },
};
