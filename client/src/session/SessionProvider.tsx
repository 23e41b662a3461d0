import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { authConfig } from '../config';
import { keepCognitoSessionRenewed } from './cognito-renewal';
import { loadSession, saveSession, type Session } from './session';

type SessionContextValue = {
  /** null when anonymous. */
  session: Session | null;
  signIn: (session: Session) => void;
  signOut: () => void;
};

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(loadSession);
  const signIn = useCallback((next: Session) => {
    saveSession(next);
    setSession(next);
  }, []);
  const signOut = useCallback(() => {
    saveSession(null);
    setSession(null);
    // On AWS, Cognito's own session must end too, or its sign-in page would let the user straight back in.
    // oidc-client-ts is loaded only where Cognito signs in (on AWS): never in the home page's bundle.
    const config = authConfig;
    if (config.mode === 'cognito')
      void import('./cognito').then((m) => m.signOutOfCognito(config, window.location.origin));
  }, []);
  // On AWS, the access token (one hour) is renewed with the refresh token before it expires.
  useEffect(() => {
    const config = authConfig;
    if (config.mode !== 'cognito') return;
    let stop: (() => void) | undefined;
    let unmounted = false;
    void import('./cognito').then(({ cognitoUserManager }) => {
      if (unmounted) return;
      stop = keepCognitoSessionRenewed(cognitoUserManager(config, window.location.origin), {
        renewed: (token) =>
          setSession((current) => {
            const next = current && { ...current, token };
            saveSession(next);
            return next;
          }),
        ended: () => {
          saveSession(null);
          setSession(null);
        },
      });
    });
    return () => {
      unmounted = true;
      stop?.();
    };
  }, []);
  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
