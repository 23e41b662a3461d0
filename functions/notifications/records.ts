import type { Role } from '../shared/auth.js';
import type { NotificationCategory } from '../shared/notifications.js';

/**
 * An account of the directory (item `ACCOUNT#<sub>` / `ACCOUNT`): who a Cognito subject is for the notifier. Written
 * by the API from the caller's token (at most once per instance and subject, `accounts.ts`), so that the agents of a
 * region and the moderators can be found without a Scan.
 */
export type AccountRecord = {
  sub: string;
  role: Role;
  regionCode?: string;
  /** The verified contact address (the token's); absent: in-app notifications only. */
  email?: string;
  /** The account's choices per category; absent categories take the defaults (preferences.ts). */
  preferences?: Partial<Record<NotificationCategory, CategoryPreference>>;
  /** When the directory first saw it. */
  seenAt: string;
};

export type CategoryPreference = { email: boolean; digest: boolean };

/** One in-app notification of an account (item `NOTIFS#<sub>` / `<createdAt>#<notificationId>`). */
export type NotificationRecord = {
  notificationId: string;
  sub: string;
  category: NotificationCategory;
  title: string;
  body: string;
  link: string;
  createdAt: string;
  readAt?: string;
};

/** An address SES reported as bouncing or complaining (item `MAILSUPPRESS#<address>` / `SUPPRESSION`). */
export type SuppressionRecord = { email: string; reason: 'BOUNCE' | 'COMPLAINT'; at: string };

/** A notification waiting for the account's daily digest (item `DIGEST#<sub>` / `<createdAt>#<notificationId>`). */
export type DigestEntryRecord = {
  sub: string;
  notificationId: string;
  category: NotificationCategory;
  title: string;
  body: string;
  link: string;
  createdAt: string;
};
