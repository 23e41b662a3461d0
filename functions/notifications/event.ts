import * as z from 'zod';
import { NOTIFICATION_CATEGORIES, type NotificationEvent } from '../shared/notifications.js';
import { lazySchema } from '../shared/lazy-schema.js';

const id = lazySchema(() => z.string().min(1).max(300));

/** The outbox payload checked before anything is sent: what the domains write is the contract's shape. */
export const notificationEventSchema = lazySchema(
  () =>
    z.object({
      id,
      category: z.enum(Object.keys(NOTIFICATION_CATEGORIES) as [keyof typeof NOTIFICATION_CATEGORIES]),
      recipient: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('ACCOUNT'), sub: id }),
        z.object({ kind: z.literal('COMPANY'), companyId: id }),
        z.object({ kind: z.literal('CONNECTEUR'), connecteurId: id }),
        z.object({ kind: z.literal('PROVIDER'), providerId: id }),
        z.object({ kind: z.literal('REGION_AGENTS'), regionCode: z.string().regex(/^\d{2,3}$/) }),
        z.object({ kind: z.literal('MODERATORS') }),
      ]),
      title: z.string().min(1).max(300),
      body: z.string().max(5000),
      // A path of the web app, never another site.
      link: z
        .string()
        .regex(/^\/(?!\/)[^\s]*$/)
        .max(1000),
      attachments: z
        .array(
          z.object({
            filename: z.string().min(1).max(200),
            contentType: z.string().max(100),
            content: z.string(),
          }),
        )
        .max(5)
        .optional(),
    }) satisfies z.ZodType<NotificationEvent>,
);
