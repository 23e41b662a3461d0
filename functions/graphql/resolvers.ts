import type { Resolvers } from '../generated/resolvers-types.js';
import { connecteurResolvers } from '../connecteurs/resolvers.js';

const baseResolvers: Resolvers = {
  Query: {
    health: () => 'ok',
    viewer: (_, __, ctx) =>
      ctx.viewer.kind === 'user'
        ? { sub: ctx.viewer.sub, role: ctx.viewer.role, regionCode: ctx.viewer.regionCode ?? null }
        : { sub: null, role: null, regionCode: null },
  },
};

/** Each domain contributes its root fields and type resolvers; they never share a field. */
export const resolvers: Resolvers[] = [baseResolvers, connecteurResolvers];
