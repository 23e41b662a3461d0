import * as z from 'zod';
import { lazySchema } from '../shared/lazy-schema.js';
import { requireRole, ROLES, type Viewer } from '../shared/auth.js';
import { badUserInput } from '../shared/errors.js';
import { NOTIFICATION_CATEGORIES, type NotificationCategory } from '../shared/notifications.js';
import {
  connectionOf,
  cursorScope,
  pageSize,
  type Connection,
  type CursorCodec,
} from '../shared/pagination.js';
import { parseInput } from '../shared/validation.js';
import { CATEGORIES, DIGEST_ROLES, effectivePreference, isAlways } from './preferences.js';
import type { NotificationRecord } from './records.js';
import type { NotificationStore } from './store.js';
import { positionOf } from './store.js';

export type NotificationDeps = {
  viewer: Viewer;
  now: Date;
  cursors: CursorCodec;
  notificationStore: NotificationStore;
};

const signedIn = (viewer: Viewer) => requireRole(viewer, ...ROLES);

/** The public id of a notification: its place in its account's list (meaningless in another account's). */
export const notificationIdOf = (n: NotificationRecord) =>
  Buffer.from(positionOf(n.createdAt, n.notificationId)).toString('base64url');
/** The sort key an id names, or undefined for an id that is not one of ours (it then names nothing). */
const positionOfId = (id: string) => {
  const position = Buffer.from(id, 'base64url').toString('utf8');
  return /^\d{4}-\d{2}-\d{2}T[\d:.]+Z#.{1,300}$/.test(position) ? position : undefined;
};

/** The caller's notifications, newest first; the cursor is bound to the caller and the filter. */
export async function myNotifications(
  deps: NotificationDeps,
  args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null },
): Promise<Connection<NotificationRecord>> {
  const viewer = signedIn(deps.viewer);
  const limit = pageSize(args.first);
  const unreadOnly = args.unreadOnly === true;
  const scope = cursorScope('myNotifications', { sub: viewer.sub, unreadOnly });
  const after = args.after ? deps.cursors.decode(scope, args.after).p : undefined;
  const page = await deps.notificationStore.list(viewer.sub, limit, unreadOnly, after);
  return connectionOf(deps.cursors, scope, page, (node) => ({
    p: positionOf(node.createdAt, node.notificationId),
  }));
}

export const unreadNotificationCount = (deps: NotificationDeps) =>
  deps.notificationStore.unreadCount(signedIn(deps.viewer).sub);

const markSchema = lazySchema(() =>
  z
    .object({ ids: z.array(z.string().min(1).max(400)).max(100).nullish(), all: z.boolean().nullish() })
    .refine((v) => v.all === true || (v.ids?.length ?? 0) > 0, {
      message: 'Indiquez les notifications à marquer lues (ids) ou all: true.',
      path: ['ids'],
    }),
);

/** Marks the caller's own notifications read (an id of another account's names nothing here). */
export async function markNotificationsRead(
  deps: NotificationDeps,
  args: { ids?: readonly string[] | null; all?: boolean | null },
): Promise<number> {
  const viewer = signedIn(deps.viewer);
  const input = parseInput(markSchema, args);
  const positions = input.all
    ? await deps.notificationStore.unreadPositions(viewer.sub)
    : [...new Set(input.ids ?? [])].flatMap((id) => positionOfId(id) ?? []);
  const at = deps.now.toISOString();
  let changed = 0;
  for (let i = 0; i < positions.length; i += 25) {
    const done = await Promise.all(
      positions.slice(i, i + 25).map((p) => deps.notificationStore.markRead(viewer.sub, p, at)),
    );
    changed += done.filter(Boolean).length;
  }
  return changed;
}

export type PreferencesView = {
  email: string | null;
  emailSuppressed: boolean;
  emailSuppressedReason: string | null;
  categories: {
    category: NotificationCategory;
    label: string;
    email: boolean;
    always: boolean;
    digest: boolean;
    digestAvailable: boolean;
  }[];
};

export async function notificationPreferences(deps: NotificationDeps): Promise<PreferencesView> {
  const viewer = signedIn(deps.viewer);
  const [account] = await deps.notificationStore.accounts([viewer.sub]);
  const email = account?.email ?? viewer.email ?? null;
  const [suppression] = email ? await deps.notificationStore.suppressions([email]) : [];
  const role = account?.role ?? viewer.role;
  return {
    email,
    emailSuppressed: !!suppression,
    emailSuppressedReason: suppression
      ? suppression.reason === 'BOUNCE'
        ? 'Les e-mails envoyés à cette adresse ne sont pas distribués (adresse en erreur).'
        : 'Cette adresse a signalé nos e-mails comme indésirables.'
      : null,
    categories: CATEGORIES.map((category) => {
      const preference = effectivePreference({ role, preferences: account?.preferences }, category);
      return {
        category,
        label: NOTIFICATION_CATEGORIES[category].label,
        email: preference.email,
        always: isAlways(category),
        digest: preference.digest,
        digestAvailable: DIGEST_ROLES.includes(role) && !isAlways(category),
      };
    }),
  };
}

const preferencesSchema = lazySchema(() =>
  z.object({
    categories: z
      .array(
        z.object({
          category: z.enum(CATEGORIES as [NotificationCategory, ...NotificationCategory[]]),
          email: z.boolean(),
          digest: z.boolean().nullish(),
        }),
      )
      .min(1)
      .max(CATEGORIES.length),
  }),
);

/** Sets the caller's preferences; turning off an `always` category is refused, and nothing is written. */
export async function updateNotificationPreferences(
  deps: NotificationDeps,
  input: unknown,
): Promise<PreferencesView> {
  const viewer = signedIn(deps.viewer);
  const parsed = parseInput(preferencesSchema, input, ['input']);
  const mayDigest = DIGEST_ROLES.includes(viewer.role);
  parsed.categories.forEach((c, i) => {
    if (isAlways(c.category) && !c.email)
      throw badUserInput(`« ${NOTIFICATION_CATEGORIES[c.category].label} » ne peut pas être désactivé.`, [
        { path: ['input', 'categories', i, 'email'], message: 'Catégorie toujours envoyée par e-mail.' },
      ]);
    if (c.digest && !mayDigest)
      throw badUserInput('Le récapitulatif quotidien est réservé aux agents et aux modérateurs.', [
        { path: ['input', 'categories', i, 'digest'], message: 'Non disponible pour votre rôle.' },
      ]);
  });
  await deps.notificationStore.recordAccount({
    sub: viewer.sub,
    role: viewer.role,
    ...(viewer.regionCode ? { regionCode: viewer.regionCode } : {}),
    ...(viewer.email ? { email: viewer.email } : {}),
    seenAt: deps.now.toISOString(),
  });
  await deps.notificationStore.setPreferences(
    viewer.sub,
    Object.fromEntries(
      parsed.categories.map((c) => [c.category, { email: c.email, digest: mayDigest && c.digest === true }]),
    ),
  );
  return notificationPreferences(deps);
}
