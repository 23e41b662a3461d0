import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLICATION_INTERVAL_MINUTES } from '../../functions/shared/disclosure.js';
import { REMINDER_SWEEP_MINUTES, REMINDER_TABLE_ACTIONS } from '../../infra/reminders.js';
import { PUBLICATION_TABLE_ACTIONS } from '../../infra/schedules.js';
import { synthesizeStack, type Resource } from './synth.js';
import type { RuleTarget } from './cfn.js';

let stack: ReturnType<typeof synthesizeStack>;

beforeAll(() => {
  stack = synthesizeStack('cc-schedules-');
}, 60_000);

afterAll(() => stack.cleanup());

const ofType = (type: string) => stack.ofType(type);
/** The one function whose environment names its table with this variable. */
const functionWith = (variable: string) => {
  const found = ofType('AWS::Lambda::Function').filter(
    ([, r]) => r.Properties.Environment?.Variables?.[variable],
  );
  expect(found).toHaveLength(1);
  return found[0]!;
};

/** Its EventBridge rule is its only trigger: no API route, no function URL. */
function expectScheduledOnly(fnId: string, expression: string) {
  const rules = ofType('AWS::Events::Rule').filter(([, r]) =>
    JSON.stringify(r.Properties.Targets).includes(fnId),
  );
  expect(rules).toHaveLength(1);
  const [, rule] = rules[0]!;
  expect(rule.Properties.ScheduleExpression).toBe(expression);
  expect(rule.Properties.State).toBe('ENABLED');
  expect(rule.Properties.Targets.map((t: RuleTarget) => t.Arn)).toEqual([{ 'Fn::GetAtt': [fnId, 'Arn'] }]);
  const permissions = ofType('AWS::Lambda::Permission').filter(([, p]) =>
    JSON.stringify(p.Properties.FunctionName).includes(fnId),
  );
  expect(permissions.map(([, p]) => p.Properties.Principal)).toEqual(['events.amazonaws.com']);
  expect(ofType('AWS::Lambda::Url')).toHaveLength(0);
}

/** Every DynamoDB action the function's role allows. */
function actionsOf(fn: [string, Resource]) {
  const roleId = fn[1].Properties.Role['Fn::GetAtt'][0] as string;
  const statements = ofType('AWS::IAM::Policy')
    .filter(([, p]) => JSON.stringify(p.Properties.Roles) === JSON.stringify([{ Ref: roleId }]))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as { Action: string | string[] }[]);
  return [...new Set(statements.flatMap((s) => [s.Action].flat()))].sort();
}

describe('the scheduled refresh of published aggregates', () => {
  it('runs the refresh function on a schedule, and on nothing else', () => {
    const [fnId] = functionWith('PUBLICATION_TABLE_NAME');
    expect(PUBLICATION_INTERVAL_MINUTES).toBe(60);
    expectScheduledOnly(fnId, 'rate(1 hour)');
  });

  it('may only query the registries and write the snapshots: no Scan, no delete', () => {
    const fn = functionWith('PUBLICATION_TABLE_NAME');
    expect(actionsOf(fn)).toEqual([...PUBLICATION_TABLE_ACTIONS].sort());
    expect(fn[1].Properties.Timeout).toBeLessThanOrEqual(300);
  });
});

describe('the scheduled reminder sweep', () => {
  it('runs every 15 minutes, on nothing else, and may not Scan', () => {
    const fn = functionWith('REMINDERS_TABLE_NAME');
    expect(REMINDER_SWEEP_MINUTES).toBe(15);
    expectScheduledOnly(fn[0], 'rate(15 minutes)');
    expect(actionsOf(fn)).toEqual([...REMINDER_TABLE_ACTIONS].sort());
    expect(actionsOf(fn)).not.toContain('dynamodb:Scan');
  });
});
