import type { Resolvers } from '../generated/resolvers-types.js';
import * as privacy from './service.js';

export const privacyResolvers: Resolvers = {
  Query: {
    exportMyData: (_, __, ctx) => privacy.exportMyData(ctx),
  },
  Mutation: {
    deleteMyAccount: (_, args, ctx) => privacy.deleteMyAccount(ctx, args.confirmation),
  },
};
