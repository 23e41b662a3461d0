import { Duration } from 'aws-cdk-lib';
import type { Rule } from 'aws-cdk-lib/aws-events';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import { scheduledFunction, type ScheduleProps } from './scheduled-function.js';

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

  constructor(scope: Construct, id: string, props: ScheduleProps) {
    super(scope, id);
    ({ function: this.function, rule: this.rule } = scheduledFunction(this, {
      ...props,
      description: 'Croissance connectee: scheduled sweep of the due reminders (notifications)',
      ruleDescription: 'Sends the reminders that fell due (contact requests, appointments, labels, files)',
      entry: 'functions/reminders/handler.ts',
      tableVariable: 'REMINDERS_TABLE_NAME',
      tableActions: REMINDER_TABLE_ACTIONS,
      everyMinutes: REMINDER_SWEEP_MINUTES,
      timeout: Duration.minutes(5),
      indexWildcardReason:
        'Added by the table grant; the sweep queries the table itself (DUE#<day> partitions), never an index.',
    }));
  }
}
