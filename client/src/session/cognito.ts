import { isRole } from './roles';
import type { Session } from './session';

/**
 * Cognito's hosted sign-in with the authorization code grant and PKCE (the web client has no secret): the browser
 * goes to Cognito, comes back to /connexion with a code, and trades it for tokens. The API checks the access
 * token (its `cognito:groups` are the roles, `cc_region` the agent's region).
 */
export type CognitoConfig = { domain: string; clientId: string };

const PENDING_KEY = 'croissance-connectee.cognito';
const SCOPES = 'openid email profile';

const base64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const randomToken = () => base64Url(crypto.getRandomValues(new Uint8Array(32)));

export const redirectUri = (origin: string) => `${origin}/connexion`;

/** Sends the browser to the hosted sign-in, keeping the PKCE verifier and the state in this tab. */
export async function startHostedSignIn(
  config: CognitoConfig,
  origin: string,
  go: (url: string) => void = (url) => window.location.assign(url),
): Promise<void> {
  const verifier = randomToken();
  const state = randomToken();
  const challenge = base64Url(
    new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))),
  );
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state }));
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(origin),
    scope: SCOPES,
    state,
    code_challenge_method: 'S256',
    code_challenge: challenge,
  });
  go(`${config.domain}/oauth2/authorize?${query}`);
}

export class SignInFailed extends Error {}

const payloadOf = (jwt: string): Record<string, unknown> => {
  const part = jwt.split('.')[1] ?? '';
  const bytes = Uint8Array.from(atob(part.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
};

/** Back from the hosted sign-in: checks the state, trades the code for tokens, and describes the session. */
export async function completeHostedSignIn(
  config: CognitoConfig,
  callback: URL,
  fetchFn: typeof fetch = fetch,
): Promise<Session> {
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as {
    verifier: string;
    state: string;
  } | null;
  sessionStorage.removeItem(PENDING_KEY);
  const code = callback.searchParams.get('code');
  if (callback.searchParams.get('error')) throw new SignInFailed('La connexion a été refusée ou annulée.');
  if (!pending || !code || callback.searchParams.get('state') !== pending.state) {
    throw new SignInFailed(
      'Ce retour de connexion ne correspond à aucune demande de cet onglet : recommencez.',
    );
  }
  const answer = await fetchFn(`${config.domain}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: config.clientId,
      code,
      redirect_uri: redirectUri(callback.origin),
      code_verifier: pending.verifier,
    }),
  });
  if (!answer.ok) throw new SignInFailed('La connexion n’a pas abouti : recommencez.');
  const tokens = (await answer.json()) as { access_token: string; id_token?: string };
  const access = payloadOf(tokens.access_token);
  const identity = tokens.id_token ? payloadOf(tokens.id_token) : {};
  const groups = Array.isArray(access['cognito:groups']) ? access['cognito:groups'] : [];
  const role = groups.find(isRole);
  if (!role)
    throw new SignInFailed('Votre compte n’a pas encore de rôle sur la plateforme : contactez l’équipe.');
  const name = identity.name ?? identity.email ?? access.username;
  return {
    token: tokens.access_token,
    label: typeof name === 'string' ? name : 'Utilisateur',
    role,
    sub: String(access.sub),
    regionCode: typeof access.cc_region === 'string' ? access.cc_region : undefined,
  };
}

/** Where signing out ends: Cognito forgets its own session, then comes back to the home page. */
export const hostedSignOutUrl = (config: CognitoConfig, origin: string) =>
  `${config.domain}/logout?${new URLSearchParams({ client_id: config.clientId, logout_uri: `${origin}/` })}`;
