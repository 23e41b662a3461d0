import { join } from 'node:path';
import { Duration, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Architecture, FilterCriteria, FilterRule, Runtime, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { OUTBOX_KINDS, OUTBOX_PREFIX } from '../functions/shared/outbox.js';

/**
 * What the consumer sends: GetItem (the item still there? the prices' observation set), DeleteItem (the item, once
 * done) and the parts of the prices' transaction (UpdateItem of histograms, PutItem of the observation set,
 * ConditionCheckItem). No Query, no Scan.
 */
export const OUTBOX_TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:DeleteItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:ConditionCheckItem',
] as const;

/** Deliveries of one batch before its records go to the failure queue (bisecting halves the batch each time). */
export const OUTBOX_RETRY_ATTEMPTS = 8;

/**
 * The outbox consumer (functions/outbox/): the table's stream, filtered to inserted outbox items, feeds a function
 * that reports partial batch failures; a failing batch is split in halves and retried a bounded number of times,
 * then its records' positions go to an encrypted queue whose depth raises an alarm (docs/deploy.md).
 */
export class OutboxConsumer extends Construct {
  readonly function: NodejsFunction;
  readonly failures: Queue;
  readonly failuresAlarm: Alarm;

  constructor(
    scope: Construct,
    id: string,
    props: { table: TableV2; projectRoot: string; bundling: BundlingOptions; serviceName: string },
  ) {
    super(scope, id);
    this.function = new NodejsFunction(this, 'Function', {
      description: 'Croissance connectee: outbox consumer (side effects after commit, from the table stream)',
      entry: join(props.projectRoot, 'functions/outbox/handler.ts'),
      handler: 'handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(30),
      bundling: props.bundling,
      environment: {
        OUTBOX_TABLE_NAME: props.table.tableName,
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
      logGroup: new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH }),
    });
    props.table.grant(this.function, ...OUTBOX_TABLE_ACTIONS);

    this.failures = new Queue(this, 'Failures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.function.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 25,
        maxBatchingWindow: Duration.seconds(1),
        reportBatchItemFailures: true,
        bisectBatchOnError: true,
        retryAttempts: OUTBOX_RETRY_ATTEMPTS,
        maxRecordAge: Duration.hours(6),
        onFailure: new SqsDlq(this.failures),
        filters: [
          FilterCriteria.filter({
            eventName: FilterRule.isEqual('INSERT'),
            // Notifications have their own function and mapping (infra/notifications.ts).
            dynamodb: {
              NewImage: {
                PK: { S: FilterRule.beginsWith(OUTBOX_PREFIX) },
                kind: { S: FilterRule.notEquals(OUTBOX_KINDS.notification) },
              },
            },
          }),
        ],
      }),
    );
    this.failuresAlarm = new Alarm(this, 'FailuresAlarm', {
      alarmDescription:
        'Outbox items not delivered after every retry: their stream positions are in the failure queue (docs/deploy.md).',
      metric: this.failures.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    Validations.of(this.function).acknowledge(
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
        reason: 'Granted with the table by CDK; the consumer reads no index (it sends no Query).',
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'dynamodb:ListStreams has no resource-level permission; reading records is limited to this table’s stream.',
      },
    );
    Validations.of(this.failures).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the failure destination of the outbox consumer.',
    });
  }
}
