import type { Resolvers } from '../generated/resolvers-types.js';
import * as notifications from './service.js';

export const notificationResolvers: Resolvers = {
  Query: {
    myNotifications: (_, args, ctx) => notifications.myNotifications(ctx, args),
    unreadNotificationCount: (_, __, ctx) => notifications.unreadNotificationCount(ctx),
    notificationPreferences: (_, __, ctx) => notifications.notificationPreferences(ctx),
  },
  Mutation: {
    markNotificationsRead: (_, args, ctx) => notifications.markNotificationsRead(ctx, args),
    updateNotificationPreferences: (_, args, ctx) =>
      notifications.updateNotificationPreferences(ctx, args.input),
  },
  Notification: {
    id: (n) => notifications.notificationIdOf(n),
    readAt: (n) => n.readAt ?? null,
  },
};
