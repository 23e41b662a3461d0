import type { Resolvers } from '../generated/resolvers-types.js';
import { capitalLinksFor, declareCapitalLink, removeCapitalLink } from './capital-links.js';

export const capitalLinkResolvers: Resolvers = {
  Mutation: {
    declareCapitalLink: (_, args, ctx) => declareCapitalLink(ctx, args),
    removeCapitalLink: (_, args, ctx) => removeCapitalLink(ctx, args),
  },
  Connecteur: {
    capitalLinks: (c, _, ctx) => capitalLinksFor(ctx.viewer, c),
  },
};
