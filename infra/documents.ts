import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';

import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  CfnBucket,
  HttpMethods,
  ObjectOwnership,
  StorageClass,
  type IBucket,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/** Where the API keeps a file's documents (functions/subsidies/documents.ts): the only prefix its role reaches. */
export const DOCUMENTS_PREFIX = 'subsidies/';

/** FEDER controls may come up to ten years after the payment: documents are kept that long, then expire. */
export const DOCUMENT_RETENTION_DAYS = 3653;

/**
 * The private bucket of chèque numérique quotes and invoices. Browsers upload and download through presigned links
 * the API signs (CORS for the web app's origin only); nothing is public, everything is encrypted, TLS is required,
 * and the API's function may put, get and delete objects under `subsidies/` and list that prefix — nothing else.
 */
export class DocumentsBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: { webUrl: string; accessLogs: IBucket }) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'documents/',
      cors: [
        {
          allowedOrigins: [props.webUrl],
          allowedMethods: [HttpMethods.PUT, HttpMethods.GET],
          allowedHeaders: ['content-type'],
          maxAge: 3000,
        },
      ],
      lifecycleRules: [
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
        { id: 'replaced-or-deleted', noncurrentVersionExpiration: Duration.days(30) },
        {
          id: 'archive-then-expire',
          transitions: [{ storageClass: StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(90) }],
          expiration: Duration.days(DOCUMENT_RETENTION_DAYS),
        },
      ],
      // Evidence for the programme's controls: kept when the stack is deleted.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /** What the API's function needs: sign uploads and downloads, check and delete what arrived, under the prefix. */
  grantApi(fn: LambdaFunction) {
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'],
        resources: [this.bucket.arnForObjects(`${DOCUMENTS_PREFIX}*`)],
      }),
    );
    // Without it a missing object answers 403 instead of 404 (the API says "nothing was uploaded").
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [this.bucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': [`${DOCUMENTS_PREFIX}*`] } },
      }),
    );
    fn.addEnvironment('DOCUMENTS_BUCKET', this.bucket.bucketName);
    const bucketId = Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnBucket);
    Validations.of(fn).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${DOCUMENTS_PREFIX}*]`,
      reason: 'The objects of one prefix of the documents bucket: each file’s documents are keys under it.',
    });
  }
}
