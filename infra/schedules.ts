import { Duration } from 'aws-cdk-lib';
import type { Rule } from 'aws-cdk-lib/aws-events';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import { scheduledFunction, type ScheduleProps } from './scheduled-function.js';
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

  constructor(scope: Construct, id: string, props: ScheduleProps) {
    super(scope, id);
    ({ function: this.function, rule: this.rule } = scheduledFunction(this, {
      ...props,
      description: 'Croissance connectee: scheduled refresh of the published (k-anonymous) aggregates',
      ruleDescription: 'Refreshes the published aggregates on a schedule, never per submission',
      entry: 'functions/publication/handler.ts',
      tableVariable: 'PUBLICATION_TABLE_NAME',
      tableActions: PUBLICATION_TABLE_ACTIONS,
      everyMinutes: PUBLICATION_INTERVAL_MINUTES,
      timeout: Duration.minutes(2),
      indexWildcardReason:
        'The wildcard covers only this table’s own global secondary indexes; the refresh queries GSI2.',
    }));
  }
}
