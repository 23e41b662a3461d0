import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Annotations, Aws, Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
  type ResponseSecurityHeadersBehavior,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { CONTENT_SECURITY_POLICY } from './web-headers.js';

export type WebAppProps = {
  /** The HTTP API that CloudFront serves at `apiPaths` of the same origin (the GraphQL API, the unsubscribe links). */
  httpApi: IHttpApi;
  apiPaths: string[];
  /**
   * The built web app (client/dist). When it does not exist (a fresh clone, an offline `npm run synth`),
   * the stack is the same but uploads nothing: `npm run deploy` builds it first.
   */
  buildDir: string;
  /** The AWS WAF web ACL (CLOUDFRONT scope, us-east-1: infra/waf.ts) in front of the distribution. */
  webAclArn?: string;
};

/**
 * The web app on AWS: its build in a private S3 bucket read by CloudFront through origin access control,
 * and the API behind the same CloudFront origin, so the browser never makes a cross-origin call.
 */
export class WebApp extends Construct {
  readonly bucket: Bucket;
  readonly logsBucket: Bucket;
  readonly distribution: Distribution;
  /** The API's security headers (no page policy), for other API behaviours (infra/api-cache.ts). */
  readonly apiHeaders: ResponseHeadersPolicy;
  readonly deployments: BucketDeployment[] = [];

  constructor(scope: Construct, id: string, props: WebAppProps) {
    super(scope, id);

    // Access logs of the bucket and of the distribution. CloudFront standard logging writes with ACLs,
    // hence OBJECT_WRITER. Logs are kept 90 days, then expire.
    this.logsBucket = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      // Access logs are evidence: kept when the stack is deleted.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.bucket = new Bucket(this, 'Files', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: this.logsBucket,
      serverAccessLogsPrefix: 's3/',
      // Only build output, rebuilt from the repository at every deployment: nothing to keep, and a retained
      // bucket would be an orphan to empty and delete by hand after `cdk destroy`.
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });

    const securityHeaders: ResponseSecurityHeadersBehavior = {
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: {
        referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
        override: true,
      },
      strictTransportSecurity: {
        accessControlMaxAge: Duration.days(730),
        includeSubdomains: true,
        override: true,
      },
    };
    const pageHeaders = new ResponseHeadersPolicy(this, 'PageHeaders', {
      comment: 'Croissance connectee web app: security headers (infra/web-headers.ts)',
      securityHeadersBehavior: {
        ...securityHeaders,
        contentSecurityPolicy: { contentSecurityPolicy: CONTENT_SECURITY_POLICY, override: true },
      },
    });
    // The API answers JSON (and Apollo's landing page, which loads its own scripts): no page policy there.
    const apiHeaders = (this.apiHeaders = new ResponseHeadersPolicy(this, 'ApiHeaders', {
      comment: 'Croissance connectee API: security headers',
      securityHeadersBehavior: securityHeaders,
    }));

    // Client-side routes (/connecteurs/abc) have no file: serve index.html, as the local server does.
    // Paths with an extension go to S3 untouched, so a missing asset stays an error, not a page.
    const spaFallback = new CloudFrontFunction(this, 'SpaFallback', {
      comment: 'Serves index.html for paths without a file extension',
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(SPA_FALLBACK_CODE),
    });

    const apiOrigin = new HttpOrigin(`${props.httpApi.apiId}.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}`, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Croissance connectee: web app and API',
      ...(props.webAclArn ? { webAclId: props.webAclArn } : {}),
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Europe and North America edges: the users are in France, overseas territories included.
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: this.logsBucket,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: pageHeaders,
        compress: true,
        functionAssociations: [{ function: spaFallback, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: Object.fromEntries(
        props.apiPaths.map((path) => [
          path,
          {
            origin: apiOrigin,
            // POST over plain HTTP would be lost by a redirect: refuse it instead.
            viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
            allowedMethods: AllowedMethods.ALLOW_ALL,
            // Answers depend on the caller: never cached. With caching disabled, this managed policy forwards
            // every viewer header but Host (API Gateway routes on its own host name), Authorization included.
            cachePolicy: CachePolicy.CACHING_DISABLED,
            originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
            responseHeadersPolicy: apiHeaders,
          },
        ]),
      ),
    });

    if (!existsSync(join(props.buildDir, 'index.html'))) {
      Annotations.of(this).addWarningV2(
        'croissance-connectee:web-app-not-built',
        `${props.buildDir} is not built: the web app is not uploaded (npm run deploy builds it first).`,
      );
      return;
    }
    // Hashed assets never change: cached for a year. Everything else (index.html first) is revalidated, so
    // a deployment shows at once. Old assets are not pruned: a tab opened before the deployment still loads
    // the chunks of its build.
    // One upload function serves both deployments (a singleton): one log group.
    const uploadLogs = new LogGroup(this, 'UploadLogs', { retention: RetentionDays.ONE_MONTH });
    this.deployments.push(
      new BucketDeployment(this, 'HashedAssets', {
        sources: [Source.asset(props.buildDir, { exclude: ['*', '!assets', '!assets/**'] })],
        destinationBucket: this.bucket,
        prune: false,
        cacheControl: [CacheControl.fromString('public, max-age=31536000, immutable')],
        memoryLimit: 512,
        logGroup: uploadLogs,
      }),
      new BucketDeployment(this, 'Pages', {
        sources: [Source.asset(props.buildDir, { exclude: ['assets', 'assets/**'] })],
        destinationBucket: this.bucket,
        prune: false,
        cacheControl: [CacheControl.noCache()],
        memoryLimit: 512,
        logGroup: uploadLogs,
      }),
    );
    // index.html names the new assets: it is uploaded once they are there.
    this.deployments[1]!.node.addDependency(this.deployments[0]!);
  }
}

/** CloudFront Functions run a restricted JavaScript (runtime 2.0): kept small and dependency-free. */
const SPA_FALLBACK_CODE = `function handler(event) {
  var request = event.request;
  var last = request.uri.split('/').pop();
  if (last.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`;
