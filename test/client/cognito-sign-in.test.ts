import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  cognitoUserManager,
  completeHostedSignIn,
  hostedSignOutUrl,
  SignInFailed,
  signOutOfCognito,
  startHostedSignIn,
} from '../../client/src/session/cognito';
import { keepCognitoSessionRenewed } from '../../client/src/session/cognito-renewal';

const origin = 'https://d111111abcdef8.cloudfront.net';
const domain = 'https://croissance-connectee-123.auth.eu-west-3.amazoncognito.com';
let clients = 0;
/** A client id of its own per test: the tab keeps one UserManager per client. */
const newConfig = () => ({ domain, clientId: `web-client-${++clients}` });

const jwt = (payload: Record<string, unknown>) =>
  ['{"alg":"none"}', JSON.stringify(payload), '']
    .map((part) => Buffer.from(part).toString('base64url'))
    .join('.');
const accessToken = (n: number) =>
  jwt({ sub: 'u-1', 'cognito:groups': ['REGION_AGENT'], cc_region: '84', username: 'u-1', n });

/** Cognito's token endpoint: codes and refresh tokens as Cognito answers them (no new refresh token on refresh). */
function fakeCognito() {
  const grants: Record<string, string>[] = [];
  let issued = 0;
  let refreshRefused = false;
  const fetchFn = vi.fn(async (url: string, init: RequestInit) => {
    const body = Object.fromEntries(new URLSearchParams(String(init.body)));
    grants.push({ url, ...body });
    if (url.endsWith('/oauth2/revoke')) return new Response('', { status: 200 });
    if (body.grant_type === 'refresh_token' && refreshRefused)
      return Response.json({ error: 'invalid_grant' }, { status: 400 });
    issued += 1;
    return Response.json({
      access_token: accessToken(issued),
      id_token: jwt({ sub: 'u-1', name: 'Camille Martin — Région AURA' }),
      ...(body.grant_type === 'authorization_code' ? { refresh_token: 'the-refresh-token' } : {}),
      token_type: 'Bearer',
      expires_in: 3600,
    });
  });
  vi.stubGlobal('fetch', fetchFn);
  return { grants, fetchFn, refuseRefresh: () => (refreshRefused = true) };
}

async function signInStarted(config: { domain: string; clientId: string }): Promise<URL> {
  let target = '';
  await startHostedSignIn(config, origin, (url) => (target = url));
  return new URL(target);
}

const callbackOf = (authorize: URL, code = 'the-code') =>
  new URL(`${origin}/connexion?code=${code}&state=${authorize.searchParams.get('state')}`);

describe('Cognito hosted sign-in (oidc-client-ts, authorization code with PKCE)', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('sends the browser to the hosted page with an S256 challenge, then trades the code with its verifier', async () => {
    const config = newConfig();
    const cognito = fakeCognito();
    const authorize = await signInStarted(config);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${domain}/oauth2/authorize`);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: config.clientId,
      redirect_uri: `${origin}/connexion`,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    });
    const session = await completeHostedSignIn(config, callbackOf(authorize));
    expect(session).toMatchObject({
      role: 'REGION_AGENT',
      regionCode: '84',
      sub: 'u-1',
      label: 'Camille Martin — Région AURA',
      token: accessToken(1),
    });
    const [grant] = cognito.grants;
    expect(grant).toMatchObject({
      url: `${domain}/oauth2/token`,
      grant_type: 'authorization_code',
      client_id: config.clientId,
      code: 'the-code',
      redirect_uri: `${origin}/connexion`,
    });
    expect(authorize.searchParams.get('code_challenge')).toBe(
      createHash('sha256').update(grant!.code_verifier!).digest('base64url'),
    );
    // The pending request is used once.
    await expect(completeHostedSignIn(config, callbackOf(authorize))).rejects.toBeInstanceOf(SignInFailed);
  });

  it('refuses a return whose state this tab did not send, or a refusal, without calling Cognito', async () => {
    const config = newConfig();
    const cognito = fakeCognito();
    await signInStarted(config);
    await expect(
      completeHostedSignIn(config, new URL(`${origin}/connexion?code=c&state=forged`)),
    ).rejects.toThrow(/aucune demande de cet onglet/);
    await expect(
      completeHostedSignIn(config, new URL(`${origin}/connexion?error=access_denied&state=x`)),
    ).rejects.toThrow(/refusée ou annulée/);
    expect(cognito.fetchFn).not.toHaveBeenCalled();
  });

  it('refuses an account without a platform role', async () => {
    const config = newConfig();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json({
          access_token: jwt({ sub: 'u-2', 'cognito:groups': [] }),
          id_token: jwt({ sub: 'u-2' }),
          token_type: 'Bearer',
          expires_in: 3600,
        }),
      ),
    );
    const authorize = await signInStarted(config);
    await expect(completeHostedSignIn(config, callbackOf(authorize))).rejects.toThrow(/pas encore de rôle/);
    expect(await cognitoUserManager(config, origin).getUser()).toBeNull();
  });

  it('renews the access token with the refresh token before each hour is over, and ends when it cannot', async () => {
    vi.useFakeTimers({
      now: new Date('2027-03-28T09:00:00Z'),
      toFake: ['Date', 'setInterval', 'clearInterval'],
    });
    const config = newConfig();
    const cognito = fakeCognito();
    const authorize = await signInStarted(config);
    await completeHostedSignIn(config, callbackOf(authorize));
    const renewed: string[] = [];
    let ended = false;
    const stop = keepCognitoSessionRenewed(cognitoUserManager(config, origin), {
      renewed: (token) => renewed.push(token),
      ended: () => (ended = true),
    });

    // Renewed before the hour is over: a save at 59 min 30 s carries a token that is still valid.
    await vi.advanceTimersByTimeAsync(59.5 * 60_000);
    expect(renewed).toEqual([accessToken(2)]);
    // Two hours and a half of filling a form: renewed twice, each time with the refresh token of the sign-in.
    await vi.advanceTimersByTimeAsync(90.5 * 60_000);
    expect(renewed).toEqual([accessToken(2), accessToken(3)]);
    const refreshes = cognito.grants.filter((g) => g.grant_type === 'refresh_token');
    expect(refreshes).toHaveLength(2);
    expect(
      refreshes.every((g) => g.refresh_token === 'the-refresh-token' && g.client_id === config.clientId),
    ).toBe(true);
    expect(ended).toBe(false);

    // The refresh token revoked (or over its 30 days): the session ends once the access token has expired.
    cognito.refuseRefresh();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(ended).toBe(true);
    expect(await cognitoUserManager(config, origin).getUser()).toBeNull();
    stop();
  });

  it('signs out: revokes the refresh token, forgets the tokens, then ends Cognito’s session back home', async () => {
    const config = newConfig();
    const cognito = fakeCognito();
    const authorize = await signInStarted(config);
    await completeHostedSignIn(config, callbackOf(authorize));
    let target = '';
    await signOutOfCognito(config, origin, (url) => (target = url));
    expect(cognito.grants.at(-1)).toMatchObject({
      url: `${domain}/oauth2/revoke`,
      token: 'the-refresh-token',
      client_id: config.clientId,
    });
    expect(await cognitoUserManager(config, origin).getUser()).toBeNull();
    expect(target).toBe(hostedSignOutUrl(config, origin));
    const logout = new URL(target);
    expect(`${logout.origin}${logout.pathname}`).toBe(`${domain}/logout`);
    expect(Object.fromEntries(logout.searchParams)).toEqual({
      client_id: config.clientId,
      logout_uri: `${origin}/`,
    });
  });
});
