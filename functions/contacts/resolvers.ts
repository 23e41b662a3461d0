import type { Resolvers } from '../generated/resolvers-types.js';
import { deadlineOf, needDeadline } from './deadlines.js';
import { companyById } from '../companies/index.js';
import { companyContact, postContactRequestMessage, requestMessages } from './messages.js';
import * as contacts from './service.js';
import { needStatus } from './workflow.js';

export const contactResolvers: Resolvers = {
  Query: {
    myContactNeeds: (_, args, ctx) => contacts.myContactNeeds(ctx, args.first, args.after),
    contactNeed: (_, args, ctx) => contacts.contactNeed(ctx, args.id),
    contactInbox: (_, args, ctx) => contacts.contactInbox(ctx, args.statuses, args.first, args.after),
    contactRequest: (_, args, ctx) => contacts.contactRequest(ctx, args.id),
  },
  Mutation: {
    sendContactRequest: (_, args, ctx) => contacts.sendContactRequest(ctx, args.input),
    answerContactRequest: (_, args, ctx) => contacts.answerContactRequest(ctx, args),
    reopenContactRequest: (_, args, ctx) => contacts.reopenContactRequest(ctx, args),
    giveContactFeedback: (_, args, ctx) => contacts.giveContactFeedback(ctx, args),
    postContactRequestMessage: (_, args, ctx) => postContactRequestMessage(ctx, args),
  },
  ContactNeed: {
    need: (n) => n.text,
    company: (n, _, ctx) => companyById(ctx, n.companyId),
    status: async (n, _, ctx) => needStatus(await contacts.allRequests(ctx, n)),
    requests: (n, _, ctx) => contacts.visibleRequests(ctx, n),
    deadline: async (n, _, ctx) => {
      const requests = await contacts.allRequests(ctx, n);
      return needDeadline(requests, needStatus(requests), ctx.now);
    },
  },
  ContactRequest: {
    connecteur: async (r, _, ctx) => {
      const connecteur = await ctx.connecteurLoader.load(r.connecteurId);
      if (!connecteur) throw new Error(`connecteur ${r.connecteurId} of request ${r.id} is missing`);
      return connecteur;
    },
    need: async (r, _, ctx) => {
      const need = await ctx.contactNeedLoader.load(r.needId);
      if (!need) throw new Error(`need ${r.needId} of request ${r.id} is missing`);
      return need;
    },
    firstAnsweredAt: (r) => r.firstAnsweredAt ?? null,
    deadline: (r, _, ctx) => deadlineOf(r, ctx.now),
    feedback: (r) => r.feedback ?? null,
    companyContact: (r, _, ctx) => companyContact(ctx, r),
    messages: (r, args, ctx) => requestMessages(ctx, r, args.first, args.after),
    messageCount: (r) => r.messageCount ?? 0,
    lastMessageAt: (r) => r.lastMessageAt ?? null,
  },
  ContactDetails: {
    email: (c) => c.email ?? null,
    phone: (c) => c.phone ?? null,
  },
  ContactRequestEvent: {
    message: (e) => e.message ?? null,
  },
  ContactFeedback: {
    useful: (f) => f.useful ?? null,
    comment: (f) => f.comment ?? null,
  },
};
