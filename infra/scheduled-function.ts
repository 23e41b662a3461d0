import { join } from 'node:path';
import { Duration, Validations } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

export type ScheduledFunctionProps = {
  table: TableV2;
  projectRoot: string;
  bundling: BundlingOptions;
  serviceName: string;
  /** What the function is, and what its rule does (CloudFormation descriptions). */
  description: string;
  ruleDescription: string;
  /** Its handler, from the project root (e.g. functions/reminders/handler.ts). */
  entry: string;
  /** The environment variable naming the table for its handler. */
  tableVariable: string;
  tableActions: readonly string[];
  everyMinutes: number;
  timeout: Duration;
  /** Why its table grant's `index/*` wildcard is acceptable (cdk-nag). */
  indexWildcardReason: string;
};

/**
 * A function an EventBridge rule runs every few minutes, with no other trigger and no input (the publication refresh,
 * the reminder sweep): its own log group, the table actions it sends and nothing else. Created in `scope` as
 * `Function`, `Logs` and `Rule`.
 */
export function scheduledFunction(
  scope: Construct,
  props: ScheduledFunctionProps,
): { function: NodejsFunction; rule: Rule } {
  const fn = new NodejsFunction(scope, 'Function', {
    description: props.description,
    entry: join(props.projectRoot, props.entry),
    handler: 'handler',
    runtime: Runtime.NODEJS_22_X,
    architecture: Architecture.ARM_64,
    memorySize: 512,
    timeout: props.timeout,
    bundling: props.bundling,
    environment: {
      [props.tableVariable]: props.table.tableName,
      POWERTOOLS_SERVICE_NAME: props.serviceName,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    logGroup: new LogGroup(scope, 'Logs', { retention: RetentionDays.ONE_MONTH }),
  });
  props.table.grant(fn, ...props.tableActions);
  const rule = new Rule(scope, 'Rule', {
    description: props.ruleDescription,
    schedule: Schedule.rate(Duration.minutes(props.everyMinutes)),
    targets: [new LambdaFunction(fn, { retryAttempts: 2 })],
  });
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
    { id: 'AwsSolutions-IAM5[Resource::<TableCD117FA1.Arn>/index/*]', reason: props.indexWildcardReason },
  );
  return { function: fn, rule };
}

/** What the stack gives each scheduled function's construct; the rest is the construct's own. */
export type ScheduleProps = Pick<
  ScheduledFunctionProps,
  'table' | 'projectRoot' | 'bundling' | 'serviceName'
>;
