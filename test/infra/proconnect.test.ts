import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { UserPool, UserPoolClientIdentityProvider } from 'aws-cdk-lib/aws-cognito';
import { describe, expect, it } from 'vitest';
import { accessTokenClaims, handler } from '../../functions/auth/pre-token-generation.js';
import {
  DEFAULT_CLIENT_ID_PARAMETER,
  DEFAULT_CLIENT_SECRET_NAME,
  PROCONNECT_ISSUER,
  ProConnect,
  SIRET_CUSTOM_ATTRIBUTE,
  siretAttribute,
} from '../../infra/proconnect.js';

function synth(context: Record<string, string> = {}) {
  const stack = new Stack(new App({ context }), 'ProConnectTest');
  const userPool = new UserPool(stack, 'Pool', {
    customAttributes: { [SIRET_CUSTOM_ATTRIBUTE]: siretAttribute() },
  });
  const proConnect = new ProConnect(stack, 'ProConnect', {
    userPool,
    issuer: context.issuer,
  });
  proConnect.offeredBy(
    userPool.addClient('Client', {
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO, proConnect.clientProvider],
    }),
  );
  return Template.fromStack(stack);
}

describe('ProConnect identity provider', () => {
  it('federates ProConnect by OIDC with its scopes, mapping siret to custom:siret', () => {
    const template = synth();
    template.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      ProviderName: 'ProConnect',
      ProviderType: 'OIDC',
      ProviderDetails: Match.objectLike({
        oidc_issuer: PROCONNECT_ISSUER,
        authorize_scopes: 'openid email given_name usual_name siret',
        attributes_request_method: 'GET',
      }),
      AttributeMapping: {
        email: 'email',
        given_name: 'given_name',
        family_name: 'usual_name',
        'custom:siret': 'siret',
      },
    });
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      Schema: Match.arrayWith([
        {
          Name: 'siret',
          AttributeDataType: 'String',
          Mutable: true,
          StringAttributeConstraints: { MaxLength: '32' },
        },
      ]),
    });
  });

  it('reads the client id from SSM and the secret from Secrets Manager at deploy time, never from the code', () => {
    const template = synth();
    const [provider] = Object.values(template.findResources('AWS::Cognito::UserPoolIdentityProvider'));
    const details = JSON.stringify(provider!.Properties.ProviderDetails);
    expect(details).toContain(`{{resolve:secretsmanager:${DEFAULT_CLIENT_SECRET_NAME}:SecretString:::}}`);
    const parameters = template.toJSON().Parameters as Record<string, { Type: string; Default: string }>;
    expect(Object.values(parameters)).toContainEqual(
      expect.objectContaining({
        Type: 'AWS::SSM::Parameter::Value<String>',
        Default: DEFAULT_CLIENT_ID_PARAMETER,
      }),
    );
  });

  it('takes another issuer (ProConnect’s integration platform) from the context', () => {
    synth({ issuer: 'https://fca.integ01.dev-agentconnect.fr/api/v2' }).hasResourceProperties(
      'AWS::Cognito::UserPoolIdentityProvider',
      {
        ProviderDetails: Match.objectLike({ oidc_issuer: 'https://fca.integ01.dev-agentconnect.fr/api/v2' }),
      },
    );
  });

  it('is offered by the app client, created after the provider', () => {
    const template = synth();
    const [providerId] = Object.keys(template.findResources('AWS::Cognito::UserPoolIdentityProvider'));
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      SupportedIdentityProviders: ['COGNITO', 'ProConnect'],
    });
    const [client] = Object.values(template.findResources('AWS::Cognito::UserPoolClient'));
    expect(JSON.stringify(client)).toContain(providerId);
  });
});

describe('the siret claim (pre token generation)', () => {
  const proConnectUser = 'ProConnect_6f3a2b';
  it('copies a ProConnect user’s custom:siret, spaces removed, into siret', () => {
    expect(accessTokenClaims({ 'custom:siret': '73282932000074' }, proConnectUser)).toEqual({
      siret: '73282932000074',
    });
    expect(accessTokenClaims({ 'custom:siret': '732 829 320 00074' }, proConnectUser)).toEqual({
      siret: '73282932000074',
    });
  });

  it('adds no siret for a malformed or all-zero SIRET, or for a user who did not sign in with ProConnect', () => {
    for (const siret of ['73282932000075', '00000000000000', '7328293200007', ''])
      expect(accessTokenClaims({ 'custom:siret': siret }, proConnectUser), siret).toEqual({});
    // A user of the pool itself (a UUID user name) whose attribute was set anyway.
    expect(
      accessTokenClaims({ 'custom:siret': '73282932000074' }, '1b2c3d4e-0000-0000-0000-000000000000'),
    ).toEqual({});
    expect(accessTokenClaims({ 'custom:siret': '73282932000074' })).toEqual({});
  });

  it('gives a ProConnect user in no group the PME role, and leaves an administrator’s group alone', async () => {
    const event = (userName: string, groups: string[]) =>
      ({
        version: '2',
        triggerSource: 'TokenGeneration_HostedAuth',
        region: 'eu-west-3',
        userPoolId: 'eu-west-3_example',
        userName,
        callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: 'client' },
        request: {
          userAttributes: { sub: 'x', 'custom:siret': '73282932000074' },
          groupConfiguration: { groupsToOverride: groups },
        },
        response: { claimsAndScopeOverrideDetails: {} },
      }) as Parameters<typeof handler>[0];
    const run = async (userName: string, groups: string[]) =>
      (await handler(event(userName, groups), {} as Parameters<typeof handler>[1], () => undefined))!.response
        .claimsAndScopeOverrideDetails;
    expect(await run(proConnectUser, [])).toEqual({
      accessTokenGeneration: { claimsToAddOrOverride: { siret: '73282932000074' } },
      idTokenGeneration: { claimsToAddOrOverride: { siret: '73282932000074' } },
      groupOverrideDetails: { groupsToOverride: ['PME'] },
    });
    expect((await run(proConnectUser, ['CONNECTEUR']))!.groupOverrideDetails).toBeUndefined();
    expect((await run('1b2c3d4e-0000-0000-0000-000000000000', []))!.groupOverrideDetails).toBeUndefined();
  });
});
