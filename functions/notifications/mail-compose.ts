import MailComposer from 'nodemailer/lib/mail-composer';
import type { NotificationAttachment } from '../shared/notifications.js';

/** One e-mail, ready to leave: who, what, and its raw MIME form (what SES, SMTP and the `.eml` files carry). */
export type OutgoingMail = {
  /** Deterministic per notification and account: the same delivery twice is the same mail. */
  id: string;
  notificationId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The one-click unsubscribe link (RFC 8058), also in the List-Unsubscribe header. */
  unsubscribeUrl?: string;
  attachments?: NotificationAttachment[];
};

/**
 * The raw message: multipart/alternative (plain text, then HTML), the attachments (an appointment's `.ics`) as MIME
 * parts beside it, and the List-Unsubscribe headers that let a mail client unsubscribe in one click (RFC 8058).
 */
export async function composeMime(mail: OutgoingMail): Promise<Buffer> {
  const composer = new MailComposer({
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: {
      'X-CC-Notification-Id': mail.notificationId,
      ...(mail.unsubscribeUrl
        ? {
            'List-Unsubscribe': `<${mail.unsubscribeUrl}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          }
        : {}),
    },
    attachments: (mail.attachments ?? []).map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: a.content,
    })),
  });
  return new Promise((resolve, reject) =>
    composer.compile().build((error, message) => (error ? reject(error) : resolve(message))),
  );
}
