import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_STREAM } from '../../functions/shared/table.js';
import { OUTBOX_RETRY_ATTEMPTS, OUTBOX_TABLE_ACTIONS } from '../../infra/outbox.js';
import { synthesizeStack } from './synth.js';
import type { Dimension, EventFilter, Ref, Statement } from './cfn.js';

let stack: ReturnType<typeof synthesizeStack>;

beforeAll(() => {
  stack = synthesizeStack('cc-outbox-');
}, 60_000);

afterAll(() => stack.cleanup());

const ofType = (type: string) => stack.ofType(type);
const consumer = () => {
  const found = ofType('AWS::Lambda::Function').filter(([, r]) =>
    String(r.Properties.Description).includes('outbox consumer'),
  );
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('the outbox consumer', () => {
  it('reads the table’s stream of new images, as the local table has', () => {
    const [, table] = ofType('AWS::DynamoDB::GlobalTable')[0]!;
    expect(table.Properties.StreamSpecification).toEqual({ StreamViewType: TABLE_STREAM.StreamViewType });
  });

  it('gets only inserted outbox items, reports partial failures, bisects, retries a bounded number of times, then parks them', () => {
    const [fnId] = consumer();
    const mappings = ofType('AWS::Lambda::EventSourceMapping').filter(
      ([, m]) => m.Properties.FunctionName?.Ref === fnId,
    );
    expect(mappings).toHaveLength(1);
    const [, mapping] = mappings[0]!;
    expect(mapping.Properties.FunctionName).toEqual({ Ref: fnId });
    expect(mapping.Properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    expect(mapping.Properties.BisectBatchOnFunctionError).toBe(true);
    expect(mapping.Properties.MaximumRetryAttempts).toBe(OUTBOX_RETRY_ATTEMPTS);
    expect(mapping.Properties.FilterCriteria.Filters.map((f: EventFilter) => JSON.parse(f.Pattern))).toEqual([
      // Every kind but the notifications, which the notifier takes (test/infra/notifications.test.ts).
      {
        eventName: ['INSERT'],
        dynamodb: {
          NewImage: {
            PK: { S: [{ prefix: 'OUTBOX#' }] },
            kind: { S: [{ 'anything-but': ['NOTIFICATION'] }] },
          },
        },
      },
    ]);
    const destination = mapping.Properties.DestinationConfig.OnFailure.Destination;
    const [queueId, queue] = ofType('AWS::SQS::Queue').find(([id]) => destination['Fn::GetAtt']?.[0] === id)!;
    expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
    const alarms = ofType('AWS::CloudWatch::Alarm').filter(([, a]) =>
      a.Properties.Dimensions?.some((d: Dimension) => d.Value?.['Fn::GetAtt']?.[0] === queueId),
    );
    expect(alarms).toHaveLength(1);
    expect(alarms[0]![1].Properties).toMatchObject({
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('may only do what delivering needs on the table, read its stream and send to its failure queue', () => {
    const [, fn] = consumer();
    const role = fn.Properties.Role['Fn::GetAtt'][0];
    const statements = ofType('AWS::IAM::Policy')
      .filter(([, p]) => p.Properties.Roles.some((r: Ref) => r.Ref === role))
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
    const actions = statements.flatMap((s: Statement) => [s.Action].flat());
    const streamActions = [
      'dynamodb:DescribeStream',
      'dynamodb:GetRecords',
      'dynamodb:GetShardIterator',
      'dynamodb:ListStreams',
    ];
    const tableActions = actions.filter(
      (a: string) => a.startsWith('dynamodb:') && !streamActions.includes(a),
    );
    expect(new Set(tableActions)).toEqual(new Set(OUTBOX_TABLE_ACTIONS));
    expect(actions).not.toContain('dynamodb:Scan');
    expect(actions).not.toContain('dynamodb:Query');
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetRecords', 'dynamodb:GetShardIterator']));
  });
});
