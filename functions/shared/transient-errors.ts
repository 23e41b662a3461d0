import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/**
 * DynamoDB errors that say "not now" rather than "no": throttling, a collision with a concurrent transaction, a
 * request that timed out or a connection that failed, once the SDK's retries (retry-budget.ts) are spent. None of
 * them wrote anything half-way (a transaction is all or nothing, a single write is atomic), so the API answers them
 * as a retryable SERVICE_UNAVAILABLE, never as an internal error.
 */
const TRANSIENT_NAMES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TransactionConflictException',
  'TransactionInProgressException',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
  'RequestTimeout',
]);

const TRANSIENT_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);

/** Cancellation reasons that are about load or concurrency, not about a guard. */
const TRANSIENT_REASONS = new Set([
  'TransactionConflict',
  'ThrottlingError',
  'ProvisionedThroughputExceeded',
]);

export function isTransientDynamoError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error instanceof TransactionCanceledException) {
    const codes = (error.CancellationReasons ?? []).map((r) => r.Code ?? 'None');
    return (
      codes.some((c) => TRANSIENT_REASONS.has(c)) &&
      codes.every((c) => c === 'None' || TRANSIENT_REASONS.has(c))
    );
  }
  if (TRANSIENT_NAMES.has(error.name)) return true;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && TRANSIENT_SOCKET_CODES.has(code);
}
