import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The web app built for AWS (VITE_AUTH_MODE=cognito): a session kept alive past its first hour.
const domain = 'https://croissance-connectee-123.auth.eu-west-3.amazoncognito.com';
const clientId = 'web-client-session';

const jwt = (payload: Record<string, unknown>) =>
  ['{"alg":"none"}', JSON.stringify(payload), '']
    .map((part) => Buffer.from(part).toString('base64url'))
    .join('.');
const accessToken = (n: number) => jwt({ sub: 'u-1', 'cognito:groups': ['PME'], username: 'u-1', n });

describe('a Cognito session in the web app', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
  });

  it('sends the renewed access token after an hour, keeping what the session knew (its company)', async () => {
    vi.useFakeTimers({
      now: new Date('2027-03-28T09:00:00Z'),
      toFake: ['Date', 'setInterval', 'clearInterval'],
    });
    vi.stubEnv('VITE_AUTH_MODE', 'cognito');
    vi.stubEnv('VITE_COGNITO_DOMAIN', domain);
    vi.stubEnv('VITE_COGNITO_CLIENT_ID', clientId);
    let issued = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        const grant = new URLSearchParams(String(init.body)).get('grant_type');
        issued += 1;
        return Response.json({
          access_token: accessToken(issued),
          id_token: jwt({ sub: 'u-1', email: 'pme@example.fr' }),
          ...(grant === 'authorization_code' ? { refresh_token: 'the-refresh-token' } : {}),
          token_type: 'Bearer',
          expires_in: 3600,
        });
      }),
    );
    vi.resetModules();
    const { completeHostedSignIn, startHostedSignIn } = await import('../../client/src/session/cognito');
    const { SessionProvider, useSession } = await import('../../client/src/session/SessionProvider');

    let authorize = '';
    await startHostedSignIn({ domain, clientId }, window.location.origin, (url) => (authorize = url));
    const state = new URL(authorize).searchParams.get('state');
    const signedIn = await completeHostedSignIn(
      { domain, clientId },
      new URL(`${window.location.origin}/connexion?code=c&state=${state}`),
    );
    function Probe() {
      const { session, signIn } = useSession();
      return (
        <>
          <button onClick={() => signIn({ ...signedIn, companyId: 'company-1' })}>entrer</button>
          <output>{session ? `${session.token} ${session.companyId}` : 'anonyme'}</output>
        </>
      );
    }
    render(
      <SessionProvider>
        <Probe />
      </SessionProvider>,
    );
    act(() => screen.getByRole('button', { name: 'entrer' }).click());
    expect(screen.getByRole('status').textContent).toBe(`${accessToken(1)} company-1`);

    await act(() => vi.advanceTimersByTimeAsync(59.5 * 60_000));
    expect(screen.getByRole('status').textContent).toBe(`${accessToken(2)} company-1`);
    // A reload of the tab starts from the renewed session.
    expect(JSON.parse(sessionStorage.getItem('croissance-connectee.session')!)).toMatchObject({
      token: accessToken(2),
      companyId: 'company-1',
    });
  });
});
