import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_GRAPHQL_PATH } from '../../functions/graphql/cache-policy.js';
import { GRAPHQL_PATH } from '../../infra/stack.js';
import { synthesizeStack, type Resource } from './synth.js';

let stack: ReturnType<typeof synthesizeStack>;

beforeAll(() => {
  stack = synthesizeStack('cc-api-cache-');
}, 60_000);

afterAll(() => stack.cleanup());

/** CloudFront's managed CachingDisabled policy. */
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';

const distribution = () => {
  const found = stack.ofType('AWS::CloudFront::Distribution');
  expect(found).toHaveLength(1);
  return found[0]![1].Properties.DistributionConfig;
};
const behaviour = (path: string) =>
  distribution().CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === path);
const policyOf = (ref: { Ref?: string } | string): Resource['Properties'] | undefined =>
  typeof ref === 'string' ? undefined : stack.resources[ref.Ref!]!.Properties.CachePolicyConfig;

describe('the API behind CloudFront', () => {
  it('caches public reads keyed on the query string only, for at most 60 s, compressed', () => {
    const reads = behaviour(PUBLIC_GRAPHQL_PATH);
    expect(reads.AllowedMethods).toEqual(['GET', 'HEAD']);
    expect(reads.Compress).toBe(true);
    const policy = policyOf(reads.CachePolicyId)!;
    expect(policy).toMatchObject({ MinTTL: 0, DefaultTTL: 0, MaxTTL: 60 });
    expect(policy.ParametersInCacheKeyAndForwardedToOrigin).toMatchObject({
      QueryStringsConfig: { QueryStringBehavior: 'all' },
      HeadersConfig: { HeaderBehavior: 'none' },
      CookiesConfig: { CookieBehavior: 'none' },
      EnableAcceptEncodingBrotli: true,
      EnableAcceptEncodingGzip: true,
    });
    // Nothing forwards the caller's token there: no origin request policy, no header in the key.
    expect(reads.OriginRequestPolicyId).toBeUndefined();
  });

  it('never caches the API itself (POST, signed-in calls), which keeps receiving Authorization', () => {
    const api = behaviour(GRAPHQL_PATH);
    expect(api.AllowedMethods).toContain('POST');
    expect(api.CachePolicyId).toBe(CACHING_DISABLED);
    expect(api.OriginRequestPolicyId).toBeDefined();
  });

  it('keys no cache on Authorization, anywhere', () => {
    for (const [, policy] of stack.ofType('AWS::CloudFront::CachePolicy')) {
      const headers =
        policy.Properties.CachePolicyConfig.ParametersInCacheKeyAndForwardedToOrigin.HeadersConfig;
      expect(JSON.stringify(headers).toLowerCase()).not.toContain('authorization');
    }
  });

  it('routes GET /graphql/public to the GraphQL function, and nothing else on that path', () => {
    const routes = stack.ofType('AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties.RouteKey);
    expect(routes).toContain(`GET ${PUBLIC_GRAPHQL_PATH}`);
    expect(routes.filter((key: string) => key.endsWith(` ${PUBLIC_GRAPHQL_PATH}`))).toEqual([
      `GET ${PUBLIC_GRAPHQL_PATH}`,
    ]);
  });

  it('serves the web app’s hashed assets compressed and cached for a year, its pages revalidated', () => {
    const assets = distribution().DefaultCacheBehavior;
    expect(assets.Compress).toBe(true);
    const [, hashed] = stack
      .ofType('Custom::CDKBucketDeployment')
      .find(([id]) => id.includes('HashedAssets'))!;
    expect(hashed.Properties.SystemMetadata['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
