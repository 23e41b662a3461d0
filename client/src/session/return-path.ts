/**
 * Where to go after signing in: the page the user was on, or was going to ("Contacter ce connecteur"). Locally the
 * sign-in page reads it from its `retour` parameter; the hosted sign-in (Cognito) comes back to a fixed /connexion,
 * so the path is kept in this tab's sessionStorage across the round trip. Only a path of this site is followed.
 */

const STORAGE_KEY = 'croissance-connectee.return-path';
export const RETURN_PARAM = 'retour';

/** A path of this web app, never another origin ("//host", "/\host", "https:"), nor the sign-in page itself. */
export function safeReturnPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  try {
    const url = new URL(raw, 'https://app.invalid');
    if (url.origin !== 'https://app.invalid' || url.pathname === '/connexion') return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}

/** The sign-in page's address that comes back to `path` once signed in. */
export function signInPath(path: string): string {
  const target = safeReturnPath(path);
  return target === '/' ? '/connexion' : `/connexion?${new URLSearchParams({ [RETURN_PARAM]: target })}`;
}

/** The path asked for in the sign-in page's own address. */
export const returnPathOf = (search: string): string =>
  safeReturnPath(new URLSearchParams(search).get(RETURN_PARAM));

/** Before leaving for the hosted sign-in. */
export function rememberReturnPath(path: string): void {
  sessionStorage.setItem(STORAGE_KEY, safeReturnPath(path));
}

/** Back from the hosted sign-in: the path kept before leaving (once), or the home page. */
export function takeReturnPath(): string {
  const path = sessionStorage.getItem(STORAGE_KEY);
  sessionStorage.removeItem(STORAGE_KEY);
  return safeReturnPath(path);
}
