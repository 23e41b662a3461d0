import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { staleVersion } from './errors.js';
import { backoff, StaleRead, type TransactPart } from './transaction-parts.js';

/**
 * For writes on contended items (running aggregates many writers ADD to, a provider's rating): writes all parts or
 * none; a failed guard throws that part's error, and a collision with a concurrent transaction on the same item is a
 * StaleRead, so the caller reads again and retries instead of failing.
 */
export async function writeContendedParts(
  client: DynamoDBDocumentClient,
  parts: TransactPart[],
): Promise<void> {
  try {
    await client.send(new TransactWriteCommand({ TransactItems: parts.map((p) => p.item) }));
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const reasons = error.CancellationReasons ?? [];
      const failed = reasons.findIndex((r) => r.Code === 'ConditionalCheckFailed');
      if (failed >= 0) throw parts[failed]?.onConditionFailed?.() ?? staleVersion();
      if (reasons.some((r) => r.Code === 'TransactionConflict')) throw new StaleRead('a contended item');
    }
    throw error;
  }
}

/**
 * Runs `attempt` (given its number, from 1) again while it fails on a stale read, or on what `retryOn` accepts,
 * after a backoff; after `attempts` tries the caller gets CONFLICT.
 */
export async function retryWithBackoff<T>(
  attempt: (n: number) => Promise<T>,
  options: { attempts?: number; retryOn?: (error: unknown) => boolean } = {},
): Promise<T> {
  const { attempts = 40, retryOn = (error) => error instanceof StaleRead } = options;
  for (let i = 1; ; i++) {
    try {
      return await attempt(i);
    } catch (error) {
      if (!retryOn(error)) throw error;
      if (i >= attempts) throw staleVersion();
      await backoff(i);
    }
  }
}
