import { Aws, Duration } from 'aws-cdk-lib';
import { HttpMethod, type HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import {
  AllowedMethods,
  CachedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  OriginProtocolPolicy,
  ViewerProtocolPolicy,
  type Distribution,
  type IResponseHeadersPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { MAX_PUBLIC_AGE_SECONDS, PUBLIC_GRAPHQL_PATH } from '../functions/graphql/cache-policy.js';

export type PublicReadCacheProps = {
  distribution: Distribution;
  httpApi: HttpApi;
  graphqlFunction: IFunction;
  responseHeadersPolicy: IResponseHeadersPolicy;
};

/**
 * Public reads served from the edge: `GET /graphql/public?extensions=…&variables=…` (a trusted document's hash and
 * its variables) reaches the same GraphQL function, and CloudFront keeps its answer for the `s-maxage` the API
 * gives (functions/graphql/cache-policy.ts: anonymous public queries only, at most 60 s).
 *
 * - The cache key is the query string only: no header, no cookie. `Authorization` is neither in the key nor
 *   forwarded (CloudFront forwards it only when it is in the key), so every answer there is an anonymous one and
 *   the handler drops a token anyway.
 * - `/graphql` itself (POST, every signed-in call) keeps its behaviour: caching disabled.
 * - Minimum and default TTL 0: an answer without `s-maxage`, or `private`/`no-store`, is not kept.
 */
export class PublicReadCache extends Construct {
  readonly cachePolicy: CachePolicy;

  constructor(scope: Construct, id: string, props: PublicReadCacheProps) {
    super(scope, id);
    this.cachePolicy = new CachePolicy(this, 'Policy', {
      comment:
        'Croissance connectee: public GraphQL reads, keyed on the query string, never on Authorization',
      queryStringBehavior: CacheQueryStringBehavior.all(),
      headerBehavior: CacheHeaderBehavior.none(),
      cookieBehavior: CacheCookieBehavior.none(),
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(MAX_PUBLIC_AGE_SECONDS),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    props.distribution.addBehavior(
      PUBLIC_GRAPHQL_PATH,
      new HttpOrigin(`${props.httpApi.apiId}.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}`, {
        protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      }),
      {
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachedMethods: CachedMethods.CACHE_GET_HEAD,
        cachePolicy: this.cachePolicy,
        responseHeadersPolicy: props.responseHeadersPolicy,
        compress: true,
      },
    );
    props.httpApi.addRoutes({
      path: PUBLIC_GRAPHQL_PATH,
      methods: [HttpMethod.GET],
      integration: new HttpLambdaIntegration('PublicReadIntegration', props.graphqlFunction),
    });
  }
}
