import { render, toPlainText } from '@react-email/render';
import { NOTIFICATION_CATEGORIES, type NotificationCategory } from '../../shared/notifications.js';
import { DigestEmail, type DigestLine } from './DigestEmail.js';
import type { Footer } from './Layout.js';
import { NotificationEmail } from './NotificationEmail.js';

export type RenderedMail = { subject: string; html: string; text: string };

/** The path of the preferences page in the web app (client/src/router.tsx). */
export const PREFERENCES_PATH = '/notifications/preferences';

/** One notification as an e-mail (French, HTML and plain text from the same components). */
export async function renderNotification(input: {
  category: NotificationCategory;
  title: string;
  body: string;
  url: string;
  webUrl: string;
  unsubscribeUrl?: string;
}): Promise<RenderedMail> {
  const footer: Footer = {
    categoryLabel: NOTIFICATION_CATEGORIES[input.category].label,
    preferencesUrl: `${input.webUrl}${PREFERENCES_PATH}`,
    ...(input.unsubscribeUrl ? { unsubscribeUrl: input.unsubscribeUrl } : {}),
  };
  const html = await render(
    <NotificationEmail title={input.title} body={input.body} url={input.url} footer={footer} />,
  );
  return { subject: input.title, html, text: toPlainText(html) };
}

/** The daily digest of an agent or a moderator. */
export async function renderDigest(input: {
  lines: DigestLine[];
  webUrl: string;
  unsubscribeUrl?: string;
}): Promise<RenderedMail> {
  const footer: Footer = {
    categoryLabel: 'Récapitulatif quotidien',
    preferencesUrl: `${input.webUrl}${PREFERENCES_PATH}`,
    ...(input.unsubscribeUrl ? { unsubscribeUrl: input.unsubscribeUrl } : {}),
  };
  const html = await render(<DigestEmail lines={input.lines} footer={footer} />);
  const count = input.lines.length;
  return {
    subject: `Croissance connectée : ${count} notification${count > 1 ? 's' : ''} en attente`,
    html,
    text: toPlainText(html),
  };
}
