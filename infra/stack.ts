import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CorsHttpMethod, HttpApi, HttpMethod, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  LambdaVersion,
  Mfa,
  OAuthScope,
  StringAttribute,
  UserPool,
  UserPoolClientIdentityProvider,
  UserPoolOperation,
} from 'aws-cdk-lib/aws-cognito';
import { AttributeType, Billing, ProjectionType, StreamViewType, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { ProConnect, SIRET_CUSTOM_ATTRIBUTE, siretAttribute } from './proconnect.js';
import { WebApp } from './web-app.js';
import { PublicReadCache } from './api-cache.js';
import { PublicationSchedule } from './schedules.js';
import { ReminderSchedule } from './reminders.js';
import { OutboxConsumer } from './outbox.js';
import { Notifications, UNSUBSCRIBE_PATH } from './notifications.js';
import { DocumentsBucket } from './documents.js';
import { acknowledgeNagFindings } from './nag-acknowledgements.js';
import { lambdaBundling } from './bundling.js';

/**
 * Global secondary indexes of the single table; index `GSIn` is keyed on `GSInPK` / `GSInSK`.
 * To add one, append its name here and in functions/shared/table.ts (test/infra checks they agree).
 * CloudFormation creates or deletes at most one GSI per table update: deploy each addition separately.
 */
export const GSI_NAMES = ['GSI1', 'GSI2', 'GSI3'] as const;

/** The Cognito groups are the application's roles (functions/shared/auth.ts `ROLES`). */
export const USER_GROUPS = ['PME', 'CONNECTEUR', 'REGION_AGENT', 'MODERATOR', 'PROVIDER'] as const;

export const GRAPHQL_PATH = '/graphql';
export const SERVICE_NAME = 'croissance-connectee';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The GraphQL function's memory: Lambda bills GB-seconds at this size (bench/cost.ts). */
export const GRAPHQL_MEMORY_MB = 1024;

export const GRAPHQL_TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:ConditionCheckItem',
] as const;

/** Bundling shared by every function (infra/bundling.ts). */
const baseBundling = lambdaBundling();

export type CroissanceConnecteeStackProps = StackProps & {
  /** The built web app to upload; client/dist by default (not uploaded while it is not built). */
  webAppBuildDir?: string;
  /** The web ACL in front of CloudFront (infra/waf.ts, read across regions); none in tests of this stack alone. */
  webAclArn?: string;
};

export class CroissanceConnecteeStack extends Stack {
  constructor(scope: Construct, id: string, props: CroissanceConnecteeStackProps = {}) {
    super(scope, id, props);

    // ----- DynamoDB: the single table -----
    const stringKey = (name: string) => ({ name, type: AttributeType.STRING });
    const table = new TableV2(this, 'Table', {
      partitionKey: stringKey('PK'),
      sortKey: stringKey('SK'),
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      // Short-lived items (rate-limit counters, daily client keys) carry their expiry in epoch seconds.
      timeToLiveAttribute: 'ttl',
      // The outbox consumer reads inserted outbox items from it (infra/outbox.ts).
      dynamoStream: StreamViewType.NEW_IMAGE,
      globalSecondaryIndexes: GSI_NAMES.map((indexName) => ({
        indexName,
        partitionKey: stringKey(`${indexName}PK`),
        sortKey: stringKey(`${indexName}SK`),
        projectionType: ProjectionType.ALL,
      })),
    });

    // ----- Cognito -----
    const preTokenGeneration = new NodejsFunction(this, 'PreTokenGenerationFunction', {
      description:
        'Cognito pre token generation (V2_0): custom:region into cc_region, a ProConnect user’s custom:siret into siret',
      entry: join(projectRoot, 'functions/auth/pre-token-generation.ts'),
      handler: 'handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 256,
      timeout: Duration.seconds(5),
      bundling: baseBundling,
      logGroup: new LogGroup(this, 'PreTokenGenerationLogs', { retention: RetentionDays.ONE_MONTH }),
    });

    const userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      keepOriginal: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      // Custom attributes cannot be changed or removed once the pool exists.
      // (siret: mapped from ProConnect at each sign-in, infra/proconnect.ts.)
      customAttributes: {
        region: new StringAttribute({ mutable: true }),
        [SIRET_CUSTOM_ATTRIBUTE]: siretAttribute(),
      },
      // Access-token customisation by the pre token generation trigger needs ESSENTIALS or PLUS.
      featurePlan: FeaturePlan.ESSENTIALS,
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
      },
      userInvitation: {
        emailSubject: 'Votre accès à Croissance connectée',
        emailBody:
          'Bonjour,<br><br>Un compte Croissance connectée a été créé pour vous.<br>' +
          'Identifiant : {username}<br>Mot de passe temporaire : {####}<br><br>' +
          'Vous devrez choisir un nouveau mot de passe à la première connexion.',
      },
      userVerification: {
        emailSubject: 'Croissance connectée : votre code de vérification',
        emailBody: 'Votre code de vérification Croissance connectée est {####}.',
      },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    userPool.addTrigger(
      UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG,
      preTokenGeneration,
      LambdaVersion.V2_0,
    );

