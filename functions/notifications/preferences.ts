import type { Role } from '../shared/auth.js';
import { NOTIFICATION_CATEGORIES, type NotificationCategory } from '../shared/notifications.js';
import type { AccountRecord, CategoryPreference } from './records.js';

/** Categories an agent or a moderator gets once a day in a digest, unless they ask for each e-mail. */
export const DIGEST_CATEGORIES: readonly NotificationCategory[] = [
  'SUBSIDY_SUBMITTED',
  'SUBSIDY_WAITING',
  'MODERATION_PENDING',
];

/** Roles that may receive digests (the others get each e-mail as it comes). */
export const DIGEST_ROLES: readonly Role[] = ['REGION_AGENT', 'MODERATOR'];

export const CATEGORIES = Object.keys(NOTIFICATION_CATEGORIES) as NotificationCategory[];

export const isAlways = (category: NotificationCategory) => NOTIFICATION_CATEGORIES[category].always;

/** What a category does for an account when it chose nothing: e-mail on, digest for agents' and moderators'. */
export function defaultPreference(
  role: Role | undefined,
  category: NotificationCategory,
): CategoryPreference {
  const digest = !!role && DIGEST_ROLES.includes(role) && DIGEST_CATEGORIES.includes(category);
  return { email: true, digest };
}

/** The preference that applies: the account's choice over the default; an `always` category keeps its e-mail. */
export function effectivePreference(
  account: Pick<AccountRecord, 'role' | 'preferences'> | undefined,
  category: NotificationCategory,
): CategoryPreference {
  const chosen = account?.preferences?.[category] ?? defaultPreference(account?.role, category);
  const digest = chosen.digest && !!account && DIGEST_ROLES.includes(account.role);
  return { email: isAlways(category) || chosen.email, digest: digest && !isAlways(category) };
}

/** How one notification reaches one account by e-mail: now, in tomorrow's digest, or not at all. */
export type EmailPlan = 'NOW' | 'DIGEST' | 'NONE';

export function emailPlan(
  account: AccountRecord | undefined,
  category: NotificationCategory,
  suppressed: boolean,
): EmailPlan {
  if (!account?.email || suppressed) return 'NONE';
  const preference = effectivePreference(account, category);
  if (!preference.email) return 'NONE';
  return preference.digest ? 'DIGEST' : 'NOW';
}
