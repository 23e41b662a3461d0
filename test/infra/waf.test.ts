import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHQL_PATH } from '../../infra/stack.js';
import { unbundledContext } from './synth.js';
import { createStacks, WAF_RATE_LIMITS } from '../../infra/waf.js';

let outdir: string;
let edge: Template;
let main: Template;
let edgeRegion: string;

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'cc-waf-'));
  const app = new App({ context: unbundledContext(), outdir });
  // As infra/app.ts builds them; the web app's build does not matter here.
  const stacks = createStacks(app, { region: 'eu-west-3', webAppBuildDir: join(outdir, 'no-build') });
  edgeRegion = stacks.edge.region;
  edge = Template.fromStack(stacks.edge);
  main = Template.fromStack(stacks.main);
}, 120_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

type WafRule = {
  Name: string;
  Priority: number;
  Statement: { RateBasedStatement: { ScopeDownStatement: { AndStatement: { Statements: unknown[] } } } };
  OverrideAction?: unknown;
  VisibilityConfig: unknown;
};
const rules = () => Object.values(edge.findResources('AWS::WAFv2::WebACL'))[0]!.Properties.Rules as WafRule[];
const rule = (name: string) => rules().find((r) => r.Name === name);

describe('AWS WAF in front of CloudFront', () => {
  it('is a CLOUDFRONT web ACL in us-east-1, allowing by default', () => {
    expect(edgeRegion).toBe('us-east-1');
    edge.resourceCountIs('AWS::WAFv2::WebACL', 1);
    edge.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'CLOUDFRONT',
      DefaultAction: { Allow: {} },
      VisibilityConfig: { CloudWatchMetricsEnabled: true, SampledRequestsEnabled: true },
    });
  });

  it('protects the distribution that serves the web app and the API', () => {
    const [distribution] = Object.values(main.findResources('AWS::CloudFront::Distribution'));
    const acl = distribution!.Properties.DistributionConfig.WebACLId;
    // The web ACL's ARN, an output of the edge stack read across regions by CloudFormation.
    expect(acl).toEqual({
      'Fn::GetStackOutput': {
        StackName: 'CroissanceConnecteeEdge',
        Region: 'us-east-1',
        OutputName: expect.any(String),
      },
    });
    const [aclId] = Object.keys(edge.findResources('AWS::WAFv2::WebACL'));
    expect(edge.toJSON().Outputs[acl['Fn::GetStackOutput'].OutputName].Value).toEqual({
      'Fn::GetAtt': [aclId, 'Arn'],
    });
  });

  it('runs the AWS managed Common and KnownBadInputs rule groups', () => {
    for (const name of ['AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet']) {
      expect(rule(`aws-${name}`)?.Statement).toEqual({
        ManagedRuleGroupStatement: { VendorName: 'AWS', Name: name },
      });
      expect(rule(`aws-${name}`)?.OverrideAction).toEqual({ None: {} });
    }
  });

  it('blocks an address over its rate, and sooner for anonymous mutations of the API', () => {
    expect(rule('requests-per-ip')).toMatchObject({
      Action: { Block: {} },
      Statement: { RateBasedStatement: { AggregateKeyType: 'IP', Limit: WAF_RATE_LIMITS.perIp } },
    });
    const anonymous = rule('anonymous-mutations-per-ip');
    expect(anonymous).toMatchObject({
      Action: { Block: {} },
      Statement: {
        RateBasedStatement: { AggregateKeyType: 'IP', Limit: WAF_RATE_LIMITS.anonymousMutationsPerIp },
      },
    });
    expect(WAF_RATE_LIMITS.anonymousMutationsPerIp).toBeLessThan(WAF_RATE_LIMITS.perIp);
    // Evaluated first, so the stricter limit is not hidden behind the general one.
    expect(anonymous!.Priority).toBeLessThan(rule('requests-per-ip')!.Priority);
    const scope = anonymous!.Statement.RateBasedStatement.ScopeDownStatement.AndStatement.Statements;
    expect(scope).toContainEqual(
      expect.objectContaining({
        ByteMatchStatement: expect.objectContaining({ FieldToMatch: { Method: {} }, SearchString: 'POST' }),
      }),
    );
    expect(scope).toContainEqual(
      expect.objectContaining({
        ByteMatchStatement: expect.objectContaining({
          FieldToMatch: { UriPath: {} },
          SearchString: GRAPHQL_PATH,
        }),
      }),
    );
    expect(scope).toContainEqual({
      NotStatement: {
        Statement: {
          SizeConstraintStatement: expect.objectContaining({
            FieldToMatch: { SingleHeader: { Name: 'authorization' } },
            ComparisonOperator: 'GT',
            Size: 0,
          }),
        },
      },
    });
    // Not the body: trusted documents name a hash, and anonymous reads are GETs (docs/performance.md).
    expect(scope).toHaveLength(3);
  });

  it('publishes metrics and samples for every rule, and logs blocked requests without their token', () => {
    for (const r of rules())
      expect(r.VisibilityConfig, r.Name).toMatchObject({
        CloudWatchMetricsEnabled: true,
        SampledRequestsEnabled: true,
      });
    edge.hasResourceProperties('AWS::Logs::LogGroup', {
      LogGroupName: Match.stringLikeRegexp('^aws-waf-logs-'),
      RetentionInDays: 30,
    });
    edge.hasResourceProperties('AWS::WAFv2::LoggingConfiguration', {
      RedactedFields: [{ SingleHeader: { Name: 'authorization' } }],
      LoggingFilter: Match.objectLike({ DefaultBehavior: 'DROP' }),
    });
  });

  it('keeps the HTTP API’s own throttling behind it', () => {
    main.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: Match.objectLike({ ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 }),
    });
  });
});
