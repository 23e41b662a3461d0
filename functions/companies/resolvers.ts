import type { Resolvers } from '../generated/resolvers-types.js';
import { CentsScalar } from '../shared/cents.js';
import { nafLabel, nafSection } from '../shared/naf.js';
import * as companies from './service.js';
import { annualRevenueOf } from './views.js';

export const companyResolvers: Resolvers = {
  Cents: CentsScalar,
  Query: {
    myCompany: async (_, __, ctx) => (await companies.myCompany(ctx)) ?? null,
  },
  Mutation: {
    registerCompany: (_, args, ctx) => companies.registerCompany(ctx, args.input),
    joinMyCompany: (_, __, ctx) => companies.joinMyCompany(ctx),
    updateCompany: (_, args, ctx) => companies.updateCompany(ctx, args.input, args.expectedVersion),
  },
  Company: {
    nafLabel: (c) => nafLabel(c.nafCode) ?? c.nafCode,
    nafSection: (c) => nafSection(c.nafCode),
    annualRevenueCents: (c) => annualRevenueOf(c),
  },
};
