import { afterAll, expect, it } from 'vitest';
import { DOCUMENT_RETENTION_DAYS } from '../../infra/documents.js';
import { synthesizeStack, type Resource } from './synth.js';
import type { Statement } from './cfn.js';

const stack = synthesizeStack('cc-documents-');
afterAll(() => stack.cleanup());

const [bucketId, bucket] = stack.ofType('AWS::S3::Bucket').find(([id]) => id.startsWith('DocumentsBucket'))!;
const statementsOf = (policy: Resource) => policy.Properties.PolicyDocument.Statement as Statement[];

it('keeps documents in a private, encrypted, versioned bucket that refuses plain HTTP', () => {
  expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
    BlockPublicAcls: true,
    BlockPublicPolicy: true,
    IgnorePublicAcls: true,
    RestrictPublicBuckets: true,
  });
  expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0]).toMatchObject({
    ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' },
  });
  expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
  const [, policy] = stack
    .ofType('AWS::S3::BucketPolicy')
    .find(([, p]) => p.Properties.Bucket.Ref === bucketId)!;
  expect(statementsOf(policy)).toContainEqual(
    expect.objectContaining({
      Effect: 'Deny',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    }),
  );
});

it('expires unfinished uploads and, after the retention period, documents; lets only the web app upload', () => {
  const rules = bucket.Properties.LifecycleConfiguration.Rules as {
    Id: string;
    AbortIncompleteMultipartUpload?: unknown;
    ExpirationInDays?: number;
  }[];
  expect(rules.find((r) => r.Id === 'abort-incomplete-uploads')!.AbortIncompleteMultipartUpload).toEqual({
    DaysAfterInitiation: 1,
  });
  expect(rules.find((r) => r.Id === 'archive-then-expire')!.ExpirationInDays).toBe(DOCUMENT_RETENTION_DAYS);
  const [cors] = bucket.Properties.CorsConfiguration.CorsRules as {
    AllowedMethods: string[];
    AllowedOrigins: unknown[];
  }[];
  expect(cors!.AllowedMethods.sort()).toEqual(['GET', 'PUT']);
  expect(JSON.stringify(cors!.AllowedOrigins)).toContain('DomainName');
  expect(cors!.AllowedOrigins).not.toContain('*');
});

it('gives the API function only the objects under subsidies/ and its bucket name', () => {
  const [, fn] = stack.ofType('AWS::Lambda::Function').find(([id]) => id.startsWith('GraphqlFunction'))!;
  expect(fn.Properties.Environment.Variables.DOCUMENTS_BUCKET).toEqual({ Ref: bucketId });
  const s3Statements = stack
    .ofType('AWS::IAM::Policy')
    .filter(([id]) => id.startsWith('GraphqlFunction'))
    .flatMap(([, p]) => statementsOf(p))
    .filter((s) => JSON.stringify(s).includes(bucketId));
  expect(s3Statements).toEqual([
    expect.objectContaining({
      Action: ['s3:DeleteObject', 's3:GetObject', 's3:PutObject'],
      Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/subsidies/*']] },
    }),
    expect.objectContaining({
      Action: 's3:ListBucket',
      Condition: { StringLike: { 's3:prefix': ['subsidies/*'] } },
    }),
  ]);
});
