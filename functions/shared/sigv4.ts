import { createHash, createHmac } from 'node:crypto';

/** What signs a request: the Lambda's role credentials on AWS (with their session token), static ones locally. */
export type SigningCredentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

/**
 * AWS Signature Version 4 of a POST to `/` with no query string: the only request shape of DynamoDB's JSON protocol
 * (read-transport.ts). Returns the headers to send: the given ones, `x-amz-date`, the session token when there is
 * one, and `authorization`. Every given header is signed; names must be lower case. `test/shared/sigv4.test.ts` holds
 * it to the SDK's own signer (`@smithy/signature-v4`).
 */
export function signPost(request: {
  host: string;
  headers: Record<string, string>;
  body: string;
  region: string;
  service: string;
  credentials: SigningCredentials;
  now: Date;
}): Record<string, string> {
  const { credentials, region, service } = request;
  const amzDate = request.now.toISOString().replace(/[-:]|\.\d{3}/g, '');
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = { ...request.headers, host: request.host, 'x-amz-date': amzDate };
  if (credentials.sessionToken) headers['x-amz-security-token'] = credentials.sessionToken;
  const names = Object.keys(headers).sort();
  const signedHeaders = names.join(';');
  const canonicalRequest = [
    'POST',
    '/',
    '',
    ...names.map((name) => `${name}:${headers[name]!.trim().replace(/\s+/g, ' ')}`),
    '',
    signedHeaders,
    sha256Hex(request.body),
  ].join('\n');
  const scope = `${day}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const signature = createHmac('sha256', signingKey(credentials.secretAccessKey, day, region, service))
    .update(stringToSign)
    .digest('hex');
  headers.authorization = `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return headers;
}

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');
const hmac = (key: string | Buffer, text: string) => createHmac('sha256', key).update(text).digest();

// The key changes once a day (and with the credentials): four HMACs saved on every other request.
let lastKey: { id: string; key: Buffer } | undefined;

function signingKey(secret: string, day: string, region: string, service: string): Buffer {
  const id = `${secret}\u0000${day}\u0000${region}\u0000${service}`;
  if (lastKey?.id !== id)
    lastKey = { id, key: hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), service), 'aws4_request') };
  return lastKey.key;
}
