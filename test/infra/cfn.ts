// The parts of the synthesized CloudFormation template the infra tests read, typed as CDK writes them.

export type Ref = { Ref: string };
export type GetAtt = { 'Fn::GetAtt': [string, string] };

/** An IAM policy statement. */
export type Statement = {
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource?: unknown;
  Condition?: unknown;
  Principal: { Service?: string; AWS: GetAtt };
};

/** An event source mapping's filter: the pattern is JSON text. */
export type EventFilter = { Pattern: string };

/** A CloudWatch alarm's dimension. */
export type Dimension = { Name: string; Value?: Partial<GetAtt> };

/** An EventBridge rule's target. */
export type RuleTarget = { Id: string; Arn?: Partial<GetAtt> };
