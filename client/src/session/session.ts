import { isRole, type Role } from './roles';

/** Who is signed in: what the header shows and the bearer token sent with every API call. */
export type Session = {
  token: string;
  /** Display name, e.g. "Marie Durand — Boulangerie Durand". */
  label: string;
  role: Role;
  sub: string;
  /** INSEE code of the agent's region (REGION_AGENT). */
  regionCode?: string | undefined;
  /** The PME's company, when it has registered one. */
  companyId?: string | undefined;
};

// sessionStorage: the token lives as long as the tab, and is not shared with other tabs or kept on disk.
const STORAGE_KEY = 'croissance-connectee.session';

export function loadSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Session>;
    if (typeof value.token !== 'string' || typeof value.label !== 'string' || typeof value.sub !== 'string') {
      return null;
    }
    if (!isRole(value.role)) return null;
    return {
      token: value.token,
      label: value.label,
      role: value.role,
      sub: value.sub,
      regionCode: value.regionCode,
      companyId: value.companyId,
    };
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  if (session) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  else sessionStorage.removeItem(STORAGE_KEY);
}
