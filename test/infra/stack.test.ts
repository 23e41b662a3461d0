import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessTokenClaims, handler, REGION_CLAIM } from '../../functions/auth/pre-token-generation.js';
import { ROLES } from '../../functions/shared/auth.js';
import { tableDefinition } from '../../functions/shared/table.js';
import { CroissanceConnecteeStack, GSI_NAMES, USER_GROUPS } from '../../infra/stack.js';
import { WebApp } from '../../infra/web-app.js';
import { CONTENT_SECURITY_POLICY } from '../../infra/web-headers.js';
import type { Statement } from './cfn.js';

/** A CloudFront origin and a cache behaviour, as the distribution's config holds them. */
type Origin = {
  Id: string;
  DomainName: unknown;
  OriginAccessControlId?: string;
  S3OriginConfig?: { OriginAccessIdentity: string };
  CustomOriginConfig?: { OriginProtocolPolicy: string };
};
type Behavior = {
  PathPattern: string;
  TargetOriginId: string;
  ViewerProtocolPolicy: string;
  AllowedMethods: string[];
  CachePolicyId: string;
  OriginRequestPolicyId: string;
};
/** A bucket deployment's properties (Custom::CDKBucketDeployment). */
type Upload = { DestinationBucketName: unknown; Prune: boolean; SourceObjectKeys: unknown };

type Resource = {
  Type: string;
  Properties: Record<string, any>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  DependsOn?: string[];
};

const projectRoot = join(import.meta.dirname, '..', '..');

let outdir: string;
let template: Template;
let resources: Record<string, Resource>;

const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
const only = (type: string): [string, Resource] => {
  const found = ofType(type);
  expect(found, type).toHaveLength(1);
  return found[0]!;
};
/** The GraphQL function is the one whose entry point reads TABLE_NAME. */
const graphqlFunction = (): [string, Resource] => {
  const found = ofType('AWS::Lambda::Function').filter(
    ([, r]) => r.Properties.Environment?.Variables?.TABLE_NAME,
  );
  expect(found).toHaveLength(1);
  return found[0]!;
};

