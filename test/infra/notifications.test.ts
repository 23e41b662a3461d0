import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BOUNCE_TABLE_ACTIONS,
  NOTIFIER_RETRY_ATTEMPTS,
  NOTIFIER_TABLE_ACTIONS,
  UNSUBSCRIBE_TABLE_ACTIONS,
} from '../../infra/notifications.js';
import { synthesizeStack, type Resource } from './synth.js';
import type { Dimension, EventFilter, Ref, RuleTarget, Statement } from './cfn.js';

let stack: ReturnType<typeof synthesizeStack>;

beforeAll(() => {
  stack = synthesizeStack('cc-notifications-');
}, 60_000);

afterAll(() => stack.cleanup());

const ofType = (type: string) => stack.ofType(type);
const fnNamed = (description: string) => {
  const found = ofType('AWS::Lambda::Function').filter(([, r]) =>
    String(r.Properties.Description).includes(description),
  );
  expect(found).toHaveLength(1);
  return found[0]!;
};
const statementsOf = (fn: Resource) => {
  const role = fn.Properties.Role['Fn::GetAtt'][0];
  return ofType('AWS::IAM::Policy')
    .filter(([, p]) => p.Properties.Roles.some((r: Ref) => r.Ref === role))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
};
const STREAM_ACTIONS = [
  'dynamodb:DescribeStream',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:ListStreams',
];
const tableActionsOf = (fn: Resource) =>
  new Set(
    statementsOf(fn)
      .flatMap((s: Statement) => [s.Action].flat())
      .filter((a: string) => a.startsWith('dynamodb:') && !STREAM_ACTIONS.includes(a)),
  );

describe('the notifier', () => {
  it('gets only inserted outbox items of kind NOTIFICATION, reports partial failures, then parks them in a queue with an alarm', () => {
    const [fnId] = fnNamed('notifier');
    const mappings = ofType('AWS::Lambda::EventSourceMapping').filter(
      ([, m]) => m.Properties.FunctionName?.Ref === fnId,
    );
    expect(mappings).toHaveLength(1);
    const [, mapping] = mappings[0]!;
    expect(mapping.Properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    expect(mapping.Properties.MaximumRetryAttempts).toBe(NOTIFIER_RETRY_ATTEMPTS);
    expect(mapping.Properties.FilterCriteria.Filters.map((f: EventFilter) => JSON.parse(f.Pattern))).toEqual([
      {
        eventName: ['INSERT'],
        dynamodb: { NewImage: { PK: { S: [{ prefix: 'OUTBOX#' }] }, kind: { S: ['NOTIFICATION'] } } },
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
    });
  });

  it('every failure queue of the stream consumers has its alarm', () => {
    const destinations = ofType('AWS::Lambda::EventSourceMapping').map(
      ([, m]) => m.Properties.DestinationConfig.OnFailure.Destination['Fn::GetAtt'][0],
    );
    expect(destinations).toHaveLength(2);
    for (const queueId of destinations) {
      const alarms = ofType('AWS::CloudWatch::Alarm').filter(([, a]) =>
        a.Properties.Dimensions?.some((d: Dimension) => d.Value?.['Fn::GetAtt']?.[0] === queueId),
      );
      expect(alarms).toHaveLength(1);
    }
  });

  it('has a least-privilege role: its table actions, and ses:SendEmail on the SES identity only', () => {
    const [, fn] = fnNamed('notifier');
    expect(tableActionsOf(fn)).toEqual(new Set(NOTIFIER_TABLE_ACTIONS));
    const ses = statementsOf(fn).filter((s: Statement) =>
      [s.Action].flat().some((a: string) => a.startsWith('ses:')),
    );
    expect(ses).toHaveLength(1);
    expect(ses[0].Action).toBe('ses:SendEmail');
    const [identityId] = ofType('AWS::SES::EmailIdentity')[0]!;
    expect(JSON.stringify(ses[0].Resource)).toContain(identityId);
    expect(JSON.stringify(ses[0].Resource)).not.toContain('"*"');
    const all = statementsOf(fn).flatMap((s: Statement) => [s.Action].flat());
    expect(all).not.toContain('dynamodb:Scan');
    expect(all.filter((a: string) => a.startsWith('ses:'))).toEqual(['ses:SendEmail']);
  });

  it('runs the digests once a day', () => {
    const [fnId] = fnNamed('notifier');
    const rules = ofType('AWS::Events::Rule').filter(([, r]) =>
      r.Properties.Targets.some((t: RuleTarget) => t.Arn?.['Fn::GetAtt']?.[0] === fnId),
    );
    expect(rules).toHaveLength(1);
    expect(rules[0]![1].Properties.ScheduleExpression).toBe('cron(0 7 * * ? *)');
  });
});

describe('bounces, complaints and unsubscribe', () => {
  it('SES sends bounces and complaints to an SNS topic, to which the suppression function is subscribed', () => {
    const [, destination] = ofType('AWS::SES::ConfigurationSetEventDestination')[0]!;
    const config = destination.Properties.EventDestination;
    expect(new Set(config.MatchingEventTypes)).toEqual(new Set(['bounce', 'complaint']));
    const topicRef = config.SnsDestination.TopicARN.Ref;
    const [bouncesId, bounces] = fnNamed('suppresses the addresses');
    const subscriptions = ofType('AWS::SNS::Subscription').filter(
      ([, s]) => s.Properties.TopicArn.Ref === topicRef,
    );
    expect(subscriptions).toHaveLength(1);
    expect(subscriptions[0]![1].Properties).toMatchObject({ Protocol: 'lambda' });
    expect(JSON.stringify(subscriptions[0]![1].Properties.Endpoint)).toContain(bouncesId);
    expect(tableActionsOf(bounces)).toEqual(new Set(BOUNCE_TABLE_ACTIONS));
    const [, identity] = ofType('AWS::SES::EmailIdentity')[0]!;
    expect(identity.Properties.ConfigurationSetAttributes).toBeDefined();
  });

  it('the unsubscribe link is a GET and POST route of the HTTP API, to a function that may only read accounts and set preferences', () => {
    const routes = ofType('AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties.RouteKey);
    expect(routes).toEqual(expect.arrayContaining(['GET /desabonnement', 'POST /desabonnement']));
    const [, fn] = fnNamed('unsubscribe links');
    expect(tableActionsOf(fn)).toEqual(new Set(UNSUBSCRIBE_TABLE_ACTIONS));
    // The links in the e-mails are on the web app's domain (CloudFront routes the path to the HTTP API).
    const [distributionId] = ofType('AWS::CloudFront::Distribution')[0]!;
    const [, notifier] = fnNamed('notifier');
    expect(notifier.Properties.Environment.Variables.UNSUBSCRIBE_URL).toEqual({
      'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }, '/desabonnement']],
    });
    expect(
      statementsOf(fn)
        .flatMap((s: Statement) => [s.Action].flat())
        .some((a: string) => a.startsWith('ses:')),
    ).toBe(false);
  });
});
