import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  handleUnsubscribe,
  listStoredMails,
  storedMail,
  type NotificationStore,
} from '../../functions/notifications/index.js';

/** Path of the one-click unsubscribe links locally (on AWS, a route of the HTTP API: infra/notifications.ts). */
export const UNSUBSCRIBE_PATH = '/desabonnement';

export type MailRoutesOptions = {
  /** Where the local transport writes the e-mails (`.data/mail`). */
  mailDir: string;
  store: NotificationStore;
  unsubscribeSecret: string;
};

const json = (res: ServerResponse, status: number, value: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(value));
};

/**
 * The local e-mail routes: GET /dev/mails (the e-mails sent, newest first, as JSON), GET /dev/mails/<id> (one of
 * them rendered, with a strict CSP: the HTML is shown, nothing in it runs) — local only, like /dev/users — and the
 * unsubscribe link (GET confirms, POST unsubscribes). Answers whether it handled the request.
 */
export async function serveMailRoutes(
  options: MailRoutesOptions,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  if (url.pathname === UNSUBSCRIBE_PATH) {
    req.resume();
    const answer = await handleUnsubscribe(
      { store: options.store, secret: options.unsubscribeSecret },
      { method: req.method ?? 'GET', token: url.searchParams.get('t') ?? undefined },
    );
    res.writeHead(answer.status, answer.headers);
    res.end(req.method === 'HEAD' ? '' : answer.body);
    return true;
  }
  if (req.method !== 'GET') return false;
  if (url.pathname === '/dev/mails') {
    json(res, 200, await listStoredMails(options.mailDir));
    return true;
  }
  const match = /^\/dev\/mails\/([\w-]+)$/.exec(url.pathname);
  if (!match) return false;
  const mail = await storedMail(options.mailDir, match[1]!);
  if (!mail) {
    json(res, 404, { error: 'E-mail introuvable.' });
    return true;
  }
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
  });
  res.end(mail.html);
  return true;
}