beforeAll(() => {
  // Same feature flags as `cdk synth` (cdk.json), so the tests see the template that gets deployed.
  const { context } = JSON.parse(readFileSync(join(projectRoot, 'cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  };
  outdir = mkdtempSync(join(tmpdir(), 'cc-cdk-'));
  // A stand-in for client/dist, so the template does not depend on whether the web app was built here.
  const webAppBuildDir = join(outdir, 'web');
  mkdirSync(join(webAppBuildDir, 'assets'), { recursive: true });
  writeFileSync(join(webAppBuildDir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(webAppBuildDir, 'favicon.svg'), '<svg/>');
  writeFileSync(join(webAppBuildDir, 'assets', 'index-B7x_9kQz.js'), 'console.log(1)');
  const app = new App({ context, outdir });
  // Bundles both functions with esbuild (a few seconds): done once and shared.
  const stack = new CroissanceConnecteeStack(app, 'CroissanceConnectee', { webAppBuildDir });
  template = Template.fromStack(stack);
  resources = template.toJSON().Resources as Record<string, Resource>;
}, 60_000);

afterAll(() => {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

describe('DynamoDB table', () => {
  it('has PK/SK string keys, on-demand billing and the GSIs', () => {
    const [, table] = only('AWS::DynamoDB::GlobalTable');
    expect(table.Properties.KeySchema).toEqual([
      { AttributeName: 'PK', KeyType: 'HASH' },
      { AttributeName: 'SK', KeyType: 'RANGE' },
    ]);
    expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.Properties.GlobalSecondaryIndexes).toEqual(
      GSI_NAMES.map((name) => ({
        IndexName: name,
        KeySchema: [
          { AttributeName: `${name}PK`, KeyType: 'HASH' },
          { AttributeName: `${name}SK`, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
    expect(GSI_NAMES).toEqual(['GSI1', 'GSI2', 'GSI3']);
  });

  it('agrees with the table the application creates locally (functions/shared/table.ts)', () => {
    const [, table] = only('AWS::DynamoDB::GlobalTable');
    const local = tableDefinition('any');
    const byName = <T extends { AttributeName?: string; IndexName?: string }>(items: T[] | undefined) =>
      [...(items ?? [])].sort((a, b) =>
        String(a.AttributeName ?? a.IndexName).localeCompare(String(b.AttributeName ?? b.IndexName)),
      );
    expect(byName(table.Properties.AttributeDefinitions)).toEqual(byName(local.AttributeDefinitions));
    expect(table.Properties.KeySchema).toEqual(local.KeySchema);
    expect(table.Properties.BillingMode).toBe(local.BillingMode);
    expect(byName(table.Properties.GlobalSecondaryIndexes)).toEqual(byName(local.GlobalSecondaryIndexes));
  });

  it('has point-in-time recovery and deletion protection, and is retained', () => {
    const [, table] = only('AWS::DynamoDB::GlobalTable');
    expect(table.Properties.Replicas).toEqual([
      expect.objectContaining({
        DeletionProtectionEnabled: true,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      }),
    ]);
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
  });
});

describe('GraphQL function', () => {
  it('runs Node.js 22 on arm64 with 1 GiB and 10 s', () => {
    const [, fn] = graphqlFunction();
    expect(fn.Properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      MemorySize: 1024,
      Timeout: 10,
      Handler: 'index.handler',
    });
  });

  it('gets exactly the expected environment', () => {
    const [, fn] = graphqlFunction();
    const [tableId] = only('AWS::DynamoDB::GlobalTable');
    const [poolId] = only('AWS::Cognito::UserPool');
    const [clientId] = only('AWS::Cognito::UserPoolClient');
    // The cursor key (the notifications' unsubscribe key is another secret, infra/notifications.ts).
    const [secretId] = ofType('AWS::SecretsManager::Secret').find(([id]) => id.startsWith('CursorSecret'))!;
    expect(fn.Properties.Environment.Variables).toEqual({
      TABLE_NAME: { Ref: tableId },
      CC_ENV: 'aws',
      COGNITO_USER_POOL_ID: { Ref: poolId },
      COGNITO_CLIENT_ID: { Ref: clientId },
      // A dynamic reference: the value never appears in the template.
      CURSOR_SECRET: {
        'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: secretId }, ':SecretString:::}}']],
      },
      POWERTOOLS_SERVICE_NAME: 'croissance-connectee',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      // The chèque numérique documents (test/infra/documents.test.ts).
      DOCUMENTS_BUCKET: { Ref: expect.stringMatching(/^DocumentsBucket/) },
    });
  });

  it('may only read and write the table and its indexes', () => {
    const [, fn] = graphqlFunction();
    const [tableId] = only('AWS::DynamoDB::GlobalTable');
    const tableArn = { 'Fn::GetAtt': [tableId, 'Arn'] };
    const indexArn = { 'Fn::Join': ['', [tableArn, '/index/*']] };
    const roleId = fn.Properties.Role['Fn::GetAtt'][0] as string;

    type Statement = { Action: string | string[]; Resource: unknown };
    const touchesDynamo = (s: Statement) => [s.Action].flat().some((a) => a.startsWith('dynamodb:'));
    // The scheduled refresh and reminder sweep, the outbox consumer and the notifications' functions have grants of
    // their own (test/infra/schedules.test.ts, outbox.test.ts, notifications.test.ts); the others are the function's.
    const policies = ofType('AWS::IAM::Policy').filter(
      ([, p]) =>
        (p.Properties.PolicyDocument.Statement as Statement[]).some(touchesDynamo) &&
        !JSON.stringify(p.Properties.Roles).includes('PublicationFunction') &&
        !JSON.stringify(p.Properties.Roles).includes('RemindersFunction') &&
        !JSON.stringify(p.Properties.Roles).includes('OutboxFunction') &&
        !JSON.stringify(p.Properties.Roles).includes('Notifications'),
    );
    expect(policies.length).toBeGreaterThan(0);
    for (const [, policy] of policies) expect(policy.Properties.Roles).toEqual([{ Ref: roleId }]);

    const statements = policies.flatMap(([, p]) =>
      (p.Properties.PolicyDocument.Statement as Statement[]).filter(touchesDynamo),
    );
    for (const statement of statements) {
      const targets = [statement.Resource].flat();
      expect(targets).not.toContain('*');
      for (const target of targets) expect([tableArn, indexArn]).toContainEqual(target);
    }
    // The item and query actions the code sends, and nothing else: no Scan, no wildcard, no table administration.
    const actions = new Set(statements.flatMap((s) => [s.Action].flat()));
    expect([...actions].sort()).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:ConditionCheckItem',
      'dynamodb:DeleteItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
    ]);
    // Both the table and its indexes are granted (a Query on a GSI needs the index ARN).
    expect(statements.flatMap((s) => [s.Resource].flat())).toEqual(
      expect.arrayContaining([tableArn, indexArn]),
    );

    // No inline policy on the role; the only managed policy is basic execution (logs).
    const role = resources[roleId]!;
    expect(role.Properties.Policies).toBeUndefined();
    expect(JSON.stringify(role.Properties.ManagedPolicyArns)).toContain(
      'service-role/AWSLambdaBasicExecutionRole',
    );
    expect(role.Properties.ManagedPolicyArns).toHaveLength(1);
  });

  it('is bundled locally: the asset exists and holds the handler', () => {
    const [, fn] = graphqlFunction();
    const key = fn.Properties.Code.S3Key as string;
    const hash = key.replace(/\.zip$/, '');
    const bundle = join(outdir, `asset.${hash}`, 'index.js');
    expect(existsSync(bundle), bundle).toBe(true);
    expect(statSync(bundle).size).toBeGreaterThan(0);
    const code = readFileSync(bundle, 'utf8');
    // CommonJS output exporting `handler`.
    expect(code).toMatch(/module\.exports/);
    // One copy of Apollo Server: without the alias of @apollo/server to its CommonJS build, esbuild bundles
    // both its ESM and CJS builds (this message, from ApolloServer.js, then appears twice).
    expect(code.split('must `await server.start()`').length - 1).toBe(1);
  });
});

describe('HTTP API', () => {
  it('routes POST and GET /graphql to the function with payload v2', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'POST /graphql' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /graphql' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
      IntegrationUri: { 'Fn::GetAtt': [graphqlFunction()[0], 'Arn'] },
    });
  });

  it('allows cross-origin POST with Authorization and Content-Type', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: Match.objectLike({
        AllowOrigins: ['*'],
        AllowMethods: ['POST'],
        AllowHeaders: ['Authorization', 'Content-Type'],
      }),
    });
  });

  it('throttles and logs the default stage', () => {
    const [, stage] = only('AWS::ApiGatewayV2::Stage');
    const [logsId] = Object.entries(resources).filter(
      ([id, r]) => r.Type === 'AWS::Logs::LogGroup' && id.startsWith('HttpApiAccessLogs'),
    )[0]!;
    expect(stage.Properties).toMatchObject({
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingBurstLimit: 200, ThrottlingRateLimit: 100 },
      AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': [logsId, 'Arn'] } },
    });
    expect(JSON.parse(stage.Properties.AccessLogSettings.Format as string)).toMatchObject({
      requestId: '$context.requestId',
      status: '$context.status',
    });
  });
});

