import type { Resolvers } from '../generated/resolvers-types.js';
import * as testimonials from './service.js';

export const testimonialResolvers: Resolvers = {
  Query: {
    testimonials: (_, args, ctx) => testimonials.listTestimonials(ctx, args.filter, args.first, args.after),
    testimonial: (_, args, ctx) => testimonials.visibleTestimonial(ctx, args.id),
    testimonialMap: (_, args, ctx) => testimonials.testimonialMap(ctx, args.filter),
    testimonialModerationQueue: (_, args, ctx) =>
      testimonials.testimonialModerationQueue(ctx, args.first, args.after),
    myTestimonials: (_, args, ctx) => testimonials.myTestimonials(ctx, args.first, args.after),
  },
  Mutation: {
    submitTestimonial: (_, args, ctx) => testimonials.submitTestimonial(ctx, args.input),
    agreeToTestimonial: (_, args, ctx) => testimonials.agreeToTestimonial(ctx, args),
    moderateTestimonial: (_, args, ctx) => testimonials.moderateTestimonial(ctx, args),
    withdrawTestimonial: (_, args, ctx) => testimonials.withdrawTestimonial(ctx, args),
  },
  // The diagnostic's result recommends testimonials of companies like the one that took it.
  DiagnosticRecommendations: {
    testimonials: (d, _, ctx) =>
      testimonials.matchingTestimonials(ctx, {
        nafSection: d.facts.nafSection,
        sizeBand: d.facts.sizeBand,
        regionCode: d.facts.regionCode,
      }),
  },
  Testimonial: {
    mediaUrl: (t) => t.mediaUrl ?? null,
    durationSeconds: (t) => t.durationSeconds ?? null,
    award: (t) => t.award ?? null,
    rejectionReason: (t) => t.rejectionReason ?? null,
    publishedAt: (t) => t.publishedAt ?? null,
    connecteur: async (t, _, ctx) =>
      t.connecteurId ? ((await ctx.connecteurLoader.load(t.connecteurId)) ?? null) : null,
  },
};
