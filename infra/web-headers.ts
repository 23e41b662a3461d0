/**
 * The web app's security headers, in one place: CloudFront adds them on AWS (infra/stack.ts) and the local
 * server sends the same ones (scripts/local/static-files.ts), so the browser tests run under the policy
 * that is deployed and a page that breaks it fails here first.
 */

/** Cognito's hosted sign-in lives on `<domain>.auth.<region>.amazoncognito.com`: redirects and the token call. */
const COGNITO = 'https://*.amazoncognito.com';

/** Quotes and invoices go straight to the documents bucket through presigned links (infra/documents.ts). */
const DOCUMENTS = 'https://*.s3.eu-west-3.amazonaws.com';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // The DSFR and React set style attributes at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  `connect-src 'self' ${COGNITO} ${DOCUMENTS}`,
  `form-action 'self' ${COGNITO}`,
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** As sent by the local server (HSTS is left to CloudFront: it means nothing over plain HTTP). */
export const WEB_SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': REFERRER_POLICY,
} as const;
