import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import {
  fileTransport,
  notificationHandler,
  NotificationStore,
  sendDigests,
  type MailTransport,
  type NotifierConfig,
} from '../../functions/notifications/index.js';
import { OUTBOX_KINDS } from '../../functions/shared/outbox.js';
import { notificationPart, type NotificationEvent } from '../../functions/shared/notifications.js';
import { testDb, uniqueId } from '../support/api.js';
import { consume, streamEventOf } from '../support/outbox.js';

export type SentMail = Parameters<MailTransport['send']>[0];

/** A notifier writing its e-mails as `.eml` files in a folder of its own, and remembering every send. */
export function testNotifier() {
  const dir = mkdtempSync(join(tmpdir(), 'cc-mail-'));
  const files = fileTransport(dir);
  const sent: SentMail[] = [];
  const transport: MailTransport = {
    send: async (mail, at) => {
      sent.push(mail);
      await files.send(mail, at);
    },
  };
  const config: NotifierConfig = {
    webUrl: 'https://cc.test',
    unsubscribeUrl: 'https://cc.test/desabonnement',
    unsubscribeSecret: 'test-unsubscribe-secret',
    from: 'Croissance connectée <notifications@cc.test>',
    transport: { kind: 'files', dir },
  };
  const handlers = { [OUTBOX_KINDS.notification]: notificationHandler({ config, transport }) };
  const store = new NotificationStore(testDb(), inject('tableName'));
  return {
    dir,
    sent,
    config,
    store,
    /** The mails sent to this address. */
    to: (email: string) => sent.filter((m) => m.to === email),
    /** The raw `.eml` of a mail. */
    eml: (mail: SentMail) => readFileSync(join(dir, `${mail.id}.eml`), 'utf8'),
    /** Writes the notifications as a domain does (one transaction), then delivers them from the stream. */
    async notify(...events: NotificationEvent[]) {
      const at = new Date().toISOString();
      await testDb().send(
        new TransactWriteCommand({
          TransactItems: events.map((e) => notificationPart(e, { tableName: inject('tableName'), at }).item),
        }),
      );
      return consume(await streamEventOf(events.map((e) => `NOTIFY#${e.id}`)), handlers);
    },
    digests: (now = new Date()) => sendDigests({ store, transport, config, now }),
  };
}

/** A notification of this category for this recipient, with a fresh id. */
export const event = (
  category: NotificationEvent['category'],
  recipient: NotificationEvent['recipient'],
  overrides: Partial<NotificationEvent> = {},
): NotificationEvent => ({
  id: uniqueId('n'),
  category,
  recipient,
  title: `Titre ${category}`,
  body: `Texte de la notification ${category}.`,
  link: '/espace',
  ...overrides,
});

export const emailOf = (sub: string) => `${sub}@exemple.test`;
