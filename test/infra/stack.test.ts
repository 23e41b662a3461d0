import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessTokenClaims, handler, REGION_CLAIM } from '../../functions/auth/pre-token-generation.js';
import { ROLES } from '../../functions/shared/auth.js';
import { tableDefinition } from '../../functions/shared/table.js';
import { CroissanceConnecteeStack, GSI_NAMES, USER_GROUPS } from '../../infra/stack.js';

type Resource = {
  Type: string;
  Properties: Record<string, any>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
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
  const app = new App({ context, outdir });
  // Bundles both functions with esbuild (a few seconds): done once and shared.
  const stack = new CroissanceConnecteeStack(app, 'CroissanceConnectee');
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
    const [secretId] = only('AWS::SecretsManager::Secret');
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
    const policies = ofType('AWS::IAM::Policy').filter(([, p]) =>
      (p.Properties.PolicyDocument.Statement as Statement[]).some(touchesDynamo),
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
    const actions = statements.flatMap((s) => [s.Action].flat());
    expect(actions).toEqual(
      expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query']),
    );
    expect(
      actions.filter((a) => a.includes('*') || (/Table$/.test(a) && a !== 'dynamodb:DescribeTable')),
    ).toEqual([]);

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
    expect(client.Properties.CallbackURLs).toEqual(['http://localhost:4000/']);
    // Listing write attributes matters: without the list a user could set their own region.
    expect(client.Properties.WriteAttributes).toBeDefined();
    expect(client.Properties.WriteAttributes).not.toContain('custom:region');
  });
});

describe('logs and outputs', () => {
  it('keeps every log group for one month, and each function logs to its own', () => {
    const groups = ofType('AWS::Logs::LogGroup');
    expect(groups.length).toBe(3);
    for (const [, group] of groups) expect(group.Properties.RetentionInDays).toBe(30);
    for (const [, fn] of ofType('AWS::Lambda::Function')) {
      const ref = fn.Properties.LoggingConfig?.LogGroup?.Ref as string;
      expect(resources[ref]?.Type).toBe('AWS::Logs::LogGroup');
    }
  });

  it('outputs the URL, table, user pool and client', () => {
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(Object.keys(outputs).sort()).toEqual([
      'GraphqlUrl',
      'TableName',
      'UserPoolClientId',
      'UserPoolId',
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