    for (const groupName of USER_GROUPS) {
      userPool.addGroup(`Group${groupName}`, { groupName });
    }

    // ----- HTTP API -----
    const httpApi = new HttpApi(this, 'HttpApi', {
      apiName: SERVICE_NAME,
      description: 'Croissance connectee GraphQL API',
      // The default stage is added below, with throttling and access logs.
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: ['*'],
        allowMethods: [CorsHttpMethod.POST],
        allowHeaders: ['Authorization', 'Content-Type'],
        maxAge: Duration.days(1),
      },
    });

    const accessLogs = new LogGroup(this, 'HttpApiAccessLogs', { retention: RetentionDays.ONE_MONTH });
    httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: { burstLimit: 200, rateLimit: 100 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            userAgent: '$context.identity.userAgent',
            requestTime: '$context.requestTime',
            routeKey: '$context.routeKey',
            status: '$context.status',
            protocol: '$context.protocol',
            responseLength: '$context.responseLength',
            responseLatency: '$context.responseLatency',
            integrationLatency: '$context.integrationLatency',
            integrationStatus: '$context.integrationStatus',
            errorMessage: '$context.error.message',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });

    // ----- Web app: S3 + CloudFront, the API at /graphql and the e-mails' unsubscribe links on the same origin -----
    const webApp = new WebApp(this, 'WebApp', {
      httpApi,
      apiPaths: [GRAPHQL_PATH, UNSUBSCRIBE_PATH],
      buildDir: props.webAppBuildDir ?? join(projectRoot, 'client', 'dist'),
      ...(props.webAclArn ? { webAclArn: props.webAclArn } : {}),
    });
    const webUrl = `https://${webApp.distribution.distributionDomainName}`;

    // Cognito's hosted sign-in (the classic hosted UI), on a prefix domain unique per account.
    const signInDomain = userPool.addDomain('HostedSignIn', {
      cognitoDomain: { domainPrefix: `croissance-connectee-${this.account}` },
    });

    // PME users sign in with ProConnect, which vouches for their SIRET (infra/proconnect.ts, docs/deploy.md).
    const proConnect = new ProConnect(this, 'ProConnect', {
      userPool,
      issuer: this.node.tryGetContext('proconnectIssuer') as string | undefined,
      clientIdParameter: this.node.tryGetContext('proconnectClientIdParameter') as string | undefined,
      clientSecretName: this.node.tryGetContext('proconnectClientSecretName') as string | undefined,
    });

    // Users must not write `custom:region` themselves (UpdateUserAttributes with their own access token):
    // it scopes what a REGION_AGENT may see. Only administrators set it (AdminUpdateUserAttributes).
    // `custom:siret` and the names are writable because Cognito writes ProConnect's claims into them at each
    // federated sign-in through this client; a ProConnect user cannot write them itself (its hosted-UI tokens lack
    // the aws.cognito.signin.user.admin scope UpdateUserAttributes needs), and the pre token trigger ignores
    // `custom:siret` for anyone who did not sign in through ProConnect (docs/security.md).
    const writeAttributes = new ClientAttributes()
      .withStandardAttributes({ email: true, fullname: true, givenName: true, familyName: true })
      .withCustomAttributes(SIRET_CUSTOM_ATTRIBUTE);
    const readAttributes = new ClientAttributes()
      .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
      .withCustomAttributes('region');
    const userPoolClient = userPool.addClient('WebClient', {
      generateSecret: false,
      authFlows: {
        userSrp: true,
        // AdminInitiateAuth needs IAM credentials: lets operators get a token with the AWS CLI (docs/deploy.md).
        adminUserPassword: true,
      },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        // The web app, back from the hosted sign-in (home or sign-in page) and after signing out.
        callbackUrls: [`${webUrl}/`, `${webUrl}/connexion`],
        logoutUrls: [`${webUrl}/`],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO, proConnect.clientProvider],
      preventUserExistenceErrors: true,
      readAttributes,
      writeAttributes,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });
    proConnect.offeredBy(userPoolClient);

    // ----- GraphQL function -----
    // Integrity key of pagination cursors (HMAC), generated once by Secrets Manager.
    const cursorSecret = new Secret(this, 'CursorSecret', {
      description: 'Croissance connectee: HMAC key of GraphQL pagination cursors',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });

    const graphqlFunction = new NodejsFunction(this, 'GraphqlFunction', {
      description: 'Croissance connectee GraphQL API (Apollo Server)',
      entry: join(projectRoot, 'functions/graphql/handler.ts'),
      handler: 'handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: GRAPHQL_MEMORY_MB,
      timeout: Duration.seconds(10),
      bundling: baseBundling,
      environment: {
        TABLE_NAME: table.tableName,
        CC_ENV: 'aws',
        COGNITO_USER_POOL_ID: userPool.userPoolId,
        COGNITO_CLIENT_ID: userPoolClient.userPoolClientId,
        // A CloudFormation dynamic reference, resolved at deploy time into the function's configuration.
        // Acceptable here because this value is an integrity key for opaque pagination cursors (it stops
        // clients from forging cursors), not a credential to any system; reading it at run time would cost
        // a Secrets Manager call per cold start. After rotating the secret, redeploy to pick it up.
        CURSOR_SECRET: cursorSecret.secretValue.unsafeUnwrap(),
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
      logGroup: new LogGroup(this, 'GraphqlLogs', { retention: RetentionDays.ONE_MONTH }),
    });
    // Exactly what request paths send (a transaction needs the actions of its parts): no Scan, no administration.
    table.grant(graphqlFunction, ...GRAPHQL_TABLE_ACTIONS);
    // Quotes and invoices of chèque numérique files (infra/documents.ts).
    new DocumentsBucket(this, 'Documents', { webUrl, accessLogs: webApp.logsBucket }).grantApi(
      graphqlFunction,
    );

    httpApi.addRoutes({
      path: GRAPHQL_PATH,
      // GET serves Apollo's landing page (and GET queries); POST carries operations.
      methods: [HttpMethod.POST, HttpMethod.GET],
      integration: new HttpLambdaIntegration('GraphqlIntegration', graphqlFunction),
    });

    new PublicReadCache(this, 'PublicReads', {
      distribution: webApp.distribution,
      httpApi,
      graphqlFunction,
      responseHeadersPolicy: webApp.apiHeaders,
    });

    new PublicationSchedule(this, 'Publication', {
      table,
      projectRoot,
      bundling: baseBundling,
      serviceName: SERVICE_NAME,
    });

    new ReminderSchedule(this, 'Reminders', {
      table,
      projectRoot,
      bundling: baseBundling,
      serviceName: SERVICE_NAME,
    });

    new OutboxConsumer(this, 'Outbox', {
      table,
      projectRoot,
      bundling: baseBundling,
      serviceName: SERVICE_NAME,
    });

    // Notifications: SES, the notifier, bounces, one-click unsubscribe (infra/notifications.ts, docs/deploy.md).
    new Notifications(this, 'Notifications', {
      table,
      httpApi,
      projectRoot,
      bundling: baseBundling,
      serviceName: SERVICE_NAME,
      webUrl,
      mailDomain:
        (this.node.tryGetContext('mailDomain') as string | undefined) ?? 'croissance-connectee.example',
    });

    // ----- Outputs -----
    new CfnOutput(this, 'WebUrl', { description: 'The web app (and its API at /graphql)', value: webUrl });
    new CfnOutput(this, 'SignInDomain', {
      description: 'Cognito hosted sign-in (VITE_COGNITO_DOMAIN)',
      value: signInDomain.baseUrl(),
    });
    new CfnOutput(this, 'GraphqlUrl', {
      description: 'GraphQL endpoint',
      value: `${httpApi.apiEndpoint}${GRAPHQL_PATH}`,
    });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'UserPoolId', { value: userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: userPoolClient.userPoolClientId });

    acknowledgeNagFindings({
      graphqlFunction,
      preTokenGeneration,
      userPool,
      cursorSecret,
      httpApi,
      webApp,
      hasWebAcl: !!props.webAclArn,
    });
  }
}
