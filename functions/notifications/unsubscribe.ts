import { NOTIFICATION_CATEGORIES, type NotificationCategory } from '../shared/notifications.js';
import { DIGEST_CATEGORIES, effectivePreference, isAlways } from './preferences.js';
import type { NotificationStore } from './store.js';
import { readUnsubscribeToken, type UnsubscribeScope } from './unsubscribe-token.js';

export type UnsubscribeRequest = { method: string; token: string | undefined };
export type UnsubscribeResponse = { status: number; headers: Record<string, string>; body: string };

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const categoriesOf = (scope: UnsubscribeScope): NotificationCategory[] =>
  scope === 'DIGEST' ? [...DIGEST_CATEGORIES] : [scope];

const labelOf = (scope: UnsubscribeScope) =>
  scope === 'DIGEST' ? 'Récapitulatif quotidien' : NOTIFICATION_CATEGORIES[scope].label;

function page(status: number, title: string, content: string): UnsubscribeResponse {
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
      'referrer-policy': 'no-referrer',
    },
    body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)} — Croissance connectée</title></head><body style="font-family: Marianne, Arial, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #161616"><p style="font-weight: 700; border-bottom: 4px solid #000091; padding-bottom: .5rem">RÉPUBLIQUE FRANÇAISE · Croissance connectée</p><h1 style="font-size: 1.5rem">${escape(title)}</h1>${content}</body></html>`,
  };
}

/**
 * The one-click unsubscribe endpoint (RFC 8058), without signing in: the signed token in the link stands for the
 * account. GET shows what the link would stop and a button; POST (the button, or a mail client's
 * `List-Unsubscribe=One-Click`) turns the e-mails of that category off. A forged or altered token changes nothing.
 */
export async function handleUnsubscribe(
  deps: { store: NotificationStore; secret: string },
  request: UnsubscribeRequest,
): Promise<UnsubscribeResponse> {
  const target = readUnsubscribeToken(deps.secret, request.token);
  if (!target)
    return page(400, 'Lien invalide', '<p>Ce lien de désinscription est invalide ou a été modifié.</p>');
  const label = escape(labelOf(target.scope));
  const categories = categoriesOf(target.scope).filter((c) => !isAlways(c));
  if (request.method === 'GET' || request.method === 'HEAD') {
    return page(
      200,
      'Ne plus recevoir ces e-mails',
      `<p>Vous ne recevrez plus par e-mail les notifications « ${label} ». Elles resteront visibles dans l’application.</p>` +
        `<form method="post"><button type="submit" style="background: #000091; color: #fff; border: 0; padding: .5rem 1rem; font-size: 1rem">Confirmer la désinscription</button></form>`,
    );
  }
  if (request.method !== 'POST')
    return { status: 405, headers: { allow: 'GET, POST' }, body: 'Méthode non autorisée.' };
  const [account] = await deps.store.accounts([target.sub]);
  if (!account) return page(404, 'Compte introuvable', '<p>Ce compte n’existe plus.</p>');
  await deps.store.setPreferences(
    target.sub,
    Object.fromEntries(
      categories.map((c) => [c, { email: false, digest: effectivePreference(account, c).digest }]),
    ),
  );
  return page(
    200,
    'Désinscription enregistrée',
    `<p>Vous ne recevrez plus par e-mail les notifications « ${label} ». Vous pouvez changer d’avis dans vos préférences de notification.</p>`,
  );
}
