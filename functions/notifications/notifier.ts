import { createHash } from 'node:crypto';
import { logger } from '../shared/logger.js';
import type { NotificationEvent } from '../shared/notifications.js';
import type { NotifierConfig } from './config.js';
import { renderDigest, renderNotification } from './emails/render.js';
import { notificationEventSchema } from './event.js';
import type { MailTransport } from './mail-transport.js';
import type { NotificationPeers } from './peers.js';
import { emailPlan, isAlways } from './preferences.js';
import type { AccountRecord, DigestEntryRecord, NotificationRecord } from './records.js';
import { resolveRecipients } from './recipients.js';
import type { NotificationStore } from './store.js';
import { unsubscribeLink } from './unsubscribe-token.js';

export type NotifierDeps = {
  store: NotificationStore;
  peers: NotificationPeers;
  transport: MailTransport;
  config: Pick<NotifierConfig, 'webUrl' | 'unsubscribeUrl' | 'unsubscribeSecret' | 'from'>;
  now: Date;
};

/** The id of the e-mail of one notification to one account: the same delivery twice is the same mail. */
const mailId = (notificationId: string, sub: string) =>
  createHash('sha256').update(`${notificationId}\u0000${sub}`).digest('hex').slice(0, 32);

/**
 * Delivers one notification (the outbox handler of kind NOTIFICATION): resolves its recipient to accounts, then for
 * each writes the in-app notification and, as the account's preferences say, sends the e-mail now or keeps it for
 * the daily digest. Once per notification and account: a batch delivered twice sends once. A failure for one account
 * throws after the others were done, so the item is retried and only the missing work happens again.
 */
export async function deliverNotification(deps: NotifierDeps, payload: unknown): Promise<void> {
  const parsed = notificationEventSchema.safeParse(payload);
  if (!parsed.success) {
    // Retrying would not make it valid: logged for the domain that wrote it, and dropped.
    logger.error('notification refused: not the contract’s shape', { issues: parsed.error.issues.length });
    return;
  }
  const event = parsed.data;
  const subs = await resolveRecipients(deps, event.recipient);
  if (subs.length === 0) return;
  const accounts = new Map((await deps.store.accounts(subs)).map((a) => [a.sub, a]));
  const emails = [...accounts.values()].flatMap((a) => (a.email ? [a.email] : []));
  const suppressed = new Set((await deps.store.suppressions(emails)).map((s) => s.email));
  const results = await Promise.allSettled(
    subs.map((sub) => deliverTo(deps, event, sub, accounts.get(sub), suppressed)),
  );
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

async function deliverTo(
  deps: NotifierDeps,
  event: NotificationEvent,
  sub: string,
  account: AccountRecord | undefined,
  suppressed: ReadonlySet<string>,
): Promise<void> {
  const plan = emailPlan(account, event.category, !!account?.email && suppressed.has(account.email));
  const record: NotificationRecord = {
    notificationId: event.id,
    sub,
    category: event.category,
    title: event.title,
    body: event.body,
    link: event.link,
    createdAt: deps.now.toISOString(),
  };
  const { state } = await deps.store.deliver(
    record,
    plan === 'NOW' ? 'EMAIL_PENDING' : 'DONE',
    plan === 'DIGEST',
  );
  if (state !== 'EMAIL_PENDING' || !account?.email) return;
  // An `always` category cannot be turned off: its e-mails carry no unsubscribe link.
  const unsubscribeUrl = isAlways(event.category)
    ? undefined
    : unsubscribeLink(deps.config.unsubscribeUrl, deps.config.unsubscribeSecret, sub, event.category);
  const rendered = await renderNotification({
    category: event.category,
    title: event.title,
    body: event.body,
    url: `${deps.config.webUrl}${event.link}`,
    webUrl: deps.config.webUrl,
    ...(unsubscribeUrl ? { unsubscribeUrl } : {}),
  });
  await deps.transport.send(
    {
      id: mailId(event.id, sub),
      notificationId: event.id,
      from: deps.config.from,
      to: account.email,
      ...rendered,
      ...(unsubscribeUrl ? { unsubscribeUrl } : {}),
      ...(event.attachments?.length ? { attachments: event.attachments } : {}),
    },
    deps.now,
  );
  await deps.store.emailSent(event.id, sub);
}

/**
 * The daily digest (a schedule on AWS, a timer locally): for each account with entries waiting, one e-mail listing
 * them, then the entries are removed. An account that turned the e-mail off or whose address is suppressed gets
 * nothing, and its entries are dropped (they are in the app already).
 */
export async function sendDigests(deps: Omit<NotifierDeps, 'peers'>): Promise<{ sent: number }> {
  const due = await deps.store.dueDigests();
  if (due.size === 0) return { sent: 0 };
  const accounts = new Map((await deps.store.accounts([...due.keys()])).map((a) => [a.sub, a]));
  const emails = [...accounts.values()].flatMap((a) => (a.email ? [a.email] : []));
  const suppressed = new Set((await deps.store.suppressions(emails)).map((s) => s.email));
  let sent = 0;
  for (const [sub, entries] of due) {
    const account = accounts.get(sub);
    const wanted = entries.filter(
      (e) => emailPlan(account, e.category, !!account?.email && suppressed.has(account.email)) !== 'NONE',
    );
    if (account?.email && wanted.length > 0) {
      await sendDigest(deps, account as AccountRecord & { email: string }, wanted);
      sent++;
    }
    await deps.store.clearDigest(entries);
  }
  return { sent };
}

async function sendDigest(
  deps: Omit<NotifierDeps, 'peers'>,
  account: AccountRecord & { email: string },
  entries: DigestEntryRecord[],
) {
  const unsubscribeUrl = unsubscribeLink(
    deps.config.unsubscribeUrl,
    deps.config.unsubscribeSecret,
    account.sub,
    'DIGEST',
  );
  const ordered = [...entries].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const rendered = await renderDigest({
    lines: ordered.map((e) => ({ title: e.title, body: e.body, url: `${deps.config.webUrl}${e.link}` })),
    webUrl: deps.config.webUrl,
    unsubscribeUrl,
  });
  const digestId = `digest-${deps.now.toISOString().slice(0, 10)}`;
  await deps.transport.send(
    {
      id: mailId(digestId, account.sub),
      notificationId: digestId,
      from: deps.config.from,
      to: account.email,
      ...rendered,
      unsubscribeUrl,
    },
    deps.now,
  );
}
