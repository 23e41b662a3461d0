import type { User, UserManager } from 'oidc-client-ts';

/**
 * Keeps a Cognito session alive while the tab is open: oidc-client-ts trades the refresh token for a new access token
 * a minute before the current one expires (`automaticSilentRenew`), and `renewed` hands each new one to the session,
 * so a form filled for more than an hour still saves. When the access token expires anyway (the refresh token was
 * revoked or is over its 30 days, the network was down), one more try, then `ended`: the user signs in again.
 */
export function keepCognitoSessionRenewed(
  manager: UserManager,
  on: { renewed: (accessToken: string) => void; ended: () => void },
): () => void {
  const loaded = (user: User) => on.renewed(user.access_token);
  const expired = async () => {
    const user = await manager.getUser();
    if (user?.refresh_token) {
      const renewed = await manager.signinSilent().catch(() => null);
      if (renewed && !renewed.expired) return;
    }
    await manager.removeUser();
    on.ended();
  };
  const onExpired = () => void expired();
  manager.events.addUserLoaded(loaded);
  manager.events.addAccessTokenExpired(onExpired);
  return () => {
    manager.events.removeUserLoaded(loaded);
    manager.events.removeAccessTokenExpired(onExpired);
  };
}
