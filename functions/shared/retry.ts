import { staleVersion } from './errors.js';

/** A guard on a version read earlier failed: the caller may read again and retry. */
export class StaleRead extends Error {
  constructor(what: string) {
    super(`${what} changed since it was read`);
  }
}

/**
 * Waits a random delay that grows with the attempt, up to `ceilingMs`: writers colliding on one item spread out
 * instead of colliding again at the same instant.
 */
export function backoff(attempt: number, ceilingMs = 200): Promise<void> {
  const ceiling = Math.min(ceilingMs, 5 * 2 ** Math.min(attempt, 6));
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}

export type RetryPolicy = {
  /** Tries in all, the first included. */
  attempts?: number;
  /** Which failures are worth another try (default: a stale read). */
  retryOn?: (error: unknown) => boolean;
  /** The ceiling of the random wait between tries (see backoff). */
  ceilingMs?: number;
  /** What the caller gets when the last try failed on a retryable error (default: CONFLICT, stale version). */
  exhausted?: (last: unknown) => unknown;
};

/**
 * The one retry policy of the server's own loops (the DynamoDB client's per-request retries are the SDK's, see
 * retry-budget.ts): runs `attempt` (given its number, from 1) again while it fails on what `retryOn` accepts, after a
 * random growing wait; after `attempts` tries the caller gets `exhausted(last error)`.
 */
export async function retryWithBackoff<T>(
  attempt: (n: number) => Promise<T>,
  policy: RetryPolicy = {},
): Promise<T> {
  const {
    attempts = 40,
    retryOn = (error) => error instanceof StaleRead,
    ceilingMs = 200,
    exhausted = () => staleVersion(),
  } = policy;
  for (let i = 1; ; i++) {
    try {
      return await attempt(i);
    } catch (error) {
      if (!retryOn(error)) throw error;
      if (i >= attempts) throw exhausted(error);
      await backoff(i, ceilingMs);
    }
  }
}
