/**
 * How long the DynamoDB client waits and how often it tries again (docs/reliability.md, "Retry budget").
 *
 * On AWS the GraphQL Lambda has 10 s (infra/stack.ts). DynamoDB answers in milliseconds; a request still
 * unanswered after 2 s is a hung socket or a lost answer, and is better sent again on a fresh connection. With 3
 * attempts, a call that keeps hanging gives up after about 3 × 2 s plus the backoff (≤ 0.3 s), inside the budget,
 * and the caller gets a retryable SERVICE_UNAVAILABLE rather than a Lambda timeout. Throttled calls back off with
 * full jitter (the SDK's standard strategy: a random wait up to 0.5 s × 2^attempt) and end within about 3 s.
 * DynamoDB Local on a shared development machine is slower and pauses for its garbage collector: longer request
 * timeout there, so that a slow answer is not mistaken for a lost one.
 */
export type DynamoClientSettings = {
  connectionTimeoutMs: number;
  requestTimeoutMs: number;
  /** Attempts per request, the first included (the SDK's standard retry strategy, full jitter). */
  maxAttempts: number;
};

export const AWS_DYNAMO_SETTINGS: DynamoClientSettings = {
  connectionTimeoutMs: 1_000,
  requestTimeoutMs: 2_000,
  maxAttempts: 3,
};

export const LOCAL_DYNAMO_SETTINGS: DynamoClientSettings = {
  connectionTimeoutMs: 2_000,
  requestTimeoutMs: 15_000,
  maxAttempts: 3,
};

export function dynamoClientSettings(config: {
  dynamoEndpoint?: string;
  dynamoClient?: Partial<DynamoClientSettings>;
}): DynamoClientSettings {
  return {
    ...(config.dynamoEndpoint ? LOCAL_DYNAMO_SETTINGS : AWS_DYNAMO_SETTINGS),
    ...config.dynamoClient,
  };
}
