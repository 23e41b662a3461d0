import { createHmac, timingSafeEqual } from 'node:crypto';
import { NOTIFICATION_CATEGORIES, type NotificationCategory } from '../shared/notifications.js';

/** What an unsubscribe link stops: one category, or every digest category (the link of a digest). */
export type UnsubscribeScope = NotificationCategory | 'DIGEST';

const isScope = (value: string): value is UnsubscribeScope =>
  value === 'DIGEST' || Object.hasOwn(NOTIFICATION_CATEGORIES, value);

const sign = (secret: string, body: string) =>
  createHmac('sha256', secret).update(`unsubscribe\u0000${body}`).digest('base64url');

/**
 * The token of a one-click unsubscribe link: the account and the scope, signed with the notifier's key. It works
 * without signing in (RFC 8058), so the signature is what stands for the account: a forged or altered one is refused.
 */
export function unsubscribeToken(secret: string, sub: string, scope: UnsubscribeScope): string {
  const body = Buffer.from(JSON.stringify([sub, scope])).toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

export function readUnsubscribeToken(
  secret: string,
  token: string | undefined,
): { sub: string; scope: UnsubscribeScope } | undefined {
  if (!token || token.length > 1000) return undefined;
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return undefined;
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const [sub, scope] = value as unknown[];
    if (typeof sub !== 'string' || typeof scope !== 'string' || !isScope(scope)) return undefined;
    return { sub, scope };
  } catch {
    return undefined;
  }
}

export const unsubscribeLink = (baseUrl: string, secret: string, sub: string, scope: UnsubscribeScope) =>
  `${baseUrl}?t=${encodeURIComponent(unsubscribeToken(secret, sub, scope))}`;