describe('Cognito', () => {
  it('is an admin-only, email sign-in pool with the region attribute, retained', () => {
    const [, pool] = only('AWS::Cognito::UserPool');
    expect(pool.Properties).toMatchObject({
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      UsernameAttributes: ['email'],
      UserPoolTier: 'ESSENTIALS',
      DeletionProtection: 'ACTIVE',
    });
    expect(pool.Properties.Schema).toContainEqual({
      Name: 'region',
      AttributeDataType: 'String',
      Mutable: true,
    });
    expect(pool.Properties.Schema).toContainEqual(expect.objectContaining({ Name: 'siret', Mutable: true }));
    expect(pool.DeletionPolicy).toBe('Retain');
  });

  it('customises tokens with the V2_0 pre token generation trigger', () => {
    const [, pool] = only('AWS::Cognito::UserPool');
    const trigger = pool.Properties.LambdaConfig.PreTokenGenerationConfig;
    expect(trigger.LambdaVersion).toBe('V2_0');
    const triggerId = trigger.LambdaArn['Fn::GetAtt'][0] as string;
    expect(resources[triggerId]?.Properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'cognito-idp.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [triggerId, 'Arn'] },
    });
  });

  it('has one group per application role', () => {
    const groups = ofType('AWS::Cognito::UserPoolGroup').map(([, g]) => g.Properties.GroupName as string);
    expect(groups.sort()).toEqual([...USER_GROUPS].sort());
    expect([...USER_GROUPS].sort()).toEqual([...ROLES].sort());
  });

  it('has a public SRP client that cannot write custom:region', () => {
    const [, client] = only('AWS::Cognito::UserPoolClient');
    expect(client.Properties.GenerateSecret).toBe(false);
    expect(client.Properties.ExplicitAuthFlows).toContain('ALLOW_USER_SRP_AUTH');
    expect(client.Properties.ExplicitAuthFlows).not.toContain('ALLOW_USER_PASSWORD_AUTH');
    expect(client.Properties.AllowedOAuthFlows).toEqual(['code']);
    const distributionDomain = { 'Fn::GetAtt': [only('AWS::CloudFront::Distribution')[0], 'DomainName'] };
    expect(client.Properties.CallbackURLs).toEqual([
      { 'Fn::Join': ['', ['https://', distributionDomain, '/']] },
      { 'Fn::Join': ['', ['https://', distributionDomain, '/connexion']] },
    ]);
    expect(client.Properties.LogoutURLs).toEqual([
      { 'Fn::Join': ['', ['https://', distributionDomain, '/']] },
    ]);
    // Listing write attributes matters: without the list a user could set their own region.
    expect(client.Properties.WriteAttributes).toBeDefined();
    expect(client.Properties.WriteAttributes).not.toContain('custom:region');
    // PMEs sign in with ProConnect; Cognito writes its SIRET into custom:siret through this client, but the
    // hosted sign-in's tokens cannot call UpdateUserAttributes (no aws.cognito.signin.user.admin scope).
    expect(client.Properties.SupportedIdentityProviders).toEqual(['COGNITO', 'ProConnect']);
    expect(client.Properties.WriteAttributes).toContain('custom:siret');
    expect(client.Properties.AllowedOAuthScopes).not.toContain('aws.cognito.signin.user.admin');
    expect(client.DependsOn).toContain(only('AWS::Cognito::UserPoolIdentityProvider')[0]);
  });
});

