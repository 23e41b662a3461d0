import type { NotificationStore } from './store.js';
import type { SuppressionRecord } from './records.js';

type Recipient = { emailAddress?: unknown };
type SesMessage = {
  notificationType?: unknown;
  eventType?: unknown;
  bounce?: { bounceType?: unknown; bouncedRecipients?: Recipient[] };
  complaint?: { complainedRecipients?: Recipient[] };
};

const addresses = (recipients: Recipient[] | undefined) =>
  (recipients ?? []).flatMap((r) =>
    typeof r.emailAddress === 'string' ? [r.emailAddress.trim().toLowerCase()] : [],
  );

/**
 * What an SES notification (SNS message: identity notifications' `notificationType`, or a configuration set's
 * `eventType`) asks: a permanent bounce or a complaint suppresses the addresses; a transient bounce, a delivery or
 * anything else changes nothing. Suppressed, an address gets no more e-mail and its owner sees it in the preferences.
 */
export function suppressionsOf(message: string, at: string): SuppressionRecord[] {
  let parsed: SesMessage;
  try {
    parsed = JSON.parse(message) as SesMessage;
  } catch {
    return [];
  }
  const type = parsed.notificationType ?? parsed.eventType;
  if (type === 'Bounce' && parsed.bounce?.bounceType === 'Permanent')
    return addresses(parsed.bounce.bouncedRecipients).map((email) => ({ email, reason: 'BOUNCE', at }));
  if (type === 'Complaint')
    return addresses(parsed.complaint?.complainedRecipients).map((email) => ({
      email,
      reason: 'COMPLAINT',
      at,
    }));
  return [];
}

/** Records the suppressions an SES notification carries; answers how many addresses it suppressed. */
export async function suppressFromSesNotification(
  store: NotificationStore,
  message: string,
  now: Date,
): Promise<number> {
  const suppressions = suppressionsOf(message, now.toISOString());
  for (const s of suppressions) await store.suppress(s);
  return suppressions.length;
}
