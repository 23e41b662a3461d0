import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import type { SourceData } from '@smithy/types';
import { describe, expect, it } from 'vitest';
import { signPost, type SigningCredentials } from '../../functions/shared/sigv4.js';

// The read transport signs its own requests: held here to the signer the SDK uses for the same request.
const body = JSON.stringify({ TableName: 'croissance-connectee', KeyConditionExpression: 'PK = :pk' });
const headers = {
  'content-type': 'application/x-amz-json-1.0',
  'x-amz-target': 'DynamoDB_20120810.Query',
};

/** SHA-256 and HMAC-SHA256 as the SDK's `@smithy/hash-node` gives them in Node. */
class Sha256 {
  private hash!: Hash | Hmac;
  constructor(private readonly secret?: SourceData) {
    this.reset();
  }
  update(data: Uint8Array) {
    this.hash.update(data);
  }
  async digest() {
    return new Uint8Array(this.hash.digest());
  }
  reset() {
    this.hash =
      this.secret === undefined
        ? createHash('sha256')
        : createHmac(
            'sha256',
            typeof this.secret === 'string' ? this.secret : new Uint8Array(this.secret as ArrayBuffer),
          );
  }
}

async function sdkAuthorization(credentials: SigningCredentials, now: Date, region: string, host: string) {
  // Without the x-amz-content-sha256 header, which only S3 requires (the signature covers the body's hash anyway).
  const signer = new SignatureV4({
    credentials,
    region,
    service: 'dynamodb',
    sha256: Sha256,
    applyChecksum: false,
  });
  const signed = await signer.sign(
    { method: 'POST', protocol: 'https:', hostname: host, path: '/', headers: { ...headers, host }, body },
    { signingDate: now },
  );
  return signed.headers;
}

describe('signPost', () => {
  const cases: [string, SigningCredentials, string][] = [
    [
      'static credentials',
      { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
      'eu-west-3',
    ],
    [
      'a role’s credentials with their session token',
      {
        accessKeyId: 'ASIAEXAMPLE',
        secretAccessKey: 'secret/with+signs',
        sessionToken: 'IQoJb3JpZ2luX2VjE///token==',
      },
      'eu-west-1',
    ],
  ];
  it.each(cases)('signs as the SDK does, with %s', async (_, credentials, region) => {
    const host = `dynamodb.${region}.amazonaws.com`;
    for (const now of [new Date('2026-12-05T03:40:12.345Z'), new Date('2027-01-01T00:00:00.000Z')]) {
      const ours = signPost({ host, headers, body, region, service: 'dynamodb', credentials, now });
      const sdk = await sdkAuthorization(credentials, now, region, host);
      expect(ours.authorization).toBe(sdk.authorization);
      expect(ours['x-amz-date']).toBe(sdk['x-amz-date']);
      expect(ours['x-amz-security-token']).toBe(sdk['x-amz-security-token']);
    }
  });

  it('changes the signature with the body, the day and the key', () => {
    const credentials = { accessKeyId: 'AKID', secretAccessKey: 'one' };
    const now = new Date('2026-12-05T03:40:12Z');
    const sign = (over: Partial<Parameters<typeof signPost>[0]>) =>
      signPost({
        host: 'h',
        headers,
        body,
        region: 'eu-west-3',
        service: 'dynamodb',
        credentials,
        now,
        ...over,
      }).authorization;
    const signatures = new Set([
      sign({}),
      sign({ body: `${body} ` }),
      sign({ now: new Date('2026-12-06T03:40:12Z') }),
      sign({ credentials: { ...credentials, secretAccessKey: 'two' } }),
    ]);
    expect(signatures.size).toBe(4);
  });
});
