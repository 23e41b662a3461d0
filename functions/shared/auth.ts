import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import * as z from 'zod';
import { lazySchema } from './lazy-schema.js';
import { forbidden, unauthenticated } from './errors.js';
import { isSiret } from './identifiers.js';

export const ROLES = ['PME', 'CONNECTEUR', 'REGION_AGENT', 'MODERATOR', 'PROVIDER'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is calling. Anonymous callers have no subject and no role. `siret` is the establishment the identity provider
 * vouches the user belongs to (ProConnect on AWS, the `siret` claim of a development token locally): a PME user's
 * company is bound to it (functions/companies/service.ts).
 */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'user'; sub: string; role: Role; regionCode?: string; siret?: string; email?: string };

export type AuthenticatedViewer = Extract<Viewer, { kind: 'user' }>;

export const anonymous: Viewer = { kind: 'anonymous' };

const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/** Turns a bearer token into a viewer, or throws UNAUTHENTICATED. */
export type TokenVerifier = (token: string) => Promise<AuthenticatedViewer>;

export async function viewerFromAuthorizationHeader(
  header: string | undefined,
  verify: TokenVerifier,
): Promise<Viewer> {
  if (!header) return anonymous;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) throw unauthenticated('En-tête Authorization invalide : « Bearer <jeton> » attendu.');
  // Exactly header.payload.signature, whatever the verifier: nothing may ride after the signature.
  if (!JWT_SHAPE.test(match[1])) throw unauthenticated();
  return verify(match[1]);
}

/** Throws unless the viewer is signed in with one of the roles. */
export function requireRole<R extends Role>(
  viewer: Viewer,
  ...roles: R[]
): AuthenticatedViewer & { role: R } {
  if (viewer.kind === 'anonymous') throw unauthenticated();
  if (!roles.includes(viewer.role as R)) {
    throw forbidden(`Action réservée au(x) rôle(s) ${roles.join(', ')} ; votre rôle est ${viewer.role}.`);
  }
  return viewer as AuthenticatedViewer & { role: R };
}

const claimsSchema = lazySchema(() =>
  z.object({
    sub: z.string().min(1).max(200),
    role: z.enum(ROLES),
    region: z
      .string()
      .regex(/^\d{2,3}$/)
      .optional(),
    /** A SIRET with a wrong key is a malformed token, not a token without SIRET. */
    siret: z.string().refine(isSiret).optional(),
    /** The account's contact address (notifications): the verified e-mail on AWS, the demo user's locally. */
    email: z.string().max(254).optional(),
    exp: z.number(),
  }),
);

/** Name of the access-token claim carrying the user's SIRET (functions/auth/pre-token-generation.ts sets it). */
export const SIRET_CLAIM = 'siret';

// Local development tokens: HS256 JWTs signed with a development key (jose). Never accepted with the AWS configuration.
const DEV_ISSUER = 'croissance-connectee-dev';
const DEV_ALGORITHM = 'HS256';
const devKey = (secret: string) => new TextEncoder().encode(secret);

export function signDevToken(
  claims: { sub: string; role: Role; regionCode?: string; siret?: string; email?: string },
  secret: string,
  options: { ttlSeconds?: number; now?: Date } = {},
): Promise<string> {
  const iat = Math.floor((options.now ?? new Date()).getTime() / 1000);
  return new SignJWT({
    role: claims.role,
    ...(claims.regionCode ? { region: claims.regionCode } : {}),
    ...(claims.siret ? { [SIRET_CLAIM]: claims.siret } : {}),
    ...(claims.email ? { email: claims.email } : {}),
  })
    .setProtectedHeader({ alg: DEV_ALGORITHM, typ: 'JWT' })
    .setIssuer(DEV_ISSUER)
    .setSubject(claims.sub)
    .setIssuedAt(iat)
    .setExpirationTime(iat + (options.ttlSeconds ?? 12 * 3600))
    .sign(devKey(secret));
}

/** HS256 only (alg none or any other is refused), our issuer, an expiry, then our claims. */
export function devTokenVerifier(secret: string, clock: () => Date): TokenVerifier {
  const key = devKey(secret);
  return async (token) => {
    let raw: unknown;
    try {
      ({ payload: raw } = await jwtVerify(token, key, {
        algorithms: [DEV_ALGORITHM],
        issuer: DEV_ISSUER,
        requiredClaims: ['exp'],
        currentDate: clock(),
      }));
    } catch (error) {
      throw error instanceof joseErrors.JWTExpired ? unauthenticated('Jeton expiré.') : unauthenticated();
    }
    const parsed = claimsSchema.safeParse(raw);
    if (!parsed.success) throw unauthenticated();
    return withEmail(
      toViewer(parsed.data.sub, parsed.data.role, parsed.data.region, parsed.data.siret),
      parsed.data.email,
    );
  };
}

/**
 * Cognito access tokens: the user pool's groups are the roles, `cc_region` is copied from `custom:region` and
 * `siret` from `custom:siret` (mapped from ProConnect's `siret` claim); a SIRET failing its key is ignored.
 */
export function cognitoTokenVerifier(userPoolId: string, clientId: string): TokenVerifier {
  // Loaded with the first token: anonymous reads, most of the traffic, never need the verifier's code.
  let verifier: Promise<{ verify(token: string): Promise<unknown> }> | undefined;
  return async (token) => {
    verifier ??= import('aws-jwt-verify/cognito-verifier').then(({ CognitoJwtVerifier }) =>
      CognitoJwtVerifier.create({ userPoolId, clientId, tokenUse: 'access' }),
    );
    let payload: Record<string, unknown>;
    try {
      payload = (await (await verifier).verify(token)) as Record<string, unknown>;
    } catch {
      throw unauthenticated();
    }
    const groups = Array.isArray(payload['cognito:groups']) ? (payload['cognito:groups'] as unknown[]) : [];
    const role = ROLES.find((r) => groups.includes(r));
    const region = typeof payload.cc_region === 'string' ? payload.cc_region : undefined;
    const siret = payload[SIRET_CLAIM];
    if (!role || typeof payload.sub !== 'string') throw unauthenticated('Jeton sans rôle reconnu.');
    return withEmail(
      toViewer(payload.sub, role, region, typeof siret === 'string' && isSiret(siret) ? siret : undefined),
      payload[EMAIL_CLAIM],
    );
  };
}

function toViewer(
  sub: string,
  role: Role,
  region: string | undefined,
  siret: string | undefined,
): AuthenticatedViewer {
  if (role === 'REGION_AGENT' && !region)
    throw unauthenticated('Un jeton REGION_AGENT doit porter sa région.');
  return {
    kind: 'user',
    sub,
    role,
    ...(role === 'REGION_AGENT' ? { regionCode: region } : {}),
    ...(siret ? { siret } : {}),
  };
}

/** Name of the access-token claim carrying the verified e-mail (functions/auth/pre-token-generation.ts sets it). */
export const EMAIL_CLAIM = 'cc_email';

const EMAIL = lazySchema(() => z.email().max(254));

/** The viewer with its contact address when the token carries a well-formed one (else none: in-app only). */
function withEmail(viewer: AuthenticatedViewer, email: unknown): AuthenticatedViewer {
  const parsed = EMAIL.safeParse(email);
  return parsed.success ? { ...viewer, email: parsed.data.toLowerCase() } : viewer;
}
