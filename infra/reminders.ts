import { join } from 'node:path';
import { Duration, Validations } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** How often the reminder sweep runs on AWS (locally: every minute, scripts/local/reminders.ts). */
export const REMINDER_SWEEP_MINUTES = 15;

/**
 * What the sweep sends: Query of the due-date partitions, then per reminder one TransactWriteItems that deletes the
 * DUE item, checks the cause's guard and puts the outbox items (plus a lone DeleteItem of an obsolete reminder).
 */
export const REMINDER_TABLE_ACTIONS = [
  'dynamodb:Query',
  'dynamodb:DeleteItem',
  'dynamodb:ConditionCheckItem',
  'dynamodb:PutItem',
] as const;

/**
 * The scheduled reminder sweep (functions/reminders/): an EventBridge rule runs it every REMINDER_SWEEP_MINUTES; it
 * has no other trigger and reads no input.
 */
export class ReminderSchedule extends Construct {
  readonly function: NodejsFunction;
  readonly rule: Rule;

  constructor(
    scope: Construct,
    id: string,
    props: { table: TableV2; projectRoot: string; bundling: BundlingOptions; serviceName: string },
  ) {
    super(scope, id);
    this.function = new NodejsFunction(this, 'Function', {
      description: 'Croissance connectee: scheduled sweep of the due reminders (notifications)',
      entry: join(props.projectRoot, 'functions/reminders/handler.ts'),
      handler: 'handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.minutes(5),
      bundling: props.bundling,
      environment: {
        REMINDERS_TABLE_NAME: props.table.tableName,
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
      logGroup: new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH }),
    });
    props.table.grant(this.function, ...REMINDER_TABLE_ACTIONS);
    this.rule = new Rule(this, 'Rule', {
      description: 'Sends the reminders that fell due (contact requests, appointments, labels, files)',
      schedule: Schedule.rate(Duration.minutes(REMINDER_SWEEP_MINUTES)),
      targets: [new LambdaFunction(this.function, { retryAttempts: 2 })],
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
        reason:
          'Added by the table grant; the sweep queries the table itself (DUE#<day> partitions), never an index.',
      },
    );
  }
}
