import type { Resolvers } from '../generated/resolvers-types.js';
import { isSelfOrModerator } from './capital-links.js';
import { approvedOf } from './served.js';
import { approveServedDepartement, servedDepartementsChanges } from './served-service.js';

export const servedResolvers: Resolvers = {
  Query: {
    servedDepartementsChanges: (_, args, ctx) =>
      servedDepartementsChanges(ctx, args.connecteurId, args.first, args.after),
  },
  Mutation: {
    approveServedDepartement: (_, args, ctx) => approveServedDepartement(ctx, args),
  },
  Connecteur: {
    approvedDepartements: (c, _, ctx) => (isSelfOrModerator(ctx.viewer, c) ? approvedOf(c) : []),
  },
};
