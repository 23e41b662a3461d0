import { SecretValue } from 'aws-cdk-lib';
import {
  OidcAttributeRequestMethod,
  ProviderAttribute,
  StringAttribute,
  UserPoolClientIdentityProvider,
  UserPoolIdentityProviderOidc,
  type IUserPool,
} from 'aws-cdk-lib/aws-cognito';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import { PROCONNECT_PROVIDER_NAME, SIRET_ATTRIBUTE } from '../functions/auth/pre-token-generation.js';

/** The name Cognito knows ProConnect by: federated users' user names are `ProConnect_<sub>`. */
export { PROCONNECT_PROVIDER_NAME };
/** ProConnect's production issuer (its integration issuer is given as context `proconnectIssuer`). */
export const PROCONNECT_ISSUER = 'https://auth.proconnect.gouv.fr/api/v2';
export const PROCONNECT_SCOPES = ['openid', 'email', 'given_name', 'usual_name', 'siret'];
/** SSM parameter holding the client id ProConnect gave us (a plain String: an identifier, not a secret). */
export const DEFAULT_CLIENT_ID_PARAMETER = '/croissance-connectee/proconnect/client-id';
/** Secrets Manager secret holding the client secret ProConnect gave us (a plain-text secret). */
export const DEFAULT_CLIENT_SECRET_NAME = 'croissance-connectee/proconnect/client-secret';

/** The user pool's custom attribute the SIRET is mapped to (`custom:siret`, read by the pre token trigger). */
export const SIRET_CUSTOM_ATTRIBUTE = SIRET_ATTRIBUTE.slice('custom:'.length);
/** Declared on the user pool with its other custom attributes; mapped attributes must be mutable. */
export const siretAttribute = () => new StringAttribute({ mutable: true, maxLen: 32 });

export type ProConnectProps = {
  userPool: IUserPool;
  /** Default: `PROCONNECT_ISSUER`. */
  issuer?: string;
  /** SSM parameter name of the client id, resolved by CloudFormation at deploy time. */
  clientIdParameter?: string;
  /** Secrets Manager name of the client secret, resolved by CloudFormation at deploy time (never in the template). */
  clientSecretName?: string;
};

/**
 * ProConnect, the State's OpenID Connect identity for professionals, as an identity provider of the user pool:
 * PME users sign in with it and its `siret` claim (the establishment it vouches the user works for) is mapped to
 * `custom:siret` at every sign-in; the pre token generation trigger copies it into the access token's `siret`
 * claim, which binds the user's company (functions/companies/service.ts). Client id and secret come from SSM and
 * Secrets Manager (docs/deploy.md); `npm run synth` needs neither (both are resolved at deploy time).
 */
export class ProConnect extends Construct {
  readonly provider: UserPoolIdentityProviderOidc;
  /** For the app client's `supportedIdentityProviders`. */
  readonly clientProvider = UserPoolClientIdentityProvider.custom(PROCONNECT_PROVIDER_NAME);

  constructor(scope: Construct, id: string, props: ProConnectProps) {
    super(scope, id);
    const clientId = StringParameter.valueForStringParameter(
      this,
      props.clientIdParameter ?? DEFAULT_CLIENT_ID_PARAMETER,
    );
    this.provider = new UserPoolIdentityProviderOidc(this, 'Provider', {
      userPool: props.userPool,
      name: PROCONNECT_PROVIDER_NAME,
      clientId,
      // A CloudFormation dynamic reference: the secret never appears in the template or the CDK output.
      clientSecret: SecretValue.secretsManager(
        props.clientSecretName ?? DEFAULT_CLIENT_SECRET_NAME,
      ).unsafeUnwrap(),
      issuerUrl: props.issuer ?? PROCONNECT_ISSUER,
      scopes: PROCONNECT_SCOPES,
      attributeRequestMethod: OidcAttributeRequestMethod.GET,
      attributeMapping: {
        email: ProviderAttribute.other('email'),
        givenName: ProviderAttribute.other('given_name'),
        familyName: ProviderAttribute.other('usual_name'),
        custom: { [SIRET_ATTRIBUTE]: ProviderAttribute.other('siret') },
      },
    });
  }

  /**
   * An app client listing `clientProvider` offers ProConnect: it must be created after the provider (Cognito
   * refuses a client naming an unknown provider).
   */
  offeredBy(client: Construct): void {
    client.node.addDependency(this.provider);
  }
}
