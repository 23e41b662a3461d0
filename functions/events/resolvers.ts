import type { Resolvers } from '../generated/resolvers-types.js';
import * as events from './service.js';

export const eventResolvers: Resolvers = {
  Query: {
    events: (_, args, ctx) => events.listEvents(ctx, args.filter, args.first, args.after),
    event: async (_, args, ctx) => (await ctx.eventLoader.load(args.id)) ?? null,
    news: (_, args, ctx) => events.listNews(ctx, args.filter, args.first, args.after),
  },
  Mutation: {
    publishEvent: (_, args, ctx) => events.publishEvent(ctx, args),
    updateEvent: (_, args, ctx) => events.updateEvent(ctx, args),
    cancelEvent: (_, args, ctx) => events.cancelEvent(ctx, args),
    publishNews: (_, args, ctx) => events.publishNews(ctx, args),
    withdrawNews: (_, args, ctx) => events.withdrawNews(ctx, args),
  },
  Event: {
    description: (e) => e.description ?? null,
    endsAt: (e) => e.endsAt ?? null,
    placeName: (e) => e.placeName ?? null,
    communeCode: (e) => e.communeCode ?? null,
    departementCode: (e) => e.departementCode ?? null,
    regionCode: (e) => e.regionCode ?? null,
    link: (e) => e.link ?? null,
  },
  News: {
    link: (n) => n.link ?? null,
    regionCode: (n) => n.regionCode ?? null,
  },
};
