import { join } from 'node:path';
import { Duration, Validations } from 'aws-cdk-lib';
import { HttpMethod, type HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Architecture, FilterCriteria, FilterRule, Runtime, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SnsEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import {
  ConfigurationSet,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { OUTBOX_KINDS, OUTBOX_PREFIX } from '../functions/shared/outbox.js';

/**
 * What the notifier sends to the table: GetItem and DeleteItem (the outbox item), BatchGetItem (accounts, suppressed
 * addresses, connecteur and provider owners), Query (agents of a region, moderators, a company's members, the
 * digests due), PutItem and UpdateItem (the delivery transaction, the e-mail marked sent), DeleteItem (digest
 * entries sent). No Scan.
 */
export const NOTIFIER_TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
] as const;
/** The unsubscribe endpoint reads the account and sets its preference; the bounce handler records suppressions. */
export const UNSUBSCRIBE_TABLE_ACTIONS = ['dynamodb:BatchGetItem', 'dynamodb:UpdateItem'] as const;
export const BOUNCE_TABLE_ACTIONS = ['dynamodb:PutItem'] as const;

/** The unsubscribe links' path on the HTTP API (GET confirms, POST unsubscribes: RFC 8058). */
export const UNSUBSCRIBE_PATH = '/desabonnement';
export const NOTIFIER_RETRY_ATTEMPTS = 8;

/** The stream records the notifier gets: inserted outbox items of kind NOTIFICATION, nothing else. */
export const notificationFilter = () =>
  FilterCriteria.filter({
    eventName: FilterRule.isEqual('INSERT'),
    dynamodb: {
      NewImage: {
        PK: { S: FilterRule.beginsWith(OUTBOX_PREFIX) },
        kind: { S: FilterRule.isEqual(OUTBOX_KINDS.notification) },
      },
    },
  });

export type NotificationsProps = {
  table: TableV2;
  httpApi: HttpApi;
  projectRoot: string;
  bundling: BundlingOptions;
  serviceName: string;
  /** The web app's origin (links in the e-mails). */
  webUrl: string;
  /** The sending domain, verified in SES (context `mailDomain`, docs/deploy.md). */
  mailDomain: string;
};

/**
 * Delivery of the notifications on AWS (functions/notifications/): the SES identity of the sending domain with a
 * configuration set whose bounces and complaints go to an SNS topic, then to a small function that suppresses the
 * addresses; the notifier function fed by its own event source mapping (outbox items of kind NOTIFICATION only), with
 * partial batch failures, a failure queue and its alarm, and a daily schedule for the digests; the one-click
 * unsubscribe endpoint on the HTTP API.
 */
export class Notifications extends Construct {
  readonly notifier: NodejsFunction;
  readonly failures: Queue;
  readonly failuresAlarm: Alarm;
  readonly identity: EmailIdentity;
  readonly sesEvents: Topic;

  constructor(scope: Construct, id: string, props: NotificationsProps) {
    super(scope, id);
    const fn = (name: string, description: string, entry: string, environment: Record<string, string>) =>
      new NodejsFunction(this, name, {
        description,
        entry: join(props.projectRoot, entry),
        handler: 'handler',
        runtime: Runtime.NODEJS_22_X,
        architecture: Architecture.ARM_64,
        memorySize: 512,
        timeout: Duration.seconds(30),
        bundling: props.bundling,
        environment: {
          NOTIFIER_TABLE_NAME: props.table.tableName,
          CC_ENV: 'aws',
          POWERTOOLS_SERVICE_NAME: props.serviceName,
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
          ...environment,
        },
        logGroup: new LogGroup(this, `${name}Logs`, { retention: RetentionDays.ONE_MONTH }),
      });

    // ----- SES: the sending identity, its bounces and complaints to SNS -----
    this.sesEvents = new Topic(this, 'SesEvents', {
      displayName: 'SES bounces and complaints',
      enforceSSL: true,
    });
    const configurationSet = new ConfigurationSet(this, 'ConfigurationSet');
    configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: EventDestination.snsTopic(this.sesEvents),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    // The configuration set is the identity's default: the notifier names no configuration set, so its permission
    // is on the identity alone.
    this.identity = new EmailIdentity(this, 'Identity', {
      identity: Identity.domain(props.mailDomain),
      configurationSet,
    });

    // Key of the unsubscribe links (HMAC), generated once by Secrets Manager.
    const unsubscribeSecret = new Secret(this, 'UnsubscribeSecret', {
      description: 'Croissance connectee: HMAC key of the one-click unsubscribe links',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    // On the web app's domain (CloudFront routes the path to the HTTP API): the address people know and trust.
    const unsubscribeUrl = `${props.webUrl}${UNSUBSCRIBE_PATH}`;
    const secretEnv = {
      // A dynamic reference resolved at deploy time, as the cursor key (infra/stack.ts): it authenticates links that
      // only turn e-mails off, and reading it at run time would cost a Secrets Manager call per cold start.
      UNSUBSCRIBE_SECRET: unsubscribeSecret.secretValue.unsafeUnwrap(),
    };

    // ----- The notifier -----
    this.notifier = fn(
      'Notifier',
      'Croissance connectee: notifier (in-app notifications and e-mails from the outbox, daily digests)',
      'functions/outbox/notifier-handler.ts',
      {
        ...secretEnv,
        WEB_URL: props.webUrl,
        UNSUBSCRIBE_URL: unsubscribeUrl,
        MAIL_FROM: `Croissance connectée <notifications@${props.mailDomain}>`,
      },
    );
    props.table.grant(this.notifier, ...NOTIFIER_TABLE_ACTIONS);
    this.notifier.addToRolePolicy(
      new PolicyStatement({ actions: ['ses:SendEmail'], resources: [this.identity.emailIdentityArn] }),
    );
    this.failures = new Queue(this, 'Failures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.notifier.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 25,
        maxBatchingWindow: Duration.seconds(1),
        reportBatchItemFailures: true,
        bisectBatchOnError: true,
        retryAttempts: NOTIFIER_RETRY_ATTEMPTS,
        maxRecordAge: Duration.hours(6),
        onFailure: new SqsDlq(this.failures),
        filters: [notificationFilter()],
      }),
    );
    this.failuresAlarm = new Alarm(this, 'FailuresAlarm', {
      alarmDescription:
        'Notifications not delivered after every retry: their stream positions are in the failure queue (docs/deploy.md).',
      metric: this.failures.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    // The digests of agents and moderators: 07:00 UTC, 08:00 in Paris in winter and 09:00 in summer.
    new Rule(this, 'DigestSchedule', {
      description: 'Sends the daily digests of the agents and moderators',
      schedule: Schedule.cron({ minute: '0', hour: '7' }),
      targets: [new LambdaFunction(this.notifier, { retryAttempts: 2 })],
    });

    // ----- Bounces and complaints -----
    const bounces = fn(
      'Bounces',
      'Croissance connectee: suppresses the addresses SES reports as bouncing or complaining',
      'functions/notifications/bounce-handler.ts',
      {},
    );
    props.table.grant(bounces, ...BOUNCE_TABLE_ACTIONS);
    bounces.addEventSource(new SnsEventSource(this.sesEvents));

    // ----- One-click unsubscribe -----
    const unsubscribe = fn(
      'Unsubscribe',
      'Croissance connectee: one-click unsubscribe links of the e-mails (RFC 8058)',
      'functions/notifications/unsubscribe-handler.ts',
      {
        ...secretEnv,
        WEB_URL: props.webUrl,
        UNSUBSCRIBE_URL: unsubscribeUrl,
        MAIL_FROM: 'unused@example.invalid',
      },
    );
    props.table.grant(unsubscribe, ...UNSUBSCRIBE_TABLE_ACTIONS);
    props.httpApi.addRoutes({
      path: UNSUBSCRIBE_PATH,
      methods: [HttpMethod.GET, HttpMethod.POST],
      integration: new HttpLambdaIntegration('UnsubscribeIntegration', unsubscribe),
    });

    for (const f of [this.notifier, bounces, unsubscribe]) {
      Validations.of(f).acknowledge(
        {
          id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
          reason: 'The basic execution role only lets the function write its own CloudWatch logs.',
        },
        {
          id: 'AwsSolutions-L1',
          reason:
            'Pinned to nodejs22.x, the runtime the code is tested for; moved deliberately with the machines.',
        },
        {
          id: 'AwsSolutions-IAM5[Resource::<TableCD117FA1.Arn>/index/*]',
          reason:
            'The wildcard covers only this table’s own global secondary indexes (the notifier queries GSI1-3).',
        },
      );
    }
    Validations.of(this.notifier).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'dynamodb:ListStreams has no resource-level permission; reading records is limited to this table’s stream.',
    });
    Validations.of(this.failures).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the failure destination of the notifier.',
    });
    Validations.of(this.sesEvents).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'SES bounce and complaint events carry addresses only; a KMS key would need a key policy for SES and adds nothing here.',
    });
    Validations.of(unsubscribeSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'An HMAC key of links that only turn e-mails off; rotating it voids the links sent, so it is rotated by hand.',
    });
  }
}
