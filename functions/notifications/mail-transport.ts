import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { NotifierConfig } from './config.js';
import { composeMime, type OutgoingMail } from './mail-compose.js';

/** Sends one e-mail; throws to be retried (the delivery marker keeps the notification to send until it is done). */
export type MailTransport = { send(mail: OutgoingMail, at: Date): Promise<void> };

/** AWS: SES v2 SendEmail with the raw MIME message (attachments and List-Unsubscribe headers included). */
export function sesTransport(client: SESv2Client, configurationSet?: string): MailTransport {
  return {
    async send(mail) {
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: mail.from,
          Destination: { ToAddresses: [mail.to] },
          Content: { Raw: { Data: await composeMime(mail) } },
          ...(configurationSet ? { ConfigurationSetName: configurationSet } : {}),
        }),
      );
    },
  };
}

/**
 * `SMTP_URL`: a real SMTP server (a MailHog, a mailcatcher, or a relay), with the same raw message. Local only:
 * nodemailer's SMTP client is loaded on first use, and the Lambda bundles, which define `CC_BUNDLE`, leave it out
 * (infra/bundling.ts; on AWS the notifier sends through SES).
 */
export function smtpTransport(url: string): MailTransport {
  const transporter =
    process.env.CC_BUNDLE === 'lambda'
      ? Promise.reject(new Error('SMTP_URL is for local development: on AWS the notifier sends through SES'))
      : import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(url));
  transporter.catch(() => undefined); // Reported by send.
  return {
    async send(mail) {
      await (
        await transporter
      ).sendMail({
        envelope: { from: mail.from, to: [mail.to] },
        raw: await composeMime(mail),
      });
    },
  };
}

/** What GET /dev/mails lists of each local e-mail (newest first). */
export type StoredMail = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  sentAt: string;
  notificationId: string;
};

/**
 * Local: each e-mail is `<dir>/<id>.eml` (open it with any mail client) beside `<id>.json`, what /dev/mails lists.
 * Written twice, the same file: the id is deterministic per notification and account.
 */
export function fileTransport(dir: string): MailTransport {
  return {
    async send(mail, at) {
      await mkdir(dir, { recursive: true });
      const stored: StoredMail = {
        id: mail.id,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        sentAt: at.toISOString(),
        notificationId: mail.notificationId,
      };
      await writeFile(join(dir, `${mail.id}.eml`), await composeMime(mail));
      await writeFile(join(dir, `${mail.id}.json`), JSON.stringify(stored));
    },
  };
}

/** The local e-mails, newest first (GET /dev/mails). */
export async function listStoredMails(dir: string): Promise<StoredMail[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  const mails = await Promise.all(
    names.map(async (n) => JSON.parse(await readFile(join(dir, n), 'utf8')) as StoredMail),
  );
  return mails.sort((a, b) => b.sentAt.localeCompare(a.sentAt) || b.id.localeCompare(a.id));
}

/** One local e-mail by id, or undefined (the id is checked: no path outside the folder). */
export async function storedMail(dir: string, id: string): Promise<StoredMail | undefined> {
  if (!/^[\w-]{1,100}$/.test(id)) return undefined;
  try {
    return JSON.parse(await readFile(join(dir, `${id}.json`), 'utf8')) as StoredMail;
  } catch {
    return undefined;
  }
}

export function transportFor(config: NotifierConfig['transport'], awsRegion: string): MailTransport {
  switch (config.kind) {
    case 'ses':
      return sesTransport(new SESv2Client({ region: awsRegion }), config.configurationSet);
    case 'smtp':
      return smtpTransport(config.url);
    case 'files':
      return fileTransport(config.dir);
  }
}
