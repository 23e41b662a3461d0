import type { Resolvers } from '../generated/resolvers-types.js';
import * as engagements from './engagements.js';
import * as recommendations from './recommendations.js';
import * as reviews from './reviews.js';
import * as providers from './service.js';

const twoDecimals = (n: number) => Math.round(n * 100) / 100;

export const providerResolvers: Resolvers = {
  Query: {
    providers: (_, args, ctx) => providers.searchProviders(ctx, args.filter, args.first, args.after),
    provider: async (_, args, ctx) => (await ctx.providerLoader.load(args.id)) ?? null,
    myProvider: (_, __, ctx) => providers.myProvider(ctx),
    moderationQueue: (_, args, ctx) => reviews.moderationQueue(ctx, args.first, args.after),
    myReviews: (_, args, ctx) => reviews.myReviews(ctx, args.first, args.after),
    myProviderEngagements: (_, args, ctx) => engagements.myProviderEngagements(ctx, args.first, args.after),
    providerRecommendations: (_, args, ctx) => recommendations.providerRecommendations(ctx, args),
  },
  Mutation: {
    registerProvider: (_, args, ctx) => providers.registerProvider(ctx, args.input),
    updateProvider: (_, args, ctx) => providers.updateProvider(ctx, args.input),
    addProviderOffer: (_, args, ctx) => providers.addProviderOffer(ctx, args.input),
    removeProviderOffer: (_, args, ctx) => providers.removeProviderOffer(ctx, args),
    reviewProvider: (_, args, ctx) => reviews.reviewProvider(ctx, args),
    editReview: (_, args, ctx) => reviews.editReview(ctx, args),
    moderateReview: (_, args, ctx) => reviews.moderateReview(ctx, args),
    replyToReview: (_, args, ctx) => reviews.replyToReview(ctx, args),
    declareProviderEngagement: (_, args, ctx) => engagements.declareProviderEngagement(ctx, args),
    confirmProviderEngagement: (_, args, ctx) => engagements.confirmProviderEngagement(ctx, args),
    recommendProviders: (_, args, ctx) => recommendations.recommendProviders(ctx, args),
  },
  Provider: {
    website: (p) => p.website ?? null,
    rating: (p) => ({
      count: p.ratingCount,
      average: p.ratingCount > 0 ? twoDecimals(p.ratingSum / p.ratingCount) : null,
    }),
    latestReviews: (p, _, ctx) => reviews.latestReviews(ctx, p),
    reviews: (p, args, ctx) => reviews.publishedReviews(ctx, p.id, args.first, args.after),
  },
  Review: {
    provider: async (r, _, ctx) => {
      const provider = await ctx.providerLoader.load(r.providerId);
      if (!provider) throw new Error(`review ${r.id} without provider`);
      return provider;
    },
    rejectionReason: (r) => r.rejectionReason ?? null,
    publishedAt: (r) => r.publishedAt ?? null,
    reply: (r) => (r.reply ? { text: r.reply.text, repliedAt: r.reply.repliedAt } : null),
  },
  ProviderEngagement: {
    provider: async (e, _, ctx) => {
      const provider = await ctx.providerLoader.load(e.providerId);
      if (!provider) throw new Error(`engagement ${e.id} without provider`);
      return provider;
    },
    confirmedAt: (e) => e.confirmedAt ?? null,
  },
  ProviderRecommendation: {
    connecteur: async (r, _, ctx) => {
      const connecteur = await ctx.connecteurLoader.load(r.connecteurId);
      if (!connecteur) throw new Error(`recommendation by unknown connecteur ${r.connecteurId}`);
      return connecteur;
    },
    providers: (r, _, ctx) => recommendations.recommendedProviders(ctx, r),
    note: (r) => r.note ?? null,
  },
};
