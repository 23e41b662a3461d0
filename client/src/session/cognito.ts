import {
  OidcClient,
  UserManager,
  WebStorageStateStore,
  type User,
  type UserManagerSettings,
} from 'oidc-client-ts';
import { isRole } from './roles';
import type { Session } from './session';

/**
 * Cognito's hosted sign-in with oidc-client-ts: the authorization code grant with PKCE (the web client has no
 * secret). The browser goes to Cognito, comes back to /connexion with a code, and trades it for tokens; the refresh
 * token is kept in the tab, and the access token (one hour) is renewed with it before it expires
 * (`cognito-renewal.ts`). The API checks the access token (its `cognito:groups` are the roles, `cc_region` the
 * agent's region).
 */
export type CognitoConfig = { domain: string; clientId: string };

const SCOPES = 'openid email profile';

export const redirectUri = (origin: string) => `${origin}/connexion`;

/** The web client of the user pool (pending sign-ins and tokens in sessionStorage: this tab only). */
function settingsOf(config: CognitoConfig, origin: string): UserManagerSettings {
  const tab = new WebStorageStateStore({ store: sessionStorage });
  return {
    authority: config.domain,
    client_id: config.clientId,
    redirect_uri: redirectUri(origin),
    response_type: 'code',
    scope: SCOPES,
    // Cognito's hosted domain has no discovery document of its own: its endpoints, named.
    metadata: {
      issuer: config.domain,
      authorization_endpoint: `${config.domain}/oauth2/authorize`,
      token_endpoint: `${config.domain}/oauth2/token`,
      revocation_endpoint: `${config.domain}/oauth2/revoke`,
    },
    stateStore: tab,
    userStore: tab,
    // A minute before the access token expires, the refresh token gets a new one (cognito-renewal.ts).
    automaticSilentRenew: true,
    loadUserInfo: false,
  };
}

const managers = new Map<string, UserManager>();

/** The tab's one UserManager per user pool client and origin. */
export function cognitoUserManager(config: CognitoConfig, origin: string): UserManager {
  const key = `${config.domain}|${config.clientId}|${origin}`;
  const manager = managers.get(key) ?? new UserManager(settingsOf(config, origin));
  managers.set(key, manager);
  return manager;
}

/** Sends the browser to the hosted sign-in (S256 challenge), keeping the PKCE verifier and the state in this tab. */
export async function startHostedSignIn(
  config: CognitoConfig,
  origin: string,
  go: (url: string) => void = (url) => window.location.assign(url),
): Promise<void> {
  // What UserManager.signinRedirect does, with the navigation left to `go`.
  const request = await new OidcClient(settingsOf(config, origin)).createSigninRequest({
    request_type: 'si:r',
  });
  go(request.url);
}

export class SignInFailed extends Error {}

const payloadOf = (jwt: string): Record<string, unknown> => {
  const part = jwt.split('.')[1] ?? '';
  const bytes = Uint8Array.from(atob(part.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
};

/** The session the web app shows and sends, from the tokens Cognito gave. */
export function sessionOf(user: User): Session {
  const access = payloadOf(user.access_token);
  const groups = Array.isArray(access['cognito:groups']) ? access['cognito:groups'] : [];
  const role = groups.find(isRole);
  if (!role)
    throw new SignInFailed('Votre compte n’a pas encore de rôle sur la plateforme : contactez l’équipe.');
  const name = user.profile.name ?? user.profile.email ?? access.username;
  return {
    token: user.access_token,
    label: typeof name === 'string' ? name : 'Utilisateur',
    role,
    sub: String(access.sub),
    regionCode: typeof access.cc_region === 'string' ? access.cc_region : undefined,
  };
}

/** Back from the hosted sign-in: checks the state, trades the code for tokens, and describes the session. */
export async function completeHostedSignIn(config: CognitoConfig, callback: URL): Promise<Session> {
  const manager = cognitoUserManager(config, callback.origin);
  if (callback.searchParams.get('error')) throw new SignInFailed('La connexion a été refusée ou annulée.');
  const state = callback.searchParams.get('state');
  if (!callback.searchParams.get('code') || !state || !(await manager.settings.stateStore.get(state))) {
    throw new SignInFailed(
      'Ce retour de connexion ne correspond à aucune demande de cet onglet : recommencez.',
    );
  }
  let user: User | undefined;
  try {
    user = await manager.signinCallback(callback.href);
  } catch {
    throw new SignInFailed('La connexion n’a pas abouti : recommencez.');
  }
  if (!user) throw new SignInFailed('La connexion n’a pas abouti : recommencez.');
  try {
    return sessionOf(user);
  } catch (failure) {
    await manager.removeUser();
    throw failure;
  }
}

/** Where signing out ends: Cognito forgets its own session, then comes back to the home page. */
export const hostedSignOutUrl = (config: CognitoConfig, origin: string) =>
  `${config.domain}/logout?${new URLSearchParams({ client_id: config.clientId, logout_uri: `${origin}/` })}`;

/** Signs out: the refresh token revoked (best effort), the tab's tokens dropped, then Cognito's own session. */
export async function signOutOfCognito(
  config: CognitoConfig,
  origin: string,
  go: (url: string) => void = (url) => window.location.assign(url),
): Promise<void> {
  const manager = cognitoUserManager(config, origin);
  await manager.revokeTokens(['refresh_token']).catch(() => undefined);
  await manager.removeUser();
  go(hostedSignOutUrl(config, origin));
}