describe('web app', () => {
  // The documents bucket is not the web app's (test/infra/documents.test.ts).
  const buckets = () => ofType('AWS::S3::Bucket').filter(([id]) => !id.startsWith('DocumentsBucket'));
  const filesBucket = () => {
    const found = buckets().filter(([, b]) => b.Properties.LoggingConfiguration);
    expect(found).toHaveLength(1);
    return found[0]!;
  };
  const distribution = () => only('AWS::CloudFront::Distribution')[1].Properties.DistributionConfig;

  it('keeps its files in private, encrypted buckets reachable only over TLS', () => {
    expect(buckets()).toHaveLength(2);
    for (const [id, bucket] of buckets()) {
      expect(bucket.Properties.PublicAccessBlockConfiguration, id).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration, id).toEqual([
        { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
      ]);
      const policy = ofType('AWS::S3::BucketPolicy').find(([, p]) => p.Properties.Bucket.Ref === id);
      expect(policy?.[1].Properties.PolicyDocument.Statement, id).toContainEqual(
        expect.objectContaining({
          Effect: 'Deny',
          Action: 's3:*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      );
    }
  });

  it('deletes the build bucket with the stack (rebuilt at each deployment) and keeps the access logs', () => {
    const [filesId, files] = filesBucket();
    expect(files.DeletionPolicy).toBe('Delete');
    expect(ofType('Custom::S3AutoDeleteObjects').map(([, r]) => r.Properties.BucketName)).toEqual([
      { Ref: filesId },
    ]);
    const [, logs] = buckets().find(([id]) => id !== filesId)!;
    expect(logs.DeletionPolicy).toBe('Retain');
    expect(logs.Properties.LifecycleConfiguration.Rules).toEqual([
      expect.objectContaining({ ExpirationInDays: 90, Status: 'Enabled' }),
    ]);
  });

  it('lets only this distribution read the build bucket, through origin access control', () => {
    const [distributionId] = only('AWS::CloudFront::Distribution');
    const [filesId] = filesBucket();
    expect(
      only('AWS::CloudFront::OriginAccessControl')[1].Properties.OriginAccessControlConfig,
    ).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
    const policy = ofType('AWS::S3::BucketPolicy').find(([, p]) => p.Properties.Bucket.Ref === filesId)!;
    const allowed = policy[1].Properties.PolicyDocument.Statement.filter(
      (s: Statement) => s.Effect === 'Allow',
    ) as Statement[];
    // Besides CloudFront, only CDK's auto-delete handler (emptying the bucket at `cdk destroy`).
    const [cloudFront, others] = [
      allowed.filter((s) => s.Principal.Service),
      allowed.filter((s) => !s.Principal.Service),
    ];
    expect(others.map((s) => s.Principal.AWS['Fn::GetAtt'][0])).toEqual([
      expect.stringMatching(/^CustomS3AutoDeleteObjectsCustomResourceProviderRole/),
    ]);
    expect(cloudFront).toEqual([
      expect.objectContaining({
        Action: 's3:GetObject',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Condition: {
          StringEquals: {
            'AWS:SourceArn': {
              'Fn::Join': [
                '',
                [
                  'arn:',
                  { Ref: 'AWS::Partition' },
                  ':cloudfront::',
                  { Ref: 'AWS::AccountId' },
                  ':distribution/',
                  { Ref: distributionId },
                ],
              ],
            },
          },
        },
      }),
    ]);
    const [origin] = (distribution().Origins as Origin[]).filter((o) => o.S3OriginConfig);
    expect(origin!.OriginAccessControlId).toBeDefined();
    expect(origin!.S3OriginConfig!.OriginAccessIdentity).toBe('');
  });

  it('serves the app over HTTPS with index.html for client-side routes, cached by CloudFront', () => {
    const config = distribution();
    expect(config.DefaultRootObject).toBe('index.html');
    const behaviour = config.DefaultCacheBehavior;
    expect(behaviour.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(behaviour.AllowedMethods).toEqual(['GET', 'HEAD']);
    expect(behaviour.CachePolicyId).toBe('658327ea-f89d-4fab-a63d-7e88639e58f6'); // CachingOptimized
    expect(behaviour.Compress).toBe(true);
    // The SPA fallback is a viewer-request function on the app only: errors of /graphql stay the API's.
    expect(config.CustomErrorResponses).toBeUndefined();
    const [fnId, fn] = only('AWS::CloudFront::Function');
    expect(behaviour.FunctionAssociations).toEqual([
      { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [fnId, 'FunctionARN'] } },
    ]);
    const handler = new Function(`${fn.Properties.FunctionCode}; return handler;`)() as (event: {
      request: { uri: string };
    }) => { uri: string };
    const served = (uri: string) => handler({ request: { uri } }).uri;
    expect(served('/')).toBe('/index.html');
    expect(served('/connecteurs/abc-123')).toBe('/index.html');
    expect(served('/espace/cheque/')).toBe('/index.html');
    expect(served('/assets/index-B7x_9kQz.js')).toBe('/assets/index-B7x_9kQz.js');
    expect(served('/favicon.svg')).toBe('/favicon.svg');
  });

  it('adds the security headers, the content security policy on the app only', () => {
    const config = distribution();
    const policyOf = (ref: { Ref: string }) =>
      resources[ref.Ref]!.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    const app = policyOf(config.DefaultCacheBehavior.ResponseHeadersPolicyId);
    expect(app.ContentSecurityPolicy).toEqual({
      ContentSecurityPolicy: CONTENT_SECURITY_POLICY,
      Override: true,
    });
    const api = policyOf(config.CacheBehaviors[0].ResponseHeadersPolicyId);
    expect(api.ContentSecurityPolicy).toBeUndefined();
    for (const headers of [app, api]) {
      expect(headers.StrictTransportSecurity).toMatchObject({
        AccessControlMaxAgeSec: 730 * 86_400,
        IncludeSubdomains: true,
      });
      expect(headers.ContentTypeOptions).toEqual({ Override: true });
      expect(headers.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
      expect(headers.ReferrerPolicy.ReferrerPolicy).toBe('strict-origin-when-cross-origin');
    }
  });

  it.each(['/graphql', '/desabonnement'])(
    'routes %s of the same origin to the HTTP API: every method, never cached, Authorization forwarded',
    (path) => {
      const config = distribution();
      // Beside them, the cached public reads (test/infra/api-cache.test.ts).
      const behaviors = config.CacheBehaviors as Behavior[];
      expect(behaviors.map((b) => b.PathPattern).sort()).toEqual([
        '/desabonnement',
        '/graphql',
        '/graphql/public',
      ]);
      const api = behaviors.find((b) => b.PathPattern === path)!;
      expect(api.ViewerProtocolPolicy).toBe('https-only');
      expect([...api.AllowedMethods].sort()).toEqual(
        ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'].sort(),
      );
      expect(api.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad'); // CachingDisabled
      // AllViewerExceptHostHeader: with caching disabled it forwards Authorization; Host stays API Gateway's.
      expect(api.OriginRequestPolicyId).toBe('b689b0a8-53d0-40ab-baf2-68738e2966ac');
      const origin = (config.Origins as Origin[]).find((o) => o.Id === api.TargetOriginId)!;
      const [apiId] = only('AWS::ApiGatewayV2::Api');
      expect(origin.DomainName).toEqual({
        'Fn::Join': [
          '',
          [{ Ref: apiId }, '.execute-api.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }],
        ],
      });
      expect(origin.CustomOriginConfig!.OriginProtocolPolicy).toBe('https-only');
    },
  );

  it('logs the distribution and the bucket accesses to the logs bucket', () => {
    const [filesId, files] = filesBucket();
    const logsRef = files.Properties.LoggingConfiguration.DestinationBucketName;
    expect(buckets().map(([id]) => ({ Ref: id }))).toContainEqual(logsRef);
    expect(logsRef).not.toEqual({ Ref: filesId });
    expect(distribution().Logging).toMatchObject({
      Bucket: { 'Fn::GetAtt': [logsRef.Ref, 'RegionalDomainName'] },
      Prefix: 'cloudfront/',
    });
  });

  it('uploads the build: hashed assets cached for a year, the rest revalidated, nothing pruned', () => {
    const uploads = ofType('Custom::CDKBucketDeployment');
    expect(uploads).toHaveLength(2);
    const [filesId] = filesBucket();
    const byCache: Record<string, Upload> = Object.fromEntries(
      uploads.map(([, u]) => [u.Properties.SystemMetadata['cache-control'], u.Properties]),
    );
    expect(Object.keys(byCache).sort()).toEqual(['no-cache', 'public, max-age=31536000, immutable']);
    for (const upload of Object.values(byCache)) {
      expect(upload.DestinationBucketName).toEqual({ Ref: filesId });
      expect(upload.Prune).toBe(false);
    }
    // Each upload's asset holds only its share of the build.
    const assetFiles = (props: Upload) => {
      const hash = JSON.stringify(props.SourceObjectKeys).match(/([0-9a-f]{64})\.zip/)![1];
      const dir = join(outdir, `asset.${hash}`);
      return readdirRecursive(dir);
    };
    expect(assetFiles(byCache['public, max-age=31536000, immutable']!)).toEqual(['assets/index-B7x_9kQz.js']);
    expect(assetFiles(byCache['no-cache']!).sort()).toEqual(['favicon.svg', 'index.html']);
  });

  it('uploads nothing while the web app is not built, and says so', () => {
    const stack = new Stack(new App(), 'NotBuilt');
    new WebApp(stack, 'WebApp', {
      httpApi: new HttpApi(stack, 'Api'),
      apiPaths: ['/graphql'],
      buildDir: join(outdir, 'no-such-build'),
    });
    const bare = Template.fromStack(stack);
    bare.resourceCountIs('Custom::CDKBucketDeployment', 0);
    bare.resourceCountIs('AWS::CloudFront::Distribution', 1);
    expect(
      Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('npm run deploy')),
    ).toHaveLength(1);
  });
});

function readdirRecursive(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? readdirRecursive(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

describe('logs and outputs', () => {
  it('keeps every log group for one month, and each function logs to its own', () => {
    const groups = ofType('AWS::Logs::LogGroup');
    // + the notifier, the bounce handler and the unsubscribe endpoint (infra/notifications.ts).
    expect(groups.length).toBe(10);
    for (const [, group] of groups) expect(group.Properties.RetentionInDays).toBe(30);
    // The bucket auto-delete handler is CDK's, logging to its default group, and runs only at `cdk destroy`.
    const functions = ofType('AWS::Lambda::Function').filter(
      ([id]) => !id.startsWith('CustomS3AutoDeleteObjectsCustomResourceProviderHandler'),
    );
    expect(functions).toHaveLength(9);
    for (const [, fn] of functions) {
      const ref = fn.Properties.LoggingConfig?.LogGroup?.Ref as string;
      expect(resources[ref]?.Type).toBe('AWS::Logs::LogGroup');
    }
  });

  it('outputs the URL, table, user pool and client', () => {
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(Object.keys(outputs).sort()).toEqual([
      'GraphqlUrl',
      'SignInDomain',
      'TableName',
      'UserPoolClientId',
      'UserPoolId',
      'WebUrl',
    ]);
    expect(JSON.stringify(outputs.GraphqlUrl!.Value)).toContain('/graphql');
  });
});

describe('pre token generation trigger', () => {
  it('copies custom:region into cc_region', () => {
    expect(REGION_CLAIM).toBe('cc_region');
    expect(accessTokenClaims({ 'custom:region': '84', email: 'a@example.fr' })).toEqual({ cc_region: '84' });
    expect(accessTokenClaims({ 'custom:region': ' 11 ' })).toEqual({ cc_region: '11' });
  });

  it('adds nothing without a well-formed region', () => {
    expect(accessTokenClaims({})).toEqual({});
    expect(accessTokenClaims({ 'custom:region': '' })).toEqual({});
    expect(accessTokenClaims({ 'custom:region': 'Bretagne' })).toEqual({});
    expect(accessTokenClaims({ region: '84' })).toEqual({});
  });

  it('answers Cognito with the claims for the access and ID tokens', async () => {
    const event = {
      version: '2',
      triggerSource: 'TokenGeneration_Authentication',
      region: 'eu-west-3',
      userPoolId: 'eu-west-3_example',
      userName: '1b2c3d4e-0000-0000-0000-000000000000',
      callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: 'client' },
      request: {
        userAttributes: { sub: 'x', 'custom:region': '53' },
        groupConfiguration: { groupsToOverride: ['REGION_AGENT'] },
      },
      response: { claimsAndScopeOverrideDetails: {} },
    } as Parameters<typeof handler>[0];
    const result = await handler(event, {} as Parameters<typeof handler>[1], () => undefined);
    expect(result?.response.claimsAndScopeOverrideDetails).toEqual({
      accessTokenGeneration: { claimsToAddOrOverride: { cc_region: '53' } },
      idTokenGeneration: { claimsToAddOrOverride: { cc_region: '53' } },
    });
  });
});
