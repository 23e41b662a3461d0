import { join } from 'node:path';
import { Duration, Validations } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { PUBLICATION_INTERVAL_MINUTES } from '../functions/shared/disclosure.js';

/** What the refresh sends: Query of the registries (GSI2), BatchWriteItem of the snapshots. Nothing else. */
export const PUBLICATION_TABLE_ACTIONS = ['dynamodb:Query', 'dynamodb:BatchWriteItem'] as const;

/**
 * The scheduled refresh of the published aggregates (functions/publication/): an EventBridge rule runs it every
 * PUBLICATION_INTERVAL_MINUTES; it has no other trigger and reads no input.
 */
export class PublicationSchedule extends Construct {
  readonly function: NodejsFunction;
  readonly rule: Rule;

  constructor(
    scope: Construct,
    id: string,
    props: { table: TableV2; projectRoot: string; bundling: BundlingOptions; serviceName: string },
  ) {
    super(scope, id);
    this.function = new NodejsFunction(this, 'Function', {
      description: 'Croissance connectee: scheduled refresh of the published (k-anonymous) aggregates',
      entry: join(props.projectRoot, 'functions/publication/handler.ts'),
      handler: 'handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.minutes(2),
      bundling: props.bundling,
      environment: {
        PUBLICATION_TABLE_NAME: props.table.tableName,
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
      logGroup: new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH }),
    });
    props.table.grant(this.function, ...PUBLICATION_TABLE_ACTIONS);
    this.rule = new Rule(this, 'Rule', {
      description: 'Refreshes the published aggregates on a schedule, never per submission',
      schedule: Schedule.rate(Duration.minutes(PUBLICATION_INTERVAL_MINUTES)),
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
          'The wildcard covers only this table’s own global secondary indexes; the refresh queries GSI2.',
      },
    );
  }
}
