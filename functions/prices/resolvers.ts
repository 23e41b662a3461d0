import type { Resolvers } from '../generated/resolvers-types.js';
import * as prices from './service.js';

export const priceResolvers: Resolvers = {
  Query: {
    priceReferential: (_, args, ctx) => prices.priceReferential(ctx, args),
    priceReferentials: (_, args, ctx) => prices.priceReferentials(ctx, args),
    pricePosition: (_, args, ctx) => prices.pricePosition(ctx, args),
  },
  // Reached only through the subsidy domain's own authorization; histograms of all expenses in one BatchGetItem.
  SubsidyApplication: {
    expensePricePositions: (a, _, ctx) =>
      Promise.all(a.expenses.map((e) => prices.positionOf(ctx, e.theme, a.regionCode, e.amountCents))),
  },
};
