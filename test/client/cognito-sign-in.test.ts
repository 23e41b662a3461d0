import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  completeHostedSignIn,
  hostedSignOutUrl,
  SignInFailed,
  startHostedSignIn,
} from '../../client/src/session/cognito';

const config = {
  domain: 'https://croissance-connectee-123.auth.eu-west-3.amazoncognito.com',
  clientId: 'web-client',
};
const origin = 'https://d111111abcdef8.cloudfront.net';

const jwt = (payload: Record<string, unknown>) =>
  ['{"alg":"none"}', JSON.stringify(payload), '']
    .map((part) => Buffer.from(part).toString('base64url'))
    .join('.');

async function signInStarted(): Promise<URL> {
  let target = '';
  await startHostedSignIn(config, origin, (url) => (target = url));
  return new URL(target);
}

describe('Cognito hosted sign-in (authorization code with PKCE)', () => {
  beforeEach(() => sessionStorage.clear());

  it('sends the browser to the hosted page with an S256 challenge of a verifier kept in the tab', async () => {
    const authorize = await signInStarted();
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${config.domain}/oauth2/authorize`);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'web-client',
      redirect_uri: `${origin}/connexion`,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    });
    const pending = JSON.parse(sessionStorage.getItem('croissance-connectee.cognito')!);
    expect(authorize.searchParams.get('state')).toBe(pending.state);
    expect(authorize.searchParams.get('code_challenge')).toBe(
      createHash('sha256').update(pending.verifier).digest('base64url'),
    );
  });

  it('trades the code for tokens with the verifier, and takes the role and region from the access token', async () => {
    const authorize = await signInStarted();
    const { verifier } = JSON.parse(sessionStorage.getItem('croissance-connectee.cognito')!);
    const fetchFn = vi.fn(async () =>
      Response.json({
        access_token: jwt({
          sub: 'u-1',
          'cognito:groups': ['REGION_AGENT'],
          cc_region: '84',
          username: 'u-1',
        }),
        id_token: jwt({ name: 'Camille Martin — Région AURA' }),
      }),
    );
    const callback = new URL(
      `${origin}/connexion?code=the-code&state=${authorize.searchParams.get('state')}`,
    );
    const session = await completeHostedSignIn(config, callback, fetchFn);
    expect(session).toMatchObject({
      role: 'REGION_AGENT',
      regionCode: '84',
      sub: 'u-1',
      label: 'Camille Martin — Région AURA',
    });
    const [url, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`${config.domain}/oauth2/token`);
    expect(Object.fromEntries(init.body as URLSearchParams)).toEqual({
      grant_type: 'authorization_code',
      client_id: 'web-client',
      code: 'the-code',
      redirect_uri: `${origin}/connexion`,
      code_verifier: verifier,
    });
    // The pending request is used once.
    expect(sessionStorage.getItem('croissance-connectee.cognito')).toBeNull();
  });

  it('refuses a return whose state this tab did not send, without calling Cognito', async () => {
    await signInStarted();
    const fetchFn = vi.fn();
    await expect(
      completeHostedSignIn(config, new URL(`${origin}/connexion?code=c&state=forged`), fetchFn),
    ).rejects.toBeInstanceOf(SignInFailed);
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('refuses an account without a platform role', async () => {
    const authorize = await signInStarted();
    const fetchFn = vi.fn(async () =>
      Response.json({ access_token: jwt({ sub: 'u-2', 'cognito:groups': [] }) }),
    );
    const callback = new URL(`${origin}/connexion?code=c&state=${authorize.searchParams.get('state')}`);
    await expect(completeHostedSignIn(config, callback, fetchFn)).rejects.toThrow(/pas encore de rôle/);
  });

  it('signs out of Cognito too, back to the home page', () => {
    const logout = new URL(hostedSignOutUrl(config, origin));
    expect(`${logout.origin}${logout.pathname}`).toBe(`${config.domain}/logout`);
    expect(Object.fromEntries(logout.searchParams)).toEqual({
      client_id: 'web-client',
      logout_uri: `${origin}/`,
    });
  });
});
