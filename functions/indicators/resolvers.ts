import type { Resolvers } from '../generated/resolvers-types.js';
import * as indicators from './service.js';

export const indicatorResolvers: Resolvers = {
  Query: {
    connecteurDashboard: (_, __, ctx) => indicators.connecteurDashboard(ctx),
    programmeIndicators: (_, args, ctx) => indicators.programmeIndicators(ctx, args.regionCode),
  },
};
