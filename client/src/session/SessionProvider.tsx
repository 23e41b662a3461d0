import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { authConfig } from '../config';
import { hostedSignOutUrl } from './cognito';
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
    if (authConfig.mode === 'cognito')
      window.location.assign(hostedSignOutUrl(authConfig, window.location.origin));
  }, []);
  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
