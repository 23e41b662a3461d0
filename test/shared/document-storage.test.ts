import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentStorageFor } from '../../functions/graphql/documents.js';
import type { AppConfig } from '../../functions/shared/config.js';

const awsConfig: AppConfig = {
  env: 'aws',
  tableName: 'croissance-connectee',
  awsRegion: 'eu-west-3',
  cursorSecret: 'test',
  cognito: { userPoolId: 'eu-west-3_test', clientId: 'test' },
  documentsBucket: 'cc-documents-test',
};

// Presigning needs credentials and nothing else: no request leaves the process.
const credentials = { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret' };
let saved: Record<string, string | undefined>;
beforeEach(() => {
  saved = Object.fromEntries(Object.keys(credentials).map((k) => [k, process.env[k]]));
  Object.assign(process.env, credentials);
});
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe('documents on AWS (S3, presigned links)', () => {
  const expiresAt = () => new Date(Date.now() + 15 * 60_000);

  it('signs an upload link to the bucket that binds the declared type and size', async () => {
    const storage = documentStorageFor(awsConfig);
    const url = new URL(
      await storage.uploadUrl('subsidies/app-1/quote.pdf', {
        contentType: 'application/pdf',
        sizeBytes: 1234,
        expiresAt: expiresAt(),
      }),
    );
    expect(url.hostname).toBe('cc-documents-test.s3.eu-west-3.amazonaws.com');
    expect(url.pathname).toBe('/subsidies/app-1/quote.pdf');
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('content-length;content-type;host');
    expect(Number(url.searchParams.get('X-Amz-Expires'))).toBeGreaterThan(890);
  });

  it('signs a download link that names the file as an attachment', async () => {
    const storage = documentStorageFor(awsConfig);
    const url = new URL(
      await storage.downloadUrl('subsidies/app-1/quote.pdf', {
        fileName: 'devis été.pdf',
        contentType: 'application/pdf',
        expiresAt: expiresAt(),
      }),
    );
    expect(url.searchParams.get('response-content-disposition')).toBe(
      "attachment; filename*=UTF-8''devis%20%C3%A9t%C3%A9.pdf",
    );
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('without a bucket, refuses each document call but not the start', async () => {
    const storage = documentStorageFor({ ...awsConfig, documentsBucket: undefined });
    await expect(
      storage.uploadUrl('k', { contentType: 'application/pdf', sizeBytes: 1, expiresAt: expiresAt() }),
    ).rejects.toThrow('DOCUMENTS_BUCKET');
  });
});
