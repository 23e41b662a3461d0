import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLICATION_INTERVAL_MINUTES } from '../../functions/shared/disclosure.js';
import { PUBLICATION_TABLE_ACTIONS } from '../../infra/schedules.js';
import { synthesizeStack } from './synth.js';

let stack: ReturnType<typeof synthesizeStack>;

beforeAll(() => {
  stack = synthesizeStack('cc-schedules-');
}, 60_000);

afterAll(() => stack.cleanup());

const ofType = (type: string) => stack.ofType(type);
const publicationFunction = () => {
  const found = ofType('AWS::Lambda::Function').filter(
    ([, r]) => r.Properties.Environment?.Variables?.PUBLICATION_TABLE_NAME,
  );
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('the scheduled refresh of published aggregates', () => {
  it('runs the refresh function on a schedule, and on nothing else', () => {
    const [fnId] = publicationFunction();
    const rules = ofType('AWS::Events::Rule');
    expect(rules).toHaveLength(1);
    const [, rule] = rules[0]!;
    expect(PUBLICATION_INTERVAL_MINUTES).toBe(60);
    expect(rule.Properties.ScheduleExpression).toBe('rate(1 hour)');
    expect(rule.Properties.State).toBe('ENABLED');
    expect(rule.Properties.Targets.map((t: any) => t.Arn)).toEqual([{ 'Fn::GetAtt': [fnId, 'Arn'] }]);
    // Only EventBridge may invoke it: no API route, no function URL.
    const permissions = ofType('AWS::Lambda::Permission').filter(([, p]) =>
      JSON.stringify(p.Properties.FunctionName).includes(fnId),
    );
    expect(permissions.map(([, p]) => p.Properties.Principal)).toEqual(['events.amazonaws.com']);
    expect(ofType('AWS::Lambda::Url')).toHaveLength(0);
  });

  it('may only query the registries and write the snapshots: no Scan, no delete', () => {
    const [, fn] = publicationFunction();
    const roleId = fn.Properties.Role['Fn::GetAtt'][0] as string;
    const statements = ofType('AWS::IAM::Policy')
      .filter(([, p]) => JSON.stringify(p.Properties.Roles) === JSON.stringify([{ Ref: roleId }]))
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as { Action: string | string[] }[]);
    const actions = new Set(statements.flatMap((s) => [s.Action].flat()));
    expect([...actions].sort()).toEqual([...PUBLICATION_TABLE_ACTIONS].sort());
    expect(fn.Properties.Timeout).toBeLessThanOrEqual(300);
  });
});
