import { ArnFormat, RemovalPolicy, Stack, type App, type StackProps } from 'aws-cdk-lib';
import { CfnLoggingConfiguration, CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { CroissanceConnecteeStack, GRAPHQL_PATH, type CroissanceConnecteeStackProps } from './stack.js';

/** Requests per 5 minutes (WAF's window) and per IP address; over it, the address is blocked until it slows down. */
export const WAF_RATE_LIMITS = {
  /** Every request of one address: pages, assets and API (about 7 a second, sustained). */
  perIp: 2_000,
  /** Anonymous mutations of one address: self-diagnostics and sign-up flows, never a burst. */
  anonymousMutationsPerIp: 100,
} as const;

/** CloudFront's web ACLs live in us-east-1, whatever the region of the rest. */
export const WAF_REGION = 'us-east-1';

/**
 * AWS WAF in front of CloudFront, in a stack of its own in us-east-1 (a CLOUDFRONT-scoped web ACL cannot be created
 * elsewhere); the application stack reads its ARN through `crossRegionReferences`. Managed rule groups (common
 * exploits, known bad inputs), a rate limit per IP, a stricter one on anonymous GraphQL mutations, every rule with
 * its CloudWatch metric and sampled requests, and the blocked requests logged.
 */
export class EdgeProtectionStack extends Stack {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: StackProps & { graphqlPath: string }) {
    super(scope, id, { ...props, env: { ...props.env, region: WAF_REGION }, crossRegionReferences: true });

    const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      metricName,
      sampledRequestsEnabled: true,
    });
    const managed = (priority: number, name: string): CfnWebACL.RuleProperty => ({
      name: `aws-${name}`,
      priority,
      statement: { managedRuleGroupStatement: { vendorName: 'AWS', name } },
      overrideAction: { none: {} },
      visibilityConfig: visibility(`aws-${name}`),
    });
    const noAuthorization: CfnWebACL.StatementProperty = {
      notStatement: {
        statement: {
          sizeConstraintStatement: {
            fieldToMatch: { singleHeader: { Name: 'authorization' } },
            comparisonOperator: 'GT',
            size: 0,
            textTransformations: [{ priority: 0, type: 'NONE' }],
          },
        },
      },
    };
    // An anonymous mutation: POST to the API with no Authorization header. The web app names its documents by hash
    // (trusted documents: the body no longer says `mutation`) and sends every anonymous read as
    // GET /graphql/public, so an anonymous POST is a write.
    const anonymousMutation: CfnWebACL.StatementProperty = {
      andStatement: {
        statements: [
          {
            byteMatchStatement: {
              fieldToMatch: { method: {} },
              positionalConstraint: 'EXACTLY',
              searchString: 'POST',
              textTransformations: [{ priority: 0, type: 'NONE' }],
            },
          },
          {
            byteMatchStatement: {
              fieldToMatch: { uriPath: {} },
              positionalConstraint: 'STARTS_WITH',
              searchString: props.graphqlPath,
              textTransformations: [{ priority: 0, type: 'NONE' }],
            },
          },
          noAuthorization,
        ],
      },
    };

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name: 'croissance-connectee-edge',
      description: 'Croissance connectee: managed rules and rate limits in front of CloudFront',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('croissance-connectee-edge'),
      rules: [
        {
          name: 'anonymous-mutations-per-ip',
          priority: 0,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              aggregateKeyType: 'IP',
              limit: WAF_RATE_LIMITS.anonymousMutationsPerIp,
              evaluationWindowSec: 300,
              scopeDownStatement: anonymousMutation,
            },
          },
          visibilityConfig: visibility('anonymous-mutations-per-ip'),
        },
        {
          name: 'requests-per-ip',
          priority: 1,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              aggregateKeyType: 'IP',
              limit: WAF_RATE_LIMITS.perIp,
              evaluationWindowSec: 300,
            },
          },
          visibilityConfig: visibility('requests-per-ip'),
        },
        managed(2, 'AWSManagedRulesCommonRuleSet'),
        managed(3, 'AWSManagedRulesKnownBadInputsRuleSet'),
      ],
    });

    // WAF logs to a log group whose name starts with aws-waf-logs-. Blocked requests only: who was refused and by
    // which rule, with the IP address (personal data, kept a month like the API's access logs); the Authorization
    // header is redacted.
    const logs = new LogGroup(this, 'WafLogs', {
      logGroupName: 'aws-waf-logs-croissance-connectee',
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    new CfnLoggingConfiguration(this, 'WafLogging', {
      resourceArn: this.webAcl.attrArn,
      logDestinationConfigs: [
        // The group's ARN without the ":*" that logGroupArn ends with, as WAF wants it.
        this.formatArn({
          service: 'logs',
          resource: 'log-group',
          resourceName: logs.logGroupName,
          arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        }),
      ],
      redactedFields: [{ singleHeader: { Name: 'authorization' } }],
      loggingFilter: {
        DefaultBehavior: 'DROP',
        Filters: [
          {
            Behavior: 'KEEP',
            Requirement: 'MEETS_ANY',
            Conditions: [{ ActionCondition: { Action: 'BLOCK' } }],
          },
        ],
      },
    });
  }
}

/**
 * The application in eu-west-3 (or the deploying profile's region) and its web ACL in us-east-1. The application
 * stack needs an explicit region to read a value across regions: CloudFormation reads the edge stack's output with
 * `Fn::GetStackOutput` at deployment, so the edge stack is deployed first.
 */
export function createStacks(
  app: App,
  props: CroissanceConnecteeStackProps & { region: string },
): { edge: EdgeProtectionStack; main: CroissanceConnecteeStack } {
  const { region, ...mainProps } = props;
  const edge = new EdgeProtectionStack(app, 'CroissanceConnecteeEdge', {
    description: 'Croissance connectee: AWS WAF web ACL in front of CloudFront (us-east-1)',
    graphqlPath: GRAPHQL_PATH,
    ...(props.env?.account ? { env: { account: props.env.account } } : {}),
  });
  const main = new CroissanceConnecteeStack(app, 'CroissanceConnectee', {
    ...mainProps,
    env: { ...props.env, region },
    crossRegionReferences: true,
    webAclArn: edge.webAcl.attrArn,
  });
  return { edge, main };
}
