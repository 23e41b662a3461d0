import { Stack, Token, Validations } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { WebApp } from './web-app.js';

/** cdk-nag AwsSolutions findings we accept, each with its reason (test/infra/nag.test.ts fails on any other). */
export function acknowledgeNagFindings(parts: {
  graphqlFunction: Construct;
  preTokenGeneration: Construct;
  userPool: Construct;
  cursorSecret: Construct;
  httpApi: Construct;
  webApp: WebApp;
  hasWebAcl: boolean;
}) {
  for (const fn of [parts.graphqlFunction, parts.preTokenGeneration]) {
    Validations.of(fn).acknowledge(
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: 'The basic execution role only lets the function write its own CloudWatch logs.',
      },
      {
        id: 'AwsSolutions-L1',
        reason:
          'Pinned to nodejs22.x, the runtime the code is tested for; moved deliberately with the machines.',
      },
    );
  }
  Validations.of(parts.graphqlFunction).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::<TableCD117FA1.Arn>/index/*]',
    reason: 'The wildcard covers only this table’s own global secondary indexes, which the queries read.',
  });
  Validations.of(parts.userPool).acknowledge(
    {
      id: 'AwsSolutions-COG8',
      reason:
        'ESSENTIALS is the plan that allows access-token customisation; PLUS threat protection is not needed yet.',
    },
    {
      id: 'AwsSolutions-COG2',
      reason: 'MFA is offered (TOTP, optional): company managers sign in from shared devices.',
    },
  );
  Validations.of(parts.cursorSecret).acknowledge({
    id: 'AwsSolutions-SMG4',
    reason:
      'An integrity key for pagination cursors, not a credential: rotating it only invalidates open cursors.',
  });
  Validations.of(parts.httpApi).acknowledge({
    id: 'AwsSolutions-APIG4',
    reason:
      'Anonymous users read public data; the handler verifies Cognito access tokens and checks every operation.',
  });
  Validations.of(parts.webApp.distribution).acknowledge(
    {
      id: 'AwsSolutions-CFR1',
      reason:
        'No geographic restriction: users travel, the overseas regions are served, and the public directory is public.',
    },
    // The application is deployed with its web ACL (infra/waf.ts); only this stack alone, in tests, goes without.
    ...(parts.hasWebAcl
      ? []
      : [{ id: 'AwsSolutions-CFR2', reason: 'This stack alone, without infra/waf.ts: only in tests.' }]),
    {
      id: 'AwsSolutions-CFR4',
      reason:
        'The default *.cloudfront.net certificate cannot forbid old TLS; a custom domain will set TLSv1.2_2021.',
    },
  );
  // BucketDeployment's upload function is a stack-wide singleton: its role is the way to reach it.
  const uploader = parts.webApp.deployments[0]?.handlerRole.node.scope;
  if (uploader) {
    Validations.of(uploader).acknowledge(
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: 'The upload function’s basic execution role only lets it write its own CloudWatch logs.',
      },
      ...[
        'Action::s3:GetBucket*',
        'Action::s3:GetObject*',
        'Action::s3:List*',
        'Action::s3:Abort*',
        'Action::s3:DeleteObject*',
        'Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*',
        // The same bucket once the stack has an explicit region (deployed with infra/waf.ts).
        ...(Token.isUnresolved(Stack.of(uploader).region)
          ? []
          : [`Resource::arn:aws:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${Stack.of(uploader).region}/*`]),
        'Resource::<WebAppFiles5A539709.Arn>/*',
      ].map((finding) => ({
        id: `AwsSolutions-IAM5[${finding}]`,
        reason:
          'CDK’s BucketDeployment grants: read the CDK asset bucket’s objects, write the web app bucket’s; no other bucket.',
      })),
      {
        id: 'AwsSolutions-L1',
        reason: 'The upload function’s runtime is chosen by aws-cdk-lib and moves with its upgrades.',
      },
    );
  }
}
