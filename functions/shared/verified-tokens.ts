import { decodeJwt } from 'jose';
import type { AuthenticatedViewer, TokenVerifier } from './auth.js';

/** Past this many distinct tokens in one instance, the memo starts again. */
const MEMO_SIZE = 1_000;

/**
 * A verifier that checks each token once per instance, then answers the same viewer until the token's `exp`: a signed-in
 * caller sends the same access token on every call, and its signature check (jose's HS256 goes through WebCrypto, a
 * round trip to libuv's thread pool; Cognito's RS256 a public-key verification) and claims parsing were a fixed cost
 * of every request (docs/performance.md, "Fourth pass").
 *
 * Same answers as the verifier it wraps: only tokens it accepted are remembered, the memo key is the whole token
 * (header, payload and signature), and from the second of `exp` on (`now ≥ exp`, as jose counts expiry) the token
 * goes back to the verifier, which refuses it with its own error. Refusals are never remembered. A token's claims
 * cannot change without changing its signature, and neither verifier checks anything that moves but time.
 */
export function verifiedTokenMemo(verify: TokenVerifier, clock: () => Date): TokenVerifier {
  const verified = new Map<string, { viewer: AuthenticatedViewer; expiresAt: number }>();
  return async (token) => {
    const known = verified.get(token);
    if (known) {
      if (clock().getTime() < known.expiresAt) return known.viewer;
      verified.delete(token);
    }
    const viewer = await verify(token);
    const { exp } = decodeJwt(token);
    if (typeof exp === 'number') {
      if (verified.size >= MEMO_SIZE) verified.clear();
      verified.set(token, { viewer: Object.freeze(viewer), expiresAt: exp * 1000 });
    }
    return viewer;
  };
}
